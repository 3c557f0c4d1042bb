"""The 落款 that closes a text: its signer and its date, from the text's last lines."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.agencies import SEAL, can_sign, joint, signers, unspaced_signer
from safeplan.corpus.metadata.chrome import chrome
from safeplan.corpus.metadata.days import DATE_CN, DATE_HAN, DATE_ONLY, iso
from safeplan.corpus.metadata.shapes import CJK, terminal

# a 落款 on one line: 新乡市人民政府安全生产委员会办公室 2017年10月4日
# (two agencies signing together: 连云港市交通运输局  连云港市公安局  2022年4月25日)
SIGNED_LINE = re.compile(r"^([^\s，,。:：;；]{4,40}?(?:[ \u3000]+[^\s，,。:：;；]{4,40}?){0,3})[ \u3000]+("
                         + DATE_CN.pattern + "|" + DATE_HAN.pattern + ")$")
# a template's date: 20XX年9月6日, or its blanks alone (年 月 日, under a 责任书's signer)
_PLACEHOLDER_DATE = re.compile(r"^(?:(?:19|20)(?:XX|xx|××|\*\*)年\d{1,2}月\d{1,2}日|(?:19|20)?[\s_]*年[\s_]+月[\s_]+日)$")


# a date closing a notice run into one line, its signer before it: …逃生。 某镇消防安全委员会 2022年2月24日
_RUN_IN_DATE = re.compile(r"[。》]\s*(?:([^\s，,。:：;；]{4,40})\s+)?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|"
                          + DATE_HAN.pattern + ")$")
# a 公文's 版记 under its 落款: 主题词:… / 抄送:… / 临海市安全生产委员会办公室 2009年10月22日印发 / (共印50份)
# (an answer's form under its date: 单位负责人签章: / 承 办 人 姓 名:房磊 / 联系电话:…)
_RECORD_LINE = re.compile(r"^(?:主题词|抄送|抄报|分送|发送|印发|共印|印数)[:：]?|^[(（]?共印\d+份|.{4,40}\s+\S{6,16}印发$"
                          r"|^(?:单位负责人签[章字]|承\s*办\s*人|承办单位|联系人|联系电话)\s*[\u4e00-\u9fff\s]{0,6}[:：]")
_PRINTED_BY = re.compile(r"^(.{4,40}?)\s+(?:" + DATE_CN.pattern + ")印发$")


def signature(tail: list[str]) -> tuple[str | None, str | None]:
    """(issuer, date) of a signature closing the text: an agency's name on the line above a date, or before it on
    one line (新乡市…办公室 2017年10月4日); a date closing the text under its last sentence (…派记者参加。/
    二○○三年四月三日) dates it without naming anyone."""
    tail = [line for line in tail if re.search(r"\w", line)]          # (a page's stray | after the text)
    printer = None
    while len(tail) > 1 and (_RECORD_LINE.match(tail[-1]) or chrome(tail[-1])):
        printed = _PRINTED_BY.match(tail.pop())     # a 公文's 版记 (主题词/抄送/…印发) or the page's footer (声明:…
        printer = printer or (printed.group(1) if printed and can_sign(printed.group(1)) else None)   # 版权所有)
    for k in range(len(tail) - 1, -1, -1):
        one_line = SIGNED_LINE.match(tail[k])
        if one_line and signers(one_line.group(1)):
            return signers(one_line.group(1)), iso(one_line.group(2))
        if k == 0:
            break
        above = SEAL.sub("", tail[k - 1])
        if (DATE_ONLY.match(re.sub(r"\s", "", tail[k])) or _PLACEHOLDER_DATE.match(tail[k])) and len(above) <= 40 \
                and can_sign(above) and not terminal(above):
            return joint(tail, k - 1, above), iso(tail[k])      # (a template's 20XX年9月6日 dates nothing)
    last = re.sub(r"\s", "", tail[-1]) if len(tail) > 1 else ""
    if DATE_ONLY.match(last) and "年" in last and tail[-2].endswith(("。", "！", "!")):
        return printer, iso(last)      # (a date alone closing a 公文 whose 版记 names the office that printed it)
    chinese = [line for line in tail if re.search(r"[\u4e00-\u9fff]", line)]    # (an English translation after it)
    closing = _RUN_IN_DATE.search(chinese[-1]) if chinese and len(chinese[-1]) > 40 else None
    if closing:                 # …附:《…责任人》二○○七年八月八日: a notice run into one line, its date closing it,
        signer = signers(closing.group(1)) if closing.group(1) else None    # its signer before it (…逃生。 某镇
        return signer, iso(closing.group(2))                               # 消防安全委员会 2022年2月24日)
    return None, None


# a covering notice's 落款 run into a flattened copy's one line, the document it prints going on after it:
# …请认真贯彻执行。某镇人民政府 2023年3月1日 某镇2023年森林防火工作方案 为做好…
_RUN_IN_SIGNED = re.compile(r"[。！!]\s*([^\s，,。:：;；]{4,40}?)\s+(" + DATE_CN.pattern + r")(?=\s+\S)")
# …its date alone, no signer before it, set off by blanks: …认真组织实施。 二OO六年五月十六日 关于加强… (the document
# after it) / …报送本通知要求附表。 二〇一二年一月五日 填报区县: (a form after it) / …请认真贯彻执行。   二0一0年六月二十一日
_RUN_IN_DATED = re.compile(r"[。！!][ \u3000]+(" + DATE_CN.pattern + "|" + DATE_HAN.pattern + r")(?=[ \u3000]+\S|[ \u3000]*$)")


def run_in_signature(lines: list[str]) -> tuple[str | None, str | None]:
    """(issuer, date) of a 落款 inside a line of the head: a flattened covering notice's signer and date, its
    document after them on a long line; else its date alone after its last sentence."""
    for line in lines[:40]:
        m = _RUN_IN_SIGNED.search(line) if len(line) > 140 else None
        if m and signers(m.group(1)):
            return signers(m.group(1)), iso(m.group(2))
    for line in lines[:40]:
        m = _RUN_IN_DATED.search(line)
        if m and iso(m.group(1)):
            return None, iso(m.group(1))
    return None, None


def closing_lines(text: str, head_end: int) -> list[str]:
    """The lines that close the text (its last 600 characters past its head; a short text is all head, its end its
    tail), where a 落款 stands: an English translation after it left out, a seal's mark on a line of its own too, an
    agency's name spaced out for its layout read as one."""
    tail_start = head_end if head_end < len(text) else 0
    body_end = len(text)
    while body_end > tail_start and not CJK.search(text, text.rfind("\n", 0, body_end - 1) + 1, body_end) \
            and not DATE_ONLY.match(text[text.rfind("\n", 0, body_end - 1) + 1:body_end].strip()):
        body_end = text.rfind("\n", 0, body_end - 1) + 1          # (an English translation after the text; a 落款's
                                                                  # 2023-05-06 stays)
        if body_end <= 0:
            body_end = len(text)
            break
    lines = (ln.strip().lstrip("?？").strip() for ln in text[max(tail_start, body_end - 600):body_end].split("\n"))
    return [unspaced_signer(ln) for ln in lines if ln and not SEAL.fullmatch(ln)]   # (??某市应急管理局: a copy's ? for
                                                                                    # the blanks it lost)


# a 公文's list of attachments, then its 落款's date alone, the attachments printed below it (附件:市政府安全生产督查组
# 分组表 / 二○一二年四月五日 / 附件: / …; a list over numbered lines: 附件:1.…; / 2.重点项目资金估算表。(略))
_DATED_ABOVE_ATTACHMENTS = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：][^\n]*\n(?:[ \t]*\d{1,2}[.．、][^\n]*\n){0,5}[ \t]*("
                                      + DATE_ONLY.pattern.removeprefix("^").removesuffix("$") + r")[ \t]*$", re.M)


def date_above_attachments(text: str) -> str | None:
    """The date of a 落款 that stands under the text's list of attachments, not at its end (the attachments follow)."""
    m = _DATED_ABOVE_ATTACHMENTS.search(text)
    return iso(m.group(1)) if m else None
