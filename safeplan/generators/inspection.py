"""The 检查清单 view: a unit's forms (safeplan.inspection.forms) as the template and the 台账 writer get them."""

from __future__ import annotations

from dataclasses import dataclass, field

from safeplan.inspection import Form, Library, Resolver, unit_forms, uppers
from safeplan.profiles import Profile, Unit

KIND = "inspection"


@dataclass
class InspectionView:
    kind: str
    title: str
    unit: str
    sectors: list[str]
    forms: list[Form]
    sources: list[str] = field(default_factory=list)    # 《title》（cite） of every source the forms cite

    @property
    def item_count(self) -> int:
        return sum(len(f.rows) for f in self.forms)

    @property
    def major_count(self) -> int:
        return sum(f.majors for f in self.forms)


def _sectors_and_places(profile: Profile, unit: Unit | None) -> tuple[list[str], list]:
    if unit is not None:
        return list(unit.sectors), list(unit.places)
    units = (*profile.communities, *profile.departments)
    sectors = list(dict.fromkeys(s for u in units for s in u.sectors))
    return sectors, [p for c in profile.communities for p in c.places]


def inspection_list(library: Library, cascade, profile: Profile, unit: Unit | None, resolver: Resolver,
                    settings: dict) -> InspectionView:
    """检查清单 of the street (unit None: every sector and listed place of the street) or of one community."""
    name = unit.name if unit else profile.unit.name
    sectors, places = _sectors_and_places(profile, unit)
    high_risk = set(settings.get("high_risk_sectors") or ())
    upper = uppers([*cascade.items, *cascade.annex])
    forms = unit_forms(library, name, sectors, places, upper, resolver, high_risk, profile_path=profile.path,
                       shared=set(settings.get("shared_sectors") or ()))
    cited = {}
    for form in forms:
        for row in form.rows:
            item = row.item
            for citation in (*item.basis, item.frequency_basis, *([item.judged_by] if item.judged_by else [])):
                source = citation.source
                cited[source.key] = f"{source.cite}：《{source.title}》" if not source.cite.startswith("《") \
                    else f"《{source.title}》"
    return InspectionView(KIND, f"{name}安全生产检查清单", name, sectors, forms, sources=list(cited.values()))
