"""Quantified targets in any text: 达95%以上, 提升至90%以上, 不低于, 不少于1个, 建立至少2个, 控制在0.008以内,
控制在1%以内, 100%建立 / 全覆盖 (>= 100%), 清零 / 零死亡 / 杜绝 / 确保不发生 / 基本消除…存量 (== 0), 增长8%以上 (increase),
下降超20% (decrease, baseline 前两年平均数; one target per metric of 事故起数、死亡人数); a direction without a number (持续下降,
事故起数、死亡人数“双下降”, 同比下降 — README convention 11) is none; a deadline in the same sentence is the target's
`due`.

Precision first: a number with no comparing word (6家单位8处隐患) is a count, not a target; slogans in
quotes (“五个全覆盖”, “1+5”) are not targets; a target needs a metric of real words.
"""

from __future__ import annotations

import re
from bisect import bisect

from safeplan.hanzi import HINT, to_simplified
from safeplan.rules.deadlines import find_deadlines, hint_year, parse_deadlines
from safeplan.rules.model import Deadline, Target
from safeplan.rules.numbers import fold_digits, tidy, to_number

NUMBER = r"(?P<v>\d+(?:\.\d+)?|[一二两三四五六七八九十百]+(?![般些切直旦定律致贯体道同并样流线级]))"   # not 一般, 一些 …
UNIT = (r"(?P<u>个百分点|百分点|%|‰|万人次|人次|万人|万元|亿元|平方米|公里|分钟|小时|个|家|次|人|名|支|座|所|处|起|天|日|"
        r"元|台|辆|艘|米|吨|项|条|批|户|套|场|轮|类|级|倍|支队伍|个月|周|年)?")
MORE = r"(?P<more>以上|及以上|以内|以下|之内|及以下)?"

# 建立3个以上: it starts with a look-behind, which the engine tries at every character, so it is only run
# on a sentence that holds 以上
AFTER_VERB = re.compile(rf"(?<=建立|建成|建设|打造|培育|创建|组建|培训|完成|新增|配备|设立|开展|组织|落实|选树|评选)\s*{NUMBER}\s*{UNIT}\s*"
                        rf"(?P<more>以上|及以上)")
# 建立1000个交通安全宣传教育活动室 / 组建1万人的…志愿者队伍: a count to build, opening its clause, without 以上 — a
# target only beside others in its sentence (a plan's list of goals, README convention 11: hb-u283-y), else a task's
# size (建立1个工作专班) or work done
LISTED_COUNT = re.compile(r"(?:^|(?<=[，,、；;：:]))(?:建立|建成|组建|创建|打造|培育|新增)\s*(?P<v>\d+(?:\.\d+)?)\s*"
                          r"(?P<u>个|家|支|座|所|处|万人|人|名)的?(?P<what>[\u4e00-\u9fff“”]{2,20})(?=[，,；;。]|$)")
# 洪水预报提前8小时发布 / 灾民24小时内得到基本生活救助: a warning's lead time (>=) and a time limit to reach help in
# (<=), in the same list of goals (hb-u251-y; not 提前3天报送, a procedure, nor 事故发生后1小时内报告, a standing limit)
LISTED_TIME = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?:提前\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<u>小时|分钟|天)(?=发布|发出|预报|预警)"
                         r"|(?<![后起\d])(?P<v2>\d+)\s*(?P<u2>小时|分钟|天)(?:以内|之内|内)(?=得到|完成|到达|赶到|抵达|恢复|安置))")
# (pattern, op, direction); the first pattern that matches at a position wins
COMPARATORS = [
    (re.compile(rf"(?:下降|降低|减少|压减|压降)(?:幅度)?\s*(?:超过|超|逾|大于)\s*{NUMBER}\s*{UNIT}"), ">", "decrease"),
    # (人口减少约30%: about the size to reach, as 左右 sets no bound — README convention 11)
    (re.compile(rf"(?:下降|降低|减少|压减|压降)(?:幅度)?\s*(?:不少于|不低于|至少|约)?\s*{NUMBER}\s*{UNIT}\s*{MORE}"),
     ">=", "decrease"),
    # 地区生产总值增长8%以上, 固定资产投资增长15%左右: a growth to reach (左右 sets no bound, as 下降X% — README
    # convention 11; a growth reported, 增长了12% or in an account, is none)
    (re.compile(rf"增长\s*{NUMBER}\s*(?P<u>%)\s*(?:左右)?\s*{MORE}"), ">=", "increase"),
    (re.compile(rf"(?:不得少于|不得低于|不应少于|不应低于|提升至|提升到|提高至|提高到|上升至|上升到|增加至|增加到|增至|升至|"
                rf"高达|达到|达|超过|不低于|不少于|不小于|至少|大于等于)"
                rf"\s*{NUMBER}\s*{UNIT}\s*{MORE}"), ">=", None),
    # (四类事故死亡人数控制指标10人: the ceiling a 控制指标 sets)
    (re.compile(rf"(?:不得超过|不得高于|不得大于|不应超过|控制指标为?|控制在|控制为|不高于|不超过|不大于|降至|降低至|降低到|降到|下降至|下降到|压减至|减少至|减少到|小于等于)"
                rf"\s*{NUMBER}\s*{UNIT}\s*{MORE}"), "<=", None),
    (re.compile(rf"(?:低于|少于|小于)\s*{NUMBER}\s*{UNIT}"), "<", None),
    # 优良工地占当年度竣工项目数量15%以上
    (re.compile(rf"占(?P<base>[^，。；,;%]{{1,20}}?)\s*{NUMBER}\s*(?P<u>%)\s*(?P<more>以上|及以上)"), ">=", None),
    # 经费总额不得低于城市整体维护经费的7%: a floor that is a share of a base
    (re.compile(rf"(?:不得低于|不应低于|不低于|不得少于|不少于)(?P<base>[^，。；,;%\d]{{2,20}}?)的\s*{NUMBER}\s*(?P<u>%)"
                rf"\s*{MORE}"), ">=", None),
    # 必须完成“两件套”安装计划的50%以上: a share of a plan to complete (not 完成了…)
    (re.compile(rf"(?<![已经])完成(?!了)(?P<plan>[^，。；,;%了]{{1,20}}?)的\s*{NUMBER}\s*(?P<u>%)\s*(?P<more>以上|及以上)"), ">=", None),
    # 整改销案率95%以上: a rate written straight before its floor (率100% alone is read by HUNDRED)
    (re.compile(rf"(?<=率)\s*{NUMBER}\s*(?P<u>%)\s*(?P<more>以上|及以上)"), ">=", None),
    (AFTER_VERB, ">=", None),
]
# (the look-behind after 100 rather than before it: a pattern starting with a plain 100 is searched fast)
HUNDRED = re.compile(r"(?:100(?<![\d.]100)\s*%|百分之百|(?<!之)百分百)\s*(?P<verb>[\u4e00-\u9fff]{0,2})")   # (百分百达标: 100%)
# 全覆盖检查标准体系 / 全覆盖条件复核: an adjective, not a target
FULL = re.compile(r"(?:全覆盖|全面覆盖|全部覆盖)(?=[，。；,;、）)\s”\"]|$|的|目标|无(?:盲区|死角|遗漏|空白))"
                  # 宣传教育网络覆盖全部乡(镇)和行政村: coverage of all that it names
                  r"|(?<=[\u4e00-\u9fff])覆盖(?:全部|所有)(?P<over>[^，。；,;]{1,20}?)(?=[，。；,;]|$)"
                  # 实现全覆盖宣传: after an aim, the work it covers closing the clause (开展全覆盖排查 stays an activity)
                  r"|(?<=实现|确保|做到)全覆盖(?P<work>[\u4e00-\u9fff]{2,4})(?=[，。；,;]|$)")
NO_GAP = re.compile(r"、?无(?:盲区|死角|遗漏|空白)")
# a reading of the weather before the number (最高气温将升至37℃, 降雨量达到50毫米): a forecast or a condition, no target
# (a forecast's own quality is one: 预报准确率达到80%)
WEATHER_READING = re.compile(r"气温|降雨量|降水量|雨量|风力|风速")
# (较大事故起数控制为零: a ceiling of none, like 控制在…以内; 学生溺水零新增: no new case, the state to reach; 确保实现“零”事故:
# the 零 quoted alone, a quote mark before the harm)
ZERO = re.compile(r"(?:动态清零|清零|零[”“\"]?(?P<what>死亡|事故|伤亡|火灾|发生|隐患|事件|新增)|控制(?:为|在|到)零)")
# what makes 清零 a campaign's name rather than the state to reach (开展隐患清零行动, “清零”专项行动), or a policy's
# (“动态清零”总方针)
CAMPAIGN_AFTER = re.compile(r"[”\"]?(?:专项|攻坚)?(?:行动|活动)|[”\"]总?(?:方针|策略|政策)")
# 扎实开展…提升、重大事故隐患动态清零、…提升等10个专项行动: one of a list of campaigns that its clause opens with 开展 and
# closes with 行动 (what each is to reach is not said there)
CAMPAIGN_LIST_END = re.compile(r"[^，。；,;]*?(?:专项|攻坚)?(?:行动|活动)(?=$|[，。；,;])")
CLAUSE_OPEN = re.compile(r"[，。；,;：:]")


def _listed_campaign(sentence: str, start: int, end: int) -> bool:
    opens = max([m.end() for m in CLAUSE_OPEN.finditer(sentence, 0, start)] or [0])
    return "开展" in sentence[opens:start] and CAMPAIGN_LIST_END.match(sentence, end) is not None
NONE_OF = re.compile(r"(?:坚决杜绝|严防杜绝|有效杜绝|杜绝)(?P<what>[^，。；,;、]{2,40}?)(?:的发生|发生|$|(?=[，。；,;、]))"
                     # 确保辖区内不发生较大及以上事故: a promise of none (未发生 reports a result)
                     # (以不出现亡人事故为目标 too)
                     r"|(?:确保|力争|实现|坚决|以)[^，。；,;不]{0,8}不(?:发生|出现)(?P<happen>[^，。；,;、]{2,40}?)(?:为目标)?"
                     r"(?:$|(?=[，。；,;]))"
                     # 守住不发生重特大事故的底线, 第一重山不发生火警火灾, …同比下降,不发生较大及以上道路交通事故: whatever the
                     # verb before it, the state to keep when a harm closes it (convention 11; 未发生 reports a result)
                     # (确保“不发生…火灾、不发生…”: a harm closing the first of a list of them)
                     r"|(?<![未没从])不(?:发生|出现)(?P<kept>[^，。；,;]{0,30}?(?:事故|火灾|火警|伤亡|死亡|亡人|爆炸|中毒|坍塌|险情|"
                     r"灾害|事件))(?:为目标|的底线|的目标|的(?:工作)?要求)?(?:$|(?=[，。；,;”]|、不(?:发生|出现)))"
                     # 确保各类生产安全无事故 / 使全镇无安全事故发生 (a result, 全年无事故, has no aim before it)
                     r"|(?:确保|力争|实现|使|做到)(?!了)[^，。；,;无了]{0,8}无(?P<without>[^，。；,;、无]{0,8}?(?:事故|火灾|伤亡|死亡))"
                     r"(?:发生)?(?:$|(?=[，。；,;、的]))"
                     # 无森林火灾、民房火灾、农业机械等事故。: a sentence of its own that is only the harms to be without (a
                     # 责任书's 控制指标 listed one a sentence) states the state to keep, as 不发生…事故 does
                     r"|^无(?P<bare>[^，。；,;无]{2,24}?(?:事故|火灾))$"
                     # 基本消除…隐患存量 / 全面消除重大火灾隐患 (从根本上消除事故隐患 is a slogan: no qualifier, no target)
                     r"|(?:全面|基本|彻底|全部)消除(?P<removed>[^，。；,;]{2,40}?)(?:$|(?=[，。；,;]))"
                     r"|(?<![全基彻部])消除(?P<stock>[^，。；,;]{2,40}?存量)")
# 100%完成整改任务 / 100%落实到位: a share of the work the clause names after it (已100%完成: a result)
DONE_AFTER = re.compile(r"(?:完成|落实|建成|整改|销号|覆盖|达标)[\u4e00-\u9fff]{2,8}(?=[，。；,;]|$)")
# 占道设摊、马路市场基本消除: the same state written after what is removed, closing its clause (not 跟踪直至隐患彻底消除,
# 确保隐患得到彻底消除, 已全部消除: one hazard's handling or a result — README convention 11)
REMOVED_AFTER = re.compile(r"(?:全面|基本|彻底|全部)消除(?=$|[，。；,;])")
HANDLED_BEFORE = re.compile(r"直至|直到|已|得到|得以|整改|销号|处置")
# 全覆盖 quoted as the state to reach, 实现“全覆盖、无遗漏” (README convention 3), unlike a quoted campaign name (and
# 确保“不发生…火灾、…”; “动态清零” quoted is that state wherever it stands, 推动隐患“动态清零” — convention 11)
QUOTED_AIM = ("实现“", "确保“", "做到“", "达到“", "推动“")
# 实现重大事故隐患“清零” / 确保重点场所检查“全覆盖”: the quotes hold the state alone, an aim's verb opens the clause
# (全年首次实现生产安全“零事故”: a result reported)
AIM_IN_CLAUSE = re.compile(r"(?<!首次)(?<!已)(?<!已经)(?:实现|确保|做到|达到|推动|力争)(?!了)[^，。；,;“”\"了]{1,12}$")


def _quoted_state(sentence: str, start: int, end: int) -> bool:
    return (sentence[start - 1:start] in ("“", "\"") and start > 0 and sentence[end:end + 1] in ("”", "\"")
            and bool(AIM_IN_CLAUSE.search(sentence, max(0, start - 15), start - 1)))
# what 杜绝 makes a target of: an accident or harm, or its return (杜绝重特大事故, 杜绝已整治隐患问题“反弹”, 杜绝新增和回潮
# “三合一”); of a behaviour (杜绝病车上路, 杜绝私拉乱扯现象) it is a prohibition (tests/corpus/heldback/README.md convention 11)
# 杜绝突发应急事件迟报、漏报: a fault of reporting, a behaviour (a prohibition), though an 事件 is named
REPORTING_FAULT = re.compile(r"(?:迟报|漏报|瞒报|谎报|误报|不报)$")
HARM = re.compile(r"事故|事件|火灾|伤亡|死亡|亡人|爆炸|中毒|坍塌|险情|灾害|反弹|回潮|新增")
# 20%以上的社区(行政村)达到…标准 / 85%以上的居民掌握安全常识: a share of a population that is to reach something
# (90%以上的企业已完成… reports a result: no 已 before the verb)
SHARE = re.compile(r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*%\s*(?:以上|及以上)的(?P<who>[^，。；,;、已]{1,20}?)"
                   r"(?P<verb>达到|达|实现|掌握|通过|建成|完成|具备|配备|参加|参与|知晓)(?!了)(?P<what>[^，。；,;]{0,30})")
# 80%的乡镇、街道消防安全网格实现规范化管理 / 党的…召开前60%的社区达标 / 70%以上的火灾高危单位接入系统: a share that
# opens its clause (a task list's item) and reaches something is a target (not …建立了…: a result)
TASK_SHARE = re.compile(r"(?:^|(?<=[，,。；;：:、\s前和及]))(?P<v>\d+(?:\.\d+)?)\s*%(?:以上|及以上)?的(?P<who>[^，。；,;已%]{1,20}?)"
                        r"(?P<verb>达标|达到|建立|建成|接入|实现|完成|配备|通过|掌握|具备|知晓)(?!了)(?P<what>[^，。；,;]{0,30})")
# 基本实现全省所有乡(镇)、95%的建制村通班车: without 以上 a share is a target only where its clause opens with an
# aim (实现/确保/力争/达到, not 实现了); 全市80%的事故发生在… states a fact
# (确保50%一般单位人员密集场所…建设达标: the 的 left out)
AIMED_SHARE = re.compile(r"(?:实现|确保|力争|争取|达到|做到)(?!了)[^，。；,;%]{0,20}?(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*%的?"
                         r"(?P<who>[^，。；,;、已%]{1,24}?)(?P<verb>通|达到|达|实现|掌握|通过|建成|具备|配备|参加|参与|知晓)"
                         r"(?P<what>[^，。；,;]{0,30})"
                         # 全市50%的社区消防基础设施建设要基本达标: the aim after the share
                         r"|(?<![\d.])(?P<v2>\d+(?:\.\d+)?)\s*%的(?P<who2>[^，。；,;、已%]{1,20}?)要(?:基本|全部|全面)?"
                         r"(?P<verb2>达标|达到|建成|建立|配备|完成)(?P<what2>[^，。；,;]{0,30})")
# how often or how long an activity runs (不少于2次, 不得少于16小时), and a floor of people (工作人员不少于5人, 其中在编人员
# 不少于2人: a team's size, hb-u131-y): no state to reach (README convention 11; with 每 it is a frequency)
ACTIVITY_UNITS = ("次", "轮", "小时", "学时", "分钟")
# …but a time raised to a level is the state to reach (气象灾害预警时效提高到30分钟以上)
RAISED = ("提升至", "提升到", "提高至", "提高到", "上升至", "上升到", "增加至", "增加到")
# 每个人所占面积不得少于4平方米, 消防车道宽度不小于4米: a floor of a size is a standard, no state to reach
SIZE_UNITS = ("平方米", "米")
# 当火险达到3级以上,蹲点领导必须…: a clause opened by a condition states when, not what to reach
CONDITION = re.compile(r"\s*(?:当|若|如果|假如|一旦|凡)")
# 日常巡查和隐患整改难以全覆盖: coverage said to be out of reach is none
NOT_REACHED = re.compile(r"(?:难以|无法|不能|未能|尚未|未|没有)$")
# 坚持全面覆盖、突出重点、及时整改、责任追究的原则 / 需遵循全面覆盖、突出重点、持续改进: one of a list of principles, no
# state to reach (README convention 3)
PRINCIPLE = re.compile(r"(?:坚持|遵循|秉持)$")
# 在过去的一年里,…取得良好的成绩,达到“零事故、零死亡”的“双零”目标: a past year's result, whatever it names
# (取得了新成效,…要坚持动态清零: an account's clause before a demand is not enough — the past year named is)
PAST_ACCOUNT = re.compile(r"过去的?[这]?一年")

# (5分) / (2.5分): the points a 考核办法's item scores — what it names is the item's criterion, not a state to reach
SCORED = re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
# 考核分 / 得分 / 积分 / 绩效分 cleared: a score reset as a penalty (清零 of hazards is the state to reach)
SCORE_CLEARED = re.compile(r"(?:考核|得|积|绩效|安全)分$")

# one cheap search before the eleven patterns: text without any of these words holds no target
TRIGGER = re.compile(r"下降|降低|减少|压减|压降|增长|提升|提高|上升|增加|增至|升至|达|超过|不低于|不少于|不得少于|不得低于|不应|至少|大于|"
                     r"控制在|控制为|不高于|不超过|不得超过|不得高于|降至|降到|低于|少于|小于|以上|100|百分|覆盖|清零|零|杜绝|不发生|不出现|消除|%的"
                     r"|无[^，。；,;无]{0,8}(?:事故|火灾|伤亡|死亡)")
# a clause opening with a year alone (2023年全区…, 2023年,…; not 20__年, 2023-2025年, 2024年底, 2024年6月)
BARE_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?![\d底末前内度]|以来|以前|之前|[-—–至到])(?!\s*\d{1,2}月)")
SENTENCE = re.compile(r"[^。；;！？!?\n]+")
CLAUSE_START = re.compile(r"[，,：:]")
RANGE_AFTER = re.compile(r"^\s*(?:至|到|~|～|-|—)\s*[\d一二两三四五六七八九十]")     # (九至十二米: a range in words too)
LEAD_IN = re.compile(r"^(?:但是|但|对|开展|形成|进行|推行|建立|健全|完善|加快|加强|深化|确保|力争|争取|实现|推动|推进|使|让|促进|做到|达到|全面|基本|进一步|逐步|努力|要|将|有效|全力|"
                     r"全部|各类|全年|其中|并|且|和|以及|同时|再|均|都|进而|从而|以|把|持续|显著|不断|稳步|在|年内|"
                     r"到|至|于)+")
BASELINE = re.compile(r"(?:同比|较|比)(?P<b>前[两二三五]年平均数?|前[两二三五]年均值|上年同期|去年同期|上年|去年|"
                      r"(?:\d{4}|20_+)年?(?:\s*[-—–至]\s*(?:\d{4}|20_+)年)?)?(?:平均数?)?$")
# a year the clause opens with: 20__年村(社区)…覆盖率 / 2024年规上企业… / 20__-20__年生产安全事故起数
YEAR_LEAD = re.compile(r"^(?:到|至|在|于)?(?P<y>\d{4}|20_+)(?:\s*[-—–至]\s*(?:\d{4}|20_+))?年(?P<m>\d{1,2}月)?(?:底|末)?(?:前)?")
TAIL = re.compile(r"(?:的|均|要|都|分别|要求|必须|应当|应|稳定|目标|指标|最长|最多|最短|最少|进行一轮|进行|一轮)+$")
MEASURE = re.compile(r"(起数|死亡人数|受伤人数|人数|直接经济损失|经济损失|死亡率|发生率|起|率|量|数)$")
SLOGAN_NUMERAL = re.compile(r"^(?:[一二两三四五六七八九十\d]+[个项大]|\d+\+\d+)")


VERB_ONLY = re.compile(r"^(?:建立|建成|建设|打造|培育|创建|组建|培训|完成|新增|配备|设立|开展|组织|落实|选树|评选|实现|做到)$")
TRAILING_VERB = re.compile(r"(?:实现|做到|达到|基本实现|全面实现)$")
OBJECT_AFTER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12}")


def _in_quotes(text: str, pos: int) -> bool:
    return text.count("“", 0, pos) > text.count("”", 0, pos) or text.count('"', 0, pos) % 2 == 1


def _metric_before(sentence: str, floor: int, end: int, deadlines: list[tuple[int, str]]
                   ) -> tuple[str, str | None, int]:
    """(metric, baseline, start): the words of the clause before `end` (not before `floor`, the end of the
    previous target) without lead-in verbs and deadlines, and where they start."""
    start = floor
    for m in CLAUSE_START.finditer(sentence, floor, end):
        start = m.end()
    while start < end and sentence[start] in "、和及与 ":
        start += 1
    words = sentence[start:end]
    for _, text in deadlines:
        words = words.replace(text, "")
    baseline = None
    words = TRAILING_VERB.sub("", words.strip().strip("“”\"'‘’「」"))
    b = BASELINE.search(words.strip())
    if b:
        baseline = b.group("b") or ("上年同期" if b.group(0).startswith("同比") else None)
        words = words.strip()[: b.start()]
    words = YEAR_LEAD.sub("", LEAD_IN.sub("", words.strip().strip("“”\"'‘’「」")))
    if words.endswith("、"):
        return "", baseline, start            # 限期办结、动态清零: the list before names no metric
    if "、" in words:
        tail = words.rsplit("、", 1)[1]
        if LEAD_IN.match(tail):               # 排查风险点、彻查风险源、确保领域全覆盖: the last clause only
            words = tail
    lead = LEAD_IN.match(words.strip())
    metric = TRAILING_VERB.sub("", TAIL.sub("", LEAD_IN.sub("", words.strip())).strip()).strip()
    at = sentence.find(metric, start, end) if metric else -1
    return metric, baseline, (at if at >= 0 else start + (lead.end() if lead else 0))


def _year_due(sentence: str, end: int) -> Deadline | None:
    """到2025年，… / 20__年底，… / 20__年规上企业…: the nearest clause before the target (in its sentence)
    that opens with a year ties the target to that year's end (or that month's)."""
    starts = [0] + [m.end() for m in CLAUSE_START.finditer(sentence, 0, end)]
    m = None
    for start in reversed(starts):
        m = YEAR_LEAD.match(LEAD_IN.sub("", sentence[start:end].strip()))
        if m:
            break
    if not m or any(c in m.group(0)[1:] for c in "-—–至"):
        return None
    text = m.group(0).lstrip("到至在于")
    suffix = "" if text.endswith("前") else "前" if text.endswith(("底", "末")) else "底前"
    found = parse_deadlines(text + suffix)
    if not found:
        return None
    due = found[0]
    due.text = text
    return due


def _reported_year(sentence: str, end: int, year_hint) -> bool:
    """2023年全区事故起数下降12%,死亡人数下降8.3%: the nearest clause before the number opens with a bare year (not
    到2025年, 2024年底前) that is past — before the document's year, or its own year or unknown with nothing aimed at
    in the sentence: a change or rate reported for that year, not a target (issue 19, README convention 11)."""
    starts = [0] + [m.end() for m in CLAUSE_START.finditer(sentence, 0, end)]
    for start in reversed(starts):
        clause = LEAD_IN.sub("", sentence[start:end].strip()) if not re.match(r"\s*[到至在于]", sentence[start:end]) \
            else sentence[start:end].strip()
        m = BARE_YEAR.match(clause)
        if m:
            year, hint = int(m.group("y")), hint_year(year_hint)
            return hint is not None and year < hint or (hint is None or year <= hint) and not AIM.search(sentence)
    return False


def _split_metrics(metric: str) -> list[str]:
    """生产安全事故起数、死亡人数 → [生产安全事故起数, 生产安全事故死亡人数]; anything else stays one."""
    parts = [p for p in re.split(r"[、和及]", metric) if p]
    if len(parts) < 2 or not all(MEASURE.search(p) for p in parts):
        return [metric]
    head = MEASURE.sub("", parts[0])
    out = [parts[0]]
    for p in parts[1:]:
        out.append(p if len(p) > 5 or p.startswith(head) else head + p)
    return out


GENERIC_METRIC = {"领域", "行业", "工作", "单位", "企业", "部门", "全部", "所有"}


def _good_metric(metric: str) -> bool:
    if metric in GENERIC_METRIC or len(metric) < 2 or SLOGAN_NUMERAL.match(metric) and len(SLOGAN_NUMERAL.sub("", metric)) < 2:
        return False
    return bool(re.search(r"[\u4e00-\u9fffA-Za-z]{2}", metric))


def _value(raw: str) -> int | float | None:
    value = to_number(raw)
    return tidy(value) if value is not None else None


def _candidates(sentence: str):
    """(start, end, kind, match, op, direction) of every comparing phrase, in text order."""
    found = []
    for rank, (pattern, op, direction) in enumerate(COMPARATORS):
        if pattern is AFTER_VERB and "以上" not in sentence:
            continue
        for m in pattern.finditer(sentence):
            found.append((m.start(), m.end(), rank, "compare", m, op, direction))
    shares = (("share", SHARE),) if "以上的" in sentence else (("share", AIMED_SHARE),) if "%" in sentence else ()
    if "%" in sentence and "%的" in sentence or "%以上的" in sentence:
        shares = (*shares, ("share", TASK_SHARE))
    removed = (("removed", REMOVED_AFTER),) if "消除" in sentence else ()
    for kind, pattern in (("hundred", HUNDRED), ("full", FULL), ("zero", ZERO), ("none", NONE_OF),
                          *removed, *shares):
        for m in pattern.finditer(sentence):
            found.append((m.start(), m.end(), 10, kind, m, None, None))
    found.sort(key=lambda f: (f[0], f[2]))
    return found


# a rate stated next to counts of what was done (已整改620家, 报送隐患124841条, 余10家) in a sentence that aims at
# nothing is a result reported (a 通报's 整改率100%), not a target
REPORTED_COUNT = re.compile(r"(?:已|累计|共计|共(?!同)|余)[^，。；,;]{0,15}?\d+(?:\.\d+)?万?(?:条|家|个|处|起|人次|人|次|项|份|户)"
                            r"|\d+(?:\.\d+)?万?(?:条|家|处|起|人次|项|份|户)(?![以上内下])")
# 遵章率…分别达到95%、90%和85%以上: the values listed after a compared one share its word and its 以上/以内 (one
# target each); the list's marks are 、和及 (a comma starts another clause: 达到95%,力争达到98%)
VALUE_LIST = re.compile(r"(?:\s*[、和及]\s*\d+(?:\.\d+)?\s*(?:%|‰))+\s*(?P<more>以上|及以上|以内|以下|之内|及以下)?")
LISTED_VALUE = re.compile(r"[、和及]\s*(?P<v>\d+(?:\.\d+)?)\s*(?:%|‰)")
AIM = re.compile(r"确保|力争|争取|目标|要求|(?<![主重需纪])要|应当|应该|须|到20\d\d|达到|提高|提升|不低于|不少于|以上")
FULL_STOP = re.compile(r"[。！？!?\n]")


def _reported(folded: str, base: int, stop: int) -> bool:
    """Whether the full sentence around folded[base:stop] (to 。, not to ；) reports results without aiming."""
    start = max(folded.rfind(c, 0, base) for c in "。！？!?\n") + 1
    end_m = FULL_STOP.search(folded, stop)
    whole = folded[start:end_m.start() if end_m else len(folded)]
    return bool(REPORTED_COUNT.search(whole)) and not AIM.search(whole)


def parse_targets(text: str, year_hint=None) -> list[Target]:
    """Every quantified target in `text`, in order."""
    if not text:
        return []
    folded = fold_digits(text)
    out: list[Target] = []
    if not TRIGGER.search(folded):
        folded = fold_digits(to_simplified(text))      # (杜絕安全事故隱患: a Traditional copy reads the same)
        if folded is text or not TRIGGER.search(folded):
            return out
    elif HINT.search(text):
        folded = fold_digits(to_simplified(text))
    pieces = [(sm.start(), sm.end(), _sentence_targets(text, folded, sm.start(), sm.end(), year_hint)
               if TRIGGER.search(sm.group(0)) else []) for sm in SENTENCE.finditer(folded)]
    stops = [m.start() for m in FULL_STOP.finditer(folded)]
    goals = {bisect(stops, start) for start, _, found in pieces if found}     # the sentences (to 。) with targets
    for start, end, found in pieces:
        out += found
        if bisect(stops, start) in goals:
            out += _listed_goals(text, folded[start:end], start, found)
    return out


def _listed_goals(text: str, clause: str, base: int, found: list[Target]) -> list[Target]:
    """The counts to build (LISTED_COUNT), lead times and time limits (LISTED_TIME) of a clause in a sentence that
    states other targets, each `>=` its number (`<=` a time limit), beside the targets `found` in the clause."""
    out = []
    for pattern in (LISTED_COUNT, LISTED_TIME):
        for m in pattern.finditer(clause):
            phrase = text[base + m.start(): base + m.end()].strip()
            if any(phrase in t.text or t.text in phrase for t in found):
                continue
            within = m.groupdict().get("v2") is not None
            value = _value(m.group("v2") if within else m.group("v"))
            unit = m.group("u2") if within else m.group("u")
            if unit == "万人":                       # 1万人 → 10000 人
                value, unit = tidy(value * 10000), "人"
            out.append(Target(text=phrase, metric=m.group("what"), op="<=" if within else ">=", value=value,
                              unit=unit, direction=None, baseline=None, due=None))
    return out


def _sentence_targets(text: str, folded: str, base: int, stop: int, year_hint) -> list[Target]:
    sentence = folded[base:stop]
    candidates = _candidates(sentence)
    if not candidates:
        return []
    reported = _reported(folded, base, stop)
    if PAST_ACCOUNT.search(sentence):
        return []
    deadlines = [(pos, d) for pos, d in find_deadlines(text[base:stop], year_hint)]
    dl_texts = [(pos, d.text) for pos, d in deadlines]
    out: list[Target] = []
    floor = 0
    for start, end, _, kind, m, op, direction in candidates:
        # 实现“全覆盖、无遗漏”, 实现“零伤亡”: the quoted state is what the sentence aims at (not 开展“零事故”创建)
        quoted_aim = kind in ("full", "zero", "none") and (sentence[max(0, start - 3):start].endswith(QUOTED_AIM)
                                                          or _quoted_state(sentence, start, end)) \
            or kind == "zero" and m.group(0) == "动态清零"
        if start < floor or (_in_quotes(sentence, start) and not quoted_aim) \
                or RANGE_AFTER.match(sentence[end:]) \
                or re.search(r"(?:至|(?<![达做得受直])到|~|～|-|—)\s*$", sentence[max(0, start - 2):start]):
            continue                                  # quoted slogans; ranges 60%至100% are not targets (达到 is none)
        if kind == "compare" and WEATHER_READING.search(sentence, floor, start):
            continue                                  # 最高气温将升至37℃ (a 预警's forecast), 降雨量达到50毫米以上时: weather
        if (reported or _reported_year(sentence, start, year_hint)) and kind in ("compare", "hundred", "share",
                                                                                 "removed"):
            continue                                  # 已整改620家,整改率100%; 2023年事故起数下降12%: a result
        metric, baseline, metric_at = _metric_before(sentence, floor, start, dl_texts)
        listed = None
        fields = {"op": op, "value": None, "unit": None, "direction": direction}
        if kind == "compare":
            clause_at = max([c.end() for c in CLAUSE_START.finditer(sentence, 0, start)] or [0])
            if CONDITION.match(sentence, clause_at):
                continue                                  # 当火险达到3级以上,…: a condition
            value = _value(m.group("v"))
            unit, more = m.groupdict().get("u"), m.groupdict().get("more")
            if value is None:
                continue
            if op == ">=" and direction is None and m.group(0).startswith(("达", "超过")) and unit != "%" \
                    and not more:
                continue                                  # 达10起: a count reported, not a target
            if op == ">=" and direction is None and m.group(0).startswith("达") and not m.group(0).startswith("达到") \
                    and unit == "%" and not more and value < 100 and not AIM.search(sentence):
                continue                                  # 我乡…,森林覆盖率达70%: a state described, nothing aimed at
            listed = VALUE_LIST.match(sentence, end) if unit in ("%", "‰") and not more and direction is None else None
            if listed and set(re.findall(r"%|‰", listed.group(0))) != {unit}:
                listed = None
            if listed:
                more, end = listed.group("more"), listed.end()
            if more in ("以内", "以下", "之内", "及以下") and op == ">=" and direction is None:
                fields["op"] = "<="
            fields.update(value=value, unit=unit)
            if m.groupdict().get("base"):
                metric = f"{metric}占{m.group('base').strip()}"   # (经费总额占城市整体维护经费)
            if m.groupdict().get("plan"):
                metric = f"完成{m.group('plan').strip()}"
            if not metric or VERB_ONLY.match(metric):
                obj = OBJECT_AFTER.match(sentence[end:])
                if obj:
                    metric, end = obj.group(0), end + obj.end()
                    metric_at = min(metric_at, start)
        elif kind == "hundred":
            verb = m.group("verb")
            if re.search(r"已(?:经)?\s*$", sentence[max(floor, start - 3):start]):
                continue                              # 隐患已100%完成整改: a result
            done = DONE_AFTER.match(sentence, m.start("verb")) if not metric and verb else None
            if done:
                metric, metric_at, end = done.group(0), start, done.end()   # 100%完成整改任务: the work it completes
            elif not metric:
                continue                              # 100%覆盖 of nothing named
            fields.update(op=">=", value=100, unit="%")
            metric = metric + verb if verb and not done and not metric.endswith(verb) else metric
        elif kind == "share":
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            v, who, verb, what = (g.get("v") or g.get("v2"), g.get("who") or g.get("who2"),
                                  g.get("verb") or g.get("verb2"), g.get("what") or g.get("what2", ""))
            fields.update(op=">=", value=_value(v), unit="%")
            metric, baseline, metric_at = f"{who}{verb}{what}".strip(), None, start
        elif kind == "full":
            if NOT_REACHED.search(sentence, max(floor, start - 3), start):
                continue                              # 难以全覆盖
            if PRINCIPLE.search(sentence, max(floor, start - 2), start) and sentence.startswith("、", end):
                continue                              # 坚持全面覆盖、突出重点…的原则
            if re.search(r"已(?:经)?(?:实现|达到|做到|基本)?[^，。；,;已]{0,20}$", sentence[max(floor, start - 24):start]):
                continue                              # 已实现安全检查全覆盖: a result reported (README convention 3)
            fields.update(op=">=", value=100, unit="%")
            if quoted_aim and not _good_metric(metric):
                close = sentence.find("”", start)
                metric, metric_at = sentence[start:close if close > 0 else end], start    # 全覆盖、无遗漏
            elif not _good_metric(metric) and m.group("work"):
                metric, metric_at = m.group(0), start            # 全覆盖宣传
            elif not _good_metric(metric) and re.search(r"(?:确保|实现|做到|达到)\s*$", sentence[max(floor, start - 4):start]):
                gap = NO_GAP.match(sentence, end)           # 确保全覆盖无盲区 / …延伸,做到全覆盖: the state to reach
                end = gap.end() if gap else end             # is named so (README convention 3)
                metric, metric_at = sentence[start:end], start
        elif kind == "zero":
            if CAMPAIGN_AFTER.match(sentence, end) or _listed_campaign(sentence, start, end):
                continue                              # 开展隐患清零行动: a campaign's name (README convention 11)
            if m.group(0) == "清零" and SCORE_CLEARED.search(metric):
                continue                              # 发生一起…事故,安全管理考核分清零: a penalty on a score
            fields.update(op="==", value=0)
            what = m.group("what")
            if what and what not in ("发生", "事件", "新增"):
                metric, metric_at = what, start
            elif what:
                metric += what
        elif kind == "removed":
            if HANDLED_BEFORE.search(sentence, metric_at, start):
                continue
            fields.update(op="==", value=0)
        elif kind == "none":
            fields.update(op="==", value=0)
            if m.group("what") and (not HARM.search(m.group("what")) or REPORTING_FAULT.search(m.group("what"))
                                    or m.group("what").startswith(("或减少", "或降低", "和减少"))):
                # (杜绝或减少重特大火灾…: hedged by 或减少, a direction)
                continue                                  # 杜绝病车上路, 杜绝私拉乱扯现象: a prohibition, no target
            what = (m.group("what") or m.group("happen") or m.group("kept") or m.group("removed") or m.group("stock")
                    or m.group("without") or m.group("bare"))
            metric, baseline, metric_at = what.strip().strip("“”\""), None, start
        if not _good_metric(metric) or ("每" in metric and fields["unit"] in ("次", "轮")):
            continue                                  # 每月至少1次 is a frequency (frequencies.py)
        raised = kind == "compare" and m.group(0).startswith(RAISED)
        if fields["op"] == ">=" and not raised and (fields["unit"] in ACTIVITY_UNITS or fields["unit"] in SIZE_UNITS
                                     and m.group(0).startswith(("不少于", "不得少于", "不应少于", "不低于", "不小于", "至少"))
                                     or fields["unit"] in ("人", "名")
                                     and m.group(0).startswith(("不少于", "不得少于", "不应少于", "至少"))):
            floor = end                               # (its 少于2次 read again is no target either)
            continue                                  # 开展…活动不少于2次, 教育时间不得少于16小时: how often or how
            #                                           long an activity runs (a frequency without 每, a standard)
        if SCORED.match(sentence, end) or SCORED.search(sentence, start, end):
            floor = end
            continue                                  # …达到61号令要求(5分): an assessment item's points, no target
        due = ([d for p, d in deadlines if p < start] or [None])[-1] or _year_due(sentence, start)
        phrase = text[base + min(metric_at, start): base + end].strip()
        names = _split_metrics(metric)
        values = [fields["value"]]
        if listed:
            values += [_value(v.group("v")) for v in LISTED_VALUE.finditer(sentence, listed.start(), listed.end())]
        # 整改率、销号率分别达到95%和98%以上: as many metrics as values pair off in order; else each value is every metric's
        pairs = zip(names, values, strict=True) if len(values) > 1 and len(names) == len(values) else \
            [(name, value) for name in names for value in values]
        for name, value in pairs:
            out.append(Target(text=phrase, metric=name, baseline=baseline, due=due, **{**fields, "value": value}))
        floor = end
    return out
