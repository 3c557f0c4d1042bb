"""Stage 2 of cleaning: the noise of web copies, as edits on plain text (offsets stay traceable).

- web chrome: breadcrumbs, 扫码下载, 联系我们 blocks, 责任编辑, 图片新闻更多+, bylines, a portal's leave-site prompt
  (您访问的链接即将离开… / 继续访问放弃), its 长者 mode's menu, 附件下载, 以下为正文, an e-paper's reader controls;
- company ads before and after the article (齿轮箱的专业制造商 … 有限公司);
- a document site's page marks run into the text (第1页共16页);
- decorative noise runs (◆★■) and spam insertions (出自 wwW.zuoWEnBA.nEt), a spam copy's line of porn keywords above
  the page and its pinyin glosses after characters (鎮(zhèn), 關(guān));
- a metadata table repeated twice (the second copy goes);
- full-width punctuation inside numbers (0。008 → 0.008), "?" left where spaces were lost;
- the "|" closing each cell of a table flattened to text ("市安委办 |");
- blanks at the start and end of lines.
Traditional characters stay as written.
"""

from __future__ import annotations

import re

from safeplan.corpus.offsets import OffsetMap, apply_edits

_WS = " \t\u3000\xa0\u2002\u2003\u2009\ufeff"
# each pattern starts with a character class, so the engine skips ahead to candidates quickly;
# the look-behind after it makes a run match once, from its first character (linear on long runs),
# and the leading one only at the start of a line (as ^ with re.M, which is tried at every character)
_LEADING_WS = re.compile(f"[{_WS}](?<![^\n][{_WS}])[{_WS}]*")
_TRAILING_WS = re.compile(f"[{_WS}](?<![{_WS}]{{2}})[{_WS}]*$", re.M)
_NOISE = re.compile(r"[◆★■◇☆]+")
_SPAM = re.compile(
    r"(?:(?:本文)?(?:出自|来自|摘自|转自)[ \t]{0,3})?(?:https?://)?[wW]{3}\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z]{2,6}){1,3}")
_NUMBER_STOP = re.compile(r"[。．](?<=\d[。．])(?=\d)(?!\d{4}年)(?!\d{1,2}[、.．])")
_WWW = re.compile(r"[wW]{3}\.")
# a spam copy glosses characters with their pinyin in brackets: 吉潭鎮(zhèn)人民政府 (a syllable with a tone mark)
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(f"[(](?<=[\u4e00-\u9fff][(])[a-zü]{{0,5}}[{_TONE}][a-zü]{{0,5}} ?[)]")     # (會(huì ): a blank too)
# …and opens with a line of porn keywords (国产精品视频一区…,亚洲永久精品…): two or more of these on one line
_SPAM_WORDS = re.compile(r"无码|欧美|国产精品|精品视频|一区二区|亚洲|人妻|毛片|熟妇|偷拍|自拍|色欲|探花|国模|私拍|久久|在线观看")
# a writing site's banner at the page's head: its name and address (携笔同道公文写作范文宝典:www.xiebitongdao.com),
# alone on a line or glued before the title (not a document's own contact line: 举报网址:www.…, 邮箱:…)
_BANNER = re.compile(r"^[^\S\n]*[\u4e00-\u9fff]{2,20}(?<!网址)(?<!网站)(?<!地址)(?<!邮箱)(?<!途径)(?<!平台)[:：][^\S\n]*(?:https?://)?[wW]{3}\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z]{2,6}){1,3}"
                     r"[^\S\n]*")
_PAGE_FIELD = re.compile(r"^PAGE[ \t]*(?=[\u4e00-\u9fff])", re.M)       # a Word export's page field: PAGE村庄…制度
_PAGE_OF = re.compile(r"第\d{1,4}页共\d{1,4}页")     # a document site's page mark, run into the text: …的维护第2页共16页保养
_TRAILING_PIPE = re.compile(r"\|(?:[^\S\n]|\|)*$", re.M)     # "cell |" lines of a table flattened to text (…度汛 | ||||: empty cells)
_LOST_SPACE = re.compile(r"(?<![^\s\u4e00-\u9fff])\?+(?=[ \t\u3000\u4e00-\u9fff(（])")

_CHROME_LINE = re.compile(
    r"^[^\S\n]*(?:[-·•*][^\S\n]*)?(?:"
    r"(?:当前位置|您当前的位置|您现在的位置|当前的位置)[:：]?[^\n]{0,300}"
    r"|[^\n]{0,20}首页[ \t]*[>»›][^\n]{0,300}"
    r"|(?:扫码下载|扫码注册|扫码关注|扫描到手机查看|扫描二维码|扫一扫|分享到|打印本页|关闭窗口|【打印】|【关闭】"
    r"|放大字体|字号[:：]|浏览次数|阅读次数|点击数[:：]|上一篇|下一篇|相关阅读|相关新闻|相关链接|版权所有"
    r"|网站地图|联系我们|实现智慧安全管理|相关热词|热词搜索|打印页面|打印此页|打印文章|新闻热线[:：]|新聞熱線[:：]|打开网易新闻|查看精彩图片|下载[Aa][Pp][Pp]|下載[Aa][Pp][Pp]"
    r"|因篇幅问题不能全部显示|附件下载|以下为正文|以下是正文|客服微信|您访问的链接即将离开|按日期检索|电子报刊阅读器|在线读报"
    r"|长者专区|長者專區|长者助手|長者助手)[^\n]{0,200}"
    r"|继续访问[ \t]*放弃|放大[ \t]+缩小[ \t]+默认"
    r"|(?:电脑版|電腦版|手机版|手機版)"
    r"|[\[【]?(?:责任编辑|责编|責編)[:：][^\n]{0,40}"
    r"|正文复制|[^\n]{0,30}(?:自动登录|自動登錄|忘记密码|忘記密碼|立即注册|立即注冊|一键登录|一鍵登錄)[^\n]{0,10}"
    r"|[^\n]{0,20}更多[ \t]*[+>»]"
    r"|(?:\d{4}-\d{1,2}-\d{1,2}(?:[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?)?[^\S\n]+)?(?:作者|编辑)[:：][^\n]{0,150}"
    r")[^\S\n]*(?:\n|\Z)",
    re.M,
)
_AD = re.compile(r"有限公司|有限责任公司|制造商|供应商|服务热线|热线电话|咨询热线|全国热线|欢迎(?:来到|访问|光临)")
# a company's own paper, titled with its name (某某化工有限公司安全生产管理制度): no ad, though it names a 有限公司
_PAPER_TITLE = re.compile(r"(?:制度|办法|规定|细则|规程|方案|预案|计划|责任制|责任书|通知|要点|总结|报告|守则|章程|规则|措施|职责)"
                          r"(?:[(（][^()（）]{0,10}[)）])?$")
_STRONG_TAIL = re.compile(r"^(?:[-·•*][ \t]*)?(?:联系我们|扫码|版权所有|相关阅读|相关新闻|网站地图|主办单位|图片新闻)")
_DATE_LINE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")
_META_KEY = re.compile(r"^(?:索\s*引\s*号|公开方式|发布机构|发文日期|成文日期|文\s*号|公开时限|内容概括|主题分类|发布日期|"
                       r"公开范围|有效性|所属机构|生成日期|体裁分类|组配分类|信息分类|文件编号)[:：]?$")


def clean_text(text: str) -> tuple[str, OffsetMap]:
    """Plain text → cleaned text and its map to the plain text."""
    if "(" in text and _GLOSS.search(text):           # glosses first, so chrome and keys read as written
        unglossed, gloss_map = apply_edits(text, [(m.start(), m.end(), "") for m in _GLOSS.finditer(text)])
        cleaned, clean_map = _clean(unglossed)
        return cleaned, clean_map.compose(gloss_map)
    return _clean(text)


def without_glosses(text: str) -> str:
    """The text without a spam copy's pinyin glosses (發(fā)布時間 → 發布時間), for reading a raw page's byline."""
    return _GLOSS.sub("", text) if "(" in text else text


def _clean(text: str) -> tuple[str, OffsetMap]:
    edits: list[tuple[int, int, str]] = []
    lines = _line_spans(text)
    _head_and_tail_edits(text, lines, edits)
    _duplicate_table_edits(text, lines, edits)
    for m in _CHROME_LINE.finditer(text):
        edits.append((m.start(), m.end(), ""))
    if "◆" in text or "★" in text or "■" in text or "◇" in text or "☆" in text:
        for m in _NOISE.finditer(text):
            edits.append((m.start(), m.end(), ""))
    if ("w" in text or "W" in text) and _WWW.search(text):      # (substring tests first: _WWW is slow to miss)
        for m in _SPAM.finditer(text):
            word = m.group()
            host = word[word.find(".") - 3:] if "." in word else word
            prefixed = word[:1] in "出来摘转本"
            if prefixed or (any(c.isupper() for c in host) and any(c.islower() for c in host)):
                edits.append((m.start(), m.end(), ""))
    if "PAGE" in text:
        for m in _PAGE_FIELD.finditer(text):
            edits.append((m.start(), m.end(), ""))
    if "页共" in text:
        for m in _PAGE_OF.finditer(text):
            edits.append((m.start(), m.end(), ""))
    for m in _NUMBER_STOP.finditer(text):
        edits.append((m.start(), m.end(), "."))
    if "?" in text:
        for m in _LOST_SPACE.finditer(text):
            edits.append((m.start(), m.end(), ""))
    if "|" in text:
        for m in _TRAILING_PIPE.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            edits.append((start, m.end(), ""))
    for m in _LEADING_WS.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in _TRAILING_WS.finditer(text):
        edits.append((m.start(), m.end(), ""))
    return apply_edits(text, edits)


def _line_spans(text: str, head: int = 80, tail: int = 40) -> list[tuple[int, int]]:
    """(start, end) of the first `head` and last `tail` lines (end excludes the newline), in order."""
    spans, pos = [], 0
    while len(spans) < head:
        nl = text.find("\n", pos)
        if nl < 0:
            spans.append((pos, len(text)))
            return spans
        spans.append((pos, nl))
        pos = nl + 1
    back, end = [], len(text)
    while len(back) < tail and end > pos:
        nl = text.rfind("\n", pos, end)
        start = nl + 1 if nl >= 0 else pos
        back.append((start, end))
        end = nl if nl >= 0 else pos
        if nl < 0:
            break
    return spans + back[::-1]


def _delete_line(text: str, span: tuple[int, int], edits: list) -> None:
    start, end = span
    edits.append((start, min(end + 1, len(text)), ""))


def _ad_run_edits(text: str, spans, edits: list) -> None:
    """Delete the short ad lines at the start of `spans` (blank lines pass), up to the first other line."""
    for span in spans:
        line = text[span[0]:span[1]].strip()
        if not line:
            continue
        if len(line) <= 40 and _AD.search(line) and not _PAPER_TITLE.search(line):
            _delete_line(text, span, edits)
            continue
        break


def _head_and_tail_edits(text: str, lines: list, edits: list) -> None:
    # Company ads and service lines before the article, a spam copy's keyword line.
    _ad_run_edits(text, lines[:12], edits)
    for span in lines[:3]:
        line = text[span[0]:span[1]]
        if len(line) <= 400 and len(set(_SPAM_WORDS.findall(line))) >= 2:
            _delete_line(text, span, edits)
            continue
        banner = _BANNER.match(line) if "ww" in line or "WW" in line else None
        if banner and banner.end() == len(line):
            _delete_line(text, span, edits)
        elif banner:
            edits.append((span[0], span[0] + banner.end(), ""))
    # After the article: a strong chrome line followed only by short lines, and ad lines at the very end.
    tail = lines[-40:]
    cut = None
    for k, span in enumerate(tail):
        line = text[span[0]:span[1]].strip()
        if _STRONG_TAIL.match(line) and all(len(text[s:e].strip()) <= 40 for s, e in tail[k + 1:]):
            cut = k
            break
    if cut is not None:
        start = tail[cut][0]
        edits.append((start, len(text), ""))
        tail = tail[:cut]
    _ad_run_edits(text, reversed(tail), edits)


def _duplicate_table_edits(text: str, lines: list, edits: list) -> None:
    """A government page's metadata table given twice (as 2-pair rows, then 1-pair rows): drop repeats."""
    seen: set[tuple[str, str]] = set()
    for span in lines[:80]:
        line = text[span[0]:span[1]]
        if "|" not in line:
            continue
        cells = [c.strip() for c in line.split("|")]
        cells = [c for c in cells if c]
        if not cells or not _META_KEY.match(cells[0]):
            continue
        pairs = {(re.sub(r"\s", "", cells[i]), cells[i + 1]) for i in range(0, len(cells) - 1, 2)}
        if pairs and pairs <= seen:
            _delete_line(text, span, edits)
        seen |= pairs
