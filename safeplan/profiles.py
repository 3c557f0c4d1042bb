"""Profiles (`safeplan.profile/v1`, ../shared/spec/profile-format.md): the unit a plan is generated for.

`load_profile` reads and validates one profile file; every problem is a `SafeplanError` naming the file
and line. `check_overrides` checks the profile's local targets against the upper rules they tighten —
it needs the rule files, so the generators call it before writing anything.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from safeplan import yamlfiles
from safeplan.errors import SafeplanError
from safeplan.rules.compare import OPS, target_at_least_as_strict
from safeplan.rules.model import RuleFile, Target

SCHEMA = "safeplan.profile/v1"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")   # a name or a line of text never holds one (YAML "\0" does)
DEFAULT_RECIPIENTS = "各社区、街道各有关部门"


def default_recipients(kind: str) -> str:
    """主送 when the profile names none: 各社区、街道各有关部门 for a street, 各村、镇各有关部门 for a town."""
    return f"各{BELOW.get(kind, '社区')}、{kind}各有关部门"


@dataclass
class Place:
    """A place a community inspects (profile `places`): its type names a place type of checks/places.yaml."""

    type: str
    name: str
    address: str | None = None
    line: int | None = None


@dataclass
class Unit:
    """A department, community or outside unit named by the profile."""

    name: str
    aliases: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    line: int | None = None
    places: list[Place] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


UNIT_KINDS = ("街道", "镇", "乡")
# what the unit calls its own offices and the units below it, by kind
BELOW = {"街道": "社区", "镇": "村", "乡": "村"}
UPPER_LEVELS = ("district", "city", "province")


@dataclass
class PlanUnit:
    """The street (街道) or town (镇/乡) the plan is for."""

    name: str
    level: str
    parent: str | None
    issuer: str
    office: str | None
    kind: str = "街道"             # 街道 | 镇 | 乡: how the plan names itself (街道/社区 or 镇/村)

    @property
    def below(self) -> str:
        """社区 for a street, 村 for a town."""
        return BELOW[self.kind]


@dataclass
class UpperUnit:
    """One level of the unit's upper chain (profile `upper:`, nearest first)."""

    level: str                    # district | city | province
    name: str                     # 示例区: how documents of that level name their region or issuer
    line: int | None = None


@dataclass
class Leader:
    """A post of the 领导小组: 组长, 副组长, 成员 — held by posts (党工委书记), not by persons' names."""

    role: str
    posts: list[str]


@dataclass
class Reporting:
    """When the units report to the office: fixed dates each year (MM-DD) and to whom the unit reports."""

    dates: list[str]
    to: str | None = None


@dataclass
class Override:
    metric: str
    op: str
    value: float | int
    unit: str | None
    line: int | None = None

    def target(self) -> Target:
        text = f"{self.metric}{self.op}{self.value}{self.unit or ''}"
        return Target(text=text, metric=self.metric, op=self.op, value=self.value, unit=self.unit)


@dataclass
class Profile:
    path: str
    unit: PlanUnit
    start_year: int
    end_year: int
    date: str | None                    # ISO 成文日期; None: the office fills it in by hand
    doc_number: str | None
    recipients: str
    departments: list[Unit]
    communities: list[Unit]
    external_units: list[Unit]
    overrides: list[Override]
    upper: list[UpperUnit] = field(default_factory=list)
    leaders: list[Leader] = field(default_factory=list)
    reporting: Reporting | None = None
    copy_to: str | None = None          # 抄送 of the 版记

    @property
    def period(self) -> dict[str, int]:
        return {"start_year": self.start_year, "end_year": self.end_year}

    def all_unit_names(self) -> list[str]:
        """Every name the profile knows, aliases included: the unit, its office and every unit below or beside it."""
        names = [self.unit.name]
        if self.unit.office:
            names.append(self.unit.office)
        for unit in (*self.departments, *self.communities, *self.external_units):
            names.extend(unit.names)
        return list(dict.fromkeys(names))

    def office_department(self) -> Unit | None:
        """The department that leads (牵头) for the street: the one whose name or alias is `unit.office`."""
        return next((d for d in self.departments if self.unit.office in d.names), None)

    def find(self, name: str) -> Unit | None:
        for unit in (*self.departments, *self.communities, *self.external_units):
            if name in unit.names:
                return unit
        return None


# The keys a profile may have, by place (profile-format.md; `[]`: each entry of a list). A key outside
# them is an error naming its line and the nearest key (`comunities:` → communities). A new optional field
# is declared here, beside the dataclass that holds it; a place not listed (leaders: role → posts) is free.
PROFILE_KEYS: dict[str, tuple[str, ...]] = {
    "": ("schema", "unit", "period", "date", "doc_number", "recipients", "departments", "communities",
         "external_units", "overrides", "upper", "leaders", "reporting", "copy_to"),
    "unit": ("name", "level", "parent", "issuer", "office", "kind"),
    "period": ("start_year", "end_year"),
    "departments[]": ("name", "aliases", "sectors"),
    "communities[]": ("name", "aliases", "sectors", "places"),
    "communities[].places[]": ("type", "name", "address"),
    "external_units[]": ("name", "aliases", "sectors"),
    "overrides[]": ("metric", "op", "value", "unit"),
    "upper[]": ("level", "name"),
    "reporting": ("dates", "to"),
}


def _read_yaml(path: Path):
    if not path.is_file():
        raise SafeplanError("no such profile file", path=str(path))
    data = yamlfiles.load_yaml_file(path, str(path), lines=True)
    yamlfiles.check_known_keys(data, PROFILE_KEYS, str(path))
    return data


class _Reader:
    """Reads fields out of the loaded mapping, turning every problem into a file:line error."""

    def __init__(self, path: Path):
        self.path = str(path)

    def fail(self, message: str, line: int | None):
        raise SafeplanError(message, path=self.path, line=line)

    def mapping(self, value, where: str, line: int | None) -> yamlfiles.LineMap:
        if not isinstance(value, dict):
            self.fail(f"{where} must be a mapping", line)
        return value

    def text(self, data: yamlfiles.LineMap, key: str, required: bool = True) -> str | None:
        value = data.get(key)
        line = data.key_lines.get(key, data.line)
        if value is None:
            if required:
                self.fail(f"missing {key!r}", data.line)
            return None
        if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
            self.fail(f"{key!r} must be a non-empty text", line)
        self._printable(str(value), key, line)
        return str(value).strip()

    def _printable(self, value: str, key: str, line: int | None) -> None:
        bad = _CONTROL.search(value)
        if bad:
            self.fail(f"{key!r} holds a control character (U+{ord(bad.group(0)):04X}) in {value!r}: remove it", line)

    def year(self, data: yamlfiles.LineMap, key: str) -> int:
        value = data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 1949 <= value <= 2100:
            self.fail(f"period.{key} must be a year such as 2024", data.key_lines.get(key, data.line))
        return value

    def names(self, data: yamlfiles.LineMap, key: str) -> list[str]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{key!r} must be a list of names", data.key_lines.get(key, data.line))
        for v in value:
            self._printable(v, key, data.key_lines.get(key, data.line))
        return [v.strip() for v in value]


def _units(reader: _Reader, data: yamlfiles.LineMap, key: str, vocabulary) -> list[Unit]:
    items = data.get(key) or []
    if not isinstance(items, list):
        reader.fail(f"{key!r} must be a list", data.key_lines.get(key, data.line))
    units = []
    for item in items:
        entry = reader.mapping(item, f"each entry of {key!r}", data.key_lines.get(key, data.line))
        sectors = []
        for sector in reader.names(entry, "sectors"):
            canonical = vocabulary.canonical(sector)
            if canonical is None:
                reader.fail(f"unknown sector {sector!r} of {entry.get('name')!r} (the sector vocabulary is "
                            "rules/sectors.yaml)", entry.key_lines.get("sectors", entry.line))
            sectors.append(canonical)
        units.append(Unit(name=reader.text(entry, "name"), aliases=reader.names(entry, "aliases"),
                          sectors=list(dict.fromkeys(sectors)), line=entry.line, places=_places(reader, entry)))
    return units


def _places(reader: _Reader, entry: yamlfiles.LineMap) -> list[Place]:
    """A unit's `places`: each {type, name, address?}; the type is checked against checks/places.yaml when its
    检查清单 is generated."""
    items = entry.get("places") or []
    line = entry.key_lines.get("places", entry.line)
    if not isinstance(items, list):
        reader.fail("'places' must be a list of {type, name, address}", line)
    places = []
    for item in items:
        place = reader.mapping(item, "each place", line)
        places.append(Place(type=reader.text(place, "type"), name=reader.text(place, "name"),
                            address=reader.text(place, "address", required=False), line=place.line))
    return places


def _check_names_unique(reader: _Reader, plan_unit: PlanUnit, unit_line: int, groups: list[list[Unit]]) -> None:
    seen: dict[str, int] = {plan_unit.name: unit_line}
    for units in groups:
        for unit in units:
            for name in unit.names:
                if name in seen:
                    reader.fail(f"unit name {name!r} is used twice (first on line {seen[name]})", unit.line)
                seen[name] = unit.line


def _date(reader: _Reader, data: yamlfiles.LineMap) -> str | None:
    value = data.get("date")
    if value is None:
        return None          # never today's date: the office writes the 成文日期 when it signs
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        reader.fail(f"date {value!r} is not a date (write it as \"2024-03-15\")", data.key_lines.get("date"))


def _overrides(reader: _Reader, data: yamlfiles.LineMap) -> list[Override]:
    result = []
    for item in data.get("overrides") or []:
        entry = reader.mapping(item, "each override", data.key_lines.get("overrides", data.line))
        op = entry.get("op")
        if op not in OPS:
            reader.fail(f"override op must be one of {', '.join(OPS)}", entry.line)
        value = entry.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            reader.fail("override value must be a number", entry.line)
        result.append(Override(metric=reader.text(entry, "metric"), op=op, value=value,
                               unit=reader.text(entry, "unit", required=False), line=entry.line))
    return result


def _kind(reader: _Reader, unit: yamlfiles.LineMap, name: str) -> str:
    kind = reader.text(unit, "kind", required=False)
    if kind is None:
        return next((k for k in ("镇", "乡") if name.endswith(k)), "街道")
    if kind not in UNIT_KINDS:
        reader.fail(f"unit.kind must be one of {', '.join(UNIT_KINDS)}", unit.key_lines.get("kind", unit.line))
    return kind


def _upper(reader: _Reader, data: yamlfiles.LineMap) -> list[UpperUnit]:
    items = data.get("upper") or []
    line = data.key_lines.get("upper", data.line)
    if not isinstance(items, list):
        reader.fail("'upper' must be a list of {level, name}, nearest first", line)
    chain: list[UpperUnit] = []
    for item in items:
        entry = reader.mapping(item, "each entry of 'upper'", line)
        level = reader.text(entry, "level")
        if level not in UPPER_LEVELS:
            reader.fail(f"upper level must be one of {', '.join(UPPER_LEVELS)}", entry.line)
        if chain and UPPER_LEVELS.index(level) <= UPPER_LEVELS.index(chain[-1].level):
            reader.fail("'upper' lists the levels nearest first: district, city, province", entry.line)
        chain.append(UpperUnit(level=level, name=reader.text(entry, "name"), line=entry.line))
    return chain


def _leaders(reader: _Reader, data: yamlfiles.LineMap) -> list[Leader]:
    value = data.get("leaders") or {}
    line = data.key_lines.get("leaders", data.line)
    if not isinstance(value, dict):
        reader.fail("'leaders' must map a role (组长, 副组长, 成员) to a post or a list of posts", line)
    out = []
    for role, posts in value.items():
        posts = [posts] if isinstance(posts, str) else posts
        if not isinstance(posts, list) or not posts or not all(isinstance(p, str) and p.strip() for p in posts):
            reader.fail(f"leaders.{role} must be a post or a list of posts", value.key_lines.get(role, line))
        out.append(Leader(role=str(role), posts=[p.strip() for p in posts]))
    return out


def _reporting(reader: _Reader, data: yamlfiles.LineMap) -> Reporting | None:
    value = data.get("reporting")
    if value is None:
        return None
    entry = reader.mapping(value, "'reporting'", data.key_lines.get("reporting", data.line))
    dates = reader.names(entry, "dates")
    for d in dates:
        try:
            _dt.date.fromisoformat(f"2024-{d}")
        except ValueError:
            reader.fail(f"reporting date {d!r} is not a month and day (write it as \"06-10\")",
                        entry.key_lines.get("dates", entry.line))
    return Reporting(dates=dates, to=reader.text(entry, "to", required=False))


def load_profile(path, workspace=None) -> Profile:
    """Read and validate a profile file: schema, period, dates, sectors (against the workspace's
    vocabulary) and unit names (each name or alias once). Raises SafeplanError naming file and line."""
    from safeplan.rules.sectors import load_vocabulary

    path = Path(path)
    reader = _Reader(path)
    data = _read_yaml(path)
    data = reader.mapping(data, "a profile", 1)
    if data.get("schema") != SCHEMA:
        reader.fail(f"schema must be {SCHEMA!r}", data.key_lines.get("schema", 1))
    unit_data = reader.mapping(data.get("unit"), "'unit'", data.key_lines.get("unit", 1))
    name = reader.text(unit_data, "name")
    plan_unit = PlanUnit(
        name=name,
        level=reader.text(unit_data, "level", required=False) or "street",
        parent=reader.text(unit_data, "parent", required=False),
        issuer=reader.text(unit_data, "issuer", required=False) or f"{name}安全生产委员会",
        office=reader.text(unit_data, "office", required=False),
        kind=_kind(reader, unit_data, name),
    )
    period = reader.mapping(data.get("period"), "'period'", data.key_lines.get("period", 1))
    start, end = reader.year(period, "start_year"), reader.year(period, "end_year")
    if end < start:
        reader.fail("period.end_year is before period.start_year", period.line)
    vocabulary = load_vocabulary(workspace)
    departments = _units(reader, data, "departments", vocabulary)
    communities = _units(reader, data, "communities", vocabulary)
    external = _units(reader, data, "external_units", vocabulary)
    _check_names_unique(reader, plan_unit, unit_data.line, [departments, communities, external])
    return Profile(
        path=str(path),
        unit=plan_unit,
        start_year=start,
        end_year=end,
        date=_date(reader, data),
        doc_number=reader.text(data, "doc_number", required=False),
        recipients=reader.text(data, "recipients", required=False) or default_recipients(plan_unit.kind),
        departments=departments,
        communities=communities,
        external_units=external,
        overrides=_overrides(reader, data),
        upper=_upper(reader, data),
        leaders=_leaders(reader, data),
        reporting=_reporting(reader, data),
        copy_to=reader.text(data, "copy_to", required=False),
    )


def _rule_name(rule_file: RuleFile, rule) -> str:
    return f"{rule_file.document.id}:{rule.id}"


def check_overrides(profile: Profile, rule_files: list[RuleFile]) -> None:
    """Every override must name a metric of the upper rules and be at least as strict as each of them.

    A metric no upper rule has, a weaker value, or one that cannot be compared (another unit, a bound on
    the other side) is a profile error naming the rule it would weaken.
    """
    for override in profile.overrides:
        uppers = [(rf, rule, t) for rf in rule_files for rule in rf.rules for t in rule.targets
                  if t.metric == override.metric]
        if not uppers:
            raise SafeplanError(f"override {override.metric!r} names a metric that no upper rule has "
                                f"(rules: {', '.join(rf.document.id for rf in rule_files) or 'none'})",
                                path=profile.path, line=override.line)
        mine = override.target()
        for rule_file, rule, upper in uppers:
            verdict = target_at_least_as_strict(mine, upper)
            if verdict is not True:
                how = "is weaker than" if verdict is False else "cannot be compared with"
                raise SafeplanError(f"override {mine.text} {how} {_rule_name(rule_file, rule)} "
                                    f"({upper.text}: {upper.metric}{upper.op}{upper.value}{upper.unit or ''})",
                                    path=profile.path, line=override.line)


def profile_choices(workspace) -> list[str]:
    """The profile files of the workspace's profiles/ (the packaged defaults' when it has none)."""
    folder = workspace.folder("profiles")
    return sorted(p.name for p in folder.glob("*.y*ml") if p.is_file()) if folder.is_dir() else []


def find_profile(workspace, given: str, paths: bool = True) -> Path:
    """A profile as a user names it: a file path (when `paths`), or a bare name — chengdong.yaml or
    chengdong — looked up in the workspace's profiles/. The one lookup of the CLI and the workbench (which
    passes paths=False: a name, never a path). SafeplanError listing the choices, naming no server path."""
    if paths:
        path = Path(given)
        if path.is_file() or path.is_absolute() or len(path.parts) > 1:
            return path
    choices = profile_choices(workspace)
    for name in (given, f"{given}.yaml", f"{given}.yml"):
        if name in choices:
            return workspace.folder("profiles") / name
    raise SafeplanError(f"unknown profile {given!r}: choose one of the workspace's profiles/ "
                        f"({', '.join(choices) or 'none'})" + (" or give a path to a profile file" if paths else ""))
