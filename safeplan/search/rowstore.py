"""The tantivy backend's rows: what a hit and its re-ranking read, in plain files beside tantivy's own.

tantivy keeps only postings and a `row` fast field: storing the documents in tantivy cost 94% of its
indexing time (its document store compresses every stored field), and fetching them cost most of a
warm search. Here a row is two slices of two files, found through an array of offsets:

    rows.rank    per row, UTF-8: doc_id, article ("" outside laws), what the rule states, the years of its
                 deadlines, the folded words it holds (the re-ranking reads these for every candidate),
                 separated by \\x1f
    rows.hit     per row, the stored fields of a hit (HIT_FIELDS, read for the hits shown only), separated by
                 \\x1f, the path's headings by \\x1e (JSON took 7 µs a hit to read, this 1)
    rows.ends    uint64 pairs: where each row ends in rows.rank and in rows.hit
    rows.map     uint32 per tantivy document (segment base + document number): its row
    rows.json    {"rows": rows written, "bases": each segment's first slot in rows.map, "docs": live documents}

An incremental build copies the rows of the previous generation and appends; the rows of deleted
documents stay unused until the next `--rebuild`. rows.map is written after tantivy's last merge, from
tantivy itself (every live document by its `row` fast field), and checked against the searcher that opens it.
"""

from __future__ import annotations

import json
import mmap
import shutil
from array import array
from pathlib import Path

from safeplan.search.analysis import fold
from safeplan.search.documents import article_of

SEP = "\x1f"
LIST_SEP = "\x1e"
NONE = 0xFFFFFFFF
# The stored fields of a hit (whoosh's stored fields, documents.rule_documents' names), in rows.hit's order.
HIT_FIELDS = ("key", "doc_id", "rule_id", "number", "kind", "level", "genre", "date", "title", "text", "path_list",
              "sectors", "lead", "support", "source_path", "source_line")
FILES = ("rows.rank", "rows.hit", "rows.ends", "rows.map", "rows.json")


def held_words(fields: dict) -> str:
    """The folded text whose words a hit holds (the re-ranking counts the query's words in it), its text first
    (a hit's snippet reads the text folded there)."""
    return fold(" ".join([fields.get("text") or "", fields.get("title") or "", fields.get("path") or "",
                          fields.get("lead") or "", fields.get("support") or "", fields.get("sectors") or ""]))


class RowWriter:
    """Appends rows to a generation's rows.* files (after the previous generation's rows, when given)."""

    def __init__(self, folder: Path, previous: Path | None = None):
        self.folder = Path(folder)
        for name in ("rows.rank", "rows.hit", "rows.ends"):
            if previous is not None and (previous / name).exists():
                shutil.copyfile(previous / name, self.folder / name)   # a copy, never a link: it grows
            else:
                (self.folder / name).write_bytes(b"")
        self.rank = open(self.folder / "rows.rank", "ab")   # noqa: SIM115 (closed by close())
        self.hit = open(self.folder / "rows.hit", "ab")     # noqa: SIM115
        self.ends = array("Q")
        self.ends.frombytes((self.folder / "rows.ends").read_bytes())
        self.rows = len(self.ends) // 2
        self.rank_end = self.ends[-2] if self.rows else 0
        self.hit_end = self.ends[-1] if self.rows else 0

    def add(self, fields: dict) -> int:
        """Writes one unit's row; its number."""
        article = article_of(fields["rule_id"], fields.get("genre")) or ""
        rank = SEP.join([fields["doc_id"], article, fields.get("has") or "", fields.get("due_years") or "",
                         held_words(fields).replace(SEP, " ")]).encode("utf-8")
        hit = _hit_record(fields).encode("utf-8")
        self.rank.write(rank)
        self.hit.write(hit)
        self.rank_end += len(rank)
        self.hit_end += len(hit)
        self.ends.append(self.rank_end)
        self.ends.append(self.hit_end)
        self.rows += 1
        return self.rows - 1

    def close(self) -> None:
        self.rank.close()
        self.hit.close()
        (self.folder / "rows.ends").write_bytes(self.ends.tobytes())

    def write_map(self, searcher, tantivy) -> None:
        """rows.map and rows.json from the searcher of the committed, merged index."""
        docs = searcher.num_docs
        found = searcher.search(tantivy.Query.all_query(), docs, count=False, order_by_field="row").hits if docs else []
        sizes: dict[int, int] = {}
        pairs = []
        for row, address in found:
            segment, doc = address.segment_ord, address.doc
            pairs.append((segment, doc, row))
            if doc >= sizes.get(segment, 0):
                sizes[segment] = doc + 1
        bases, at = [], 0
        for segment in range(searcher.num_segments):
            bases.append(at)
            at += sizes.get(segment, 0)
        slots = array("I", [NONE]) * at
        for segment, doc, row in pairs:
            slots[bases[segment] + doc] = row
        (self.folder / "rows.map").write_bytes(slots.tobytes())
        (self.folder / "rows.json").write_text(json.dumps({"rows": self.rows, "bases": bases, "docs": docs}),
                                               encoding="utf-8")


def _mapped(path: Path):
    """The file's bytes, memory-mapped (b"" for an empty file, which mmap refuses)."""
    with open(path, "rb") as f:
        if not path.stat().st_size:
            return b""
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


class Rows:
    """The rows of an opened generation: a tantivy hit's row, its re-ranking record and its stored fields."""

    def __init__(self, folder: Path, searcher):
        folder = Path(folder)
        info = json.loads((folder / "rows.json").read_text(encoding="utf-8"))
        if info["docs"] != searcher.num_docs or len(info["bases"]) != searcher.num_segments:
            raise ValueError("rows.map does not match the index")
        self.bases = info["bases"]
        self.rank = _mapped(folder / "rows.rank")
        self.hit = _mapped(folder / "rows.hit")
        self.ends = memoryview(_mapped(folder / "rows.ends")).cast("Q") if info["rows"] else ()
        self.map = memoryview(_mapped(folder / "rows.map")).cast("I") if info["docs"] else ()

    def row(self, address) -> int:
        return self.map[self.bases[address.segment_ord] + address.doc]

    def ranking(self, row: int) -> list[str]:
        """[doc_id, article, has, due years, held] of a row."""
        start = self.ends[2 * row - 2] if row else 0
        return self.rank[start:self.ends[2 * row]].decode("utf-8").split(SEP, 4)

    def fields(self, row: int) -> dict:
        start = self.ends[2 * row - 1] if row else 0
        out = dict(zip(HIT_FIELDS, self.hit[start:self.ends[2 * row + 1]].decode("utf-8").split(SEP), strict=True))
        out["path_list"] = out["path_list"].split(LIST_SEP) if out["path_list"] else []
        out["source_path"] = out["source_path"] or None
        out["source_line"] = int(out["source_line"]) if out["source_line"] else None
        return out


def _hit_record(fields: dict) -> str:
    """A hit's stored fields as rows.hit holds them (a missing value and None as "")."""
    values = []
    for name in HIT_FIELDS:
        value = fields.get(name)
        if name == "path_list":
            value = LIST_SEP.join(v.replace(SEP, " ").replace(LIST_SEP, " ") for v in value or ())
        else:
            value = "" if value is None else str(value).replace(SEP, " ")
        values.append(value)
    return SEP.join(values)
