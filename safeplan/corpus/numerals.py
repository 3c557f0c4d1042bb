"""Numbers written in Chinese, both ways: 十二, 二十一, 一百零五, 二〇二四, ① → int (numbering, dates, the
values of targets) and int → 第一百一十九条 (law articles, 款, Word list numbers, generated headings).

The one home of this knowledge: the reader, the rule fields (rules/numbers.py), the checker and the
generators all call these functions."""

from __future__ import annotations

from functools import lru_cache

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_to_int(text: str) -> int | None:
    """十二 → 12, 二十 → 20, 一百零五 → 105, 二〇二四 → 2024; None when it is not a numeral."""
    if not text:
        return None
    if text.isdigit():
        return int(text.translate(_FULLWIDTH_DIGITS))
    if all(ch in DIGITS for ch in text) and len(text) > 1:   # 二〇二四: digit by digit
        return int("".join(str(DIGITS[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in UNITS:
            total += (current or 1) * UNITS[ch]
            current = 0
        else:
            return None
    return total + current


_UNIT_POWER = {"十": 1, "百": 2, "千": 3}
_NONZERO = "一二三四五六七八九"


def cn_to_int_strict(text: str) -> int | None:
    """A well-formed numeral below 10,000 with units, the reading the rule fields use for values (百分之九十五,
    一千二百人), where a slip of the pen must not become a number: 十二 → 12, 一十二 → 12, 一百零五 → 105,
    一千零十 → 1010, 三千二百 → 3200. None for 百, 一百一, 一百十, 十十, 一百零零五, 一百〇五 …: units fall from
    left to right, 零 stands for each skipped place (one 零 however many), a bare 十 only opens the number
    or follows 零."""
    total, previous, i = 0, 4, 0          # previous: the power of the last term (4: none yet)
    while i < len(text):
        zero = text[i] == "零"
        if zero:
            i += 1
            if previous == 4 or i >= len(text):
                return None
        ch = text[i]
        if ch in _NONZERO:
            digit = DIGITS[ch]
            i += 1
            power = _UNIT_POWER.get(text[i], 0) if i < len(text) else 0
            i += power > 0
        elif ch == "十" and (previous == 4 or zero):
            digit, power = 1, 1
            i += 1
        else:
            return None
        if power >= previous or (previous != 4 and (previous - power > 1) != zero):
            return None
        total += digit * 10 ** power
        previous = power
        if power == 0 and i < len(text):
            return None
    return total if previous != 4 else None


def circled_to_int(ch: str) -> int | None:
    """① → 1 … ⑳ → 20, ㉑ → 21 … ㊿ → 50."""
    code = ord(ch)
    if 0x2460 <= code <= 0x2473:
        return code - 0x2460 + 1
    if 0x3251 <= code <= 0x325F:
        return code - 0x3251 + 21
    if 0x32B1 <= code <= 0x32BF:
        return code - 0x32B1 + 36
    return None


@lru_cache(maxsize=4096)
def to_int(text: str) -> int | None:
    """Any written number: Arabic (half/full width), Chinese, or a circled digit."""
    if len(text) == 1:
        circled = circled_to_int(text)
        if circled is not None:
            return circled
    return cn_to_int(text)


def int_to_cn(n: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五, 101 → 一百零一, 110 → 一百一十, 1010 → 一千零一十 (law articles,
    款, Word list numbers, the headings of generated plans); 10,000 and up stay Arabic."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n >= 10000:
        return str(n)
    out, gap = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if gap and out else "") + digits[digit] + name
            gap = False
        else:
            gap = True
    return out
