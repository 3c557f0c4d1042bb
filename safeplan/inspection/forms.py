"""A unit's 检查清单: one form per place the profile lists and per place type of its sectors, each holding the
library's items for that place type — with the stricter frequency or a deadline where an upper rule sets one.

An upper rule tightens an item when one of the item's `keywords` (A+B: every part) is in the clause (between
commas) of the rule that states the frequency or deadline. A frequency scoped to 高危行业领域 applies to items of the
high-risk sectors only (generators/checklist.yaml). Only a frequency that is more often than the item's own
(both read as periods: 每月…, 每季度…) replaces it; a deadline is added. Either way the rule joins the 依据.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from safeplan.errors import SafeplanError
from safeplan.inspection.library import Item, Library, PlaceType
from safeplan.inspection.resolve import Resolver
from safeplan.rules.compare import times_per_year
from safeplan.rules.frequencies import parse_frequencies
from safeplan.rules.model import Deadline, Frequency

_CLAUSE = re.compile(r"[^。；;，,]+")


@dataclass(frozen=True)
class Upper:
    """A frequency or deadline of an upper rule, with the clause that states it and how to cite the rule."""

    clause: str
    citation: str                        # 安委会[2024]2号 三(三)4
    frequency: Frequency | None = None
    deadline: Deadline | None = None


@dataclass
class Row:
    number: int
    item: Item
    frequency: str                       # the item's, or the stricter one of an upper rule
    frequency_basis: str
    deadline: str = ""
    basis: list[str] = field(default_factory=list)       # citation texts: the item's, then the upper rules'
    links: list[str] = field(default_factory=list)       # document:rule of every basis that resolves

    @property
    def judged_by(self) -> str:
        return self.item.judged_by.text if self.item.judged_by else ""


@dataclass
class Form:
    title: str                           # 老王面馆（小餐饮）, or the place type for a blank form
    place_type: str
    sector: str
    name: str = ""                       # the place's name; "" for a blank form
    address: str = ""
    rows: list[Row] = field(default_factory=list)

    @property
    def majors(self) -> int:
        return sum(1 for r in self.rows if r.item.major)


def uppers(plan_items) -> list[Upper]:
    """The frequencies and deadlines of the cascaded upper rules (generators.cascade.PlanItem), clause by clause."""
    out = []
    for item in plan_items:
        if not item.frequencies and not item.deadlines:
            continue
        clauses = [m.group(0) for m in _CLAUSE.finditer(item.text)]
        for f in item.frequencies:
            clause = next((c for c in clauses if f.text in c), item.text)
            out.append(Upper(clause, item.ref, frequency=f))
        for d in item.deadlines:
            clause = next((c for c in clauses if d.text in c), item.text)
            out.append(Upper(clause, item.ref, deadline=d))
    return out


def _matches(item: Item, clause: str) -> bool:
    return any(all(part in clause for part in keyword.split("+")) for keyword in item.keywords)


def _applies(frequency: Frequency, sectors: set[str], high_risk: set[str]) -> bool:
    """Whether a frequency binds an item checked at a place of these sectors (the item's and the place's)."""
    scope = frequency.scope or ""
    if not scope:
        return True
    if "高危" in scope:
        return bool(high_risk & sectors)
    return any(sector in scope for sector in sectors)


def _per_year(text: str):
    found = parse_frequencies(text)
    return times_per_year(found[0]) if found else None


def _deadline_key(d: Deadline) -> str:
    return d.date or "9999"


def build_row(number: int, item: Item, upper: list[Upper], resolver: Resolver, high_risk: set[str],
              place_sectors: tuple[str, ...] = ()) -> Row:
    frequency, frequency_basis = item.frequency, item.frequency_basis.text
    basis = [c.text for c in item.basis]
    links = [link for c in (*item.basis, item.frequency_basis) if (link := resolver.link(c))]
    deadline: Upper | None = None
    if item.keywords:
        sectors = {*item.sectors, *place_sectors}
        own = _per_year(item.frequency)
        for u in upper:
            if not _matches(item, u.clause):
                continue
            if u.frequency is not None and own is not None and _applies(u.frequency, sectors, high_risk):
                theirs = _per_year(u.frequency.text) or times_per_year(u.frequency)
                if theirs > own:
                    frequency, frequency_basis, own = u.frequency.text, u.citation, theirs
                    basis.append(u.citation)
            if u.deadline is not None and (deadline is None
                                           or _deadline_key(u.deadline) < _deadline_key(deadline.deadline)):
                deadline = u
        if deadline is not None:
            basis.append(deadline.citation)
    return Row(number, item, frequency, frequency_basis,
               deadline=_deadline_text(deadline.deadline) if deadline else "",
               basis=list(dict.fromkeys(basis)), links=list(dict.fromkeys(links)))


def _deadline_text(d: Deadline) -> str:
    if d.year and str(d.year) not in d.text and not d.relative:
        return f"{d.year}年{d.text}"
    return d.text


SHARED_TITLE = "通用（各场所均查）"         # printed as 一、通用（各场所均查）检查表
SHARED_PLACE = "各场所"


def _shared(item: Item, shared: set[str]) -> bool:
    """An item printed once per list, in the shared form: it names no place type and is of a shared sector."""
    return not item.places and bool(shared & set(item.sectors))


def _form(place: PlaceType, library: Library, upper, resolver, high_risk, shared: set[str], name="",
          address="") -> Form:
    items = [i for i in library.items_for(place) if not _shared(i, shared)]
    title = f"{name}（{place.name}）" if name else place.name
    form = Form(title=title, place_type=place.name, sector=place.sector, name=name, address=address)
    form.rows = [build_row(n, item, upper, resolver, high_risk, place.sectors) for n, item in enumerate(items, 1)]
    return form


def _shared_form(library: Library, forms: list[Form], upper, resolver, high_risk, shared: set[str]) -> Form | None:
    """The items of the shared sectors (消防通用) that every place of the list is checked for, once."""
    sectors = {s for f in forms for s in library.places[f.place_type].sectors} & shared
    items = [i for i in library.items if _shared(i, sectors)]
    if not items:
        return None
    form = Form(title=SHARED_TITLE, place_type=SHARED_PLACE, sector="、".join(sorted(sectors)))
    high = tuple(s for f in forms for s in library.places[f.place_type].sectors if s in high_risk)
    form.rows = [build_row(n, item, upper, resolver, high_risk, high) for n, item in enumerate(items, 1)]
    return form


def unit_forms(library: Library, unit_name: str, sectors: list[str], places, upper: list[Upper],
               resolver: Resolver, high_risk: set[str], profile_path: str | None = None,
               shared: set[str] = frozenset()) -> list[Form]:
    """The forms of one unit: one per place it lists (profile `places`), then one blank form per place type of
    each of its sectors that no listed place has; the items of the `shared` sectors that name no place type
    (消防通用) are left out of those and printed once, in a first form every visit also uses. No form with
    items is an error naming the unit."""
    shared = set(shared)
    forms: list[Form] = []
    covered: set[str] = set()
    for place in places:
        place_type = library.place(place.type)
        if place_type is None:
            raise SafeplanError(f"place {place.name!r} of {unit_name}: unknown type {place.type!r} (the place types "
                                "are checks/places.yaml)", path=profile_path, line=place.line)
        covered.add(place_type.name)
        forms.append(_form(place_type, library, upper, resolver, high_risk, shared, place.name,
                           place.address or ""))
    for sector in sectors:
        for place_type in library.place_types(sector):
            if place_type.name not in covered:
                covered.add(place_type.name)
                forms.append(_form(place_type, library, upper, resolver, high_risk, shared))
    common = _shared_form(library, forms, upper, resolver, high_risk, shared) if shared else None
    forms = ([common] if common else []) + [f for f in forms if f.rows]
    if not forms:
        raise SafeplanError(f"the 检查清单 of {unit_name} would be empty: the inspection-item library (checks/) has no "
                            f"items for its sectors ({'、'.join(sectors) or 'none declared'}); add items, or "
                            "sectors to the unit", path=profile_path)
    return forms
