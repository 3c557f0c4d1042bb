"""Clues to the level of a text no issuer places (README convention 13): the body its opening has act (长江路街道
召开…), a national body, the body that decided (经市…研究决定), how it names its own area (全镇, 我区) and organs
(县安办), the units it directs."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.admin import (
    ADDRESSEES,
    BELOW_COUNTY,
    LEVEL_ORDER,
    PLACE_LEVEL,
    ZONE,
    ZONE_WORDS,
    admin_level,
)
from safeplan.corpus.metadata.chrome import BYLINE_WORDS, body_of
from safeplan.corpus.metadata.title import PRINTED

# a place with its administrative suffix, named as the actor of a report (荣山镇, 长江路街道, 永安街社区; 高城镇 is a
# town, 城镇燃气, 城镇化, 乡镇, 村镇 name towns in general: 乡镇防指按乡级预案 names no 乡)
_PLACE = re.compile(r"(?<![各全本我该])(?:(?![各全本我该及与暨并、])(?!(?<=[\u4e00-\u9fff]{2})和)[\u4e00-\u9fff]){2,5}?(街道|街办|(?<![城乡村集])镇|(?<=城)镇(?!燃气|化|建设|居民|排水|供水|污水|老旧|规划)|(?<!城)乡(?!镇)|社区)(?!级)"
                    r"(?!(?!办事处)[\u4e00-\u9fff]{0,2}[长委办])")        # (街道办事处 is the place's own office)
# a national body as the actor of an account's first sentences: 国务院安委会决定… / 国家安全生产监督管理总局18日发布…
# …or as the body whose notice the page gives: 据新华社…电 国务院办公厅关于… / 中共中央办公厅、国务院办公厅印发了…
_NATIONAL_BODY = (r"(?:中共中央(?:办公厅)?|国务院(?:安委会办公室|安委会|安全生产委员会|办公厅)?|应急管理部|国家防总(?:办公室)?"
                  r"|国家安全生产监督管理总局|国家[\u4e00-\u9fff]{2,8}局)")
_NATIONAL_ACTOR = re.compile(r"(?:^|[,，。)）\n\s])(?:" + _NATIONAL_BODY + "、)*" + _NATIONAL_BODY
                             + r"(?:近日|日前|\d{1,2}日)?(?:联合)?(?:决定|定于|印发|发布|部署|召开|开展|要求|发出|下发|关于)")


def level_from_national_actor(text: str) -> str:
    if _NATIONAL_ACTOR.search(body_of(text)[:500]):
        return "national"
    issued = _ISSUER_OF_PRINTED.search(body_of(text)[:300]) if PRINTED.search(text[:800]) else None
    # 近日,某省政府办公厅印发了《关于…的实施意见》,全文如下: the page gives that body's document (README convention 13)
    return admin_level(issued.group(1)) if issued else "unknown"


# the body a news lead names as issuing the document the page prints: 近日,某省政府办公厅印发了《…》
_ISSUER_OF_PRINTED = re.compile(r"(?:^|[,，。\s])([\u4e00-\u9fff、]{2,30}?)(?:近日|日前)?(?:联合)?(?:印发|发布|出台)了?《")


# the writer's deciding body, named in its preamble: 经市城市管理委员会研究决定 / 经区政府同意 / 经镇党委政府研究 — or as the
# subject of its decision: 县政府决定于2018年11月…开展 / X镇决定于2024年6月开展… / 镇政府决定在全镇范围内开展…
_DECIDER = re.compile(r"经(省|市|州|区|县|镇|乡|街道)[\u4e00-\u9fff]{0,12}?(?:研究决定|研究同意|同意|批准|研究)"
                      r"|(?:^|[,，。])\s*(?![全各本我该])[\u4e00-\u9fffXx×]{0,6}?(省|市|州|区|县|镇|乡|街道)"
                      r"(?:委|政府|人民政府|党委|党工委|安委会|安委办|安全生产委员会)?(?:研究)?决定(?:于|从|在|自|开展|组织|成立)")


def level_from_decider(text: str) -> str:
    m = _DECIDER.search(body_of(text)[:1500])
    return PLACE_LEVEL[m.group(1) or m.group(2)] if m else "unknown"


# a body's leader going to a place below it or leading a check: 东湖县委书记张某到青山镇检查 / 区长一行赴…调研 /
# 南县县委副书记、县长钟剑波带队开展…大检查 (the leader's body acts)
_LEADER_VISIT = re.compile(r"(?:^|[,，。\s])(?:[\u4e00-\u9fff]{2,8}?)?(省|市|州|区|县)(?:委|政府|人民政府)?"
                           r"(?:主要领导|党委书记|副?书记|副?(?:省长|市长|州长|区长|县长))(?:、[\u4e00-\u9fff]{1,6}?(?:长|书记))?"
                           r"[\u4e00-\u9fff]{0,3}?(?:一行)?(?:到|赴|深入|前往|带队|率队)")


def level_from_place_names(text: str) -> str:
    """A report without a signature: the most specific unit its opening paragraph names as the actor
    (长江路街道 …, 永安街社区 …)."""
    # the first line that is a sentence (a site's leftover crumb, 南通, or a byline is none)
    opening = next((line for line in [ln for ln in body_of(text)[:600].split("\n") if ln.strip()][:5]
                    if len(line.strip()) >= 20 and re.search(r"[，,。]", line) and not BYLINE_WORDS.search(line)),
                   body_of(text)[:300].split("\n")[0])[:300]
    # the first place that opens a clause (近日,东关街道…): 做好基层社区 is an object, no actor
    first = re.search(r"(?:^|[,，。；;:：)）\s]|日|上午|下午)" + _PLACE.pattern, opening)
    organ = _OPENING_ORGAN.search(opening)
    leader = _LEADER_VISIT.search(opening)
    if leader and (first is None or leader.start() < first.start()) and (organ is None or leader.start() < organ.start()):
        return PLACE_LEVEL[leader.group(1)]      # 6月5日,东湖县委书记张某到青山镇检查…: the county's leader acts
    company = _COMPANY_ORGAN.search(opening)
    if company and (first is None or company.start() < first.start()) and (organ is None or company.start() < organ.start()):
        return "enterprise"                       # 集团党委副书记、总裁…出席会议: a company's own item
    if organ and (first is None or organ.start() < first.start()):
        if PLACE_LEVEL[organ.group(1)] == "district" and _ZONE_BODY.search(opening) and BELOW_COUNTY.search(text[:3000]):
            return "street"   # 区政府党组成员、浒墅关经济开发区管委会主任…率队: the zone's head, a 区 rank his second title
        return PLACE_LEVEL[organ.group(1)]       # 区安委办负责人一行赴广兴洲镇…: the district office acts
    county = _OPENING_COUNTY.search(opening)
    if county and (first is None or county.start() < first.start()):
        # 10月29日,大足区召开… / 近期,市城乡一体化示范区逐级压实… — unless a zone below a 县/区 (README convention 13)
        return "street" if ZONE.search(county.group()) and BELOW_COUNTY.search(text[:3000]) else "district"
    own = _OWN_BODY.search(opening)
    if own and first is None:
        return PLACE_LEVEL[own.group(1)]        # 8月11日下午,街道召开…: the account's own 街道, unnamed
    # the actor's sentence: the first that names a place, not the paragraph's later objects (…二是进社区)
    acting = next((sentence for sentence in opening.split("。") if _PLACE.search(sentence)), "")
    # (…where a person lives is no actor: 涔天河镇双石桥村村民罗雪林说…)
    found = {m.group(1) for m in _PLACE.finditer(acting) if not _RESIDENT.match(acting, m.end())}
    for suffix, level in (("社区", "community"), ("街道", "street"), ("街办", "street"), ("镇", "street"),
                          ("乡", "street")):
        if suffix in found:
            return level
    return "unknown"


_RESIDENT = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:村民|居民)")
# the account's own body, unnamed, as the subject of its opening clause: 8月11日下午,街道召开… / 镇党委组织…
_OWN_BODY = re.compile(r"(?:^|[,，。；;)）]|日|上午|下午|晚上)\s*(街道|街办|镇|乡|社区)(?:办事处|党工委|党委|政府|人民政府)?"
                       r"(?:召开|组织|举行|举办|开展|部署|成立|启动)")
# a town's own organs, named (中保镇党委、政府高度重视…) or as its office's short name (街办领导高度重视…)
_TOWN_ORGAN = re.compile(r"(?<![各全本该])(?:[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处)"
                         r"|(?<![\u4e00-\u9fff])街办(?:领导|党工委|主任|工作人员))")


def level_from_town_named(text: str) -> str:
    """A text no other sign placed: a town or 社区 it names by name (城北街道充分发挥…, 永安街社区…) or a town's own organ
    (中保镇党委、政府…, 街办领导…) in its opening paragraphs — the body whose doings it tells (README convention 13)."""
    head = body_of(text)[:1000]
    place = _PLACE.search(head)
    organ = _TOWN_ORGAN.search(head)
    if place and (organ is None or place.start() <= organ.start()):
        return "community" if place.group(1) == "社区" else "street"
    return "street" if organ else "unknown"


# (a 社区 or 村 only as 我/本: 全社区, 全村 are an upper plan's reach; 交通安全乡镇: the 全 of 安全; a meeting whose spirit is
# relayed, 传达了全市安全生产委员会(扩大)会议精神, is an upper body's)
_SELF = re.compile(r"(?:(?<!安)全|本|我)(街道|街|镇|乡|区|县|市|州|省)(?![长委政])(?![^,，。;；、]{0,16}?(?:会议|大会)(?:精神|部署|要求))"
                   r"|(?:本|我)(社区|村)(?![长委民])|我(国)|(?:本|我)(办)(?![公法理事])")      # 我办: a 街道办事处's own


def level_from_self_reference(text: str, at_least: int = 1) -> str:
    """全街道 / 我镇 / 全区 …: how a document names its own area (the most frequent wins, when named `at_least`
    times: a single 全省 of a 街道's plan is its context)."""
    counts: dict[str, int] = {}
    for m in _SELF.finditer(text[:5000]):
        level = PLACE_LEVEL[m.group(1) or m.group(2) or m.group(3) or m.group(4)]
        counts[level] = counts.get(level, 0) + 1
    # on a tie the lowest level: a text names the levels above it as context (全国、全省…), its own as its area
    best = max(counts, key=lambda lv: (counts[lv], LEVEL_ORDER.index(lv))) if counts else None
    return best if best and counts[best] >= at_least else "unknown"


# an office of a 区/县/市 as the subject of a clause (after a date or a comma): 8月9日,区安委办负责人一行…
_OPENING_ORGAN = re.compile(r"(?:^|[,，。])\s*由?(区|县|市(?!场)|州|省(?!委|政府|政协|人大))(?:委|政府|政协|人大|安委办|安委会|安办|[\u4e00-\u9fff]{1,6}?局"
                            r"|[\u4e00-\u9fff]{2,8}?(?:指挥部办公室|指挥部|办公室)|[\u4e00-\u9fff]{2,12}?组(?![织成建]))")
_ZONE_BODY = re.compile(ZONE_WORDS + r"(?:管委会|管理委员会|党工委)")
_OPENING_COUNTY = re.compile(r"(?:^|[,，。])\s*(?![全各本我该])[\u4e00-\u9fff]{2,12}?(?:(?<![社小景辖片城校矿林街])区|县|旗)"
                             r"(?:委|政府|人民政府|管委会|管理委员会|[\u4e00-\u9fff]{0,6}?(?:办公室|委员会|局))?"
                             r"(?:召开|举行|开展|组织|部署|启动|牵头|会同|联合|逐级|全面|持续|扎实|积极|认真|多措并举|聚焦|坚持|强化)")
_OWN_ORGAN = re.compile(r"(县|区|市|省)(?:安办|安委办|安委会|直|有关部门|政府|应急管理局|应急局|安监局|防指|防办|防汛抗旱指挥部)"
                        r"|(?<![乡各])(镇|街道)(?:安办|安委办|安委会|党委|政府|应急办|[\u4e00-\u9fff]{1,2}[办站所]|[\u4e00-\u9fff]{0,4}指挥部|防指)")   # 镇安办,
                                                                                           # 镇政府, 街道宣教办, 街道文体站


def level_from_own_organs(text: str) -> str:
    """县安办, 县直有关部门, 县有关部门, 县防指…: an unsigned page of a plan names the organs of its own level (the most
    frequent wins, and only when it is named at least twice); a company's rules name its 总经理, 董事长, 安委会; else
    the units a text directs, or does its work by, name the level below it (各乡镇要…, 以乡镇为单位 → district; README
    convention 13); the tiers it sets to work open with its own (市县两级… → city), and the highest tier that checks
    its work is its own (…市级抽查核实、省级明督暗访 → province)."""
    if _COMPANY_ORGAN.search(text[:3000]):
        return "enterprise"
    counts: dict[str, int] = {}
    for m in _OWN_ORGAN.finditer(text[:5000]):
        level = PLACE_LEVEL[m.group(1) or m.group(2)]
        counts[level] = counts.get(level, 0) + 1
    best = max(counts, key=counts.get) if counts else None
    if best and counts[best] >= 2:
        return best
    directed = _DIRECTED.search(text[:5000])
    if directed:
        return next(level for pattern, level in ADDRESSEES if re.match(pattern, directed.group(1)))
    unit = _WORK_UNIT.search(text[:5000])    # 以村(社区)为单位,组织两委成员…: a town's work, done village by village
    if unit:
        return LEVEL_ORDER[LEVEL_ORDER.index(PLACE_LEVEL[unit.group(1)]) - 1]
    tiers = _TIERS.search(text[:5000])       # 市县两级人防部门必须…: the writer's tier and those below it
    if tiers:
        return PLACE_LEVEL[tiers.group(1)]
    # 分全面自查排查、市级抽查核实、省级明督暗访三步: the last check is the writer's own
    checks = [PLACE_LEVEL[m.group(1)] for m in _CHECK_TIER.finditer(text[:5000])]
    return min(checks, key=LEVEL_ORDER.index) if checks else "unknown"


_COMPANY_ORGAN = re.compile(r"公司(?:分管)?(?:总经理|董事长|领导|安全生产委员会|安委会|各部门|所属单位)|董事长|总经理|总裁|厂长|矿长|本矿"
                            r"|企业安委会"
                            r"|集团(?:党委|安委会|安委办|董事会|监事会)"
                            r"|(?:有限公司|集团)(?:下发|下达|召开|组织|开展|印发|部署)"
                            r"|企业(?:最高|主要)负责人[^。]{0,20}(?:签发|审批|任命)")
# the places a text's work is done by, one level below the writer's: 以村(社区)为单位 / 以乡镇为单位 / 以县(市、区)为单位
_WORK_UNIT = re.compile(r"以(村|社区|乡镇|镇|乡|街道|县|区)(?:[(（][\u4e00-\u9fff、]{1,4}[)）])?为(?:基本)?单[位元]")
# the tiers a text sets to work, from its own down: 市县两级…, 省市县三级…, 镇村两级…
_TIERS = re.compile(r"(省|市|县|镇)(?:市|县|乡|镇|村){1,3}(?:两|三|四)级")
# a check made at a tier: 市级抽查, 省级明督暗访, 县级复查 (the highest named is the writer's)
_CHECK_TIER = re.compile(r"(省|市|县|区|乡镇|镇|街道)级(?:抽查|复查|核查|督查|明督暗访|督导|验收|抽检)")
# the units a text directs: 各乡镇要… / 各县(市、区)务必…
_DIRECTED = re.compile(r"(?:^|[，,。；;\n])\s*(各(?:省|设区的市|市|县区|县|区|乡镇|乡|镇|街道|村|社区|居))"
                       r"[^，,。；;]{0,12}?(?:要|务必|必须|应当)")


# the leader who heads the plan's own 领导小组 or 指挥部: 成立以村支书为一把手…的领导小组 / 由区政府副区长郭利利任组长 /
# 组长由镇长担任 — the writer's own leader (a zone's 管委会主任 or 乡镇、街道分管领导 in general: the units below's)
_GROUP_HEAD = re.compile(r"(?:组长由|由|以)([\u4e00-\u9fff、]{1,24}?)(?:任|担任|为|兼任)(?:第一|总)?(?:组长|一把手|指挥长|总指挥|主任)"
                         r"|(?:组长|总指挥|指挥长)由([\u4e00-\u9fff、]{1,24}?)(?:担任|兼任)")
_ZONE_NAME = re.compile(ZONE_WORDS)
_HEAD_BODY = re.compile(r"社区|居委会|村|街道|街办|办事处|镇|乡|区|县|旗|市|州|省|公司|总经理|董事长|厂长|矿长")
_HEAD_LEVEL = {**PLACE_LEVEL, "办事处": "street", "公司": "enterprise", "总经理": "enterprise", "董事长": "enterprise",
               "厂长": "enterprise", "矿长": "enterprise"}


def level_from_group_head(text: str) -> str:
    """The body whose leader heads the text's 领导小组 (由区政府副区长…任组长 → district, 以村支书为一把手 → community),
    when its words name one level; unknown for a zone's head or the towns' in general (乡镇、街道分管领导)."""
    for m in _GROUP_HEAD.finditer(text[:20000]):
        head = m.group(1) or m.group(2)
        if _ZONE_NAME.search(head) or "乡镇" in head or head.startswith("各"):
            return "unknown"
        levels = {_HEAD_LEVEL[w] for w in _HEAD_BODY.findall(head)}
        if levels:
            return levels.pop() if len(levels) == 1 else "unknown"
    return "unknown"
