"""The document's title, from the sources tried in turn (a speech's or letter's title glued to its salutation, a
shared file's name, a run-in or flattened copy's, the head's title line, the info table's 标题, a document its text
names) and without the page's trimmings."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.chrome import SITE_LABEL, SITE_SUFFIX, body_of
from safeplan.corpus.metadata.doc_number import DOC_NUMBER
from safeplan.corpus.metadata.head_title import FILE_SUFFIX, GLUED_TITLE, head_title
from safeplan.corpus.metadata.shapes import COMPILATION, GENRE_WORDS, strip_doc_number, title_like

# a document-sharing site's copy: "1、<title>为认真贯彻…" / "1、 <title>一、目的…" (its page chunks are numbered)
_RUN_IN_TITLE = re.compile(
    r"^\d{1,2}、\s*([^，,。:：;；、]{4,60}?(?:" + "|".join(("方案", "要点", "计划", "规划", "制度", "办法", "规定", "细则",
                                                          "章程", "意见", "通知", "预案")) +
    r")(?:[(（][^()（）]{0,14}[)）])?)\s*(?=为|根据|一、|第一章|按照|目录)")
# a flattened copy whose first sentence runs on from its title with no break: 街道火灾预防工作方案今年大风季节已经来临,… /
# 2021年乡镇安全生产大检查方案4进入四月以来,… (a page number between) — the name up to the last 文种 before the sentence's
# first stop, unless it goes on as a name does (…方案的通知, …规划局, 》) or ends there (严格落实防汛责任制。: a sentence), or
# it is a sentence's subject and verb (该镇将加强乡村规划布局…, (三)交通安全设施规划设置…) or tells of a document (某县印发…方案)
_OPENING_NAME = re.compile(r"^([^，,。:：;；、\s《》“”()（）]{4,38}(?:方案|计划|规划|预案|要点|制度|办法|规定|细则|规程|章程|总结|报告"
                           r"|责任制|责任书))(?:\d{1,3}(?![年月日号]))?(?![的之》”局委办院站所处科中。！!？?])")
_TELLS_OF = re.compile(r"关于|印发|出台|制定|下发|发布|召开|部署|启动|将|该|^(?:加强|落实|严格|切实|认真|做好|推进|完善|建立|健全|强化"
                       r"|抓好)")
# a document site's watermark run into a flattened copy: 精选优质文档- 倾情为你奉上 专心- 专注-专业 …
_SITE_SLOGAN = re.compile(r"^.*(?:倾情为你奉上|精选优质文档|专心-?\s*专注-?\s*专业)\s*")
# a document flattened into one line: "2024 年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)…"
_FLAT_TITLE = re.compile(r"^([^，,。:：;；、\s][^，,。:：;；、]{3,58}?)\s+(?:一、|\d{1,2}、|各(?=[\u4e00-\u9fff]{1,20}[、，,:：]))")   # (…制度 2、…: a chunk's)
# a sample site's blurb naming its sample, read two ways. As the title (_BLURB_NAMED): a name that ends on a document's
# kind (方案 … 思路) and closes the blurb's clause, in the page's first 200 characters (前言:本站为你精心整理了街道社区消防
# 安全整治方案范文,…). As a sign of the genre (_SAMPLE_NAMED, when no title was found): any name before 范文/范本/模板 or
# 供大家参考, in the first 400 — only its kind word is read then, so a name no title could be (…工作要点5篇, 【乡镇总结】…)
# still tells what the page gives.
_BLURB_NAMED = re.compile(r"(?:(?:为你|为您|为大家)?精心(?:整理|准备)了?(?:的)?|(?:小编|本站)(?:为你|为您|为大家)?(?:整理|收集|搜集)(?:整理)?了?的)"
                          r"(?:\d{1,2}篇的?)?([^，,。；;\s]{4,30}?(?:方案|计划|规划|制度|办法|要点|总结|思路|通知|意见|预案|规定|细则))"
                          r"(?:参考)?(?:范文|范本|模板)?[,，。]")
# (为你精心准备了市2020应急管理工作要点参考范文)
_SAMPLE_NAMED = re.compile(r"精心(?:整理|准备|挑选|收集|编辑)了?(?:的)?([^，,。；;\s]{4,40}?)(?:参考)?(?:范文|范本|模板)"
                           # 下面是小编为大家整理的区管委会…安全生产活动方案,供大家参考
                           r"|小编为(?:大家|您|你)(?:精心)?(?:整理|准备|收集)了?的([^，,。；;\s]{4,40}?)(?:范文)?[,，]?(?:供|仅供|希望)"
                           # 我们为您选了8篇的森林防火工作方案样本
                           r"|为(?:大家|您|你)(?:精)?选了?(?:\d{1,2}篇的?)?([^，,。；;\s]{4,40}?)(?:样本|范文)")
# "特制定了以下社区消防安全工作计划。": a document named only in its first sentence (特制定本《…制度》, 特制定《…方案》)
_NAMED_IN_TEXT = re.compile(r"(?:特|现)?制定(?:了)?(?:以下|如下)([^，,。；;\s]{4,30}?(?:方案|计划|规划|制度|办法|要点))[。，,]"
                            r"|(?:(?:特|现)制[定订]了?|制[定订]了?本)《([^《》]{4,40}?(?:方案|计划|规划|制度|办法|要点|规定|细则|预案))》")
# a page that prints a document under a lead: …印发了《关于推进城市安全发展的意见》…全文如下 / 《…方案》,内容如下
PRINTED = re.compile(r"《([^《》]{2,60})》[^。\n《》]{0,8}(?:全文|内容)如下")
# a plan's preface naming it: …牵头组织编制了《巫山县应急管理“十四五”规划》,作为… / …,结合龙陵实际,编制《龙陵县“十四五”
# 综合防灾减灾救灾规划》。 (the sentence ends on it: its writer's, not a demand that others draw one up); a company's
# rules named short for their own text
_COMPILED = re.compile(r"编制了《([^《》]{4,40}?(?:方案|计划|规划|预案|要点))》[,，]?作为"
                       # a company's rules in their preface: …结合公司真实的情况,编制了《安全生产管理制度》(简称“管理制度”)
                       r"|编制了《([^《》]{4,40}?(?:制度|办法|规定|细则|规程))》[(（](?:以下)?简称"
                       r"|结合[^，,。]{1,12}实际[,，]\s*(?:特|现)?编制《([^《》]{4,40}?(?:方案|计划|规划|预案|要点))》。")
# a speech's title over its salutation, or glued to it: 在区安全生产工作推进会…上的讲话同志们:今天,…
_SPEECH_GLUED = re.compile(r"^(在[^，,。:：;；\s]{4,60}?上的(?:讲话|主持词|发言|致辞|讲话提纲))(?=\s*(?:同志们|各位))"
                           # a letter's title glued to its salutation: 致辖区居民的一封信居民朋友们:
                           r"|^((?:[\u4e00-\u9fff]{2,30}?)?致[^，,。:：;；\s]{2,30}?的(?:一封|公开)?信)(?=[^，,。:：;；\s]{2,16}[:：])"
                          # a report made to visitors glued to its salutation, after a document site's slogan:
                          # 下载后可任意编辑2024 年度某镇安全生产工作汇报尊敬的各位领导:
                          r"|^(?:下载后可任意编辑\s*)?([^，,。:：;；\n]{4,40}?(?:汇报|报告|述职|总结))(?=\s*(?:尊敬的|各位领导))")
# a document-sharing site's blurb names the file it shares: 《某镇…实施方案.doc》由会员分享,可在线阅读…
_SHARED_FILE = re.compile(r"《([^《》\n]{4,80}?)》由(?:会员|用户)(?:分享|上传)")


# a document site's footer naming the page's document: 本文标题:县交通运输局关于做好…的通知 / 本文链接:…
_FOOTER_TITLE_KEY = re.compile(r"^\s*(?:本文标题|文章标题)\s*[:：]\s*(\S.{3,80}?)\s*$", re.M)


def _footer_title(text: str) -> str | None:
    m = _FOOTER_TITLE_KEY.search(text[-2000:])
    return m.group(1) if m and title_like(m.group(1)) else None


def _shared_file(text: str) -> str | None:
    """The document a sharing site's blurb names (its file's name without .doc), when the page opens with one."""
    m = _SHARED_FILE.search(text[:600]) if "由" in text[:600] else None
    name = FILE_SUFFIX.sub("", m.group(1)).strip() if m else ""
    return name if len(name) >= 4 else None


# a table's caption run into its flattened header: 附件 某县…方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 …
_CAPTION = re.compile(r"^(?:附件\s*\d{0,2}\s*[:：]?\s*)?([^\s，,。:：;；]{4,40}?(?:清单|分解表|任务表|责任表|一览表|台账))\s+"
                      r"(?=(?:序号|工作任务|重点任务|任务内容|工作内容|主要任务|具体任务|责任单位|牵头单位|责任部门|牵头部门))")


def _caption(text: str) -> str | None:
    for line in text[:800].split("\n")[:8]:
        caption = _CAPTION.match(line.strip())
        if caption:
            return caption.group(1)
    return None


def _run_in_title(text: str) -> str | None:
    caption = _caption(text) if "附件" in text[:800] or "清单" in text[:800] or "表" in text[:800] else None
    if caption:
        return caption
    if "、" not in text[:600]:
        return None
    for line in text[:600].split("\n")[:6]:
        run_in = _RUN_IN_TITLE.match(line.strip())
        if run_in:
            return _undoubled(run_in.group(1).strip())
    first = body_of(text)[:600].split("\n", 1)[0]
    flat = (_FLAT_TITLE.match(first) or GLUED_TITLE.match(first)) if len(first) > 80 else None
    title = _SITE_SLOGAN.sub("", flat.group(1)).strip() if flat else ""
    if not title and len(first) > 80:
        named = _OPENING_NAME.match(first)
        title = named.group(1) if named and not _TELLS_OF.search(named.group(1)) else ""
    return title if title and title_like(title) else None


def _undoubled(title: str) -> str:
    """A shared copy's title written twice (2023年街道…工作方案 2023年街道…工作方案, or the second in brackets): once."""
    halves = title.split()
    if len(halves) == 2 and halves[0] == halves[1]:
        return halves[0]
    bracketed = re.fullmatch(r"(.{4,})[(（](.{4,})[)）]", title)
    return bracketed.group(1) if bracketed and bracketed.group(1) == bracketed.group(2) else title


def _title_in_text(text: str) -> str | None:
    m = _NAMED_IN_TEXT.search(text[:300]) or _BLURB_NAMED.search(text[:200]) or _COMPILED.search(text[:800]) \
        or PRINTED.search(text[:600])
    return next((g for g in m.groups() if g), None) if m else None


def document_title(lines: list[str], text: str, raw: str, kind: str, law: bool, table: dict[str, str],
                   part_title: str | None) -> str | None:
    """The document's title: a part's own, a speech's or a letter's glued to its salutation, a shared file's name, a
    run-in or flattened copy's, the head's title line (head_title), the info table's 标题, one the text names; without
    the page's trimmings (its date, its site, a photo's mark, quotes, a column's label)."""
    speech = _SPEECH_GLUED.match(body_of(text)[:200])
    shared = _shared_file(text)
    title = part_title or (next(g for g in speech.groups() if g) if speech else None) \
        or (shared if shared and title_like(shared) and not COMPILATION.search(shared) else None) \
        or _run_in_title(text) or head_title(lines, text, raw, kind, law) or table.get("title") \
        or _title_in_text(text) or _footer_title(text) or shared
    title = _undoubled(title) if title else title
    if title:                  # 某县安全生产工作方案 2023-05-06: the page's date after the title; a page title's
        title = re.sub(r"\s+(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$", "", title)
        title = SITE_SUFFIX.sub("", title)       # site (…会议_某县人民政府网), a news photo's mark ((组图)),
        title = re.sub(r"(?<=\S{4})[(（](?:组图|图|图文|视频|此件(?:主动|依申请)?公开发布)[)）]$", "", title)   # quotes
                                                           # around it all; (此件公开发布): a public mark
        quoted = re.fullmatch(r"“([^“”]{4,})”", title)
        title = quoted.group(1) if quoted else title
    if title and title.startswith("年"):       # 2023 / 年乡镇上半年…总结: a PDF's title lost its year's digits
        year = re.search(r"(?:19|20)\d{2}\s*(?=" + re.escape(title) + ")", text[:3000])
        title = year.group().strip() + title if year else title
    if not title:
        return title
    title = strip_doc_number(title.lstrip("•·● "))    # • 关于…的通告: a list's bullet; …的紧急通知鄂州政办发〔2010〕16号
    title = _COPY_NUMBER.sub(r"\1", title)      # xx镇2023年森林防火工作预案2(.docx): a shared copy's number
    number = DOC_NUMBER.match(title)
    if number and len(title) - number.end() >= 4:
        title = title[number.end():].lstrip(" -—－_|")   # 某安办〔2023〕12号 关于…的通知: the red head's 文号 on its
                                                          # line (柳城安全预警〔2020〕1号-柳城县…的通知: a page title's)
    tag = SITE_LABEL.match(title)
    if tag and len(title) - tag.end() >= 4:      # 【街道动态】某街道开展…: the column's tag before a headline; a place's
        place = _PLACE_TAG.fullmatch(tag.group().strip())        # (【武汉市】危险化学品…预案) is the title's first words
        title = (place.group(1) if place else "") + title[tag.end():]
    return title


# a number after a title's 文种, a shared file's copy or a sample's piece: …工作预案2, …管理制度1
_COPY_NUMBER = re.compile(r"(" + "|".join(GENRE_WORDS) + r")\d{1,2}$")
_PLACE_TAG = re.compile(r"【([\u4e00-\u9fff]{2,8}(?:省|自治区|市|自治州|州|区|县|旗|镇|乡|街道))】")


def sample_named(text: str) -> str | None:
    """The sample a sample site's blurb names (its kind tells the page's genre; see _SAMPLE_NAMED)."""
    m = _SAMPLE_NAMED.search(text[:400])
    return next((g for g in m.groups() if g), None) if m else None


def cited_only(title: str | None, text: str) -> bool:
    """The title is a document the text names in 《》 and no line of it is that name: a news item's account of a
    document (…日前印发《2023年全省应急管理工作要点》(以下简称《要点》)…), whose own headline is not on the page."""
    if not title:
        return False
    name = re.sub(r"\s", "", title)
    return "《" + name in re.sub(r"\s", "", text) and not any(re.sub(r"\s", "", line) == name for line in text.split("\n"))
