"""DOCX → raw text: one line per paragraph, one line per table row (cells joined by " | ").

So a DOCX "line" is what rules-format.md says: the 1-based index of the paragraph in document order,
each table row counting as one. Word's automatic list numbering is written out in front of the
paragraph (一、 / （一） / 1. / ①) from numbering.xml, where python-docx exposes it.
"""

from __future__ import annotations

import io
import zipfile

from safeplan.corpus.numerals import int_to_cn
from safeplan.errors import SafeplanError

CELL_SEPARATOR = " | "
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# A .docx is a ZIP: a small file can unpack to gigabytes (a "zip bomb"). Every part is checked, by the size
# its header declares and by the bytes it really unpacks to, before python-docx reads any of it.
MAX_PART_BYTES = 64 * 1024 * 1024       # one part (document.xml of a 1,000-page document is ~30 MB)
MAX_TOTAL_BYTES = 256 * 1024 * 1024     # all parts, images included (python-docx loads every part)
MAX_PARTS = 10_000


def check_zip_sizes(data: bytes, path: str) -> list[str]:
    """The part names of the package, each part unpacked once: SafeplanError naming the file when a part
    unpacks to more than the limits allow or is damaged (a bad CRC too)."""
    part_limit, total_limit = MAX_PART_BYTES, MAX_TOTAL_BYTES
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise SafeplanError(f"not a readable .docx (truncated or damaged: {type(exc).__name__})", path) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise SafeplanError(f"not a readable .docx: {len(infos)} parts (a Word file has a few dozen)", path)
        declared = 0
        for info in infos:
            declared += info.file_size
            if info.file_size > part_limit or declared > total_limit:
                raise SafeplanError(_too_big(info.filename, part_limit, total_limit), path)
        unpacked = 0
        for info in infos:
            size = 0
            try:
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        size += len(chunk)
                        unpacked += len(chunk)
                        if size > part_limit or unpacked > total_limit:
                            raise SafeplanError(_too_big(info.filename, part_limit, total_limit), path)
            except SafeplanError:
                raise
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise SafeplanError(f"not a readable .docx (part {info.filename} is damaged: "
                                    f"{type(exc).__name__})", path) from None
    return [info.filename for info in infos]


def _too_big(name: str, part_limit: int, total_limit: int) -> str:
    return (f"not read: the .docx unpacks to more than {part_limit // 1048576} MB in {name} (or "
            f"{total_limit // 1048576} MB in all): a zip bomb or a damaged file; open it in Word/WPS and "
            "save it again")


def docx_text(data: bytes, path: str) -> str:
    check_zip_sizes(data, path)
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, ImportError) as exc:
        raise SafeplanError(f"not a readable .docx (truncated or damaged: {type(exc).__name__})", path) from None
    except Exception as exc:   # lxml syntax errors, python-docx PackageNotFoundError …
        if isinstance(exc, (MemoryError, KeyboardInterrupt)):
            raise
        raise SafeplanError(f"not a readable .docx ({type(exc).__name__})", path) from None
    numbering = _Numbering(document)
    styles = _style_numbering(document)
    lines: list[str] = []
    _blocks(document.element.body, lines, numbering, styles)
    return "\n".join(lines)


def _blocks(parent, lines: list[str], numbering: "_Numbering", styles: dict) -> None:
    """Paragraphs and tables in document order, looking inside content controls (w:sdt) and w:customXml."""
    for child in parent.iterchildren():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _W + "p":
            label = numbering.label(child, styles)
            text = _paragraph_text(child)
            lines.append((label + text) if text.strip() else text)
        elif tag == _W + "tbl":
            lines.extend(_table_rows(child))
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                _blocks(content, lines, numbering, styles)
        elif tag == _W + "customXml":
            _blocks(child, lines, numbering, styles)


def _paragraph_text(p) -> str:
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen"):
        tag = node.tag
        if tag == _W + "t":
            parts.append(node.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(" ")     # a line break inside a paragraph stays on the paragraph's line
    return "".join(parts).replace("\n", " ")


def _table_rows(tbl) -> list[str]:
    rows: list[str] = []
    above: list[str] = []
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[str] = []
        for tc in tr.iterchildren(_W + "tc"):
            text = " ".join(_paragraph_text(p).strip() for p in tc.iter(_W + "p")).strip()
            text = text.replace("|", "｜")
            span = _int_attr(tc, "tcPr/gridSpan", 1)
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            col = len(cells)
            if merge is not None and merge.get(_W + "val") not in ("restart",) and not text and col < len(above):
                text = above[col]          # a vertically merged cell repeats the text it continues
            cells.extend([text] + [""] * (span - 1))
        above = cells
        filled = [c for c in cells if c]
        if len(filled) == 1 and cells[0] and len(list(tr.iterchildren(_W + "tc"))) == 1:
            rows.append(cells[0])      # a row spanning the whole table: a heading inside the list
        else:
            rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _int_attr(element, path: str, default: int) -> int:
    node = element.find("/".join(_W + part for part in path.split("/")))
    if node is None:
        return default
    try:
        return int(node.get(_W + "val"))
    except (TypeError, ValueError):
        return default


def _style_numbering(document) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry numbering (List Number …): style id → (numId, ilvl)."""
    found: dict[str, tuple[str, int]] = {}
    try:
        styles = document.styles.element
    except Exception:
        return found
    for style in styles.iterchildren(_W + "style"):
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            continue
        num_id = num_pr.find(_W + "numId")
        ilvl = num_pr.find(_W + "ilvl")
        if num_id is not None:
            found[style.get(_W + "styleId")] = (num_id.get(_W + "val"), int(ilvl.get(_W + "val")) if ilvl is not None else 0)
    return found


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified",
               "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return int_to_cn(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt in ("ideographTraditional",):
        return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]
    return str(n)


class _Numbering:
    """Counters for Word's automatic numbering (per list instance, deeper levels restart)."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}   # numId → ilvl → (start, fmt, lvlText)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:      # no numbering part
            return
        abstract = {}
        for node in root.iterchildren(_W + "abstractNum"):
            abstract[node.get(_W + "abstractNumId")] = self._read_levels(node)
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(_W + "val"), {}))
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = int(override.get(_W + "ilvl", "0"))
                start = override.find(_W + "startOverride")
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    levels.update(self._read_levels_of([lvl]))
                elif start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (int(start.get(_W + "val", "1")), fmt, text)
            self.levels[num.get(_W + "numId")] = levels

    def _read_levels(self, abstract_num) -> dict:
        return self._read_levels_of(abstract_num.iterchildren(_W + "lvl"))

    @staticmethod
    def _read_levels_of(lvls) -> dict:
        levels = {}
        for lvl in lvls:
            try:
                ilvl = int(lvl.get(_W + "ilvl", "0"))
                start_node = lvl.find(_W + "start")
                start = int(start_node.get(_W + "val")) if start_node is not None else 1
            except (TypeError, ValueError):
                continue
            fmt_node = lvl.find(_W + "numFmt")
            text_node = lvl.find(_W + "lvlText")
            fmt = fmt_node.get(_W + "val") if fmt_node is not None else "decimal"
            text = text_node.get(_W + "val") if text_node is not None else ""
            levels[ilvl] = (start, fmt or "decimal", text or "")
        return levels

    def label(self, p, styles: dict) -> str:
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl = None, 0
        if num_pr is not None:
            node = num_pr.find(_W + "numId")
            level = num_pr.find(_W + "ilvl")
            num_id = node.get(_W + "val") if node is not None else None
            ilvl = int(level.get(_W + "val", "0")) if level is not None else 0
        else:
            style = p.find(f"{_W}pPr/{_W}pStyle")
            if style is not None and style.get(_W + "val") in styles:
                num_id, ilvl = styles[style.get(_W + "val")]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 10)
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = 0
        if fmt in ("bullet", "none") or not text:
            return ""
        label = text
        for k in range(ilvl + 1):
            if f"%{k + 1}" in label:
                value = counters[k] or levels.get(k, (1, "decimal", ""))[0]
                label = label.replace(f"%{k + 1}", _format(value, levels.get(k, (1, "decimal", ""))[1]))
        return label
