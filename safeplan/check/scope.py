"""Which upper rules bind a plan: kind task/measure/duty, `applies_to:` levels, and with a profile the
unit's level and sectors. Also what a profile knows: its period and its unit names."""

from __future__ import annotations

from safeplan.check.align import UpperRule
from safeplan.uppers import select_uppers

LEVEL_ORDER = ("national", "province", "city", "district", "street", "community", "enterprise")

# Upper-level wording that names "whoever it is down there", not a unit: profile-format.md maps these.
GENERIC_UNITS = ("各", "属地", "有关部门", "相关部门", "主管部门", "牵头部门", "责任部门", "负有", "成员单位",
                 "生产经营单位", "企业")


def _profile_level(profile) -> str | None:
    unit = getattr(profile, "unit", None)
    return getattr(unit, "level", None) if unit is not None else None


def profile_sectors(profile) -> set[str]:
    out: set[str] = set()
    for group in ("departments", "communities"):
        for entry in getattr(profile, group, None) or []:
            out.update(getattr(entry, "sectors", None) or [])
    return out


def profile_period(profile) -> tuple[int | None, int | None] | None:
    if profile is None:
        return None
    period = getattr(profile, "period", None)
    if period is None:
        return None
    if isinstance(period, dict):
        start, end = period.get("start_year"), period.get("end_year")
    else:
        start, end = getattr(period, "start_year", None), getattr(period, "end_year", None)
    return (start, end) if start and end else None


def applicable_rules(uppers: list[UpperRule], profile, plan_level: str | None, kinds) -> list[UpperRule]:
    """The upper rules a plan must cover.

    All rules of `kinds` by default, headings excepted (their items are checked). A rule's `applies_to:` levels bind only those levels (the profile's
    level, else the plan's own level when the reader knows it). A profile also drops rules of a document
    at or below its own level and rules whose sectors the unit has none of (a rule with no sectors binds
    everyone).
    """
    level = _profile_level(profile) if profile is not None else plan_level
    sectors = profile_sectors(profile) if profile is not None else set()
    # only documents upper to the unit bind it (safeplan.uppers: laws are its legal basis, not its task list;
    # news, peers' plans, other districts' documents are set aside); when none of the given documents is
    # upper, they are taken as given (a document checked against its own rules)
    files = list({id(u.file): u.file for u in uppers}.values())
    binding = {id(rf) for rf in select_uppers(files, profile, level).binding}
    if not binding:
        binding = {id(rf) for rf in files if rf.document.genre != "law"} or {id(rf) for rf in files}
    # a heading with numbered items under it ((三)开展…行动 over 3., 4., 5.) is carried by its items:
    # they are what a plan must cover, and what is reported when missing
    parents = {u.key.rsplit(".", n)[0] for u in uppers for n in range(1, u.rule.id.count(".") + 1)}
    out = []
    for upper in uppers:
        rule = upper.rule
        if rule.kind not in kinds or upper.key in parents or id(upper.file) not in binding:
            continue
        if rule.applies_to and level and level not in rule.applies_to:
            continue
        if profile is not None:
            issuer = upper.file.document.level
            if level in LEVEL_ORDER and issuer in LEVEL_ORDER and LEVEL_ORDER.index(issuer) >= LEVEL_ORDER.index(level):
                continue
            if sectors and rule.sectors and not (set(rule.sectors) & sectors):
                continue
        out.append(upper)
    return out


def unit_checker(profile):
    """A predicate: is this responsible unit known to the profile (or a generic upper-level wording)?"""
    names = set(profile.all_unit_names()) if hasattr(profile, "all_unit_names") else set()
    own = getattr(getattr(profile, "unit", None), "name", None)
    if own:
        names.add(own)

    def known(unit: str) -> bool:
        unit = unit.strip()
        if len(unit) <= 2:
            return True      # a fragment such as 单位 names nobody: nothing to check
        if unit in names or any(n in unit or (len(unit) >= 3 and unit in n) for n in names if len(n) >= 3):
            return True
        return any(g in unit for g in GENERIC_UNITS)

    return known
