"""Which documents are upper to a unit: the one selection the generators and the checker share.

A unit (a profile's street or town) takes as upper: laws and other national documents, and the documents of
the levels above it in its upper chain (profile `upper:`, nearest first; without it, `unit.parent`). A
template of its own level (`template: true`, 街道…实施方案 with ____ for names) is only a model; a peer
unit's plan, a document of another district, news and reports are set aside, each with the reason, so a
command can say what it used and what it did not. The nearest upper plan (the lowest level, then the
latest date) gives the plan its title and its stated basis whatever order the rule files came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safeplan.rules.model import RuleFile

LEVEL_ORDER = ("national", "province", "city", "district", "street", "community", "enterprise")
LEVEL_NAMES = {"national": "国家", "province": "省级", "city": "市级", "district": "区县", "street": "街道/乡镇",
               "community": "村/社区", "enterprise": "企业", "unknown": "级别不明"}
BINDING_GENRES = ("plan", "work_points", "notice", "checklist")   # what gives tasks; laws bind, but as law
PLAN_GENRES = ("plan", "work_points")


@dataclass
class SetAside:
    rule_file: RuleFile
    reason: str


@dataclass
class Selection:
    """The rule files sorted by what they are to the unit."""

    binding: list[RuleFile] = field(default_factory=list)    # upper plans/notices: their tasks bind the unit
    laws: list[RuleFile] = field(default_factory=list)       # laws and regulations: the legal basis
    models: list[RuleFile] = field(default_factory=list)     # same-level templates: only a model
    set_aside: list[SetAside] = field(default_factory=list)

    @property
    def nearest(self) -> RuleFile | None:
        """The nearest upper plan: of the binding documents the lowest level, then the latest date."""
        plans = [rf for rf in self.binding if rf.document.genre in PLAN_GENRES] or self.binding
        if not plans:
            return None
        return max(plans, key=lambda rf: (_rank(rf.document.level), rf.document.date or ""))

    def ordered(self) -> list[RuleFile]:
        """The binding documents nearest first (the plan groups its tasks in this order)."""
        return sorted(self.binding, key=lambda rf: (-_rank(rf.document.level), -_date_key(rf)))

    def report_lines(self) -> list[str]:
        """What was used and what was set aside, one line each, for stderr."""
        lines = [f"上级文件: {_label(rf)}（{LEVEL_NAMES.get(rf.document.level, rf.document.level)}）"
                 for rf in self.ordered()]
        lines += [f"法律依据: {_label(rf)}" for rf in self.laws]
        lines += [f"仅作参考: {_label(rf)}（同级模板）" for rf in self.models]
        lines += [f"未采用: {_label(s.rule_file)}（{s.reason}）" for s in self.set_aside]
        return lines


def _rank(level: str) -> int:
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else -1


def _date_key(rf: RuleFile) -> int:
    date = (rf.document.date or "0000-00-00").replace("-", "")
    return int(date) if date.isdigit() else 0


def _label(rf: RuleFile) -> str:
    doc = rf.document
    return f"{doc.id} 《{doc.title or doc.id}》"


def upper_chain(profile) -> list[tuple[str, str]]:
    """(level, name) of the unit's upper chain, nearest first: the profile's `upper:`, else its parent."""
    chain = [(u.level, u.name) for u in getattr(profile, "upper", None) or []]
    if chain:
        return chain
    parent = getattr(profile.unit, "parent", None)
    return [("district", parent)] if parent else []


def _names_region(rf: RuleFile, name: str) -> bool:
    """Does the document come from the region `name` (示例区, or 示例市示例区)?"""
    doc = rf.document
    core = name.rstrip("区县市省") if len(name) > 2 else name
    for text in (doc.region, doc.issuer, doc.title):
        if text and (name in text or text in name or (len(core) >= 2 and core in text)):
            return True
    return False


def _period_overlaps(rf: RuleFile, profile) -> bool:
    start, end = rf.document.period_start, rf.document.period_end
    if start is None and end is None:
        year = int(rf.document.date[:4]) if rf.document.date and rf.document.date[:4].isdigit() else None
        start = end = year
    if start is None:
        return True
    end = end or start
    return not (end < profile.start_year or start > profile.end_year)


def select_uppers(rule_files: list[RuleFile], profile=None, level: str | None = None) -> Selection:
    """Sort rule files into binding upper documents, laws, models and set-aside ones.

    With a profile, its level and upper chain decide; without one, `level` (the plan's own level when the
    reader knows it, else street) and no chain: only national documents and laws are upper then.
    """
    own = getattr(getattr(profile, "unit", None), "level", None) or level or "street"
    chain = upper_chain(profile) if profile is not None else []
    selection = Selection()
    for rf in rule_files:
        doc = rf.document
        if doc.genre == "law":
            selection.laws.append(rf)
            continue
        if doc.genre not in BINDING_GENRES:
            what = {"news": "新闻报道", "report": "工作报告或总结"}.get(doc.genre, "不是部署任务的文件")
            selection.set_aside.append(SetAside(rf, f"{what}，不作为上级部署"))
            continue
        if doc.level == "unknown" or doc.level not in LEVEL_ORDER:
            selection.set_aside.append(SetAside(rf, "文件级别不明：在规则文件 document.level 中写明后再用"))
            continue
        if _rank(doc.level) >= _rank(own):
            if doc.template and _rank(doc.level) == _rank(own):
                selection.models.append(rf)
            else:
                who = "同级单位" if _rank(doc.level) == _rank(own) else "下级单位"
                selection.set_aside.append(SetAside(rf, f"{who}的文件，不是上级"))
            continue
        if doc.level != "national":
            wanted = [name for lvl, name in chain if lvl == doc.level]
            if not wanted:
                selection.set_aside.append(SetAside(
                    rf, f"{LEVEL_NAMES[doc.level]}文件，而单位配置的上级链（upper）中没有这一级"))
                continue
            generic = doc.template and not (doc.region or doc.issuer)   # a model written for any district
            if not generic and not any(_names_region(rf, name) for name in wanted):
                selection.set_aside.append(SetAside(
                    rf, f"{doc.region or doc.issuer or '其他地区'}的文件，不在本单位的上级链（{'、'.join(wanted)}）中"))
                continue
        if profile is not None and not _period_overlaps(rf, profile):
            selection.set_aside.append(SetAside(
                rf, f"期限与本方案（{profile.start_year}—{profile.end_year}年）不重合"))
            continue
        selection.binding.append(rf)
    return selection


def narrow_for_unit(rule_files: list[RuleFile]) -> tuple[list[RuleFile], set[str]]:
    """The rule files as they bind a street or town (safeplan.addressees.narrowed: each rule cut to the
    clauses the unit carries), and the DOC:ID keys of the rules that are upper bodies' own work only."""
    from dataclasses import replace

    from safeplan.addressees import narrowed

    out, upper_only = [], set()
    for rf in rule_files:
        if rf.document.genre == "law":
            out.append(rf)
            continue
        rules = []
        for rule in rf.rules:
            mine = narrowed(rule)
            if mine is None:
                upper_only.add(f"{rf.document.id}:{rule.id}")
            rules.append(mine or rule)
        out.append(replace(rf, rules=rules))
    return out, upper_only
