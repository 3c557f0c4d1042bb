"""Text as a 公文 prints it, and upper wording as the street or town says it.

`gongwen_text`: full-width punctuation in Chinese text (, ; : ( ) ! ? → ，；：（）！？ where a Chinese
character is beside it; 12:30, 3.5 and 1,000 stay), 文号 years in 〔〕 ([2024] → 〔2024〕), the source's known
typos corrected (若千条 → 若干条). `for_unit`: the upper bodies named as doers left out (各地区…要), 乡镇(街道)
→ the unit's kind, 推动生产经营单位 → 督促辖区生产经营单位, 各村(居) → 各村 / 各社区.
"""

from __future__ import annotations

import re

from safeplan.addressees import top_level_clauses

_CJK = r"\u3400-\u9fff\uff08\uff09“”‘’《》〔〕"
_HALF = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_HALF_PUNCT = re.compile(rf"(?<=[{_CJK}\d%)）])([,;:!?])|([,;:!?])(?=[{_CJK}])")
_PAREN = re.compile(rf"\(([^()]*[{_CJK}][^()]*)\)")
_YEAR_RANGE = re.compile(r"(\d{4})-(\d{4})")
_DOC_YEAR = re.compile(r"\[(\d{4})\](?=\d+号)")
TYPOS = {"若千条": "若干条", "若千项": "若干项", "范围:时间": "范围、时间"}


def gongwen_text(text: str) -> str:
    """Source text with 公文 punctuation (see the module docstring)."""
    if not text:
        return text
    for wrong, right in TYPOS.items():
        text = text.replace(wrong, right)
    text = _DOC_YEAR.sub(r"〔\1〕", text)
    text = _YEAR_RANGE.sub(r"\1—\2", text)
    text = _PAREN.sub(r"（\1）", text)
    text = _HALF_PUNCT.sub(lambda m: _HALF[m.group(1) or m.group(2)], text)
    # a digit clock time or decimal (12:30, 3.5) keeps its half-width mark: _HALF_PUNCT needs a Chinese
    # character on one side, and digits only on the left of a mark before Chinese text
    return text


HALF_WIDTH_IN_CHINESE = re.compile(rf"[{_CJK}][,;:!?()]|[,;:!?()][{_CJK}]")

_UPPER_SUBJECT = re.compile(r"(?:^|(?<=[。；]))(?:各地区|各地)(?:及|、|和)?[^，。；]{0,24}?要(?:结合实际[，,])?")
_STREET_WORDS = re.compile(r"各?乡镇[（(]街道[）)]|各?镇[（(]街道[）)]|各乡镇|各街道")
_COMMUNITY_WORDS = re.compile(r"各?村[（(]居[）)]|各?村[（(]社区[）)]|各行政村")
_PUSH_BUSINESS = re.compile(r"(?<!积极)推动(?=[^，。；、]{0,14}?(?:生产经营单位|企业)(?!、))")
# upper formulas a street or town says in its own words
FORMULAS = (
    ("完善地方政府对于重大事故隐患治理的督办制度", "落实重大事故隐患治理的督办制度"),
    ("建立政府负有安全监管职责有关部门审核把关销号机制", "配合有关部门做好重大事故隐患审核把关销号工作"),
    ("推动各地开展形式多样的执法业务培训", "组织执法人员参加形式多样的执法业务培训"),
    ("健全重大事故隐患数据库", "及时向重大事故隐患数据库报送辖区隐患信息"),
    ("加快推动安全生产监管模式向事前预防数字化转型", "推动辖区安全生产监管向事前预防数字化转型"),
)


def for_unit(text: str, kind: str, below: str) -> str:
    """Upper wording said by the unit (kind 街道/镇/乡, the units below it 社区/村)."""
    text = _UPPER_SUBJECT.sub("", text)
    text = re.sub(r"(?:^|(?<=[。；]))(?:" + _STREET_WORDS.pattern + ")", "", text)
    for upper, own in FORMULAS:
        text = text.replace(upper, own.format(kind=kind))
    text = _STREET_WORDS.sub(kind, text)
    text = _COMMUNITY_WORDS.sub(f"各{below}", text)
    text = text.replace("地方政府", kind).replace("本地区", "辖区")
    text = _PUSH_BUSINESS.sub("督促辖区", text)
    text = text.replace("督促辖区辖区", "督促辖区")
    return gongwen_text(text)


CELL_LIMIT = 110      # a task-table cell stays under 120 characters


# a clause that frames a task rather than stating it: 结合…实际情况，/ 按照…要求，/ 根据…部署，
_FRAMING = re.compile(r"^(?:结合|按照|根据|依据|围绕|立足)[^，；。：]{0,30}(?:实际|实际情况|要求|部署|需要)[，,]$")


def short_line(text: str, limit: int = 40) -> str:
    """One short line for a task table: the first clauses of the text up to `limit` characters, cut only
    between clauses (never inside a bracket), and under CELL_LIMIT however long the first clause is."""
    out = ""
    parts = top_level_clauses(text.strip(), "，；。：")
    if len(parts) > 1 and _FRAMING.match(parts[0]):
        parts = parts[1:]         # "结合各行业领域实际情况，…": the task is what follows the framing
    for part in parts:
        if out and len(out) + len(part) > limit:
            break
        out += part
        if len(out) >= limit:
            break
    out = re.sub(r"[，；：、。]$", "", out)
    if len(out) > CELL_LIMIT:
        cut = max(out.rfind("、", 0, CELL_LIMIT), out.rfind("，", 0, CELL_LIMIT))
        out = out[:cut if cut > 0 else CELL_LIMIT] + "等"
    return out
