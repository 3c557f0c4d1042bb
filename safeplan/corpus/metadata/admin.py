"""Administrative levels of places and agencies' names (湖州市南浔区应急管理局 → district), the region a document is
for, the units a text writes to (各乡镇: a district writes)."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.agencies import ISSUER_END
from safeplan.corpus.metadata.shapes import ADDRESSEE_LINE
from safeplan.corpus.places import COUNTY_LEVEL_CITIES, county_level_city

_ADMIN = re.compile(r"(省|自治区|特别行政区|市|自治州|州|盟|地区|区|县|旗|街道|镇|乡|社区|村|居委会)")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
ADDRESSEES = [
    (r"各省", "national"), (r"各(?:设区的)?市", "province"), (r"各(?:县|区|县区)", "city"),
    (r"各(?:乡镇|乡|镇|街道)", "district"), (r"各(?:村|社区|居)", "street"),
]
LEVEL_ORDER = ("national", "province", "city", "district", "street", "community")
# the level of a place by the word that names its kind, wherever it is named: an agency's name (…区应急管理局), a level's
# mark (乡镇级), a text's own area (全街道, 我国), a body's short name (县安办, 街办; 我办: a 街道办事处)
PLACE_LEVEL = {
    "国": "national",
    "省": "province", "自治区": "province", "特别行政区": "province",
    "市": "city", "自治州": "city", "州": "city", "盟": "city", "地区": "city",
    "区": "district", "县": "district", "旗": "district",
    "街道": "street", "街": "street", "街办": "street", "办": "street", "镇": "street", "乡": "street", "乡镇": "street",
    "社区": "community", "村": "community", "居委会": "community",
}
# a development zone, and the words of one below a 县 or 区: 县工业园区, 结合省市县…会议精神, 传达了区主要领导关于…
ZONE_WORDS = r"(?:开发区|园区|高新区|示范区|经开区|工业区)"
ZONE = re.compile(ZONE_WORDS + r"(?:管委会|管理委员会)?(?:召开|举行|开展|组织|部署|启动|"
                   r"逐级|全面|持续|扎实|积极|认真|多措并举|聚焦|坚持|强化)?$")
BELOW_COUNTY = re.compile(r"县(?:工业|经济|产业)?(?:开发区|园区|工业园)|省、?市、?县|[县区](?:委|政府)?(?:主要)?领导(?:关于|的)"
                           r"|区政府党组成员")
COUNTY_NAMED = re.compile(r"[\u4e00-\u9fff](?![全各本我该])[\u4e00-\u9fff](?:县|旗)(?![委政级直城])")   # (全县 names none)


def level_from_addressees(lines: list[str]) -> str:
    """各县(市、区)人民政府: … is written by a city; 各乡镇 … by a district; 各村(社区) … by a street."""
    for line in lines[:15]:
        if ADDRESSEE_LINE.match(line):
            for pattern, level in ADDRESSEES:
                if re.match(pattern, line[line.index("各"):]):
                    return level
    return "unknown"


def names_county_city(name: str | None) -> bool:
    """The issuer or title opens with a county-level city: 大理市城镇燃气…方案, 东宁市安全生产委员会."""
    head = (name or "")[:16]
    return any(county_level_city(head[:at + 1]) for at, ch in enumerate(head) if ch == "市")


def admin_level(name: str) -> str:
    if not name:
        return "unknown"
    if re.search(r"有限公司|有限责任公司|集团|厂$", name):
        return "enterprise"
    if name.startswith(MUNICIPALITIES) and not re.search(r"[^市]区|县|街道|镇|乡", name[3:]):
        return "province"
    # the innermost administrative unit named before the agency part decides
    agency = ISSUER_END.search(name)
    prefix = name[:agency.start()] if agency else name
    last, last_end = None, 0
    for m in _ADMIN.finditer(prefix):
        last, last_end = m.group(1), m.end()
    if last == "市" and county_level_city(prefix[:last_end]):
        return "district"           # 东宁市, 大理市: a county-level city writes as a 县
    if last == "区" and _below_county_zone(prefix):
        return "street"             # 肥城高新技术产业园区, 某县经济开发区: a zone below a county (README convention 13)
    if last is None and agency and agency.group() == "办事处":
        return "street"             # 商都路办事处, 和平街办事处: a 街道's office by its road's or street's name
    return PLACE_LEVEL.get(last, "unknown")


# a development zone's name at the end of a place's (肥城高新技术产业园区, 某县经济开发区管理…委员会): the place before it
_ZONE_NAMED = re.compile(r"^(.*?)(?:经济技术|高新技术产业|高新技术|经济|工业|产业|现代农业)?(?:开发区|园区|工业园区|高新区|经开区)"
                         r"(?:管理|管委)?$")


def _below_county_zone(prefix: str) -> bool:
    """A zone named after a 县 or 区 (某县经济开发区) or after a county-level city alone or under its full prefecture's
    name (肥城高新技术产业园区, 泰安市肥城…), not after a prefecture (常州经开区, 迪庆香格里拉经济开发区: 迪庆州's)."""
    zone = _ZONE_NAMED.match(prefix)
    place = zone.group(1) if zone else ""
    if place.endswith(("县", "旗", "区")):
        return True
    name = place if place.endswith("市") else place + "市"
    return any(name[-k:] in COUNTY_LEVEL_CITIES and (k == len(name) or name[:-k].endswith(("省", "市", "州", "自治区")))
               for k in range(3, min(len(name), 6) + 1)) if place else False


# two agencies joined by 和/与/、 (区管委会和区安全生产委员会; 住房和城乡建设局 is one): the first
_FIRST_OF_TWO = re.compile(r"^(.{1,30}?" + ISSUER_END.pattern.removesuffix("$") + r")(?:和|与|、)(?=.{2,30}" + ISSUER_END.pattern + ")")


def _region_of(issuer: str) -> str | None:
    """The place an agency's name opens with (湖州市南浔区应急管理局: 湖州市南浔区); of two joined, the first's."""
    first = _FIRST_OF_TWO.match(issuer)
    issuer = first.group(1) if first else issuer
    agency = ISSUER_END.search(issuer)
    prefix = issuer[:agency.start()] if agency else issuer
    return prefix if prefix and _ADMIN.search(prefix) else None


def document_region(issuer: str | None, listed: str | None, law_place: str | None, level: str) -> str | None:
    """The region the document is for: its issuer's place (the 落款's, else the page's 发布机构, `listed`), the fuller
    when the page's names it within a larger place (南浔区 → 湖州市南浔区); a law no one signs: the place its title
    names (安阳市城市绿化条例: 安阳市), unless it is national."""
    region = _region_of(issuer or listed or "")
    fuller = _region_of(listed or "")
    if fuller and region and fuller != region and fuller.endswith(region):
        region = fuller
    if region is None and level not in ("national", "unknown"):
        region = law_place
    return region
