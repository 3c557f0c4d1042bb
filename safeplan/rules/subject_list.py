"""Units named as the subject of a clause: a list of names that opens the clause and goes on with what they are to
do (各村委会、企事业单位要根据… / 镇村两级、学校、卫生院要积极行动起来 / 县安委办、县减灾办成立督查组 / 公安部门在抓好…的
同时). One reading for every such list, whatever its names: the clause's opening (a stop, an item's number, a lead-in
such as 下一步, or a time before a 各 list: 收官之年各街道…), names split on 、 and on 和/及/与 where both sides are units,
every name a unit's (its ending, a 各 name, or two levels named together: 镇村两级), then a word that tasks them. Those
whose task is to help (配合, 协助, 协同, 参与) support; the others lead (heldback README convention 2).
"""

from __future__ import annotations

import re

from safeplan.corpus.unit_words import FALSE_UNIT_ENDS
from safeplan.rules import responsible as r

# a time or a stage written before a 各 list without a stop: 收官之年各街道…, 汛前各村要…, 节日期间各单位…
_TIME_BEFORE_EACH = r"(?:[\u4e00-\u9fff]{1,6}?(?:之年|年|期间|前|后|时|中)(?=各))?"
# (a body's groups counted in its name: 市政府15个安全生产督查组, 县安委会22个综合督导组)
_NAME_PART = r"(?:[\u4e00-\u9fff、]|\d{1,3}个|[（(](?!以下|简称)[\u4e00-\u9fff、]{1,10}[)）])"
# what tasks the list: a modal (要, 将, 应当, 须, 务必), a duty (负责, 牵头), a condition that opens the predicate (在…的
# 同时/时/后/中,), a help (配合 …: those who help support), or the verb of an act to do (成立, 组织, 开展 …) after an
# adverb of how (认真, 切实 …). A modal or a duty tasks any list; the verb of an act only a list of several names or a
# 各 name, as a single name before it is as often an account's subject (杨陵区召开…会议) or a heading run on (周密部署)
# (not 要求, 将其, 应急, 负责人, 组织部: words that go on into a name or a person)
_MODAL = (r"要(?!求)|将(?![其之])|应当|应该|(?<![相反适供对响答效])应(?![急用变对])|须|必须|必需|(?<!所)需(?!求|要)|务必|一定要"
          r"|负责(?!人|同志|的)|牵头|在[^，。；,;]{1,30}?(?:的同时|时|后|中|期间)[，,]"
          # (各行政村是基层防汛防旱工作的责任主体, 行政部是企业消防工作的主管部门, 安全部是…的主要业务管理部门: the body a
          # duty is given to)
          r"|是[^，。；,;]{0,24}?(?:责任主体|主体责任单位|责任单位|(?:主管|牵头|管理|监管|职能)部门)")
_HOW = r"(?:认真|切实|积极|主动|及时|全力|严格|迅速|立即|进一步|全面|持续|继续|密切|共同|深入)?"
_ACT = (r"成立|组织(?![部机])|开展|加强|做好|落实|建立|制定|召开|按照|根据|结合|依据|对照|聚焦|围绕|履行|启动"
        r"|健全|完善|推进|推动|强化|加大|深化|规范|提升|传达|贯彻|抓好|实施")
# (how often, between the list and its task: 县安委会…督导组每个月至少要…, 各村每季度开展…)
_RHYTHM = r"(?:每个?(?:日|天|周|星期|月|季度?|半年|年)(?:至少|不少于|最少)?)?"
# (a stress on the modal, with or without a comma before it: 信息管理处和各分中心,尤其要加强…)
_STRESS = r"(?:也|都|均|(?:尤其|更|特别)(?=要(?!求)|应当|须|必须))?"
_TASK = rf"{_RHYTHM}{_STRESS}(?:{_MODAL}|配合|协助|协同|参与|{_HOW}(?P<act>{_ACT}))"
# 昆鹏街道、灵昆街道及其有关部门,应当…: the departments of the places named are none of their own; a comma may come
# before a modal
_THEIRS = r"(?:及其(?:有关|相关)部门)?(?:[，,]\s*(?=" + _STRESS + r"(?:要(?!求)|应当|须|必须)))?"
# (a list's line may open with a bullet: • 各村(社区)、企业开展…)
LIST = re.compile(r"(?:[•·●◆■▪]\s*)?(?:" + r.CLAUSE_OPEN + r")" + _TIME_BEFORE_EACH
                  + rf"(?P<units>{_NAME_PART}{{2,60}}?)" + _THEIRS + _TASK)
# an item's heading run on into its first subject list without a stop: (一)认真开展森林防火宣传教育镇森林防火指挥部及各村(组)
# 要…, 二、突出重点,切实加强重点行业领域安全监管各村委会、企事业单位要…: a verb of a heading and its object (no preposition
# in it: 加强对各村的检查 is one predicate), then a 各 list or a name that opens with its level (镇, 县 …) before a modal
_HEADING_VERBS = r"开展|加强|强化|做好|抓好|落实|突出|推进|严格"
_HEADING = (rf"(?:认真|切实|扎实|全面|进一步|大力|深入)?(?:{_HEADING_VERBS})"
            r"(?:(?![对向由与把将在从给为])[\u4e00-\u9fff]){2,16}?(?=各(?![类项种个])|[镇乡县区市](?![级场区内])[\u4e00-\u9fff])")
HEADING = re.compile(r"(?:" + r.CLAUSE_OPEN + r")" + _HEADING)
# …及时就医。2.单位防范各单位要…: an item's number, then a short heading of any words before a 各 list (a modal tasks it)
NUMBERED_HEAD = re.compile(r"\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*"
                           r"[\u4e00-\u9fff]{2,8}?(?=各(?![类项种个级]))")
HEADING_VERB = re.compile(_HEADING_VERBS)     # (a cheap test for HEADING)
MODAL_AFTER = re.compile(r"(?:也|都|均)?(?:要(?!求)|应当|须|必须)")
# two or three levels named together, one name (镇村两级, 市县两级, 县乡村三级)
LEVELS = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:两级|三级)$")
LEVELS_IN_NAME = re.compile(r"两级|三级|各级")
# the first characters of no unit's name: a pronoun or a preposition (该, 本, 我, 对, 在 …)
NOT_A_START = ("该", "本", "我", "此", "其", "由", "向", "请", "与", "对", "在", "从", "把", "将", "被", "以", "为", "需", "要",
               "应", "须",
               "全",                        # (全街道要…: the whole area, no body; 全区各镇 is a 各 name)
               # the writer's verb that moves others: the list is its object (引导鼓励部门、乡镇围绕…创新)
               "引导", "鼓励", "督促", "督导", "推动", "支持", "动员",
               "邀请")                      # (邀请交警部门参与: guests invited, no unit charged)
# what a name does not hold inside: a preposition or a verb of its sentence (公司安全大检查由安委会…, 危化生产单位以车间班组
# 为单位…, 市城市防汛指挥部在…会议中心…, 安全生产管理部门作为公司…, 中和街道会同县住房城乡建委…,
# 区政府责成相关单位…)
NOT_IN_A_NAME = re.compile(r"由|(?<!所)在|以|作为|要求|责成|通过|按照|根据|的同时|会同|配合|协助|协同|联合(?!会)")
# the unit a list helps, named right after its 配合/协助 and before what it does (配合公安派出所加强…, 要配合市气象局做好…)
HELPED = re.compile(rf"(?!做|开展|落实|实施|完成|推进|抓好|搞好|加强|有关|相关)(?P<unit>{r.UNIT_NAME})(?=[\u4e00-\u9fff])(?!的)")
# in an account (news, a report) the verb of an act tells work done, unless its sentence says a meeting or a leader
# demands it (会议要求,各村、各部门加强…)
DEMANDED = re.compile(r"要求|强调|指出|提出")
# …but not the 要求 a sentence acts on (根据市政府要求,各级各部门开展…, 按照省厅要求,…): the basis of the act, no demand
DEMAND_BASIS = re.compile(r"(?:根据|按照|依据|依照|遵照)[^，。；,;]{0,20}?要求")
# …and after a single office's name, the act of holding a meeting or an event (办事处组织召开专题会议) or of carrying out
# work with zeal (镇防汛抗旱指挥部积极开展…演练, a headline's 文化路街道办事处深入开展…整治) or of sending its staff out
# (镇安委办组织工作人员深入企业…开展…): the account tells what the office did, no task (not its bare 开展, 加强, 结合, 决定…: a news item's 镇安监办加强对各村…的检查 tells the measures it sets)
DONE_ACT = re.compile(r"(?:组织)?(?:召开|举办)|(?:积极|深入|认真|全面|扎实)(?:组织)?(?:开展|学习|贯彻|推进|落实)"
                      r"|组织[\u4e00-\u9fff]{0,8}?(?:人员|干部|党员|志愿者|网格员)(?:深入|走进|走访|前往|到)"
                      # (镇防汛抗旱小组联合水利部门…进行检查: a joint act done; not a standing regime the account
                      # describes, 街道办联合枣园派出所定期开展…, README convention 2)
                      r"|联合(?![^，。；,;]*?(?:定期|每[日天周月季年]))")
# a 各 name opens with its 各 or with the level, place or body whose 各 it is (全区各镇, 安委会各成员单位, 青浦区各镇); not
# with the verb that addresses it (要求各科室, 组织各村, 安排各科室: those addressed, read by the requests' reading)
EACH_NAME = re.compile(r.EACH_HEAD)
# the endings a single name needs: an office's, a government's or a place's body (not 场, 口, 区, 会, 厅 …: 杨陵区召开…, 政务服务大厅,
# 第一时间赶赴现场, 当前正值全国两会 open accounts and headings as often)
# (a company's department, 行政部, 安全部, as responsible.SUBJECT_SECTION reads it: not 干部, 全部, 内部)
SECTION_NAME = re.compile(r.SECTION)
OFFICE_ENDS = ("局", "办", "委", "委员会", "委会", "中心", "所", "站", "队", "科", "处", "室", "政府", "街道", "社区",
               "部门", "院", "校", "组", "专班", "指挥部", "机关", "公司", "集团", "车间", "班组", "项目部")


def subject_list_at(text: str, start: int, account: bool = False) -> list[tuple[list[str], bool]]:
    """The units of a list of units' names that opens the clause of `text` at `start` and a word that tasks them, with
    whether they support: [] or one entry, two when they help a unit they name (that one leads, first). Read outside a
    law only: the bodies a law's articles charge are standing duties (README convention 1)."""
    heading = HEADING.match(text, start) if HEADING_VERB.search(text, start, start + 24) else None
    if heading:     # (first: a list read from the clause's start would take the heading into its first name)
        m = LIST.match(text, heading.end())
        # (a heading's list is read before a modal only: …宣传教育各村开展… may tell no task)
        found = _read_list(text, m, account) if m and MODAL_AFTER.match(text, m.end("units")) else []
        if found:
            return found
    m = LIST.match(text, start)
    found = _read_list(text, m, account) if m else []
    head = NUMBERED_HEAD.match(text, start) if not found else None
    if head:        # (2.单位防范各单位要高度重视…: a numbered item's short heading run on into its 各 list)
        m = LIST.match(text, head.end())
        found = _read_list(text, m, account) if m and MODAL_AFTER.match(text, m.end("units")) else []
    return found


def _read_list(text: str, m: re.Match, account: bool) -> list[tuple[list[str], bool]]:
    """subject_list_at's entries for the list LIST matched at `m`."""
    if r.WORK_DONE.match(text, m.end()) or (m.group("act") and r.DONE.match(text, m.end())) \
            or (r.EVENT_HELD.match(text, m.end("units")) and r.DATED.search(r.sentence_before(text, m.start("units")))):
        return []       # (…开展了…, 各乡镇按照…,迅速行动,排查整治了…, 11月7日,…组织召开: an account of work done)
    if account and m.group("act") and not demanded(text, m.start("units")):
        return []                       # (an account's 各村(社区)结合…做好… tells work done, README convention 2)
    if r.MEMBERS.match(text, m.end("units")):
        return []                       # (各单位负责安全生产工作的领导为成员: the units' leaders, persons)
    if m.group("act") and r.in_review(text, m.start("units")):
        return []                       # (“十三五”时期,…各板块、部门和单位认真落实…: a plan's review of work done)
    units = _list_units(m.group("units"), act=m.group("act"))
    if m.group("units") in ("相关部门", "有关部门") and MODAL_AFTER.match(text, m.end("units")):
        units = [m.group("units")]      # (相关部门要增强联动作战能力: the departments concerned, tasked, lead as written;
                                        # not their bare 负责…, no department named)
    # (…村(居)民委员会应当配合…: the modal before the help, as responsible.HELPS reads it)
    helps = r.HELPS.match(text, m.end("units"))
    if not units or not helps:
        return [(units, False)] if units else []
    # 各社区、流管办配合公安派出所加强…: the unit they help, named right after, leads
    helped = HELPED.match(text, helps.end())
    lead = [helped.group("unit")] if helped and _names_a_unit(helped.group("unit"), several=False) else []
    return [(lead, False), (units, True)] if lead else [(units, True)]


def demanded(text: str, at: int) -> bool:
    """Whether the sentence of an account holding the units at `at` says a meeting or a leader demands what they do."""
    return DEMANDED.search(DEMAND_BASIS.sub("", r.sentence_before(text, at))) is not None


def reports_work(text: str, at: int, end: int) -> bool:
    """In an account: whether the office named at `at`..`end` goes on with the verb of an act nobody demands in its
    sentence (镇防汛抗旱指挥部积极开展防汛抗旱演练): work done, no task (README convention 2)."""
    return DONE_ACT.match(text, end) is not None and not demanded(text, at)


def _list_units(listed: str, act: str | None) -> list[str]:
    """The units of a list whose every name is a unit's (an enterprise in general, 企业, 客运单位, is dropped from it);
    [] when one is not, or when the verb of an act follows a single name other than a government's."""
    names = r.list_names(listed)
    several = len(names) > 1
    if any(LEVELS_IN_NAME.search(n) for n in names[1:]):
        return []                    # (示范区、杨陵区两级政府: one body of two levels, read as written by responsible.py)
    named = [n for n in names if not (n in r.ENTERPRISES or (r.TRADE_UNIT.search(n) and "各" not in n))]
    if act and len(named) < 2 and not any("各" in n for n in named) and not _government_acts(named, act):
        return []                    # (重点督查部门、企业开展…: what is inspected; 各村(社区)、企业开展… acts)
    if not named or not all(_names_a_unit(n, several) for n in named):
        return []
    # (split as written when none is dropped: 镇乡、街道及有关部门 keeps its joined 有关部门)
    return r.split_units(listed if len(named) == len(names) else "、".join(named))


def _government_acts(named: list[str], act: str) -> bool:
    """市级政府落实…约谈机制 / 市县两级政府组织开展… (a task list's row; an account's acts are read as work done before):
    a government's act is its task; not its 成立 or 召开, the body it sets up or the meeting it holds (市人民政府成立…
    领导小组, the plan's own organisation)."""
    return len(named) == 1 and named[0].endswith("政府") and act not in ("成立", "召开")


def _names_a_unit(name: str, several: bool) -> bool:
    """各村(社区), 县安委办, 镇村两级: a unit's name; a single name is one of three characters or more with an office's
    ending (社区要… is read by the places' reading), and no name is a person's, a place checked (人员密集场所), a
    clause's opening or words about units in general (部门和单位)."""
    if name.startswith(NOT_A_START) or r.NOT_A_NAME.search(name) or r.CLAUSE_OPENING.match(name) \
            or NOT_IN_A_NAME.search(name) or name.endswith(r.PERSON_END) or name.endswith(r.PREMISES) \
            or (name.endswith(FALSE_UNIT_ENDS) and not SECTION_NAME.fullmatch(name)) or "同志" in name \
            or (not several and all(p in r.GENERIC for p in re.split("[和及与]", name))):
        return False
    if "各" in name:
        each = EACH_NAME.match(name)
        return bool(each) and r.each_unit(name)
    if LEVELS.match(name):
        return True
    bare = re.sub(r"[（(][^（）()]*[)）]$", "", name)          # (相关办(所)将…)
    return r.looks_like_unit(name) and (several or (len(bare) >= 3 and (bare.endswith(OFFICE_ENDS)
                                                                          or r.BODY_UNIT.search(bare) is not None
                                                                          or SECTION_NAME.fullmatch(bare) is not None)))
