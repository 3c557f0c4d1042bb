"""Who an upper rule speaks to, clause by clause, and the part of it a street or town carries.

Levels and actors (the optional rule field `addressees:`, rules-format.md): 国务院及部委, 省级, 市/区县,
街道/乡镇, 村/社区, 行业部门, 生产经营单位. A person may write the field in a rule file; otherwise it is
derived from the text: each clause (split at ，；。) is read for the words that name its doer — 中央党校,
在全国, 部门规章 (国务院及部委); 省级, 省市有关部门 (省级); 设区的市, 产业目录, 县应急管理局 (市/区县);
乡镇(街道), 属地 (街道/乡镇); 各村(居), 网格, 社区, 群众 (村/社区); 生产经营单位, 企业 (生产经营单位) …
A clause that names no doer continues the clause before it; the first clause of a sentence that names
none is the local governments' work (各地区, down to the street).

`localise` keeps of a rule the clauses a street or town does (its own level, its communities, the
businesses it supervises, the sector work its offices share), dropping the upper bodies' own work
(national training by 中央党校, revising national rules, national selection, provincial schemes); the kept
clauses are split into the street's part and its communities' part. The generators phrase the result for
the unit; the checker compares a plan with the same narrowed rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from safeplan.rules.model import Rule

NATIONAL, PROVINCE, COUNTY, STREET, COMMUNITY, SECTOR, BUSINESS = (
    "国务院及部委", "省级", "市/区县", "街道/乡镇", "村/社区", "行业部门", "生产经营单位")
ADDRESSEES = (NATIONAL, PROVINCE, COUNTY, STREET, COMMUNITY, SECTOR, BUSINESS)
UPPER = (NATIONAL, PROVINCE, COUNTY)
LEVEL_ADDRESSEE = {"national": NATIONAL, "province": PROVINCE, "city": COUNTY, "district": COUNTY,
                   "street": STREET, "community": COMMUNITY}

_MARKS: dict[str, tuple[str, ...]] = {
    NATIONAL: ("国务院", "中央党校", "党中央", "中央企业", "在全国", "全国安全监管执法人员", "国家层面", "部门规章",
               "国家标准", "强制性标准", "国民教育体系", "国家安全生产专业应急救援队伍", "修订《", "出台《", "修订一批",
               "制修订", "研究制定", "试点建设", "基本规范", "定级标准", "定级制度", "设备目录", "科技项目攻关",
               "关键核心技术", "法律法规制修订", "培训机构", "特种作业考试", "执法培训教材", "考核梯次", "集中培训",
               "主课堂", "示范城市", "平安工程", "安康杯", "保险机构", "已经出台", "推荐性标准", "标准体系", "判定标准解读",
               "检查指引", "示范创建", "示范岗"),
    PROVINCE: ("省级", "各省", "省市有关部门", "省市县三级", "跨地区"),
    COUNTY: ("设区的市", "国土空间规划", "发展规划", "产业目录", "县级以上", "消防设计审查",
             "统计分析机制", "地方性法规", "执法装备", "许可管理", "行政许可", "行政裁量权", "执法统计", "异地交叉执法",
             "宽松软虚", "淘汰退出", "专题栏目"),
    STREET: ("乡镇(街道)", "乡镇（街道）", "镇(街道)", "镇（街道）", "各乡镇", "各镇", "各街道", "属地", "基层末梢"),
    COMMUNITY: ("村(居)", "村（居）", "各村", "行政村", "社区", "网格", "住宅小区", "家庭", "发动社会公众", "发动群众",
                "居民", "志愿", "居家"),
    SECTOR: ("行业领域主管部门", "负有安全生产监督管理职责", "负有安全监管职责", "行业主管部门", "成员单位"),
    BUSINESS: ("生产经营单位", "企业", "从业人员"),
}
_LOCAL_ALL = ("各地区", "各地", "地方各级", "地方政府", "地方党委")          # every local level, the street too
_COUNTY_BODY = re.compile(r"(?:^|[，、和及])[县区市][\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办|中心)")
_SENTENCE = re.compile(r"(?<=[。；;！？])")
_CLAUSE = re.compile(r"(?<=[，,：:])")
_SHORT = 8          # a clause this short (其中:, 2024年,) is read with the one after it


@dataclass
class Clause:
    text: str
    addressees: frozenset[str]     # the clause's own doers (derived or carried over)
    marked: bool                   # named in the clause itself, not carried over


@dataclass
class Local:
    """The part of an upper rule a unit carries: its own (street) clauses and its communities' ones."""

    street: str
    community: str
    addressees: list[str]

    @property
    def binds(self) -> bool:
        return bool(self.street or self.community)


def top_level_clauses(text: str, separators: str) -> list[str]:
    """Clauses of `text` split after each separator outside brackets and quotes (a （高危行业领域…） or a
    “…” stays whole); each clause keeps its separator."""
    parts, depth, current = [], 0, ""
    for ch in text:
        current += ch
        if ch in "“《(（":
            depth += 1
        elif ch in "”》)）":
            depth = max(depth - 1, 0)
        elif ch in separators and depth == 0:
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def _split(text: str) -> list[list[str]]:
    """Sentences of clauses; a short clause joins the next one; quotes and brackets are never split."""
    sentences = []
    for sentence in _SENTENCE.split(text):
        if not sentence.strip():
            continue
        parts = top_level_clauses(sentence, "，,：:")
        merged: list[str] = []
        for part in parts:
            if merged and len(re.sub(r"[，,：:\s]", "", merged[-1])) < _SHORT:
                merged[-1] += part
            else:
                merged.append(part)
        sentences.append(merged)
    return sentences


_WEAK = frozenset({SECTOR, BUSINESS})
_QUOTED = re.compile(r"“[^”]*”")


def clause_addressees(text: str) -> set[str]:
    """The doers a clause names itself (empty when it names none); a quoted name (“…各地区分课堂”) is none."""
    text = _QUOTED.sub("", text)
    found = {label for label, marks in _MARKS.items() if any(m in text for m in marks)}
    if _COUNTY_BODY.search(text):
        found.add(COUNTY)
    if any(m in text for m in _LOCAL_ALL):
        found |= {PROVINCE, COUNTY, STREET}
    return found


def _sentence_clauses(sentence: list[str], default: frozenset[str]) -> list[Clause]:
    """An unmarked clause carries the doers of the clause before it; the unmarked clauses a sentence opens
    with share the doers of its first marked clause (总结…经验做法，修订一批…标准: both national)."""
    own = [frozenset(clause_addressees(part)) for part in sentence]
    first = next((o for o in own if o), default)
    out, previous = [], first if not _street_side(first) else default
    for part, mine in zip(sentence, own, strict=False):
        # the businesses or sector offices a clause mentions do not change who acts: the street that
        # pushes them (推动生产经营单位…), or the community that rallies people (发动群众…举报…生产经营单位)
        if mine and not (mine <= _WEAK and _street_side(previous)):
            previous = mine
        out.append(Clause(part, previous, bool(mine)))
    return out


def clauses(text: str, default: frozenset[str] = frozenset({STREET})) -> list[Clause]:
    """The rule text as clauses with their doers (see _sentence_clauses)."""
    return [c for sentence in _split(text) for c in _sentence_clauses(sentence, default)]


def _street_side(addressees: frozenset[str]) -> bool:
    """Does a clause with these doers fall to a street or town (or to those it supervises)?"""
    if addressees & {STREET, COMMUNITY}:
        return True
    if addressees & set(UPPER):
        return False
    return bool(addressees & {SECTOR, BUSINESS})


def written_addressees(rule: Rule) -> list[str] | None:
    """The `addressees:` a person wrote in the rule file (kept among the rule's own keys), if any."""
    value = (rule.unknown or {}).get("addressees")
    if isinstance(value, list) and all(v in ADDRESSEES for v in value):
        return list(value)
    return None


def derive(rule: Rule) -> list[str]:
    """The rule's addressees read from its text (and its responsible units), in the vocabulary's order."""
    found: set[str] = set()
    for clause in clauses(rule.text):
        found |= clause.addressees
    for name in rule.responsible.lead + rule.responsible.support:
        found |= clause_addressees(name)
    return [a for a in ADDRESSEES if a in found]


def addressees(rule: Rule) -> list[str]:
    return written_addressees(rule) or derive(rule)


def _join(parts: list[str]) -> str:
    text = "".join(parts).strip()
    text = re.sub(r"[，,：:；;]+$", "", text)
    return text + "。" if text and not text.endswith(("。", "！", "？")) else text


def localise(rule: Rule) -> Local:
    """The clauses of `rule` a street or town carries: (its own, its communities'), each as one text."""
    written = written_addressees(rule)
    if written is not None:
        mine = set(written)
        if mine & {STREET, SECTOR, BUSINESS}:
            return Local(rule.text, "", written)
        if COMMUNITY in mine:
            return Local("", rule.text, written)
        return Local("", "", written)
    street: list[str] = []
    community: list[str] = []
    for sentence in _split(rule.text):
        kept_s: list[str] = []
        kept_c: list[str] = []
        for clause in _sentence_clauses(sentence, frozenset({STREET})):
            if not _street_side(clause.addressees):
                continue
            if COMMUNITY in clause.addressees and STREET not in clause.addressees:
                kept_c.append(clause.text)
            else:
                kept_s.append(clause.text)
        if kept_s:
            street.append(_join(kept_s))
        if kept_c:
            community.append(_join(kept_c))
    return Local("".join(street), "".join(community), derive(rule))


def narrowed(rule: Rule) -> Rule | None:
    """The rule as it binds a street or town: its text the kept clauses, and only the targets, deadlines and
    frequencies written in them; None when nothing of it falls to the unit (upper bodies' own work)."""
    local = localise(rule)
    if not local.binds:
        return None
    text = local.street + local.community
    if text == rule.text:
        return rule
    return replace(rule, text=text,
                   targets=[t for t in rule.targets if t.text in text],
                   deadlines=[d for d in rule.deadlines if d.text in text],
                   frequencies=[f for f in rule.frequencies if f.text in text])
