"""Frequencies in any text: 每季度至少1次, 每月至少带队开展1次, 每半年至少组织一次, 每年度进行两次,
每周开展两次, 每年初, 每月调度, 每两年, periods named without 每 (日巡查制度, 月排查月报送, 一月一调度),
recurring dates (每年6月10日、12月10日前, 每月25日前上报1次), and a condition as its own entry: 每季度至少1次(高危行业领域每月至少1次) → the second with scope 高危行业领域.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from safeplan.hanzi import to_simplified
from safeplan.rules.deadlines import BEFORE, DAY, MONTH
from safeplan.rules.model import Frequency
from safeplan.rules.numbers import fold_digits, to_number

UNITS = {"半年": "half_year", "半个月": "half_month", "半月": "half_month", "季度": "quarter", "季": "quarter",
         "月": "month", "周": "week", "星期": "week", "天": "day", "工作日": "day", "日": "day", "年度": "year",
         "年": "year"}
PERIOD = re.compile(r"每(?:个|一(?=季度|个))?(?P<every>[两二三四五六七八九十]|[2-9]|1[0-2])?(?:个)?"
                    r"(?P<unit>半年|半个月|半月|季度|季|月|周|星期|天|工作日|日|年度|年)(?P<edge>初|末|底)?")
# (每季度末20日召开例会: a day of each quarter's last month, once a quarter; 20 日 with a copy's space)
DATES = re.compile(rf"每(?P<unit>年|月|季度末|季末)(?:在|于)?(?P<list>(?:{MONTH}月)?{DAY}\s?[日号](?:[、,，和及](?:{MONTH}月)?{DAY}\s?[日号])*)"
                   rf"(?P<before>{BEFORE})?")
ONE_DATE = re.compile(rf"(?:(?P<month>{MONTH})月)?(?P<day>{DAY})\s?[日号]")
DATE_PERIODS = {"年": "year", "月": "month", "季度末": "quarter", "季末": "quarter"}
COUNT = re.compile(r"(?:至少|不少于|不低于|最少)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:次|轮)")
CLAUSE_END = re.compile(r"[，。；,;：:！？!?\n（）()]")
SCOPE = re.compile(r"((?:高危|其他|重点|一般|其它)[\u4e00-\u9fff]{0,4}?(?:行业领域|领域|行业))")
_SCOPE_START = re.compile(r"(?=高危|其他|重点|一般|其它)")
FILLER = re.compile(r"^(?:至少|不少于|不低于|最少|都要|都|要|应当|应|须|必须|均|需)+|(?:至少|不少于|不低于|最少)+$")
# what follows a period word that makes it something else: 每年6月 or 每年农历除夕 (a date), 每万人, 每日历
# (每周一次的班组安全活动日: a count before 的 is the frequency's own)
NOT_A_PERIOD_AFTER = re.compile(r"(?:\d(?!\d*(?:次|轮|时|点))|[一二三四五六七八九十]+月|农历|万|千|百|份|个人|历|"
                                r"(?![一二两三四五六七八九十\d]+次)[\u4e00-\u9fff]{0,3}的)")   # 每日接到的…: a description
MAX_ACTIVITY = 20
# 每日8时前报告 / 每天6时、14时报送: the hours of a day listed are the times in the day (as 每月15日、30日前 is twice)
HOURS = re.compile(r"(?:(?:上午|下午|晚上|早上)?\d{1,2}[时点](?:\d{1,2}分|半)?(?:前|以前)?[、和及,，]?)+")
_HOUR = re.compile(r"\d{1,2}[时点]")

# a period named without 每: 日巡查制度, 建立周调度机制, 月排查月报送, “月上报、月通报”, 一月一调度
_VERB = r"(?:巡查|巡检|检查|排查|调度|报告|报送|上报|通报|例会|研判|会商|督导|督查|点评|讲评|分析|盘点|总结|小结|考核|评估)"
PROSE = re.compile(
    r"(?:一(?P<u1>日|周|月|季度|季|年)|(?P<u5>半年|半月))一(?![日号度次])(?P<a1>[\u4e00-\u9fff]{1,2})"   # (一年一度 is an idiom;
    rf"|(?P<u2>[日周月季])(?P<a2>{_VERB})(?P=u2){_VERB}"                                # 半年一次 is PER_PERIOD's)
    # 实行月调度、季通报制度 / 建立月调度季通报工作机制 / 对重大隐患实行月调度,…: a period named before its verb after a
    # regime's verb, in a list or quotes, or after another such pair; 年 and 半年 too (年考核, 半年小结)
    rf"|(?:(?<=落实|执行|实行|建立|推行|坚持|实施|健全|完善|严格|制定|形成|开展|做到|实现)|(?<=[、“\"])|^|(?<=[，。；,;：:\n])"
    rf"|(?<={_VERB}))"
    rf"(?P<u3>半年|[日周月季年])(?P<a3>{_VERB})(?=、|”|\"|制度|机制|工作机制|[，。；,;！\n]|$|(?:半年|[日周月季年]){_VERB})"
    # 日巡查、周检查、月督查。: a list of them without quotes, its last closing the clause
    rf"|(?<=、)(?P<u4>半年|[日周月季年])(?P<a4>{_VERB})(?=[，。；,;！\n]|$)"
    # 安全检查做到月月查, 天天巡: the period doubled before its check (每月都查)
    rf"|(?P<u6>[日天周月季年])(?P=u6)(?P<a6>查|巡|{_VERB})"
    # 市安委会主要成员单位周轮值督查: a rota by the period, its check done each period
    rf"|(?P<u7>[日周月])轮值(?P<a7>{_VERB})")
# 按周、月定期开展安全检查: each period named after 按 (once in it)
_BY_UNIT = r"(?:日|天|周|月|季度|季|半年|年度|年)"
BY_PERIOD = re.compile(rf"按(?P<list>{_BY_UNIT}(?:[、和及]{_BY_UNIT})*)(?:定期)?"
                       rf"(?=(?:开展|进行|组织|召开)?{_VERB}|开展|进行|组织|召开)")
BY_UNITS = {"日": "day", "天": "day", "周": "week", "月": "month", "季度": "quarter", "季": "quarter",
            "半年": "half_year", "年度": "year", "年": "year"}
# 每天两汇报, 每周一调度: the count written as a bare numeral before a reporting or checking word
BARE_COUNT = re.compile(rf"(?P<n>[一二两三四五六七八九十]|[1-9])(?=汇报|{_VERB})")
PROSE_UNITS = {"日": "day", "天": "day", "周": "week", "半月": "half_month", "月": "month", "季": "quarter", "季度": "quarter",
               "半年": "half_year", "年": "year"}
# 实行安全生产月报制度 / 建立周报、月报制度: a report named by its period (日报, 周报, 月报, 季报, 年报) as a regime
PERIOD_REPORT = re.compile(r"(?:(?<=实行|建立|执行|落实|坚持|推行|实施|健全|完善|严格)|(?<=[、“\"]))(?:安全生产|隐患排查|工作)?"
                           r"(?P<u>[日周月季年])报(?=制度|机制|、|”|\"|工作制度)")
# 实行月度排名、末位发言 / 建立季度通报制度 / 对工作滞后的进行季度通报 / 组织月度综合安全大检查: a monthly or quarterly
# ranking, report or check as a regime or an activity (the words between name what is checked)
PERIOD_RANKING = re.compile(r"(?:(?<=实行)|(?<=建立)|(?<=坚持)|(?<=推行)|(?<=开展)|(?<=进行)|(?<=组织)|(?<=落实)|(?<=[、“\"]))"
                            rf"(?P<u>月|季)度[\u4e00-\u9fff]{{0,6}}?(?:排名|考评|评比|{_VERB})")
# 一年两次, 半年一次, 一季度一次, 两周一次, 三天一次, 一个月至少一次: a period and its count without 每 (not
# 近一年两次发生…: a count of events; not 第一周一次)
PER_PERIOD = re.compile(r"(?<![\d一二三四五六七八九十两半近第])(?:一|(?P<every>[两二三四五六七八九十]|[2-9])|(?=半))个?"
                        r"(?P<u>半年|半个月|半月|季度|年|月|周|星期|天|日)(?:至少|不少于)?(?P<n>[一二两三四五六七八九十]|[1-9])次"
                        r"(?!发生|事故)")
_PER_UNITS = {"年": "year", "半年": "half_year", "季度": "quarter", "月": "month", "半个月": "half_month", "半月": "half_month",
              "周": "week", "星期": "week", "天": "day", "日": "day"}
# 每年6月、12月各开展一次: the months listed are the times in the year
YEAR_MONTHS = re.compile(rf"每年(?P<list>{MONTH}月(?:份)?(?:[、和及]{MONTH}月(?:份)?)+)(?![\d〇零○一二三四五六七八九十日号])")
# the Traditional forms of TRIGGER's words (週, 報, 調度, 檢查, 會商 …): a copy in them is folded before reading
_TRADITIONAL = re.compile("[週報調檢會導評點盤]")
# 全年将进行两次督查: a year's count of a planned activity (not 全年共开展…12次 nor …进行了两次: counts of work done)
# (全年开展消防演练不少于2次: the activity before a floor)
YEAR_COUNT = re.compile(r"全年(?:(?:将|要|计划|拟)?(?:至少|不少于)?(?:进行|开展|组织|召开|举办)?(?:至少|不少于)?"
                        r"|[^，。；,;共已了累]{1,12}?(?:至少|不少于))"
                        r"(?P<n>[1-9]\d?|[一二两三四五六七八九十])次(?!以上的)")
# what rule extraction searches before calling parse_frequencies (written out as plain words: a branch that
# opens with a character class makes the whole union that rule extraction searches ten times slower)
TRIGGER = re.compile("|".join(["每", "全年", "月度", "季度", "报制度", "报机制", "报、", "年两次", "年一次", "年三次", "季度一次", "个月一次",
                               "周一次", "周两次", *(f"一{u}一" for u in ("日", "周", "月", "季", "年")),
                               *(f"按{u}" for u in ("日", "天", "周", "月", "季", "半年", "年")),
                               "半年一", "半月一", *(u + v for u in ("日", "周", "月", "季", "年") for v in _VERB[3:-1].split("|")),
                               *(u + u for u in ("日", "天", "周", "月", "季", "年")), "周轮值", "月轮值", "日轮值",
                               *(u + v for u in ("年", "月", "周", "星期", "天", "日", "季度")
                                 for v in ("一次", "两次", "二次", "三次", "1次", "2次", "3次", "至少", "不少于"))]))


def _activity(words: str) -> str | None:
    words = FILLER.sub("", words.strip()).strip()
    return words if 0 < len(words) <= MAX_ACTIVITY else None


class _Marks:
    """Where the brackets and clause marks of a text are, found once: the nearest one before a position
    is a bisection, not a scan back over the text (which made a long item quadratic)."""

    def __init__(self, text: str):
        self.text = text
        self.opens = [m.start() for m in re.finditer(r"[(（]", text)]
        self.closes = [m.start() for m in re.finditer(r"[)）]", text)]
        self.clauses = [m.start() for m in re.finditer(r"[，。；,;：:]", text)]
        # every 高危/其他…行业领域 subject: (start, end, words); SCOPE's lazy middle makes the match at a
        # start the shortest one, so it is the one search() finds there whatever the end bound
        found = ((m.start(), SCOPE.match(text, m.start())) for m in _SCOPE_START.finditer(text))
        self.scopes = [(at, m.end(), m.group(1)) for at, m in found if m]
        self.scope_starts = [at for at, _, _ in self.scopes]

    def first_scope(self, start: int, end: int) -> str | None:
        """SCOPE.search(text, start, end), from the table."""
        i = bisect_left(self.scope_starts, start)
        while i < len(self.scopes) and self.scopes[i][0] < end:
            at, stop, words = self.scopes[i]
            if stop <= end:
                return words
            bounded = SCOPE.match(self.text, at, end)   # (a start within a match's length of `end`: the
            if bounded:                                 # bound may leave a shorter match, 高危行业 of 高危行业领域)
                return bounded.group(1)
            i += 1
        return None

    @staticmethod
    def before(positions: list[int], start: int) -> int:
        """The last position < start, or -1 (as str.rfind)."""
        i = bisect_left(positions, start)
        return positions[i - 1] if i else -1


def _scope(text: str, start: int, marks: _Marks) -> tuple[str | None, bool]:
    """(scope, in_brackets) of a frequency starting at `start`: the condition before it inside a bracket,
    or a 高危/其他…行业领域 subject in its own clause."""
    open_at = marks.before(marks.opens, start)
    close_at = marks.before(marks.closes, start)
    if open_at > close_at:
        inner = text[open_at + 1:start].strip()
        return (inner or None), True
    return marks.first_scope(marks.before(marks.clauses, start) + 1, start), False


def _from_dates(m: re.Match, text: str) -> Frequency:
    period = DATE_PERIODS[m.group("unit")]
    dates = []
    for d in ONE_DATE.finditer(m.group("list")):
        day = int(to_number(d.group("day")))
        if period == "year" and d.group("month"):
            dates.append(f"{int(to_number(d.group('month'))):02d}-{day:02d}")
        else:
            dates.append(f"{day:02d}")
    rest_end = CLAUSE_END.search(text, m.end())
    rest = text[m.end(): rest_end.start() if rest_end else len(text)]
    count = COUNT.search(rest)
    end = m.end() + count.end() if count and count.start() <= 6 else m.end()
    activity = _activity(rest[:count.start()] if count and count.start() <= 6 else rest)
    n = int(to_number(count.group("n"))) if count and count.start() <= 6 else len(dates)
    return Frequency(text=text[m.start():end], period=period, every=1, min_count=max(n, 1),
                     activity=activity, dates=dates)


def _prose(text: str) -> list[tuple[int, Frequency]]:
    out = []
    for m in BY_PERIOD.finditer(text):
        for unit in re.findall(_BY_UNIT, m.group("list")):
            out.append((m.start(), Frequency(text=m.group(0), period=BY_UNITS[unit], every=1, min_count=1)))
    for m in PERIOD_REPORT.finditer(text):
        out.append((m.start(), Frequency(text=m.group(0), period=PROSE_UNITS[m.group("u")], every=1, min_count=1,
                                         activity="报")))
    for m in PERIOD_RANKING.finditer(text):
        out.append((m.start(), Frequency(text=m.group(0), period=PROSE_UNITS[m.group("u")], every=1, min_count=1)))
    for m in PER_PERIOD.finditer(text):
        every = int(to_number(m.group("every"))) if m.group("every") else 1
        out.append((m.start(), Frequency(text=m.group(0), period=_PER_UNITS[m.group("u")], every=every,
                                         min_count=int(to_number(m.group("n"))))))
    for m in YEAR_MONTHS.finditer(text):
        months = re.findall(rf"{MONTH}月", m.group("list"))
        out.append((m.start(), Frequency(text=m.group(0), period="year", every=1, min_count=len(months))))
    for m in YEAR_COUNT.finditer(text):
        out.append((m.start(), Frequency(text=m.group(0), period="year", every=1, min_count=int(to_number(m.group("n"))))))
    for m in PROSE.finditer(text):
        unit = m.group("u1") or m.group("u5") or m.group("u2") or m.group("u3") or m.group("u4") or m.group("u6") \
            or m.group("u7")
        activity = m.group("a1") or m.group("a2") or m.group("a3") or m.group("a4") or m.group("a6") or m.group("a7")
        out.append((m.start(), Frequency(text=m.group(0), period=PROSE_UNITS[unit], every=1, min_count=1,
                                         activity=activity)))
    return sorted(out, key=lambda x: x[0])


def parse_frequencies(text: str) -> list[Frequency]:
    """Every frequency in `text`, in order."""
    if not text:
        return []
    if "每" not in text and not TRIGGER.search(text) and not _TRADITIONAL.search(text):
        return []                                    # (most text: no word of a frequency, no Traditional copy of one)
    simple = to_simplified(text)                     # (每週至少調度一次: a Traditional copy reads the same)
    prose = _prose(simple) if TRIGGER.search(simple) else []
    for at, f in prose:
        f.text = text[at:at + len(f.text)]
    if "每" not in text:
        return [f for _, f in prose]
    folded = fold_digits(simple)
    out: list[tuple[int, Frequency]] = []
    taken: list[tuple[int, int]] = []
    for m in DATES.finditer(folded):
        f = _from_dates(m, folded)
        f.text = text[m.start(): m.start() + len(f.text)]
        out.append((m.start(), f))
        taken.append((m.start(), m.end()))
    marks = _Marks(folded)
    next_taken = 0                                  # (matches and taken spans both come in text order)
    for m in PERIOD.finditer(folded):
        while next_taken < len(taken) and taken[next_taken][1] <= m.start():
            next_taken += 1
        if next_taken < len(taken) and taken[next_taken][0] <= m.start():
            continue
        if NOT_A_PERIOD_AFTER.match(folded, m.end()):
            continue
        unit = m.group("unit")
        every = int(to_number(m.group("every"))) if m.group("every") else 1
        end_m = CLAUSE_END.search(folded, m.end())
        clause_end = end_m.start() if end_m else len(folded)
        rest = folded[m.end():clause_end]
        count = COUNT.search(rest)
        if count and count.start() <= 40 and "每" not in rest[:count.start()]:
            after_count = rest[count.end():]
            stop = re.search(r"[，。；,;（(]", after_count)
            after_count = after_count[: stop.start()] if stop else after_count
            between = rest[:count.start()]
            activity = _activity(between + after_count) or _activity(after_count) or _activity(between)
            n = int(to_number(count.group("n")))
            end = m.end() + count.end()
        else:
            hours = HOURS.match(rest) if unit in ("日", "天") else None
            activity = _activity(rest[hours.end():] if hours else rest)
            if hours and not activity:
                continue                             # (截至每日24时: a time of day, nothing done at it)
            bare = BARE_COUNT.match(rest)            # 每天两汇报: a numeral straight before the activity
            n = int(to_number(bare.group("n"))) if bare else len(_HOUR.findall(hours.group())) if hours else 1
            end = m.end() + (len(rest) if activity else 0)
        scope, _ = _scope(folded, m.start(), marks)
        out.append((m.start(), Frequency(text=text[m.start():end].strip(), period=UNITS[unit], every=every,
                                         min_count=max(n, 1), scope=scope, activity=activity)))
    spans = [(at, at + len(f.text)) for at, f in out]
    out += [(at, f) for at, f in prose if not any(a < at + len(f.text) and at < b for a, b in spans)
            and not _restated(at, f, out, folded)]
    return [f for _, f in sorted(out, key=lambda x: x[0])]


PER_YEAR = {"quarter": 4, "month": 12, "half_year": 2}


def _restated(at: int, f: Frequency, found: list[tuple[int, Frequency]], text: str) -> bool:
    """每季召开…会议一次,全年四次: a year's count that restates a frequency before it in its sentence (4 quarters
    of once) is that frequency, not another."""
    if f.period != "year":
        return False
    return any(before < at and not re.search(r"[。；;!！?？\n]", text[before:at])
               and PER_YEAR.get(g.period, 0) * (g.min_count or 1) // (g.every or 1) == f.min_count
               for before, g in found)
