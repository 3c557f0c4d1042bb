"""The genre of the document a page gives (README convention 12): the 文种 its title ends with, else what its text
says it is, else how it reads — an account of an event or of work done (news, report), a plan's task list."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.chrome import CRUMB_LINE, SITE_LABEL, body_of, chrome
from safeplan.corpus.metadata.head_title import ISSUED
from safeplan.corpus.metadata.printed import printed_document, prints_document
from safeplan.corpus.metadata.shapes import (
    ADDRESSEE_LINE,
    ANY_ITEM,
    CITING_NOTICE,
    EVENT_OPENING,
    GENRE_WORDS,
    ITEM_NUMBER,
    NOTICE_TITLE,
    strip_doc_number,
)
from safeplan.corpus.metadata.title import PRINTED, sample_named
from safeplan.corpus.model import Item
from safeplan.hanzi import table as hanzi_table

# a title that names a document of the genre (方案, 计划, 制度 …), not an event
_DOCUMENT_TITLE = re.compile(r"(?:方案|要点|计划|规划|预案|纲要|清单|办法|规定|细则|条例|制度|守则|规程|章程|通知|意见|总结|报告|汇报"
                             r"|经验材料|答复)$")
# an untitled text that says it is its writer's own account: 以下是2022年的主要工作总结 / 现将…情况汇报如下 / 我们乡镇…
_OWN_ACCOUNT = re.compile(r"(?:以下是|下面是|现将|现就)[^。]{0,40}?(?:总结|汇报)|(?:^|[,，。])\s*我们(?:乡镇|镇|乡|街道|社区|村)"
                          # …会议精神,我镇党委政府高度重视,…及时召开了…: the unit tells what it did
                          r"|(?:^|[,，。])\s*我(?:镇|乡|街道|街办|社区|村)(?:(?:党委政府|党委|政府|党工委|办事处)"
                          r"(?:高度重视|及时|迅速|立即|认真|积极|召开|组织)"
                          # 2021年上半年,我镇高度重视…: the unit's stance over a period (an event's day, 我镇召开…, is news)
                          r"|(?:高度重视|始终坚持|切实加强|认真贯彻))"
                          # 2024年,区应急管理局坚持…: an office of no named place (its own) over a year, its stance
                          r"|(?:^|\n)\s*(?:(?:19|20)\d{2}年(?:以来)?|今年以来|一年来)[,，]\s*(?:区|县|市|镇|街道)"
                          r"[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办)(?:坚持|始终|紧紧围绕|高度重视|认真贯彻)"
                          # 本周,我办持续对辖区… / 7月7日下午,我办组织…: an office tells its own week's work
                          r"|(?:^|[,，。])\s*我(?:办|局|站|所)(?:持续|组织|召开|开展|联合|牵头|及时|迅速|立即|认真|积极|共)")
_SELF_NAMED = re.compile(r"制[定订][本此](?:工作|实施|活动|行动|专项)?(方案|计划|规划|预案|要点|办法|规定|细则|制度)"
                         # 本规划实施期限为2021年至2025年 / 本预案适用于…: a document that speaks of itself by its kind
                         r"|本(方案|计划|规划|预案)的?(?:实施期限|期限为|适用于)"
                         # …我镇根据近期情况,特制定以下方案:
                         r"|特制[定订](?:以下|如下)(?:工作|实施)?(方案|计划|预案|要点)"
                         # …开展为期半年的安全生产集中整治。制定实施方案如下: (the sentence opens with 制定)
                         r"|(?:^|[。；;])\s*(?:现|特)?制[定订](?:工作|实施|活动|行动|专项)?(方案|计划|预案|要点)如下")
# an untitled plan's first sentence: 社区决定制定并实施2024年的安全生产工作计划 / 特制定以下工作方案
_DECIDED = re.compile(r"(?:决定|特|现)制[定订](?:并实施|了)?[^，,。；;]{0,24}?(方案|计划|规划|预案|要点)")
_ORGAN_ACCOUNT = re.compile(r"[\u4e00-\u9fff()（）]{2,12}?(?:局|办|委|中心|办公室|管委会|委员会)"
                            r"(?:要求|组织召开|召开|组织开展|部署|举办|联合)[,，]?")
# an untitled account's closing credit: (来源:冯卯镇) / (信息员:梁悦锋 朱建梅) / (沙沟镇杨增奇、苏梅) / (阮学竹)
_CREDIT = re.compile(r"[(（](?:(?:来源|信息员|通讯员|供稿|撰稿|编辑|作者|记者|摄影|图文)\s*[:：/／]\s*[^()（）]{1,30}"
                     r"|(?![^()（）]*(?:负责|牵头|配合|参与|责任|落实))(?:[\u4e00-\u9fff]{2,12}(?:[ \u3000]+|、)[\u4e00-\u9fff]{2,3}"
                     r"|[\u4e00-\u9fff]{0,10}(?:镇|乡|街道|街办|社区)[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*"
                     r"|(?!试行|暂行|修订|草案)[\u4e00-\u9fff]{2,3}))[)）]$")
# a body's doings told in its first sentences: 鉴于此,阜阳市经信委决定从…开展 / 国务院安委会定于…
_ORGAN_NARRATED = re.compile(r"(?:^|[,，。])\s*(?![我本各全该])[\u4e00-\u9fff]{2,14}?(?:安委会办公室|安委办|安委会|安办|经信委|"
                             r"应急管理局|应急局|管理局|委员会|局|委)(?:决定|定于|在全|召开|部署|组织开展)")
# a plan or notice reported on: 根据方案,… / 方案要求,… / 通知要求,…
_REPORTED = re.compile(r"(?:^|[。\n])\s*(?:根据方案[,，]|(?:方案|通知|意见|文件)(?:要求|明确|指出|提出)[,，])")
_SELF_HEADLINE = re.compile(r"^我(?:省|市|区|县|州|镇|乡|街道|社区)")    # 我省实施…计划: a headline, not a document's title
# (…or the meeting as the subject of its first sentence: 会议首先学习了《…》,集中传达了…)
_MEETING_OPENING = re.compile(r"(?:会上|会议上|会议指出|会议强调|会议要求)[,，:：]"
                              r"|会议(?:首先|先后|还|随后)?(?:集中)?(?:听取|传达|学习|审议|通报|观看|宣读)了")
# a meeting or a campaign told in the first sentences of an untitled text: 我市今天召开会议,…副市长张军出席并讲话。会议要求,… /
# …。连日来,全市各镇街、各部门迅速行动
_TOLD_LATER = re.compile(r"出席(?:会议)?并(?:作重要)?讲话|(?:^|[。\n])\s*(?:会议|会上)(?:指出|强调|要求)[,，:：]"
                         r"|(?:^|[。，,\n])\s*连日来[,，]")
_NEWS_MARKS = re.compile(r"记者|通讯员|责任编辑|责编[:：]|撰稿[:：]|作者[:：]|据悉[,，]|据了解[,，]|文章内容来源|图片新闻|本网讯|本报讯"
                         r"|[上下]接第[一二三四五六七八九十\d]{1,2}版|[上下]转第[一二三四五六七八九十\d]{1,2}版"  # a paper's page
                         r"|[(（][\u4e00-\u9fff]{2,12}[ \u3000]+[\u4e00-\u9fff]{2,3}[)）]\s*$")   # closing "(小金街办 张飞)"
# a page's byline (来源:区政府办公室 发表时间:… or the other way round): news, unless the title names a document
_PAGE_BYLINE = re.compile(r"来源[:：][^\n]{1,30}(?:发表|发布)时间[:：]|(?:发表|发布)时间[:：][^\n]{1,30}来源[:：]")
# a plan's headings, numbered 一、 (一) 1. or 1.1.2 (a long plan's sections)
_PLAN_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
                           r"|\d{1,2}(?:[.．]\d{1,2}){0,2}[.．、]?)\s*"
                           r"(?:主要任务|重点任务|工作任务|活动安排|活动内容|活动目标|活动主题|活动时间|工作措施|实施步骤|"
                           r"工作安排|时间安排|进度安排|主要目标|工作目标|目标任务|保障措施)")
# the headings of a 总结/汇报 (a report of work done): 基本情况, 主要做法, 存在的问题, 下一步工作打算
_REPORT_HEADING = re.compile(r"^\s*(?:【[^【】]{1,6}】)?"       # (【提纲】一、2024年工作总结。: an outline's label)
                             + ITEM_NUMBER + r"\s*(?:(?:19|20)\d{2}年度?)?"       # (一、2023年主要工作情况)
                             r"(?:工作总结|基本情况|工作开展情况|(?:工作|目标任务|重点工作)完成情况|主要做法|主要工作|工作成效|取得的成效|"
                             r"存在的?问题|存在的不足|下一步(?:工作)?(?:打算|计划|安排|思路))")
# the title of an account of how work went: 某街道安全生产工作开展情况 / …整改落实情况
_SITUATION = re.compile(r"(?:开展|落实|进展|完成|执行|整改)情况$")
# a headline that reports an event: 杨陵区召开…工作会议 / 某街道开展…检查
_HEADLINE = re.compile(r"^(?!关于)[^，,。]{2,20}?(?:召开|举行|举办|开展|部署|启动|组织|带队|督导|调研|走访|进行|推进|发布"
                       r"|提出要求|作出批示|作出部署|强调)"      # 王小洪副市长对消防安全工作提出要求: an official's words, told
                       r"(?:[^，,。]{2,60})?$")   # …活动启动
# an untitled text whose first sentence has a named place do something: "…,长江路街道不断提高…" / "…,小金街办在辖区
# 范围内开展…" (a report of work, not a rule)
_NARRATED = re.compile(r"(?:^|[,，。])(?![我本])(?:[\u4e00-\u9fff]{2,6}(?:街道|街办|镇|乡|社区))(?:办事处|人民政府|政府|党委|党工委)?"
                       r"(?:[(（][^()（）,，。]{1,8}[)）])?"      # 杨岐乡(垦殖场)于…: the place's second name
                       r"(?:于[^，,。]{1,10}?)?"               # 新华路街道于近期召开… / …于6月16日上午在…
                       r"(?:不断|提前|在|积极|认真|扎实|全面|迅速|立即|高度|坚持|结合|始终|多措并举|持续|进一步|切实|精心|以|"
                       r"通过|组织|开展|召开|采取|牢固树立|紧盯|聚焦|狠抓)")


def _after_title(text: str, title: str) -> str:
    """The text after the line that holds its title (the whole text when no line does)."""
    at = text.find(title[:12])
    end = text.find("\n", at) if at >= 0 else -1
    return text[end + 1:] if end >= 0 else text


def covering_only(title: str | None, text: str, items: list[Item]) -> bool:
    """The page holds the covering notice alone: it sends 《title》 (印发给你们), nothing is numbered and the page does
    not go on to print it (prints_document: no line is that title, no item runs on in a flattened copy)."""
    if not title or "印发" not in text[:3000] or any(item.style not in ("preamble", "paragraph") for item in items):
        return False
    sent = ISSUED.search(text[:3000])
    if sent is None or next((g for g in sent.groups() if g), None) != title:
        return False
    return not prints_document(title, text)


# a title's trailing words that are the site's, not the document's: (精选3篇), 【…】, 范文, 合集, 大全, 材料, 7篇, 篇一, 10
# (…and a draft's mark: 征求意见稿, 修改征求意见版本, 讨论稿, 送审稿 — the document is the draft's kind)
_TITLE_NOISE = re.compile(r"(?:[(（][^()（）]{0,20}[)）]|【[^【】]{0,12}】|范文|范本|模板|全文|例文|(?<!经验)材料|大全|合集|汇编|精选|最新"
                          r"|(?:修改)?征求意见(?:稿|版本?)|讨论稿|送审稿|修订稿|初稿"
                          r"|\d{1,2}篇|篇[一二三四五六七八九十\d]{1,3}|[一二三四五六七八九十]|\d{1,2}|\s)+$")
# a headline that reports a document: 国务院办公厅发布关于做好国庆期间有关工作的意见 (a title says 关于…的意见)
# …or tells how many it sent: 双峰县县长连发三份安全生产工作交办函
# …or that a body drew one up: 庐江县罗河镇:制定“安全生产月”活动方案 / 某县出台安委会工作规则 (a document's own title says
# 关于制定…, never a body and 制定)
_REPORTED_HEADLINE = re.compile(r"^[^，,。《关]{2,24}?(?:(?:发布|印发|下发|出台|发出|公布)了?(?:关于|《)"
                                r"|(?:连发|发出|印发|下发|签发)了?[一二三四五六七八九十两\d]{1,2}(?:份|个|道|项)"
                                # 晋安下达通知:严禁! / 某县发出紧急通知 …: a body that sent a notice, told
                                r"|(?:下达|发出|下发)了?(?:紧急|重要)?(?:通知|通告|禁令|命令)(?![的和及])"
                                r"|[:：]?\s*(?:制定|出台|修订)了?(?:《|“|[^，,。]{2,30}(?:规则|办法|方案|规定|制度|预案|要点)$))")
# a headline line that reports an event (开江县召开…工作会), as the first line of a text whose title was not found
_UNTITLED_HEADLINE = re.compile(r"^(?!关于)[^，,。:：]{2,20}?(?:召开|举行|举办|部署|启动)[^，,。:：]{2,100}$")
# a column of a site's news: the last crumb of 首页 > … > 工作动态 / 政务要闻 / 新闻中心
_NEWS_COLUMN = re.compile(r"(?:动态|要闻|新闻|资讯|快讯)$")
_CRUMB_FILLER = ("内容", "正文", "详情", "详细内容", "文章", "浏览文章")
# the body a news item tells of in the third person: 该区聚焦… / 该镇组织… (a document never names itself so)
_THIRD_PERSON = re.compile(r"(?:^|[。，,\n])\s*该(?:区(?!域)|县|市|镇|乡|街道|社区|村)")
# work done, told: 已实现…全覆盖, 累计, 共排查, 20余次, 召开了, 历时3天
_DONE = re.compile(r"已(?:实现|完成|全部|累计|经|整改|排查|开展|签订)|累计|截[至止]目前|截至\d"
                   r"|共(?:计|有|出动|开展|组织|排查|发现|检查|查处|整改|发放|张贴|悬挂|培训|签订|举办)"
                   r"|\d+[余多](?:次|人次|家|处|份|场|条|人|个|起|米)|(?:召开|开展|组织|成立|发放|张贴|悬挂|进行|取得|签订|出动|排查|制定)了"
                   r"|历时")
# the headings of a policy's explanation (政策解读): 决策背景及依据, 起草过程, 出台背景
_EXPLAINED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
                        r"(?:(?:决策|起草|出台|制定)背景|起草(?:过程|历程|经过)|研判及起草|政策解读|解读)")
# what is to be done: a demand opening a clause (要…, 必须…, 务必…)
_TO_DO = re.compile(r"(?:^|[，,。；;:：\n])\s*(?:要|必须|务必|应当|应)")
_OWN_VOICE = re.compile(r"我(?:们|镇|乡|街道|街办|社区|村|局|单位|公司|厂)|全局上下|本局")
# a 公文 opened by its addressees: 各县(市、区)人民政府,市政府直属各单位:
_ADDRESSED = re.compile(r"(?:朗读\s*)?(?:[\u4e00-\u9fff]{2,20}文件\s*)?"               # 重庆市人民政府办公厅文件渝办发[2012]164号各…
                        r"(?:[\u4e00-\u9fff]{2,8}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号\s*)?"   # 海府[2007]62号各区…:
                        r"各[^。；;\n]{2,60}[:：]")
# a task's 责任部门/牵头单位 in brackets or on its own line: the items of a plan
_DUTY_MARK = re.compile(r"(?:责任|牵头|配合)(?:部门|单位)[:：]")


def folded_title(title: str, traditional: bool) -> str:
    """The title folded to Simplified like its text (a short title may hold no character the fold's first test knows:
    江蘇省安全生產條例, so the text decides)."""
    return title.translate(hanzi_table()) if traditional else title


def genre_of(title: str, text: str, raw: str, law: bool, lines: list[str]) -> str:
    """The genre of the document the page gives (README convention 12): the word its title ends with, else what its
    text says it is (特制定本方案), else how it reads (an account of an event or of work done: news or report)."""
    if law and not CITING_NOTICE.search(title) and not _OWN_RULES.search(title) \
            and not (_PLAN_KIND.search(_TITLE_NOISE.sub("", title)) and not enacts_rules(text)):
        return "law"              # (…关于认真学习宣传贯彻《某省安全生产条例》的通知, quoting its 条: a notice; a body's
                                  # 制度 in 条, 安全生产检查整改反馈制度 / 第一条…: its own rules, README convention 1;
                                  # a 预案 or 应对措施 in 章 and 条, 第一章总则 第一条…: a plan, as its title says,
                                  # unless its text enacts a law's rules, 制定本规定, under a sample site's heading)
    if any(_EXPLAINED.match(line) for line in text[:3000].split("\n")):
        return "other"            # 一、出台背景 …: a 政策解读 of a document (whose title it carries), not the document
    printed = PRINTED.search(text[:800])
    if not printed and _tells_of_document(text):
        return "news"             # 省应急管理厅日前印发《…要点》(以下简称《要点》)…《要点》指出,…: told, not given
    if not title and printed:
        title = printed.group(1)  # 近日,…印发了《关于推进城市安全发展的意见》…全文如下: the page gives the 意见
    sample = None if title else sample_named(text)
    if sample:
        title = sample            # 本站小编为你精心准备了市2020应急管理工作要点参考范文: its sample
    if not title and _UNTITLED_HEADLINE.match(body_of(text).split("\n", 1)[0].strip()):
        return "news"             # 开江县召开2021年第二季度安全生产工作 县安委会…工作会 (its title line not taken)
    named_first = None if title else _NAMED_BEFORE_ADDRESSEES.search(body_of(text)[:300])
    title = title or _head_document_line(lines) or (named_first.group(1) if named_first else "")
    if not _DOCUMENT_TITLE.search(_TITLE_NOISE.sub("", title)):
        sent = printed_document(text)             # 现将《…总体应急预案》印发你们 and the 预案 below it
        title = sent if sent and _DOCUMENT_TITLE.search(sent) else title
    core = _TITLE_NOISE.sub("", SITE_LABEL.sub("", strip_doc_number(title))) if title else ""
    named = _DOCUMENT_TITLE.search(core) or _KIND_AT_END.search(core)
    if _SPEECH_TITLE.search(core):
        return "other"            # 国庆期间工作安排部署会讲话稿: a speech (convention 12), though its title names a meeting
    if not title and any(ADDRESSEE_LINE.match(ln) for ln in lines[:6]) \
            and not (_SELF_NAMED.search(text[:1500]) or _DECIDED.search(body_of(text)[:600])):
        return "notice"           # 各县(区)国土资源局,市局各分局:据气象部门预报,7月1日至5日…: a 公文 to the units below
                                  # opens with them, whatever date its first sentence names
    headline = body_of(text).split("\n", 1)[0].strip()
    addressed = any(ADDRESSEE_LINE.match(ln) for ln in lines[:15])
    if (_REPORTED_HEADLINE.match(title) or _REPORTED_HEADLINE.match(headline) and not addressed) and not printed:
        return "news"             # 国务院办公厅发布关于做好国庆期间有关工作的意见: a headline on a document (the title
                                  # taken may be the document's name the headline quotes: 某区印发《…要点》)
    label = _BODY_LABEL.match(title)
    if label and not _KIND_AT_END.search(_TITLE_NOISE.sub("", title[label.end():])):
        return "news"             # 某县:多措并举抓好汛期安全生产 — a body and a colon, then what it did: a headline
    if not named and (_NEWS_MARKS.search(raw[:3000]) or _NEWS_MARKS.search(raw[-1500:]) or _news_column(raw)):
        return "news"             # bylines are chrome: look at the raw page (unless the title names a document)
    opening = body_of(text)[:300].split("。")[0]
    if not title and (EVENT_OPENING.search(opening[:120]) or _MEETING_OPENING.match(opening)
                      or _TOLD_LATER.search(body_of(text)[:600])):
        return "news"             # "9月29日,永安街社区…组织开展…" / "会上,…": an untitled text that reports an event
    if title and not named and (EVENT_OPENING.search(_after_title(text, title)[:160])
                                or EVENT_OPENING.search(opening[:120])):
        return "news"             # 【保基本民生】“三到位”抓好…: a headline, then 近日,屯溪区安委会办公室牵头… (or a
                                  # title taken from a link below the text, the text opening 2月8日上午,…召开…)
    if not title and _OWN_ACCOUNT.search(body_of(text)[:400]):
        return "report"           # 以下是2022年的主要工作总结 / 我们乡镇…: a unit's own account of its work
    if not title and (_NARRATED.search(opening)
                      or any(_ORGAN_ACCOUNT.match(line) for line in body_of(text)[:400].split("\n")[:2])):
        return "news"             # 经开区安监环保局要求,一是…: an office's doings told by someone else
    if _HEADLINE.match(title) and (not core.endswith(GENRE_WORDS) or re.search(r"提出要求$", core)) \
            and not _SITUATION.search(core) \
            or _SELF_HEADLINE.match(title):       # (…对消防安全工作提出要求: 要求 an official voiced, no document's;
        return "news"                             # …工作开展情况: a unit's account of its work, no event's headline)
    if not named and not _SELF_NAMED.search(text[:1500]) and (credit(text) or _news_account(text, title)):
        return "news"             # (a text that names itself a plan is none, whatever word its excerpt ends on)
    ends = _title_genre(core)
    if ends and ends != "notice" and _sends_unprinted(core, text):
        return "notice"           # 关于转发《某省…实施方案》的通知 and the 方案 is not on the page (convention 12)
    if ends:
        return ends               # …实施方案 / 关于印发《…要点》的通知 / …提醒函: the 文种 the title ends with
    if core and any(NOTICE_TITLE.search(ln) for ln in lines[:20]):
        return "notice"           # …“十三五”规划责任分解 (no 文种 at its end) sent by 关于印发…的通知: the page is the notice
    report = re.search(r"总结|报告|汇报|述职|经验材料|综述", core)   # (综述: a year's survey of its work)
    planned = re.search(r"方案|规划|计划|预案|纲要", core)
    if report and planned and report.start() < planned.start():
        return "report"           # 2024年工作总结和2025年工作计划: the first genre a title names
    if "要点" in core:
        return "work_points"
    if "清单" in core:
        return "checklist"
    if planned:
        return "plan"
    if report:
        return "report"
    if re.search(r"通知|通报|决定|意见|函|批复", core):
        return "notice"
    if re.search(r"条例|办法|规定|细则|法$", core) and not core.startswith("关于"):
        return "law"              # a law's name first (not 关于…的实施办法): a cited 关于…的决定 is no notice
    self_named = None if named else _SELF_NAMED.search(text[:1500]) or _DECIDED.search(opening)
    if self_named:                # 特制定本工作方案 / 现制定工作方案如下 / 特制订本办法: a text with no document title says
        return _kind(next(g for g in self_named.groups() if g))     # what it is (a company's 办法: extract.py's other)
    if _ADDRESSED.match(body_of(text)[:200]) and not named:
        return "notice"           # 各县(市、区)人民政府,市政府直属各单位:…提出如下要求: a 公文 to the units below
    if any(NOTICE_TITLE.search(ln) for ln in lines[:20]) \
            or re.search(r"(?:通知|通报|通告|告知)如下|如下(?:通知|通告|公告)|特此(?:通知|通报|通告|公告)|发布本(?:通告|公告)|印发给你们"
                         r"|现将.{0,60}(?:通知|通报)|提出(?:如下|以下)(?:实施)?意见", text[:5000]):
        return "notice"
    if named:
        return "other"            # 制度, 章程, 守则, 规程: a body's own rules (README convention 1)
    head_lines = text[:3000].split("\n")   # its headings say what it is
    if any(_REPORT_HEADING.match(line) for line in head_lines) or "汇报如下" in text[:1500]:
        return "report"           # 一、基本情况 … 三、存在的问题 / 现将…情况汇报如下
    if any(_PLAN_HEADING.match(line) for line in head_lines) or len(_DUTY_MARK.findall(text[:3000])) >= 2:
        return "plan"             # 活动安排 / 主要任务 / 1.1.2活动目标 / (责任部门:…;配合部门:…)
    if _PAGE_BYLINE.search(raw[:3000]):
        return "news"
    if _work_done(text):
        return "report" if _OWN_VOICE.search(body_of(text)[:600]) else "news"   # 已实现全覆盖, 20余次: an account
    if not title:
        return _untitled_piece(body_of(text)) or "other"
    return "other"


# a document's name run into the addressees it opens with: 2021年乡镇防汛度汛实施方案 各村(居)委会、有关单位:
_NAMED_BEFORE_ADDRESSEES = re.compile(r"([^\s，,。;；:：]{4,40}?(?:方案|计划|规划|预案|要点|通知|意见|办法|规定|总结|报告))"
                                      r"\s*(?=各[^。；;\n]{2,60}[:：])")
# a 公文's title is [机关]关于[事由]的[文种]: the 文种 it ends with names its genre (README convention 12), the 15 kinds of
# 公文 and the plans, rules and accounts of the genre; 办法, 规定, 细则 are a law's unless the title opens with 关于
_KINDS = (("work_points", "要点"), ("checklist", "清单|检查(?:项目)?表"),
          ("plan", "方案|规划|计划|预案|纲要|(?:应对|应急|防范)措施"),          # (a flood's 应对措施: how to meet it)
          ("report", "总结|报告|汇报|述职|经验材料|综述|会议记录"),      # (社区安全会议记录: a unit's own account of its
                                                                          # meeting, README convention 5)
          ("notice", "通知|通报|通告|公告|决定|意见|函|批复|答复|请示|纪要|预警|提醒"),    # (关于做好…的提醒: to 各村;
                                                                                    # …第0153号提案的答复: convention 12)
          ("law", "条例|办法|规定|细则|(?<![方做看想说])法"),
          ("other", "一封信|公开信|倡议书|慰问信|制度"))        # (a body's letter to the public: README convention 12's other)
_PLAN_KIND = re.compile("(?:" + dict((kind, words) for kind, words in _KINDS)["plan"] + ")$")
_KIND_AT_END = re.compile("(?:" + "|".join(words for _, words in _KINDS) + ")$")
# a headline's opening label, a body's name and a colon: 某县:… / 应急管理局:… (速看: is a site's, no body)
_BODY_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,14}?(?:省|市|州|区|县|旗|镇|乡|街道|社区|村|局|委|办|中心)\s*[:：]\s*(?!关于)")
# a covering notice's title around the document it sends: XX关于印发《YY方案》的通知 / 关于2024年工作要点的通知
# (not one about a document it cites: 关于认真学习宣传贯彻《某省安全生产条例》的通知 is a notice)
_COVERING_TITLE = re.compile(r"关于(?:(?:印发|转发|下发|发布|颁发|公布)[^《》]{0,20}?)?《?([^《》]+?)》?的通知$")
# a title naming a body's own rules, not a law (README convention 1): …管理制度, …章程, …责任制 (a sample site's piece
# number after it: …管理制度1) — not a legislature's (某省人民代表大会常务委员会…制度 is its law)
_OWN_RULES = re.compile(r"^(?!.*(?:人民代表大会|人大常委会)).*(?:制度|章程|责任制)\d{0,2}$")
# two 文种 joined, the first the title's (2024年工作总结和2025年工作计划)
_JOINED_KIND = re.compile("(" + "|".join(words for _, words in _KINDS) + ")(?:和|及|暨|与|以及)")


def _kind(word: str) -> str:
    return next(kind for kind, words in _KINDS if re.fullmatch(words, word))


def _sends_unprinted(core: str, text: str) -> bool:
    """A covering notice's title (关于印发/转发《X》的通知) whose X no line of the page prints (no line is X or its first
    part): the page gives the notice alone."""
    sent = _COVERING_TITLE.search(core)
    if not sent or not re.search(r"关于(?:印发|转发|下发|发布|颁发|公布)", core):
        return False
    name = sent.group(1).rsplit("《", 1)[-1]          # (…转发区公安消防支队《静安区消防“十三五”规划》的通知)
    return not prints_document(name, text)


def _title_genre(core: str) -> str | None:
    """The genre a title names by the 文种 it ends with (…实施方案 → plan, …的提醒函 → notice): a covering notice's by the
    document it sends (关于印发《…要点》的通知 → work_points) when that names one, two joined 文种 by the first
    (…工作总结和…工作计划 → report); 关于…的实施办法 is a notice, a law's 办法 has no 关于."""
    sent = _COVERING_TITLE.search(core)
    name = sent.group(1) if sent and _KIND_AT_END.search(sent.group(1)) else core
    end = _KIND_AT_END.search(name)
    if not end:
        return None
    joined = _JOINED_KIND.search(name, 0, end.start())
    kind = _kind(joined.group(1) if joined else end.group())
    return "notice" if kind == "law" and name.startswith("关于") else kind


# an account's measures, one a paragraph: 一是强化意识,加强宣传。组织召开全镇… (its first line, no document before it)
# (or told in one sentence: 一是召集地区各村(社区)主任…召开安全生产工作会,要求各村…进行自查,查找安全隐患。)
_FIRST_MEASURE = re.compile(r"^(?:本网讯\s*)?一是[^。\n]{2,120}。")
# a numbered item's opening that is not the first of its list: (三)… / 四、… / 2、… / (二)… — a piece of a longer text
_LATER_ITEM = re.compile(r"^\s*(?:[(（][二三四五六七八九十]{1,3}[)）]|[二三四五六七八九十]{1,3}[、.．]|[2-9][、.．](?!\d))")
# a demand on someone: 各乡镇、各部门要严格监管 / 必须 / 务必 / 应当 (not 主要, 重要, 需要, 要求, 要点)
_DEMAND = re.compile(r"(?<![主重需纲只提摘概首不紧必想])要(?![求点素害闻员领紧])|必须|务必|应当")
# a duty list's line: 2、发改委:负责森林火灾控制保障体系… / 财政局:负责… (a plan's 职责分工)
_DUTY_LINE = re.compile(r"^\s*(?:\d{1,2}[、.．]\s*)?[\u4e00-\u9fff]{2,12}[:：]\s*负责", re.M)
# a later section's heading of a long 公文 (五、加强值守,… / 四、严格执法,…): the page is a piece cut from its middle
_LATER_SECTION = re.compile(r"^\s*[二三四五六七八九十]{1,3}[、.．]", re.M)
# a demand on the units below, by name: 各地要… / 各乡(镇、街道)和有关部门要… / 各区县政府…及市级各有关部门要…
_DIRECTED = re.compile(r"各[^。；;，,\n]{0,40}?(?<![主重需纲只提摘概首不紧必想])要(?![求点素害闻员领紧])")
# a speech's voice: 同志们 / 一要…二要… / 我讲几点 / 大家
_SPEECH_VOICE = re.compile(r"同志们|[一二三四五]要[^求点]|我(?:再)?(?:讲|强调)|大家|我们")


# a 要点's opening: the year's work of a whole place and what guides it (2023年,全市应急管理工作总体要求是:以…为指导 /
# 2022年全市应急管理工作,坚持以…为指导)
_YEAR_GUIDED = re.compile(r"^(?:19|20)\d{2}年[,，]?\s*全(?:省|市|区|县|州|旗)[\u4e00-\u9fff]{2,16}?工作(?:的)?"
                          r"(?:总体要求是|总体思路是|[,，]\s*(?:要)?(?:坚持|以))[^。]{0,40}?为指导")


def _untitled_piece(body: str) -> str | None:
    """What an untitled text no other sign placed is, from its grammar (README conventions 5 and 12): measures told one
    a paragraph (一是…。…成立了…) are an account — news, or a report in the writer's own voice; a duty list (X局:负责…)
    or a piece of a plan's task list (it opens on a later item, (三)开展…专项整治。…, and demands nothing of anyone
    with 要/必须 — a speech's or a notice's items do) is a plan."""
    head = body[:600]
    if _YEAR_GUIDED.match(body) and any(ANY_ITEM.match(line) for line in body[:3000].split("\n")[1:]):
        return "work_points"      # 2023年,全市…工作总体要求是:以…为指导…\n一、…: the year's 工作要点, its title lost
    first_item = re.split(r"\n\s*(?:二是|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])", head)[0]
    if _FIRST_MEASURE.match(body) and not _DEMAND.search(first_item):
        return "report" if _OWN_VOICE.search(head) else "news"
    if len(_DUTY_LINE.findall(body[:1500])) >= 3:
        return "plan"
    lines = [line for line in body[:800].split("\n") if line.strip()][:3]
    first = next((i for i, line in enumerate(lines) if ANY_ITEM.match(line)), None)
    if first is not None and _LATER_ITEM.match(lines[first]) \
            and not _DEMAND.search("\n".join(lines[first:first + 2])[:400]):
        return "plan"
    if _LATER_SECTION.search(body[:1500]) and _DIRECTED.search(body[:2000]) \
            and not _SPEECH_VOICE.search(body[:2000]):
        return "notice"           # a piece of a 公文's sections (…五、…各乡(镇、街道)和有关部门要…): a notice's page
    return None


# a speech's title: …在全市安全生产委员会例会上的讲话 / …部署会讲话稿 / …会议发言 / 致辞
_SPEECH_TITLE = re.compile(r"(?:讲话|讲话稿|讲稿|发言|发言稿|致辞)$")
# a document another body issued, named short for the page to quote: …印发《2023年全省应急管理工作要点》(以下简称《要点》)
_ISSUED_SHORT = re.compile(r"印发了?《[^《》]{2,60}》[^。\n]{0,10}?[(（]以下简称《([^《》]{1,10})》[)）]")


def _tells_of_document(text: str) -> bool:
    """A page that tells of a document in the third person (README convention 12): it names the document another body
    issued, then reports what it says (《要点》指出,… / 《要点》提出,…) — a covering notice sends it (印发给你们)."""
    head = text[:3000]
    short = _ISSUED_SHORT.search(head)
    if not short or re.search(r"印发给你们|现将|现予印发|印发你们", head):
        return False
    return re.search("《" + re.escape(short.group(1)) + "》(?:指出|提出|要求|强调|明确|部署)", head[short.end():]) is not None


def _head_document_line(lines: list[str]) -> str | None:
    """A text whose title was not found: a short line of its head that names a document (乡镇安全生产年终工作总结10,
    市安全生产委员会2024年工作要点7篇), not a menu's entry (• 工作总结) or a sentence."""
    read = 0
    for line in lines[:60]:
        if chrome(line):
            continue
        if 6 <= len(line) <= 40 and not re.search(r"[，,。；;:：]", line) \
                and _DOCUMENT_TITLE.search(_TITLE_NOISE.sub("", line)):
            return line
        read += 1
        if read == 15:
            break
    return None


def _news_column(raw: str) -> bool:
    """The page sits in a site's news column: its breadcrumb's last crumb (首页 > … > 工作动态 / 政务要闻)."""
    for line in raw[:1500].split("\n")[:15]:
        if CRUMB_LINE.search(line) or re.search(r"\S\s*[>»›]{1,2}\s*\S.*[>»›]", line):
            crumbs = [c.strip() for c in re.split(r"[>»›]+", line) if c.strip() and c.strip() not in _CRUMB_FILLER]
            return bool(crumbs) and _NEWS_COLUMN.search(crumbs[-1]) is not None
    return False


def _work_done(text: str) -> bool:
    """An untitled text that tells of work done (已实现…, 累计…, 开展…20余次, 召开了…) more than it demands any."""
    head = body_of(text)[:1500]
    done = len(_DONE.findall(head))
    return done >= 2 and done > len(_TO_DO.findall(head))


def credit(text: str) -> str | None:
    """The credit closing an account (its source, its reporter), after the last sentence: in brackets, or a name
    alone on the last line under a sentence (…防汛意识。 / 陈萧)."""
    tail = text[-200:].rstrip(" \t\n|")
    m = _CREDIT.search(tail)
    if m and (m.start() == 0 or tail[m.start() - 1] in "。！!”\n"):
        return m.group()
    last = tail.rsplit("\n", 1)
    return last[1].strip() if len(last) == 2 and last[0].rstrip().endswith(("。", "！", "!")) \
        and _NAME_LINE.match(last[1].strip()) else None


# a person's name alone on a line (陈萧, 王 卡), not an organ's (镇政府, 安监站)
_NAME_LINE = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}$(?<![府局办委会处所站队室院司厂部村镇乡区县市省])")


def _news_account(text: str, title: str) -> bool:
    """The first two sentences tell of a body's doings (…。12月21日下午,冯卯镇召开… / …,碧岭街道牢固树立… /
    鉴于此,阜阳市经信委决定…), or report on a plan (根据方案,…): an account of work, unless it names itself a plan."""
    body = _after_title(text, title) if title else body_of(text)
    if _SELF_NAMED.search(text[:1500]) or _DECIDED.search(body[:600]):
        return False
    first = "。".join(body[:400].split("。")[:2])
    return bool(EVENT_OPENING.search(first[:250]) or _NARRATED.search(first) or _ORGAN_NARRATED.search(first)
                or _REPORTED.search(body[:600]) or _THIRD_PERSON.search(body[:600]))


_ENACTED = re.compile(r"制定本(?:规定|規定|条例|條例|办法|辦法|细则|細則)")     # (read on the text as written)


def enacts_rules(text: str) -> bool:
    """The text says it enacts rules of its own (制定本规定 / 本条例), read on the text as written."""
    return _ENACTED.search(text[:3000]) is not None
