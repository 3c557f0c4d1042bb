"""Chinese numerals as written in numbering (十二, 二十一, 一百零五, 〇) → int."""

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
