"""The level of the body that writes a document (README convention 13): its issuer's place, the place its title opens
with, the body it speaks as (结合本市实际), then the clues of an unsigned text (level_clues)."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.admin import (
    BELOW_COUNTY,
    COUNTY_NAMED,
    LEVEL_ORDER,
    MUNICIPALITIES,
    PLACE_LEVEL,
    ZONE,
    admin_level,
    level_from_addressees,
    names_county_city,
)
from safeplan.corpus.metadata.chrome import body_of
from safeplan.corpus.metadata.genre import credit
from safeplan.corpus.metadata.level_clues import (
    level_from_decider,
    level_from_group_head,
    level_from_national_actor,
    level_from_own_organs,
    level_from_place_names,
    level_from_self_reference,
    level_from_town_named,
)
from safeplan.corpus.places import county_level_city
from safeplan.hanzi import to_simplified

_LEVEL_MARK = re.compile(r"[(（](省|市|县|区|乡镇|镇|街道|社区)级[)）]")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
_PLACE_PREFIX = re.compile(r"^(?:(?:[xX×*]{1,3}|(?:(?!召开|开展|组织|举办|举行|部署|启动|推进|加强|深入|关于|印发|到|赴)[\u4e00-\u9fff]){0,8}?)(?:省|自治区|市|自治州|州(?!市)|区|县|旗|街道|(?<!城)镇|(?<!城)乡|社区|村|办事处))+")  # 城镇, 城乡: no town
# a news headline on the nation's doings: it opens with 全国 and names no place below it (全国消防日:某社区开展… is the
# community's)
_NATIONAL_HEADLINE = re.compile(r"^(?:(?:19|20)\d{2}年)?全国(?!.*(?:省|自治区|市|州|区|县|旗|镇|乡|街道|社区|村))")
_NATIONAL_ISSUER = re.compile(r"国务院|全国人民代表大会|中共中央|国家|中华人民共和国|中国(?:气象局|地震局)|应急管理部"
                              r"|[\u4e00-\u9fff]{0,6}部$")


def document_level(issuer: str | None, title: str | None, plain_title: str, genre: str, law: bool,
                   place: str | None, lines: list[str], plain: str, text: str, own: str | None) -> str:
    """The level of the body that writes (README convention 13): the issuer's or the title's place before the body the
    text speaks as (结合本市实际 of 天津市: a province), then what an unsigned text says of itself, in that order.
    `place` is a law's (law_place), `own` the kind of body the text speaks as (writer_kind); `plain` and `plain_title`
    are folded to Simplified, `text` is as written."""
    # (a news item has no issuer: its info table's 发布机构 posted it, README convention 6; its level is the body whose
    # doings it reports, convention 13 — 我县召开… posted by a 乡)
    signer = to_simplified(issuer or "") if genre != "news" else ""
    level = _level(signer, plain_title, law, place, lines, plain, own)
    if genre == "news" and _NATIONAL_HEADLINE.match(plain_title):
        level = "national"             # 全国安全生产电视电话会议强调… / 全国安全生产大检查“回头看”…: the nation's doings
    if level == "city" and (level_from_addressees(lines) == "district"
                            or names_county_city(issuer) or names_county_city(title)):
        level = "district"             # a county-level 市 (大理市…方案) writes to 各乡镇、各街道
    if level == "unknown":
        level = level_from_national_actor(plain)
    if level == "national" and _WE_BELOW_NATION.search(plain[:3000]):
        level = "unknown"              # 近日,国务院下发了…紧急通知…与全国相比,我省…: a province relays the nation's act
    if level == "unknown":
        level = level_from_decider(plain)   # 经市城市管理委员会研究决定: the body that decided what it says
    if level == "unknown":
        level = level_from_group_head(plain)    # 由区政府副区长…任组长: the body whose leader heads its 领导小组
    if level == "unknown" and genre == "news":
        level = level_from_place_names(plain)   # a news item: the body its opening has act (README convention 13)
    if level == "unknown":
        level = level_from_self_reference(plain)
    if level == "unknown":
        level = level_from_place_names(plain)
    if level == "unknown":
        level = level_from_own_organs(plain)
    if level == "unknown":
        level = level_from_place_names(credit(plain) or "")      # (沙沟镇杨增奇、苏梅): the reporting town's
    if level == "unknown":
        level = level_from_town_named(plain)    # …主要举措: / 城北街道充分发挥… (past the first sentence)
    # a law that names no place (本规定适用于全国电力企业), as _level reads one, or rules whose scope is the nation's
    # (适用于中华人民共和国境内的机关、团体、企业…) under a company 制度's title
    if level == "unknown" and (genre == "law" or _NATIONAL_SCOPE.search(plain[:5000])):
        level = "national"
    if level == "unknown" and genre == "other" and _STAFF.search(plain[:3000]):
        level = "enterprise"           # a unit's own 制度 for its staff, no place named (README convention 13)
    if level == "city" and _BARE_CITY_BODY.match(signer or plain_title) and _MUNICIPALITY_NAMED.search(plain[:400]):
        level = "province"             # 市应急局 on 重庆人大网: a municipality's own body (README convention 4)
    if level == "city" and not law and (_towns_below(text) or names_county_city(plain_title)
                                        or _county_city_opens(plain) and not _prefecture_titled(plain_title)):
        level = "district"             # …and directs 各镇乡(街道) in its text, or its opening names it (应城市组织…)
    return level


# a body below the nation speaking as itself: 我省, 我市, 我县, 我镇 (我国 is the nation)
_WE_BELOW_NATION = re.compile(r"我(?:省|市|县|区|镇|乡|街道)(?![长委政])")
# a municipality named on the page (重庆人大网): its own bodies call themselves by a bare 市
_MUNICIPALITY_NAMED = re.compile("(?:" + "|".join(name.removesuffix("市") for name in MUNICIPALITIES) + ")(?!路|街|大道|时间)")
_BARE_CITY_BODY = re.compile(r"市(?:局|委|政府|党委|[\u4e00-\u9fff]{1,6}?(?:局|厅|委员会|办))")


def writer_kind(text: str, title: str | None, issuer: str | None) -> str | None:
    """The kind of body the text speaks as (结合本市实际: a city's), or a company's: its title names one, or, unsigned,
    its body speaks of 本公司."""
    return _own_kind(text) or ("enterprise" if _COMPANY_TITLE.match(title or "")
                               or not issuer and _COMPANY_BODY.search(to_simplified(text[:1500])) else None)


def law_place(title: str) -> str | None:
    """The place a local law is made for, as its title names it (安阳市城市绿化条例: 安阳市)."""
    place = _LAW_PLACE.match(title or "")
    return place.group() if place else None


def _level(issuer: str, title: str, law: bool, place: str | None, lines: list[str], text: str = "",
           own: str | None = None) -> str:
    """The level of the body that writes (README convention 13): its issuer's place (a law's: the place its title
    names, `place`), the place its title opens with, then `own` (结合本市实际: the body the text speaks as), then the units it writes to."""
    name = issuer or ""
    if any(_NATIONAL_ISSUER.match(part) for part in re.split(r"[\s、,，]+", name) if part):
        return "national"         # 国土资源部 中国气象局: a joint issuer is national when one of its bodies is
    if law:                 # 广东省安全生产条例 / 太原市…人民代表大会常务委员会: a local law is its place's
        local = admin_level(name) if name else "unknown"
        if local == "unknown" and place:
            local = "city" if place.endswith("经济特区") else admin_level(place)
        below = _LOCAL_RULES.match(title or "") if local == "unknown" and not place else None
        if below:
            local = admin_level(below.group())    # 某某镇安全生产网格化管理办法(试行): a county's or town's own rules
        return local if local != "unknown" else own or "national"
    level = admin_level(name)
    mark = _LEVEL_MARK.search(title or "") if level == "unknown" else None
    if mark:
        return PLACE_LEVEL[mark.group(1)]         # 2023年“安全生产月”活动方案(市级)
    if level == "unknown" and title:
        opening = _PLACE_PREFIX.match(_LEADING_YEAR.sub("", title))   # 2024年街道办事处…工作意见
        if opening and _KIND_OF_PLACE.fullmatch(opening.group()):
            # 2017年安全社区创建工作计划: a kind of community to create, no body — the text says who writes (我镇…)
            opening, level = None, level_from_self_reference(text, at_least=2)
        if opening:
            generic = re.fullmatch(r"(?:街道|社区|乡镇|镇|乡|村)+", opening.group())
            # (街道社区消防安全整治方案: words for levels, no place's name — the first is the writer's, unless the
            # text speaks as another body: 乡镇安全生产计划 whose 领导小组 has 村支书 at its head, 社区消防安全工作计划
            # whose text says 我区…, 全镇…; README convention 13)
            spoken = (own or _first_known(level_from_group_head(text), level_from_self_reference(text, at_least=2),
                                          level_from_own_organs(text))) if generic else "unknown"
            # (…of level words alone the highest is the writer's, directing the lower: 街道社区…, 村镇防洪工作预案 → street)
            level = spoken if spoken != "unknown" else \
                min((admin_level(w) for w in re.findall(r"街道|社区|镇|乡|村", opening.group())), key=LEVEL_ORDER.index) \
                if generic else admin_level(_BARE_LEVELS.sub("", opening.group()))
            if level == "district" and ZONE.search(opening.group()) and BELOW_COUNTY.search(text[:3000]):
                level = "street"          # 先进制造业开发区召开… and 传达了区主要领导关于…: a zone below a district
            alias = _TOWN_ALIAS.match(opening.string, opening.end())
            if level == "district" and alias:
                level = "street"          # 空港经开区(硕放街道)召开…: a zone that is one with a street, named after it
    if level == "unknown":
        level = own or level_from_addressees(lines)
    return level


# the place a local law is made for: the first province, city or autonomous county its title names — the bodies that
# make laws (河南省村庄和集镇规划建设管理条例 is the province's: a law is no town's or village's; 上海市区县和乡镇人民代表
# 大会…: the city's; 深圳经济特区…: 深圳's, a city)
_LAW_PLACE = re.compile(r"^(?!城市|都市|关于)(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区)|[\u4e00-\u9fff]{2,8}?自治州"
                        r"|[\u4e00-\u9fff]{2,8}?自治县|[\u4e00-\u9fff]{2,4}?市(?!场)|[\u4e00-\u9fff]{2,3}经济特区)")
# a county, banner, town or street that opens the title of rules in 条 (no law's place: only provinces, cities and
# autonomous counties make laws) — a proper name before it, not 小城镇, 县级以上
_LOCAL_RULES = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:县|旗|(?<!城)镇|(?<!城)乡|街道)(?![级域内外])")
# rules whose scope is the nation's territory: 本规定适用于中华人民共和国境内的… / 在中华人民共和国境内…适用本法
_NATIONAL_SCOPE = re.compile(r"适用于中华人民共和国(?:境内|领域内)|在中华人民共和国(?:境内|领域内)[^。]{0,40}?适用本")
# a unit's own staff and departments, as its 制度 names them: 员工, 职工, 本单位, 企业内部 (a place's rules name the place)
_STAFF = re.compile(r"员工|职工|本单位|企业内部|本企业|车间|班组|本厂|厂区")
# level words with no name of their own after a place's name: the title's subject, not a place (齐齐哈尔市社区消防条例)
_BARE_LEVELS = re.compile(r"(?<=[省市州区县旗])(?:街道|社区|乡镇|镇|乡|村)+$")
# a street or town named in brackets after a zone's name, the one body it is with the zone: 空港经开区(硕放街道)
_TOWN_ALIAS = re.compile(r"[(（][\u4e00-\u9fff]{2,8}?(?:街道|镇|乡)[)）]")
# a kind of place a programme creates, named in a title (安全社区创建…, 平安村建设…), not a place's own name
_KIND_OF_PLACE = re.compile(r"(?:安全|平安|文明|和谐|绿色|智慧|示范|消防安全|综合减灾示范)(?:社区|村|镇|街道)")
# "结合本省实际" / "结合公司实际情况": the kind of body that wrote the rules
_OWN = re.compile(r"(?<!各[\u4e00-\u9fff])(?<!各[\u4e00-\u9fff]{2})(?<!各[\u4e00-\u9fff]{3})结合(?:本|我)?"
                  r"(省|自治区|自治州|市|区|县|公司|企业|单位|街道|(?<=[本我])镇|(?<=[本我])乡|(?<=[本我])社区|(?<=[本我])村)"
                  r"(?:的)?实际")
_OWN_LEVEL = {"省": "province", "自治区": "province", "自治州": "city", "市": "city", "区": "district", "县": "district",
              "街道": "street", "镇": "street", "乡": "street", "社区": "community", "村": "community",
              "公司": "enterprise", "企业": "enterprise", "单位": "enterprise"}
_COMPANY_TITLE = re.compile(r"^(?!关于)[\u4e00-\u9fff()（）]{0,20}?(?:有限公司|集团|公司|煤业)")   # (XX煤业: a coal company)
# an unsigned rule that speaks of its company: 为规范公司…工作 / 本公司 / 集团公司有关规定
_COMPANY_BODY = re.compile(r"本公司|我公司|集团公司|总公司|分公司|股份公司|(?:规范|加强|适用于)(?:对)?(?:本)?公司|本厂|我厂|全厂|厂内|厂级"
                           r"|(?:规范|加强)企业的|公司(?:安全生产委员会|安委会)"
                           r"|本企业(?:的|各项)|全体员工")      # 全体员工必须遵守本企业的各项规章制度


def _own_kind(text: str) -> str | None:
    m = _OWN.search(to_simplified(text[:3000]))
    return _OWN_LEVEL[m.group(1)] if m else None


# the towns a county-level 市 directs itself (各镇乡(街道)、园区), where a prefecture's 市 directs 县(市、区)
_TOWNS = re.compile(r"各(?:乡镇|镇乡|镇街|镇[(（、](?!区)|乡[(（、])|(?:乡镇|镇乡)[(（]街道")   # (各镇(区): 东莞, 中山 — a city
_COUNTIES = re.compile(r"各县|各区|县[(（]市|县市区|县区|区县|各市[(（]州|市[(（]州|市县乡|市县两级|县乡两级")


def _towns_below(text: str) -> bool:
    """A 市's text that names towns as the units it directs and no county or district: a county-level city."""
    head = text[:5000]
    # (…and names no county whose towns they could be: 州政府督导组检查香格里拉县… / 各乡镇 are the county's)
    return _TOWNS.search(head) is not None and _COUNTIES.search(head) is None \
        and COUNTY_NAMED.search(to_simplified(head)) is None


def _prefecture_titled(title: str) -> bool:
    """The title opens with a 市 that is no county-level city (铁岭市2023年度消防工作任务清单): the text is that city's, whatever
    county-level city a reposting site's header names."""
    place = _PLACE_PREFIX.match(_LEADING_YEAR.sub("", title))
    return bool(place) and "市" in place.group() and not names_county_city(place.group())


def _county_city_opens(text: str) -> bool:
    """A text read as a 市's whose opening names a county-level city (湖北应城: 燃气安全整治…  / …应城市组织宣传车队…): the
    city it speaks as is that one (README conventions 4 and 13)."""
    head = body_of(text)[:300]
    dateline = _DATELINE.match(head)
    if dateline and county_level_city(dateline.group(1) + "市") and _BARE_CITY_ACTS.search(head):
        return True     # 邓州网讯 …近日,市城市管理局开展…: the bare 市 is the dateline's county-level city
    at = next((at for at, ch in enumerate(head) if ch == "市" and county_level_city(head[:at + 1])), None)
    # (the first place named: not one of a prefecture's counties listed after it, 5月30日,鹿邑县…。项城市、郸城县…)
    return at is not None and COUNTY_NAMED.search(head, 0, at) is None and head[at + 1:at + 2] != "、"


# a news item's dateline that names its place (邓州网讯, 仪陇新闻网讯, 江津融媒讯), and a bare 市 acting in its opening
_DATELINE = re.compile(r"\s*([\u4e00-\u9fff]{2,4}?)(?:新闻网|网|日报|融媒)讯")
_BARE_CITY_ACTS = re.compile(r"(?:^|[,，。\s])市(?!场)[\u4e00-\u9fff]{0,8}?(?:局|委|政府|办)[\u4e00-\u9fff]{0,4}?(?:开展|召开|组织|举行|部署)")


def _first_known(*levels: str) -> str:
    return next((level for level in levels if level != "unknown"), "unknown")
