"""Whether a page prints the document a covering notice sends (关于印发《X》的通知, 现将《X》印发给你们), or gives the
notice alone."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.shapes import ANY_ITEM, ITEM_NUMBER

# Two readings of one question, kept two because they are asked with different evidence and merging them changes which
# pages are read as printing the document:
# - prints_document: the document's name is already known from the head (its title, head_title.py; a covering
#   notice's title, genre.py). Any line of the page that is the name, its first part or a title line opening with
#   it counts, and so do numbered items with no name over them (the page cut above the document).
# - printed_document: the page's title names no document (genre.py), so the name is the body's: 现将(修订后的)《…》
#   印发你们, looser than head_title's ISSUED (现将/印发 right before 《): a few words may come between. Only a
#   line in the 3,000 characters below it that is the name or its first part counts, never numbered items: the name
#   becomes the page's title.
_SENDS = re.compile(r"(?:现将|印发)[^《》。\n]{0,8}《([^《》]{2,100})》")
# the kind a document's name ends with, which its own text calls itself by (…规划 / 制定本规划。: the document below its
# covering notice, not the notice)
_KIND_AT_END = re.compile(r"(?:方案|计划|规划|预案|要点|办法|规定|细则|条例|制度)$")
# a numbered item run into the line before it, after a clause: …相关同志,(二)建立… / …人员为主,4.危房户转移安置
_RUN_IN_ITEM = re.compile(r"[，,。;；]" + ITEM_NUMBER)


def prints_document(name: str, text: str) -> bool:
    """The page prints the document named `name` (a covering notice sends): a line is that name or its first part (a
    title over two lines), or opens with it as its own title line (古美路街道防汛防台专项应急预案 (2022年版)), or the text
    says it makes one of its kind (制定本规划), or numbered items follow (a part of it, the page cut above them: two
    opening lines, or one run into a flattened copy's line, …同志,(二)建立…)."""
    lines = [re.sub(r"\s", "", line) for line in text.split("\n")]
    name = re.sub(r"\s", "", name)             # (关于印发 道路交通安全“十二五”规划的通知: a blank before the name)
    kind = _KIND_AT_END.search(name)
    return any(len(line) >= 8 and name.startswith(line) for line in lines) \
        or kind is not None and re.search("制[定订]本" + kind.group(), text) is not None \
        or any(line.startswith(name[:8]) and len(line) <= len(name) + 12 and not re.search(r"[，,。；;:：]", line)
               for line in lines) \
        or sum(1 for line in lines if ANY_ITEM.match(line)) >= 2 or _RUN_IN_ITEM.search(text) is not None


def printed_document(text: str) -> str | None:
    """The name of the document a covering notice in the body sends (现将《X》印发给你们) when the page goes on to print
    it: a line below opens with its name (常州市…总体 / 应 急 预 案: a title over two lines). genre.py keeps it only
    when it names a document's kind (…方案, …预案, …办法)."""
    sent = _SENDS.search(text[:3000])
    if not sent:
        return None
    name = sent.group(1)
    below = text[sent.end():sent.end() + 3000]
    # (the name, or its first part when the title runs over two lines; not a longer name that holds it: the
    # 规划责任分解 a notice sends is no 规划)
    return name if any(line.strip().startswith(name[:8]) and name.startswith(re.sub(r"\s", "", line))
                       for line in below.split("\n")) else None
