"""Agencies' names: the words an agency's name ends with (…人民政府, …办公室, …局), a place's body signing by its place's name
(某某街道, 某某社区居委会), and the 落款's signers read off one line or several."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.days import DATE_ONLY
from safeplan.corpus.metadata.shapes import SPACED_OUT, terminal

ISSUER_END = re.compile(
    r"(?:人民政府(?:办公室)?|政府办公室|政府?办|安全生产委员会(?:办公室)?|安委会(?:办公室)?|安委办|委员会(?:办公室)?|办公室|"
    r"应急管理局|应急管理部|管理局|局|厅|办事处|人民代表大会常务委员会|国务院|委员会|公司|党委|党工委|管委会|指挥部|领导小组"
    r"|居委会|村委会|大队|支队|委(?!会))$")      # (a commission named short: 经信委, 发改委, 市住建委; 消防救援大队)
# a street's, town's, community's or village's 落款 by its place's name or its office's short name (某某街道 /
# 某某社区居委会 / 某某镇政府 / 某某镇安监站 above the date): a signer only there, never in a title
PLACE_SIGNER = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,14}?(?:街道办事处|街道办|街办|街道|镇人民政府|镇政府|乡人民政府|乡政府|镇|乡"
                           r"|社区居民委员会|社区居委会|居委会|社区|村民委员会|村委会|村|应急办|安监站|安监所|安办|平安办|综治办"
                           r"|消防救援大队|消防救援支队|大队|支队|(?:综治|综合治理|应急管理|应急指挥|网格化管理|社会治理)中心)$")


def unspaced_signer(line: str) -> str:
    """A 落款's agency spaced out one character a blank for its layout (某 县 人 民 政 府): read as one name."""
    if " " in line or "\u3000" in line:
        bare = re.sub(r"[ \u3000]+", "", line)
        if SPACED_OUT.fullmatch(line) and ISSUER_END.search(bare):
            return bare
    return line


SEAL = re.compile(r"\s*[(（](?:盖章|公章|印章|章|代章|签章)[)）]$")        # 某镇人民政府(盖章) / 某县安委办(代章)


def joint(lines: list[str], k: int, signer: str) -> str:
    """A 落款 of agencies on lines of their own (中共某镇委员会 / 某镇人民政府 / 2023年…; three bureaus signing
    together): all, one blank between; the signer alone when the line above is not an agency's name."""
    if ISSUER_END.fullmatch(signer) and k > 0 and can_sign(SEAL.sub("", lines[k - 1])) and not terminal(lines[k - 1]):
        signer, k = SEAL.sub("", lines[k - 1]) + signer, k - 1      # 某某县安全生产委员会 / 办公室: one name wrapped
    names = [signers(signer) or signer]
    while k > 0 and len(names) < 4:
        above = SEAL.sub("", lines[k - 1])
        if not (4 <= len(above) <= 30 and signers(above) and not terminal(above) and not DATE_ONLY.match(above)):
            break
        names.insert(0, signers(above))
        k -= 1
    return " ".join(names)


def can_sign(name: str) -> bool:
    """The name can sign a 落款: an agency's (…人民政府, …办公室, …局) or a place's body's (某某街道, 某某社区居委会), an
    agency's second name in brackets after it too (黄山市住房和城乡建设局(市城市管理局): two names, one office)."""
    second = re.fullmatch(r"(.{2,40}?)[(（]([^()（）]{2,20})[)）]", name) if name.endswith((")", "）")) else None
    if second and ISSUER_END.search(second.group(1)) and ISSUER_END.search(second.group(2)):
        return True
    return ISSUER_END.search(name) is not None or PLACE_SIGNER.match(name) is not None


def signers(names: str) -> str | None:
    """The agencies of a one-line 落款 (each name an agency's), one blank between them; else None."""
    parts = names.split()
    return " ".join(parts) if parts and all(can_sign(p) for p in parts) else None
