"""Deadlines in any text: 2024年底前, 2025年9月前, 9月底前, 3月15日前, 9月29日18时前, 上半年, 一季度,
二〇二四年十二月底前, 20__年底前 (placeholder), 三年内 / 5个工作日内 / 一小时内 (relative).

Precision first: a year alone (2023年及以前, 2021年是建党一百周年) is never a deadline, nor is a time point
without 前 unless 到/至/于/在 or a label (活动时间:6月16日, 时间安排：3月份) marks it as one; 截至2023年底 is a
statistic's date, not a deadline. The end of a window for work to be done is one (6月1日至30日, 2023年8月至11月,
即日起至10月底: tests/corpus/heldback/README.md convention 9), and so is a span to finish in (用3个月左右时间, relative);
a window in a news piece or report is work that ran (extract.py drops those: `is_window`).
Recurring dates (每年6月10日、12月10日前, 每月25日前) are frequencies (frequencies.py), never deadlines.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from safeplan.hanzi import to_simplified
from safeplan.rules.model import Deadline
from safeplan.rules.numbers import YEAR, fold_digits, last_day, real_date, to_number

MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
BEFORE = r"(?:前|之前|以前)"
# 到/至/于/在 marking a time point (a look-behind): not the 于 of 关于, 对于, 由于, 基于 … (关于2023年第四季度…的通报)
MARK = r"(?:(?<=到)|(?<=至)|(?<=在)|(?<=于)(?<![关对由基属鉴等至]于))"
NOT_AFTER_YEAR = r"(?<![\d_〇零○一二三四五六七八九十年])"

# what a 年内 deadline is for: something to be finished, not a state (年内发生事故…)
_DONE = r"(?:完成|建成|实现|出台|制定|整改|消除|建立|达到|覆盖|完善|落实|推广|改造|开展|投入使用)"

# a label whose date is when the work is to be done (not 发布时间 and the like: each label is named)
_LABELS = ("活动时间", "完成时间", "完成时限", "整治时间", "检查时间", "实施时间", "截止时间", "截止日期", "办结时间",
           "报送时间", "上报时间", "时间安排", "时间节点", "时限要求", "时限清单", "时限")
LABELED = "(?:" + "|".join(_LABELS) + r")(?:[：:。]|为)\s*"       # (截止时间为6月30日; a plain word first: searched fast)
# 6月1日至30日, 2023年8月至11月, 即日起至10月底, 2021年3月7日-3月10日: the end of the window
WINDOW = re.compile(rf"(?<!每年)(?<!每月)(?:(?:(?P<y0>{YEAR})年)?(?P<m0>{MONTH})月(?:{DAY}[日号]?)?(?:底|末|初|中旬|上旬|下旬)?(?:起|开始)?"
                    rf"|即日起|即日|现在起)\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？|(?<=[日号])一(?=\s*\d{{1,2}}\s*月))\s*(?:(?P<year>{YEAR})年)?(?:(?P<month>{MONTH})月)?"
                    rf"(?:(?P<day>{DAY})[日号])?(?P<edge>底|末|上中旬|中下旬|中旬|上旬|下旬)?")
WINDOW_JOIN = re.compile(r"(?:至|到|-|—|－|~|～|–|―|\?\?|？？|(?<=[日号])一(?=\s*\d{1,2}\s*月))")
# (most text with 至/到 holds no window: 达到, 受到; look for a month or 即日起 before the joiner first)
WINDOW_HINT = re.compile(r"月[^，。；,;]{0,10}?(?:至|到|-|—|－|~|～|–|―|\?\?|？？|(?<=[日号])一(?=\s*\d{1,2}\s*月))|即日起|即日至|现在起|\d\s*(?:-|—|－|~|～|–|―|\?\?|？？|至)\s*\d{1,2}月")
# 今年4-5月为动员部署阶段 / 6-12月为排查整治阶段: two months sharing one 月 (not 1-11月,全市共发生… a statistic's)
MONTHS_WINDOW = re.compile(rf"(?<![\d月])(?:(?:(?P<y0>{YEAR})年|今年))?(?P<m0>1[0-2]|[1-9])\s*(?:-|—|－|~|～|–|―|\?\?|？？|至)\s*"
                           rf"(?P<month>1[0-2]|[1-9])月(?!份)(?![^。；;\n]{{0,12}}?(?:共|累计|发生|同比|以来|形势|情况|"
                           rf"[我全][市县区镇]))")     # (1-11月,我市安全生产形势…: a review's period)
# a schedule's stage in a year: 2021年为集中攻坚阶段, 2022年巩固提升阶段 (its end)
YEAR_STAGE = re.compile(rf"(?P<year>{YEAR})年(?:为|是)?[\u4e00-\u9fff]{{0,6}}阶段")

PART_OF_MONTH = r"(?:上中旬|中下旬|上旬|中旬|下旬)"
# (动员部署(2024年4月上旬), 总结验收阶段(6月底): a part of the month, or its end)
STAGE_MONTH = re.compile(rf"(?<=[(（])(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?:份|(?P<edge>{PART_OF_MONTH}|底|末))?(?=[)）])")
# what a stage's bracketed month closes: 第三阶段:整改提高( or, the number cut off, a rule's text opening with its
# short heading (整改提高(11月)。各县…)
STAGE_HEAD = re.compile(r"(?:[阶階]段[^。；;\n]{0,10}|^\s*[\u4e00-\u9fff]{2,10})[(（]$")

# where a clause opens (its date first), and what makes a date a statistic's rather than a deadline
CLAUSE_OPENS = r"(?:^|(?<=[，,。；;：:\n]))\s*"
NOT_A_STAT = (r"(?![^。；;\n]{0,12}?(?:共有|共计|累计|已经|已|现有|拥有|全年|同比|发生|以来|期间|召开|印发|成立))"
              r"(?![^。；;\n]{0,30}?(?<!为)了)"          # (2018年2月,宝安先试先行,制定了…: work done)
              # (与2005年底相比,2010年底全国公路通车里程…分别增长了20%…: a change reported, however far the 了)
              r"(?![^。；;\n]{0,80}?(?:增长|上升|下降|减少|增加|提高|降低)了)")

# 不晚于, 不迟于, 最迟(于/在), 最晚(于): the latest day or month named after it (a look-behind each: fixed widths)
_LATEST = r"(?:(?<=不晚于)|(?<=不迟于)|(?<=最迟)|(?<=最迟于)|(?<=最迟在)|(?<=最晚)|(?<=最晚于))"

# every pattern names its parts; order matters only for equal spans (the longer match wins anyway)
PATTERNS = [
    ("window", ("月", "即日", "现在"), WINDOW),
    ("window", ("月",), MONTHS_WINDOW),
    ("year", ("阶段",), YEAR_STAGE),
    # 不晚于2024年10月31日 / 最迟于6月底 / 不迟于3月15日 / 最晚于6月15日: the latest day, without 前
    ("day", ("晚于", "迟于", "最迟", "最晚"), re.compile(_LATEST +
                                           rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号](?!{BEFORE})")),
    ("month", ("晚于", "迟于", "最迟", "最晚"), re.compile(_LATEST +
                                             rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>底|末|中旬|上旬|下旬)"
                                             rf"(?!{BEFORE})")),
    # 到2021年,9项重点工程建设目标基本完成 / 到2030年,…体系基本健全: by a year's end (a clause after it)
    ("year", ("到",), re.compile(rf"(?<=到)(?P<year>{YEAR})年(?=\s*[，,])")),
    # 活动时间:6月16日 / 时间安排：3月份: the label makes the date a deadline
    # (not the start of a window: 活动时间。6月1日至30日 is the window's)
    ("day", ("时间", "时限", "节点"), re.compile(rf"{LABELED}(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]"
                                              r"(?!\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？))")),
    ("month", ("时间", "时限", "节点"), re.compile(rf"{LABELED}(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月"
                                            rf"(?P<edge>底|末|中旬|上旬|下旬|份)?(?![\d〇零○一二三四五六七八九十日号])"
                                            r"(?!\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？))")),
    # 2024年12月31日前, 3月15日前, 9月29日18时前
    # 3月3日上午下班前 / 3月3日下午5时前: a time of that day
    ("day", ("月",), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]"
                       rf"(?:上午|下午|中午|晚上)?(?:下班|\d{{1,2}}(?:时|点)(?:\d{{1,2}}分)?)?{BEFORE}")),
    # 2025年9月前, 9月底前, 2024年2月中旬前; 到2024年12月底 (a marked point without 前)
    ("month", ("月",), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>底|末|中旬|上旬|下旬|份)?{BEFORE}")),
    ("month", ("月底", "月末"), re.compile(rf"{MARK}(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>底|末)(?!前|之前)")),
    # 至10月中旬,应全面完成计划: a part of a month marked as the point (截至…: a statistic's, STAT)
    ("month", ("旬",), re.compile(rf"{MARK}(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>{PART_OF_MONTH})(?!前|之前|以前)"
                                 rf"{NOT_A_STAT}")),
    # 2024年底前, 到2025年底
    # (2011年年底前: the year's 年底 written out)
    ("year", ("年底", "年末"), re.compile(rf"(?P<year>{YEAR})年(?:年)?(?:底|末){BEFORE}")),
    ("year", ("年底", "年末"), re.compile(rf"{MARK}(?P<year>{YEAR})年(?:年)?(?:底|末)")),
    # 确保2007年底100%社区消防建设达标 / 力争2025年底…: the year's end an aim names
    ("year", ("年底", "年末"), re.compile(rf"(?:(?<=确保)|(?<=力争)|(?<=争取))(?P<year>{YEAR})年(?:年)?(?:底|末)(?!{BEFORE})")),
    # 年底前 with no year: the document's year; 到年底 / 至今年年底 / 即日起至年底 (a window's end) too
    ("year", ("年底", "年末"), re.compile(rf"{NOT_AFTER_YEAR}(?:今年)?年(?:底|末){BEFORE}")),
    ("year", ("年底", "年末"), re.compile(r"(?<=到|至)(?:今年|今)?年(?:底|末)")),
    # a clause opening with a year's or month's end is its deadline: 20__年底危化品…, 2025年底,全面实现…, 交通领域:
    # 20__年底; 20__年9月街道应急消防管理站实现… (not a statistic's date: 2023年末,全镇共有12个村)
    ("year", ("年底", "年末"), re.compile(rf"{CLAUSE_OPENS}(?:(?P<year>{YEAR})年(?:年)?|(?:今)?年)(?:底|末)(?!前|之前|以前)"
                                       rf"{NOT_A_STAT}")),
    # (2021年6月是第20个全国“安全生产月”: a time named by a copula, no deadline; 二〇一八年四月儿十八日: a 落款's day
    # whose numeral a scan misread, a day still)
    ("month", ("月",), re.compile(rf"{CLAUSE_OPENS}(?P<year>{YEAR})年(?P<month>{MONTH})月(?P<edge>底|末)?"
                                 rf"(?![\d〇零○一二三四五六七八九十日号份至到前是-])(?![^，,。；;\n]{{1,3}}日){NOT_A_STAT}")),
    # 9月底完成 / 6月底前全面完成: a month's end that a completion follows
    # (5月份完成自查自纠: the month's end too)
    ("month", ("月底", "月末", "月份"), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>底|末|份)"
                                        rf"(?=(?:全面|全部|基本)?(?:完成|建成|实现|出台|到位))")),
    # 各村5月20日完成自查: a day that a completion follows (not 3月15日完成了…: work done)
    ("day", ("完成", "建成", "实现", "出台", "到位"), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]"
                                                      r"(?=(?:全面|全部|基本)?(?:完成|建成|实现|出台|到位))"
                                                      r"(?![^，,。；;]{0,16}?了)")),
    # 并持续至6月30日结束 / 至12月结束 / 到10月20日止: the end a campaign runs to, closing its clause (its 至 kept: in an
    # account that is a window that ran); not a period a law defines (成立之日起至1994年12月31日止用侨汇购建的房屋)
    ("until", ("结束", "止"), re.compile(rf"(?<!之日起)(?:至|到)(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?:(?P<day>{DAY})[日号])?"
                                       r"(?=\s*(?:结束|为止|止)(?:[，,。；;)）]|$))")),
    # 6月中旬完成 / 12月上中旬: a part of a month that a completion follows
    ("month", ("旬",), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>{PART_OF_MONTH})"
                                 rf"(?=(?:全面|全部|基本)?(?:完成|建成|实现|出台|到位))")),
    # a clause opening with a part of a month: 四月上旬区安办调度汇总, 四月中旬,对…挂牌督办 (a stage's time;
    # not 3月上旬,我镇召开了…: work done)
    ("month", ("旬",), re.compile(rf"{CLAUSE_OPENS}(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<edge>{PART_OF_MONTH})"
                                 rf"(?!前|之前|以前){NOT_A_STAT}")),
    # 将于7月份和10月份…督查 / 将于12月上中旬组织…: a time scheduled (the months listed before the last are in
    # `listed`); not 于7月份召开了 (an account: no 将)
    ("month", ("将于", "拟于", "定于", "计划于"), re.compile(rf"(?:将|拟|计划|定)于(?:(?P<year>{YEAR})年)?(?P<listed>(?:{MONTH}月份?[、和及])*)"
                                 rf"(?P<month>{MONTH})月(?P<edge>{PART_OF_MONTH}|份)?"
                                 rf"(?![\d〇零○一二三四五六七八九十日号底末前]|[上中下]{{1,2}}旬|之前|以前|\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？))")),
    # 将于6月16日举行启动仪式 / 定于6月16日上午…举行: a day scheduled (not …举行了: an account; not 将于6月16日前: the
    # patterns with 前 read those; not a start, 将于6月1日正式启动 or a window's, which ends later)
    ("day", ("将于", "拟于", "定于", "计划于"), re.compile(rf"(?:将|拟|计划|定)于(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]"
                                                   r"(?![^，,。；;]{0,10}?前|[、和及]|\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？))"
                                                   r"(?!(?:上午|下午)?(?:正式|全面)?(?:启动|开始|开启|起)(?!仪式))"
                                                   r"(?![^，,。；;]{0,24}?了)")),
    # 6月1日上午,将在热电厂组织举行…: a clause opening with a day that a scheduled event follows
    ("day", ("将", "拟"), re.compile(rf"{CLAUSE_OPENS}(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]"
                                 r"(?:上午|下午|中午|晚上)?\s*[，,]?\s*(?=将|拟)(?![^，,。；;]{0,24}?了)")),
    # 请各单位于6月28日将活动总结报送…, 各村于3月15日完成自查: a day by which a report or a completion is due, without
    # 前 (not 于6月16日召开…, nor 于3月15日完成了…: work done); 并于2025年6月30日和12月20日分别将半年度和全年工作情况报送:
    # the days listed before the last (its `days`) are due too
    ("day", ("于",), re.compile(rf"(?<![关对由基属鉴等至])于(?P<days>(?:(?:{YEAR}年)?{MONTH}月{DAY}[日号][、和及])*)"
                               rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]"
                               r"(?![^，,。；;]{0,10}?前|[、和及]|\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？))"   # (4月2日上午下班前,
                               # a list's 6月25日、12月20日前: the patterns with 前 read those)
                               r"(?=[^，,。；;]{0,20}?(?:报送|上报|报至|报市|报区|报县|报镇|完成|提交|备案))"
                               r"(?![^，,。；;]{0,24}?了)")),
    # 在五一前对各村…检查 / 于国庆节前完成 / 七一前报送: a holiday on a fixed day, marked as the point (在/于/到) or followed
    # by a completion, names that day as 3月15日前 does (not 国庆节前安全生产工作, 国庆节前,…进行了回头看: a season's name
    # or the time of work done; not 春节前, 端午前: their days move; not 十一前, which reads as a number)
    ("holiday", ("五一", "国庆", "七一", "劳动节"), re.compile(rf"(?P<holiday>五一|七一|国庆|劳动节)(?:劳动节|节|”|\")?(?:假期)?"
                                                         rf"{BEFORE}")),
    # 6月份的第二个星期日(6月13日)为安全生产宣传咨询日: a day a plan names for an event (a 咨询日, 宣传日, 演练日) is when
    # that work is done (每年11月9日为消防日, a recurring day, is masked as RECURRING; 6月13日为星期日 names no event)
    ("day", ("为",), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号](?=[)）]?为"
                               r"(?![^，,。；;]{0,6}?星期)[^，,。；;]{0,24}?(?:日|周)(?![期子常]))")),
    # a stage's month in brackets: 第三阶段:整改提高(11月) (a bracketed month elsewhere is a citation's date:
    # _candidates keeps it only after 阶段)
    ("month", ("月)", "月）", "月份)", "月份）", "旬)", "旬）", "月底)", "月底）", "月末)", "月末）"), STAGE_MONTH),
    # 并在2011年投入使用 / 于2025年建成: a year marked as the point of a completion is due by its end
    ("year", ("投入使用", "投用", "建成", "完成", "竣工", "实现"),
     re.compile(rf"{MARK}(?P<year>{YEAR})年(?=[^，,。；;\d月]{{0,4}}?(?:投入使用|投用|建成|完成|竣工|实现))")),
    # 从2022年开始到2035年,…: a span of years for work to be done ends with its last (not a title's (2024—2026年))
    ("year", ("开始到", "开始至", "起至", "起到"), re.compile(rf"(?<=[从自]){YEAR}年(?:开始|起)(?:至|到)(?P<year>{YEAR})年(?![\d月底末])")),
    # 年内全县各类生产安全事故数…同比下降10%以上: 年内 opening a clause is within the document's year, whatever follows
    # (…注册时间较晚,年内申报纳统难: a report's 年内 states no aim — one follows in the clause)
    ("year", ("年内",), re.compile(rf"{CLAUSE_OPENS}(?:今|本)?年内(?=[^，,。；;]{{0,30}}?(?:下降|控制在|达到|不发生|杜绝|"
                                  r"确保|力争|以上|以下|以内))")),
    # 年内完成 / 今年内全部建成: within the document's year (not 三年内, 一年内, 近年内)
    # (年内整改销案率 names a rate, not a deadline)
    # (年度内完成 / 本年度内: the same)
    # 确保年内人员密集场所一般单位百分百达标: the year an aim is to be reached within, whatever follows
    ("year", ("年内",), re.compile(r"(?:(?<=确保)|(?<=力争)|(?<=争取))(?:今|本)?年内")),
    ("year", ("年内", "年度内"), re.compile(rf"(?:(?P<year>{YEAR})年度?|{NOT_AFTER_YEAR}(?<![近每当半两])(?:今|本)?年度?)内"
                                  rf"(?=[^，,。；;\s]{{0,4}}?{_DONE})(?![^，,。；;\s]{{0,8}}率)")),
    # 上半年, 一季度, 第三季度末前 — with 前/底/末, or marked by 到/于/在, or followed by a completion verb
    ("part", ("季度", "半年"), re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<part>上半年|下半年|第?[一二三四1-4]季度)"
                        rf"(?:(?:末|底)?{BEFORE}|末|底|(?=完成|建成|出台|实现|全面|基本|启动))")),
    ("part", ("季度", "半年"), re.compile(rf"{MARK}(?:(?P<year>{YEAR})年)?(?P<part>上半年|下半年|第?[一二三四1-4]季度)")),
    # a span to finish in: 用3个月左右时间, 再用半年时间
    ("relative", ("时间",), re.compile(r"(?<=用)(?:[1-9]\d{0,2}|[一二两三四五六七八九十半]+)个?(?:年|月|周|星期|天|日|工作日)"
                                     r"(?:左右)?(?:的)?时间")),
    # relative: 三年内, 5个工作日内, 一小时内, 24小时内
    ("relative", ("内",), re.compile(r"(?<![近过去前月\d])(?:[1-9]\d{0,2}|[一二两三四五六七八九十半]+)个?"
                            r"(?:年|月|周|星期|天|日|工作日|小时|分钟)(?:之)?内"
                            # 五年内不得担任 is a ban, 一年内四次 a count window: neither is a deadline
                            r"(?!\s*(?:不得|不予|不能|禁止|不准|不再|[一二两三四五六七八九十\d]+次))")),
]

# a statistic's date, not a deadline
STAT = re.compile(r"(?:截至|截止|截止到|截至到)$")
# a window's start before 至/到: 6月至9月底, 2023年8月至12月底 (the window's end, without 前, is no deadline)
RANGE_START = re.compile(rf"(?:{YEAR}年|{MONTH}月|{DAY}[日号]|月{DAY})(?:底|末|初|中旬|上旬|下旬)?(?:起|开始)?\s*(?:至|到|-|—|－|~|～|–|―|\?\?|？？)$")
# recurring: 每年6月10日、12月10日前 / 每月25日前 / 每年年底前 — masked out here, frequencies.py reads them
RECURRING = re.compile(rf"每(?:年|月|季度)(?:在|于)?(?:(?:{MONTH}月)?{DAY}[日号]|{MONTH}月(?:底|末)|年?底|年?末)"
                       rf"(?:[、,，和及至](?:{MONTH}月)?{DAY}[日号])*{BEFORE}?")
PARTS = {"上半年": (6, 30), "下半年": (12, 31), "一季度": (3, 31), "二季度": (6, 30), "三季度": (9, 30),
         "四季度": (12, 31)}
HOLIDAY_DONE = re.compile(r"[^，,。；;]{0,4}?(?:完成|报送|上报|报至|报市|报区|报县|报镇|到位|建成|结束)")
HOLIDAYS = {"五一": (5, 1), "劳动节": (5, 1), "七一": (7, 1), "国庆": (10, 1)}
EDGE_DAY = {"上旬": 10, "中旬": 20, "上中旬": 20}


def hint_year(year_hint) -> int | None:
    """year_hint may be a year (2024), an ISO date ("2024-03-11") or None."""
    if year_hint is None:
        return None
    if isinstance(year_hint, int):
        return year_hint
    m = re.match(r"\s*(\d{4})", str(year_hint))
    return int(m.group(1)) if m else None


def _year(raw: str | None) -> tuple[int | None, bool]:
    """(year, placeholder) of a written year."""
    if raw is None:
        return None, False
    if "_" in raw or raw[2:] in ("xx", "XX"):         # 20__年, 20xx年: a template's year
        return None, True
    value = to_number(raw)
    if value is None or not 1949 <= value <= 2100:
        return None, False
    return int(value), False


# one search before the ten patterns: text without any of these holds no deadline. Every branch starts
# with a plain character, so the engine skips ahead by them (a group first made it try every position);
# 月之?内 and 工作日之?内 are in 月 and 日之?内
TRIGGER = re.compile(r"五一|七一|国庆|劳动节|年之?内|年度内|周之?内|星期之?内|天之?内|日之?内|小时之?内|分钟之?内|月|年底|年末|季度|半年|左右时间|年时间|"
                     r"天时间|周时间|年[，,]")


def _candidates(text: str):
    masked = RECURRING.sub(lambda m: "\0" * len(m.group(0)), text) if "每" in text else text
    found = []
    for kind, triggers, pattern in PATTERNS:
        if not any(t in masked for t in triggers):
            continue                       # a cheap test first: most text holds no date words at all
        if kind == "window" and not WINDOW_HINT.search(masked):
            continue
        for m in pattern.finditer(masked):
            if pattern is STAGE_MONTH and not STAGE_HEAD.search(masked, 0, m.start()):
                continue
            if STAT.search(masked[max(0, m.start() - 4):m.start()]):
                continue
            if not m.group(0).endswith("前") and RANGE_START.search(masked, max(0, m.start() - 12), m.start()):
                continue
            found.append((m.start(), -(m.end() - m.start()), kind, m))
    found.sort(key=lambda f: (f[0], f[1]))
    taken_until = -1
    for start, neg_len, kind, m in found:
        if start < taken_until:
            continue
        taken_until = start - neg_len
        yield kind, m


def _list_before(text: str, m: re.Match, kind: str) -> list[tuple[int, int]]:
    """分别于6月25日、12月20日前: the bare dates listed before a deadline share its 前."""
    spans = []
    pos = m.start()
    item = re.compile(rf"(?:(?:{YEAR})年)?{MONTH}月(?:{DAY}[日号])?[、和及]$")
    while True:
        prev = item.search(text, max(0, pos - 14), pos)
        if not prev or kind not in ("day", "month"):
            break
        spans.insert(0, (prev.start(), prev.end() - 1))
        pos = prev.start()
    return spans


LISTED_MONTH = re.compile(rf"(?P<month>{MONTH})月份?")
LISTED_DAY = re.compile(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?P<day>{DAY})[日号]")


def _listed_within(m: re.Match) -> list[tuple[str, re.Match]]:
    """(kind, match) of the months or days listed before the match's own: 将于7月份和10月份 (its `listed` group),
    于2025年6月30日和12月20日 (its `days` group)."""
    groups = m.groupdict()
    if groups.get("listed"):
        return [("month", d) for d in LISTED_MONTH.finditer(m.string, m.start("listed"), m.end("listed"))]
    if groups.get("days"):
        return [("day", d) for d in LISTED_DAY.finditer(m.string, m.start("days"), m.end("days"))]
    return []


# the clause goes on to a ban (…部门不予受理), not to something to be done in time (作出批准或者不予批准的决定)
_BAN_LATER = re.compile(r"(?:(?!作出|办理|完成|决定|或)[^。；;]){0,40}?(?:不得|不予|不能|禁止|不准|不再)")
# a span counted from an event that recurs (接到报告后,30分钟内赶赴现场; 信息形成或变更之日起20个工作日内) is a standing
# time limit: outside laws no deadline of work to be done (issue 19, README convention 9), while a law's article keeps
# its time limits (自收到申请之日起二十日内作出决定: tests/rules/test_laws.py); counted from this document's issue or a
# day named (自本通知印发之日起3个月内, 从明天开始,一个月内) a span is one to finish in
_DAYS_OFF = re.compile(r"放假|休假")
# a window of weather forecast, not of work (据气象部门预报,7月1日至5日,我市有连续降水; 2月4日至6日:中雨转小雨)
# (重大风险 is no 大风)
_WEATHER = re.compile(r"预报|降水|降雨|暴雨|[大中小]雨|雨雪|降雪|阵风|大风(?!险)|寒潮|降温|气温|雷暴|阴天|冰冻|天气")
# a ban's period (从4月3日至4月6日,禁止林区一切野外用火): nothing to be done by its end; nor a season the window names
# (1月1日至5月31日为全市森林防火期, 2月1日至5月10日为森林防火高火险期, …定为汛期; 主汛期(5—9月) in brackets after it)
_SEASON = r"(?:防火期|火险期|禁火期|汛期)"
_BAN = re.compile(r"[^。；;\n]{0,4}?(?:禁止|严禁|不得|不准)|(?:定?为|是)[^，,。；;\n]{0,8}?" + _SEASON)
_SEASON_BEFORE = re.compile(_SEASON + r"\s*[(（]\s*$")
# a statistic in the window's own clause (3月21日至3月27日全区未发生轻伤及以上事故, 1月1日至6月30日共检查…): the period
# it covers, no work to be done by its end (not 确保不发生, 防止发生: an aim)
_STAT_AFTER = re.compile(r"[^，,。；;\n]{0,12}?(?:共|累计|同比|以来|(?<![不防止免绝])发生)")
_FROM_EVENT = re.compile(r"(?:后|之日起|日起|时起)[，,]?\s*$")
# a span of hours or minutes (灾民24小时内得到基本生活救助, 接到通知半个小时内必须赶到现场) is a standard of response,
# which outside laws is no deadline of work to be done (README convention 9: a span to finish work in is months or days)
_RESPONSE_SPAN = re.compile(r"(?:小时|分钟)之?内$")
_ONE_OFF_START = re.compile(r"印发|下发|发布|出台|施行|实施|本通知|本方案|本意见|本办法|即日|今天|明天|\d+月|[一二三四五六七八九十]+月")


def _build(kind: str, m: re.Match, text: str, year_hint: int | None, offset: int = 0,
           standing: bool = True) -> Deadline | None:
    """`text` is the original (unfolded) text; the match's span, shifted by `offset`, is in it. With `standing`
    false, a span counted from a recurring event is none."""
    groups = m.groupdict()
    written = text[offset + m.start(): offset + m.end()]
    if kind == "relative":
        folded, at = m.string, m.start()         # (read in the folded text: 30分鐘內 as 30分钟内)
        if folded[max(0, at - 3):at] == "之日起" and _BAN_LATER.match(folded, m.end()):
            return None                  # 自吊销之日起三年内，…部门不予受理: a ban period, not a deadline
        if not standing and _RESPONSE_SPAN.search(m.group(0)):
            return None
        if not standing and _FROM_EVENT.search(folded, max(0, at - 3), at):
            clause = max(folded.rfind(c, 0, at) for c in "。；;\n") + 1
            if not _ONE_OFF_START.search(folded, max(clause, at - 40), at):
                return None              # 接到报告后,30分钟内赶赴现场: a standing time limit
        return Deadline(text=written, relative=True)
    year, placeholder = _year(groups.get("year"))
    if groups.get("year") and year is None and not placeholder:
        return None                      # 1234年: not a year we believe
    inferred = False
    if not groups.get("year") and not placeholder:
        year, inferred = year_hint, year_hint is not None
    if kind in ("window", "until"):
        at, end = offset + m.start(), offset + m.end()
        opens = max(text.rfind(c, 0, at) for c in "，,。；;\n") + 1
        closes = min([i for i in (text.find(c, end) for c in "，,。；;\n") if i >= 0] or [len(text)])
        if _DAYS_OFF.search(text, opens, closes):
            return None                  # 放假时间为:10月1日至7日放假: days off, no work to be done by their end
        sentence = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
        stop = min([i for i in (text.find(c, end) for c in "。；;\n") if i >= 0] or [len(text)])
        if _WEATHER.search(to_simplified(text[sentence:stop])) or _BAN.match(text, end, stop) \
                or _SEASON_BEFORE.search(text, max(0, at - 8), at):
            return None                  # 预报,7月1日至5日,我市有连续降水 / …至4月6日,禁止林区一切野外用火: weather, a ban
        if _STAT_AFTER.match(to_simplified(text[end:closes])):
            return None                  # 3月21日至3月27日全区未发生…事故: the period a statistic covers
        end_year, end_template = _year(groups.get("year"))
        start_year, start_template = _year(groups.get("y0"))
        if not (groups.get("month") or groups.get("day")):
            return None                  # 6月至今: no end
        template = end_template or start_template and not end_year      # (20xx年3月—20xx年9月: a template's)
        year = end_year or start_year or (None if template else year_hint)
        inferred = not (end_year or start_year or template) and year_hint is not None
        month = int(to_number(groups.get("month") or groups.get("m0") or "") or 0)
        first = int(to_number(groups.get("m0") or "") or 0)
        if year and not end_year and groups.get("month") and first > month:
            year += 1                    # 12月24日至1月3日: the window runs into the next year
        if not 1 <= month <= 12:
            return None
        if groups.get("day"):
            day = int(to_number(groups["day"]) or 0)
            if not real_date(year or 2000, month, day):
                return None
        else:
            day = EDGE_DAY.get(groups.get("edge") or "", last_day(year, month))
        date = f"{year:04d}-{month:02d}-{day:02d}" if year else None
        return Deadline(text=written, year=year, month=month, day=day, date=date, inferred=inferred,
                        placeholder=template)
    if kind == "year":
        month, day = 12, 31
    elif kind == "holiday":
        before = m.string[max(0, m.start() - 2):m.start()].rstrip("“\"")
        if not before.endswith(("在", "于", "到")) and not HOLIDAY_DONE.match(m.string, m.end()):
            return None
        month, day = HOLIDAYS[groups["holiday"]]
    elif kind == "part":
        part = re.sub(r"^第", "", groups["part"]).translate(str.maketrans("1234", "一二三四"))
        month, day = PARTS[part]
    else:
        month = int(to_number(groups["month"]) or 0)
        if not 1 <= month <= 12:
            return None
        if kind == "day":
            day = int(to_number(groups["day"]) or 0)
            if not real_date(year or 2000, month, day):   # 2月30日: no such day
                return None
        else:
            day = EDGE_DAY.get(groups.get("edge") or "", last_day(year, month))
    date = f"{year:04d}-{month:02d}-{day:02d}" if year else None
    return Deadline(text=written, year=year, month=month, day=day, date=date, placeholder=placeholder,
                    inferred=inferred)


def is_window(deadline: Deadline) -> bool:
    """Whether the deadline is the end of a window (6月1日至30日), which in a news piece is work that ran."""
    return not deadline.relative and bool(WINDOW_JOIN.search(deadline.text))


def parse_deadlines(text: str, year_hint=None, standing_limits: bool = True) -> list[Deadline]:
    """Every deadline in `text`, in order. `year_hint` (the document's year or ISO date) dates the
    yearless ones (3月底前), which then say `inferred: true`. `standing_limits` false drops the time limits
    counted from a recurring event (接到报告后,30分钟内: a law's keep them, other documents' are no deadline)."""
    return [d for _, d in find_deadlines(text, year_hint, standing_limits)]


# a date with spaces inside (3 月1日前, 3月11 日: a Word or PDF copy's) reads as if they were not there
SPACED = re.compile(r"\d\s+[年月日号]|[年月]\s+\d")
_SPACE_IN_DATE = re.compile(r"(?<=\d)\s+(?=[年月日号])|(?<=[年月])\s+(?=\d)")
# a year the text names before a yearless date (2010年“安全生产月”活动于6月1日至6月30日开展。…(6月14日至20日)为…),
# when the document gives none: not a year since or before which (2023年以来), nor one inside a cited title (《…》)
CITED_YEAR = re.compile(r"[〔\[［]((?:19|20)\d{2})[〕\]］]\d{1,4}号")
# (a 落款's 二〇一八年四月 in 汉字 too)
SENTENCE_YEAR = re.compile(r"((?:19|20)\d{2}|二[〇零○][〇零○一二三四五六七八九]{2})\s*年(?!以来|以前|及以前|之前|前|底|末|内)")


def find_deadlines(text: str, year_hint=None, standing_limits: bool = True) -> list[tuple[int, Deadline]]:
    """(offset, deadline) pairs: parse_deadlines with where each phrase starts."""
    if not text or not TRIGGER.search(to_simplified(text)):   # (no trigger word has a digit: folding changes none)
        return []
    if SPACED.search(text):
        where = [i for i, _ in enumerate(text)]
        for m in reversed(list(_SPACE_IN_DATE.finditer(text))):
            del where[m.start():m.end()]
        squeezed = "".join(text[i] for i in where)
        return [(where[pos] if pos < len(where) else len(text), d)
                for pos, d in _find_deadlines(squeezed, year_hint, standing_limits)]
    return _find_deadlines(text, year_hint, standing_limits)


def year_named_before(text: str, at: int, start: int = 0) -> int | None:
    """The last year `text` names between `start` and `at` (not 2023年以来, not one inside 《…》): what a yearless
    date after it belongs to when the document gives no year (README convention 9: the year from the text); else the
    year of a 文号 its sentence cites (县政府安委会下发《…》(郫安委〔2013〕1号),从3月7日开始至6月30日结束)."""
    year = None
    for m in SENTENCE_YEAR.finditer(text, start, at):
        if text.count("《", start, m.start()) == text.count("》", start, m.start()):
            year = int(to_number(m.group(1)))
    if year is None:
        sentence = max(start, max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1)
        for m in CITED_YEAR.finditer(text, sentence, at):
            year = int(m.group(1))
    return year


def years_named(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every year `text` names, as year_named_before reads them, in text order. (The 《》 balance
    is carried from one year to the next, not counted again from the text's start: one pass over a long text.)"""
    named, open_books, counted = [], 0, 0
    for m in SENTENCE_YEAR.finditer(text):
        open_books += text.count("《", counted, m.start()) - text.count("》", counted, m.start())
        counted = m.start()
        if open_books == 0:
            named.append((m.start(), int(to_number(m.group(1)))))
    return named


def year_at(named: list[tuple[int, int]], at: int, after: bool = True) -> int | None:
    """The year a yearless date at `at` belongs to, from the years a text names (years_named): the last one named
    before it, else (with `after`) the only one the text names (…将于6月1日至6月30日期间开展…。…我市2020年“安全生产月”…,
    or a 落款 二○一二年四月五日 after the notice's 4月20日前): README convention 9, the year from the text."""
    before = bisect_left(named, (at, 0))
    if before:
        return named[before - 1][1]
    if not after:
        return None
    years = {year for _, year in named}
    return years.pop() if len(years) == 1 else None


def _find_deadlines(text: str, year_hint, standing_limits: bool) -> list[tuple[int, Deadline]]:
    folded = fold_digits(to_simplified(text))        # (今年1至5月全區…: a Traditional copy reads the same)
    hint = hint_year(year_hint)
    out: list[tuple[int, Deadline]] = []
    for kind, m in _candidates(folded):
        deadline = _build(kind, m, text, hint, standing=standing_limits)
        if deadline is None:
            continue
        for item_kind, item in _listed_within(m):
            listed = _build(item_kind, item, text, hint)
            if listed is not None:
                if listed.year is None and deadline.year:
                    listed.year, listed.inferred = deadline.year, deadline.inferred
                    listed.date = f"{listed.year:04d}-{listed.month:02d}-{listed.day:02d}"
                out.append((item.start(), listed))
        for start, end in _list_before(folded, m, kind):
            listed = re.match(rf"(?:(?P<year>{YEAR})年)?(?P<month>{MONTH})月(?:(?P<day>{DAY})[日号])?",
                              folded[start:end])
            if listed and listed.end() == end - start:
                earlier = _build("day" if listed.group("day") else "month", listed, text, hint, start)
                if earlier is not None:
                    if earlier.year is None and deadline.year and not listed.group("year"):
                        earlier.year, earlier.inferred = deadline.year, deadline.inferred
                        earlier.date = f"{earlier.year:04d}-{earlier.month:02d}-{earlier.day:02d}"
                    out.append((start, earlier))
        out.append((m.start(), deadline))
    if hint is None:
        named = years_named(folded)
        for at, deadline in out:
            if deadline.year is None and not deadline.relative and not deadline.placeholder:
                year = year_named_before(folded, at)
                if year is None:
                    year = year_at(named, at)              # the one year the text names, after the date
                if year is not None and real_date(year, deadline.month, deadline.day):
                    deadline.year, deadline.inferred = year, True
                    deadline.date = f"{year:04d}-{deadline.month:02d}-{deadline.day:02d}"
    return out
