"""A government page's info table (索引号 | 发布机构 | 成文日期 | 文号 | 标题 …): the values it gives for the document's
issuer, date, 文号 and title."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.chrome import BYLINE_WORDS, INFO_LINE, chrome, key_values
from safeplan.corpus.metadata.days import iso
from safeplan.corpus.metadata.shapes import title_like

_NO_VALUE = ("无", "暂无", "无文号", "-", "--", "/", "—", "null")
_COUNTER = re.compile(r"(?:浏览|点击|访问|阅读)(?:量|次数|数)[:：]?\s*\d*")
WRITTEN = ("成文日期", "发文日期", "印发日期", "成文时间", "发文时间", "印发时间", "签发日期")      # when the document was written (发布日期: when it was put online)
_ROW_ONLY_KEYS = ("责任部门",)       # an issuer's key in an info row only (责任部门: 聂桥镇), a task table's column elsewhere
_TABLE_KEYS = {
    "issuer": re.compile(r"^(?:发布机构|发文机关|发文单位|发布单位|印发单位|制发机关|编制单位|颁布单位|颁布部门|发布机关|发文部门"
                         r"|制发单位|成文单位|印发机关|责任部门)$"),
    "date": re.compile(r"^(?:发文日期|成文日期|印发日期|发布日期|(?:公文)?生成日期|成文时间|发文时间|生成时间|颁布时间|颁布日期"
                       r"|印发时间|签发日期)$"),
    "doc_number": re.compile(r"^(?:文号|发布文号|发文字号|发文号|文件编号)$"),
    "title": re.compile(r"^(?:名称|标题|文件名称|本文标题|文章标题|中文名)$"),
}


def table_values(lines: list[str]) -> dict[str, str]:
    """Values of a government page's metadata table: "发布机构: | X |" rows, or a key line then a value line."""
    found: dict[str, str] = {}
    found_key: dict[str, str] = {}
    for k, line in enumerate(lines[:60]):
        cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
        cells = [c for c in cells if c]
        pairs = key_values(line) if "|" not in line and INFO_LINE.match(line) else []
        if pairs and BYLINE_WORDS.search(line):     # 发布日期:2022-12-06 15:02 访问次数: 信息来源:… is a byline
            pairs = [(key, value) for key, value in pairs if key != "发布日期"]
        if len(pairs) == 1 and pairs[0][1] is None and k + 1 < len(lines) and not INFO_LINE.match(lines[k + 1]) \
                and _value_of(pairs[0][0], lines[k + 1].strip(" |")):
            pairs = [(pairs[0][0], lines[k + 1].strip(" |"))]    # • 发布机构: / 金华经济技术开发区: its value below
        for i, cell in enumerate(cells if not pairs else []):
            if re.sub(r"[\s:：]", "", cell) in _ROW_ONLY_KEYS:
                continue                            # (序号 | 工作任务 | 责任部门 | 完成时限: a task table's column)
            if INFO_LINE.match(cell) and key_values(cell)[0][1]:
                pairs += key_values(cell)          # 文 号 | 成文日期:2018-07-27 |: a cell holding its own key and value
                continue
            key = re.sub(r"[\s:：\[\]【】]", "", cell)     # ([ 成文日期 ]: a key in brackets)
            value = cells[i + 1] if i + 1 < len(cells) else None
            if value is not None and INFO_LINE.match(value):
                value = None                        # (…of which the key before it has none)
            if value is None and len(cells) == 1 and k + 1 < len(lines):
                value = lines[k + 1].strip(" |")
            pairs.append((key, value))
        for key, value in pairs:
            if value in _NO_VALUE or value and (_COUNTER.fullmatch(value) or value.split()[0] in _NO_VALUE):
                continue                    # (文号 | 浏览量 |: the key left empty, a page counter's label after it;
                                            # 发布文号: 无文号 词:, a clipped key's 词: after it)
            for name, pattern in _TABLE_KEYS.items():
                if value and pattern.match(key) and not pattern.match(re.sub(r"[\s:：]", "", value)) \
                        and (name not in found or name == "date" and key in WRITTEN and found_key.get(name) not in WRITTEN
                             or key == "编制单位"):
                    found[name] = value.strip()          # (成文日期 wins over a 发布日期 met before it; the plan's own
                    found_key[name] = key                # 编制单位 over the page's 发布机构)
        # "发布文号 皖安〔2024〕1号" / "发布日期 2024-01-31 生效日期 …": key and value on one line, space-separated
        m = re.match(r"^(发布文号|文号|发文日期|成文日期)\s+([^\s|]+)", line)
        if m and m.group(2) not in _NO_VALUE:
            name = "doc_number" if "号" in m.group(1) else "date"
            if name not in found and (name == "date" or re.search(r"[\d号]", m.group(2))):   # (文号 发布时间 2025-05-16:
                                                                                             # the 文号 left empty)
                found[name], found_key[name] = m.group(2), m.group(1)
    if "date" in found:
        found["date_key"] = found_key["date"]
        found["date"] = iso(found["date"]) or found.pop("date") and None
        if found.get("date") is None:
            found.pop("date", None)
    return found


def _value_of(key: str, value: str) -> bool:
    """The line below a key left empty is its value: an agency's name for 发布机构 (not the title under an empty
    key), a date for a date, a 文号 for a number, any other line for the rest."""
    if _TABLE_KEYS["issuer"].match(key):
        return len(value) <= 30 and not title_like(value) and not chrome(value)
    if _TABLE_KEYS["date"].match(key):
        return iso(value) is not None
    if _TABLE_KEYS["doc_number"].match(key):
        return "号" in value
    return not chrome(value)
