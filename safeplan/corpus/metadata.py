"""Metadata of a policy document read off its text: 标题, issuer (落款/发布机构), 文号, 索引号, date,
level, region, genre, period, template.

Everything is looked for in the document's head (the text before its first numbered item) and in the
lines around the signature; the body is not searched for a 文号, since bodies cite other documents.
"""

from __future__ import annotations

import re

from safeplan.corpus.clean import without_glosses
from safeplan.corpus.model import Item, Metadata
from safeplan.corpus.numerals import cn_to_int
from safeplan.corpus.places import county_level_city
from safeplan.hanzi import table as hanzi_table
from safeplan.hanzi import to_simplified

# (金政?2014?8號: a copy that lost the brackets' glyphs to "?", as it loses 年月日)
_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,14}[〔\[［﹝【(（?？]\s*((?:19|20)\d{2})\s*[〕\]］﹞】)）?？]\s*第?\s*\d{1,4}\s*号")
_DOC_NUMBER_LOST = re.compile(r"^([\u4e00-\u9fff]{1,10}[发字办函电])[〔\[［﹝【(（]((?:19|20)\d{2})(\d{1,4})$")
_LAW_ORDER = re.compile(r"(?:中华人民共和国)?(国务院令|主席令|[\u4e00-\u9fff]{2,8}部令|[\u4e00-\u9fff]{2,12}人民政府令)"
                        r"\s*第\s*(\d{1,4})\s*号")
# 广东省第九届人民代表大会常务委员会公告(第147号): a local legislature's announcement number
_WIRE_DATELINE = re.compile(r"^据?(?:新华社|中新社)[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日电\s*")
_ANNOUNCER = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人大常委会))公告", re.M)
_ANNOUNCEMENT = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民代表大会常务委员会|人大常委会)公告\s*[(（]?\s*第\s*\d{1,4}\s*号\s*[)）]?")
_INDEX = re.compile(r"索\s*引\s*号\s*[:：]?\s*\|?\s*([A-Za-z0-9][A-Za-z0-9/\-—_.]{3,60})")
_DATE_CN = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DATE_HAN = re.compile(r"([二〇○零一三四五六七八九OＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_DATE_ONLY = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"|[二〇○零一三四五六七八九OＯ]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"|(?:19|20)\d{5,6}日?)$")            # 2024227 / 20171228: a web copy that lost the glyphs 年 月 日 of a 落款
_DATE_COMPACT = re.compile(r"^((?:19|20)\d{2})(\d{3,4})日?$")
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d{2})\s*年?")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年")
_TEMPLATE = re.compile(r"20__|__[\u4e00-\u9fff]|[\u4e00-\u9fff]__|_{3,}|(?:[×X]{2}|xx)(?:市|区|县|镇|街道|社区)|某某")
_ISSUER_END = re.compile(
    r"(?:人民政府(?:办公室)?|政府办公室|安全生产委员会(?:办公室)?|安委会(?:办公室)?|安委办|委员会(?:办公室)?|办公室|"
    r"应急管理局|应急管理部|管理局|局|厅|办事处|人民代表大会常务委员会|国务院|委员会|公司|党委|党工委|管委会|指挥部|领导小组)$")
# a street's, town's, community's or village's 落款 by its place's name or its office's short name (某某街道 /
# 某某社区居委会 / 某某镇政府 / 某某镇安监站 above the date): a signer only there, never in a title
_PLACE_SIGNER = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,14}?(?:街道办事处|街道办|街办|街道|镇人民政府|镇政府|乡人民政府|乡政府|镇|乡"
                           r"|社区居民委员会|社区居委会|居委会|社区|村民委员会|村委会|村|应急办|安监站|安监所|安办|平安办|综治办"
                           r"|消防救援大队|消防救援支队|大队|支队|(?:综治|综合治理|应急管理|应急指挥|网格化管理|社会治理)中心)$")
# an agency's name opening a title (its group 1), what follows it is each pattern's own
_OPENING_AGENCY = r"^([\u4e00-\u9fff()（）]{1,30}?" + _ISSUER_END.pattern.removesuffix("$") + ")"
# the agency that opens a title, right before its year: 市安委会2024年… / 区应急管理局2024年…
_TITLE_AGENCY = re.compile(_OPENING_AGENCY + r"(?=\s*(?:19|20)\d{2}\s*(?:年|工作)|\s*工作(?:要点|总结|计划))")     # (市安委会工作要点(全文);
                                                                              # 县应急管理局2022工作总结: 年 left out)
_OWN_PAPER = re.compile(r"(?:要点|总结|计划|报告|汇报)$|总结和")
# an order's head on its own line: 某某省人民政府令 / 中华人民共和国应急管理部令 (its number below it)
_ORDER_HEAD = re.compile(r"(?:中华人民共和国)?([\u4e00-\u9fff]{2,20}?(?:人民政府|部|委员会|总局))令")
# the agency that opens a title of any 公文 with 关于 (某镇人民政府关于开展…的实施方案 / …的请示)
_ABOUT_AGENCY = re.compile(_OPENING_AGENCY + r"(?=关于)")
# a letter's title opens with its writer: 新丰镇人民政府致全镇人民的一封信 / 某镇人民政府告全镇居民书
_LETTER_TITLE = re.compile(_OPENING_AGENCY + r"(?:致|告)[^，,。:：;；]{2,30}?(?:的(?:一封|公开)?信|书)$")
# a report or speech made at a meeting names where under its title (——2018年5月30日在…会议上), its author beside it
_OCCASION = re.compile(r"^[—─\-]{1,2}\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^，,。]{2,60}?(?:会议|大会|会)上")
# the 公文 a title names after 关于…的 (通告 and 公告 too: 关于森林防火禁火的通告), a qualifier allowed (…的紧急通知)
_NOTICE_TITLE = re.compile(r"关于.{2,120}的(?:紧急|补充|重要)?(?:通知|通报|决定|意见|批复|函|报告|办理意见|答复|通告|公告|请示)")
_FORWARDED = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*转发")
# a document's red head run into its 文号: 重庆市人民政府办公厅文件渝办发[2012]238号各区县…
_RED_HEAD = re.compile(r"^([\u4e00-\u9fff]{2,30}?(?:人民政府(?:办公室|办公厅)?|办公厅|办公室|委员会|管理局|厅|局))文件\s*"
                       r"(?=[\u4e00-\u9fff]{1,8}[〔\[［﹝【(（]\s*(?:19|20)\d{2})")
# a copy flattened into one line: its notice title, then a blank and the addressees (…的通知 各市、县人民政府,…), or
# the addressees glued on (…的通知镇直各部门、各村党组织:…)
_FLAT_NOTICE = re.compile(r"^([^\s，,。:：;；]{0,60}?关于[^\s，,。:：;；]{2,100}?的(?:紧急|补充|重要)?(?:通知|通报|决定|意见|批复|函|通告))"
                          r"(?:[ \u3000]+\S|(?=(?:各|[镇乡县市区]直|机关|全[镇乡县市区])[^\s，,。:：;；]{1,60}[:：]))")
# a 落款 on one line: 新乡市人民政府安全生产委员会办公室 2017年10月4日
# (two agencies signing together: 连云港市交通运输局  连云港市公安局  2022年4月25日)
_SIGNED_LINE = re.compile(r"^([^\s，,。:：;；]{4,40}?(?:[ \u3000]+[^\s，,。:：;；]{4,40}?){0,3})[ \u3000]+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"|[二〇○零一三四五六七八九OＯ]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")
_BOOK_TITLE = re.compile(r"《([^《》]{2,100})》")
_ISSUED_BOOK = re.compile(r"(?:印发|转发|发布|颁布|公布|下发|批转|修订)\s*《([^《》]{2,100})》"
                          r"|关于\s*《([^《》]{2,100})》\s*的(?:通知|通报)")      # (关于《…方案》的通知: 印发 left out)
_ISSUED = re.compile(r"(?:现将|印发)《([^《》]{2,100})》(?![^，,。]{0,8}(?:公开)?征求)|《([^《》]{2,100})》(?:已经|予以印发)")
_GENRE_WORDS = ("方案", "要点", "计划", "规划", "通知", "通报", "意见", "办法", "规定", "细则", "总结", "报告", "汇报",
                "清单", "决定", "条例", "法", "制度", "措施", "预案", "要求", "纲要", "指南", "守则", "章程", "规程", "综述",
                "责任书", "通告", "责任制")
# a title that names a document of the genre (方案, 计划, 制度 …), not an event
_DOCUMENT_TITLE = re.compile(r"(?:方案|要点|计划|规划|预案|纲要|清单|办法|规定|细则|条例|制度|守则|规程|章程|通知|意见|总结|报告|汇报"
                             r"|经验材料)$")
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
_SELF_NAMED = re.compile(r"制[定订][本此](?:工作|实施|活动|行动|专项)?(方案|计划|规划|预案|要点)"
                         # 本规划实施期限为2021年至2025年 / 本预案适用于…: a document that speaks of itself by its kind
                         r"|本(方案|计划|规划|预案)的?(?:实施期限|期限为|适用于)"
                         # …我镇根据近期情况,特制定以下方案:
                         r"|特制[定订](?:以下|如下)(?:工作|实施)?(方案|计划|预案|要点)")
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
_MEETING_OPENING = re.compile(r"(?:会上|会议上|会议指出|会议强调|会议要求)[,，:：]")
_EVENT_OPENING = re.compile(r"(?:^|[\n,，。)）])\s*(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[至到—-](?:\d{1,2}月)?\d{1,2}日)?"
                            r"(?:上午|下午|晚上|晚|早上|早晨|凌晨|中午)?(?:\d{1,2}[点时](?:[至到—-]\d{1,2}[点时])?)?"
                            r"|近日|日前)[,，]"      # 12月10日至11日, 7月28日早上5点至8点, too
                            r"|(?:^|[\n。])\s*(?:近日|日前)(?=[\u4e00-\u9fff])")   # 。近日西林街道总工会联合…
_NEWS_MARKS = re.compile(r"记者|通讯员|责任编辑|责编[:：]|撰稿[:：]|作者[:：]|据悉[,，]|据了解[,，]|文章内容来源|图片新闻|本网讯|本报讯"
                         r"|[上下]接第[一二三四五六七八九十\d]{1,2}版|[上下]转第[一二三四五六七八九十\d]{1,2}版"  # a paper's page
                         r"|[(（][\u4e00-\u9fff]{2,12}[ \u3000]+[\u4e00-\u9fff]{2,3}[)）]\s*$")   # closing "(小金街办 张飞)"
# a page's byline (来源:区政府办公室 发表时间:… or the other way round): news, unless the title names a document
_PAGE_BYLINE = re.compile(r"来源[:：][^\n]{1,30}(?:发表|发布)时间[:：]|(?:发表|发布)时间[:：][^\n]{1,30}来源[:：]")
# a headline that reports an event: 杨陵区召开…工作会议 / 某街道开展…检查
_SAMPLE_SUFFIX = re.compile(r"(?:范文|范本|模板|全文|供借鉴|供参考)$")
# a page that gathers several documents of one kind: 乡镇2021年度安全生产工作计划(精选3篇) / …合集 / …大全
_COMPILATION = re.compile(r"(?:精选)?\d{1,2}篇[)）]?$|合集$|大全$|精选\d{1,2}篇")
_NUMBER_OPENING = r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])\s*"
# …and a plan's headings, numbered 一、 (一) 1. or 1.1.2 (a long plan's sections)
_PLAN_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]"
                           r"|\d{1,2}(?:[.．]\d{1,2}){0,2}[.．、]?)\s*"
                           r"(?:主要任务|重点任务|工作任务|活动安排|活动内容|活动目标|活动主题|活动时间|工作措施|实施步骤|"
                           r"工作安排|时间安排|进度安排|主要目标|工作目标|目标任务|保障措施)")
# the headings of a 总结/汇报 (a report of work done): 基本情况, 主要做法, 存在的问题, 下一步工作打算
_REPORT_HEADING = re.compile(_NUMBER_OPENING + r"(?:基本情况|工作开展情况|主要做法|主要工作|工作成效|取得的成效|"
                             r"存在的?问题|存在的不足|下一步(?:工作)?(?:打算|计划|安排|思路))")
_HEADLINE = re.compile(r"^(?!关于)[^，,。]{2,20}?(?:召开|举行|举办|开展|部署|启动|组织|带队|督导|调研|走访|进行|推进"
                       r"|提出要求|作出批示|作出部署|强调)"      # 王小洪副市长对消防安全工作提出要求: an official's words, told
                       r"(?:[^，,。]{2,60})?$")   # …活动启动
# lines that are never a title: a bare number, a byline in brackets, a chapter heading, a web page's chrome
_NOT_TITLE = re.compile(
    r"^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?|[(（].*[)）]|目\s*录|第[一二三四五六七八九十百\d]+[章节篇]\s*\S{0,12}"
    r"|.*(?:部分内容阅读|当前位置|您的位置|现在位置|所在的?位置|扫一扫|在手机打开|字号|字体|打印本页|分享到|支持IPV6|支持IPv6|浏览次数"
    r"|门户网站|政府网站|网站首页|设为首页|加入收藏|收藏本站|欢迎来到|欢迎访问|读完约|索引号|内容概述"
    r"|(?:发布|发表|更新)(?:日期|时间)[:：]|来源[:：\s]|相关推荐|推荐阅读|相关文章|热门推荐"
    r"|(?:日期|时间)[:：]\s*(?:19|20)\d{2}"        # 日期:2022-10-24 15:39:42 / 日期:2024-03-06浏览:161: a byline
    # a site's footer and accessibility menu: 主办:…人民政府 © 版权所有 / 晋ICP备… / 长辈版 / 无障碍浏览 / Ai政务问答
    r"|主办[:：]|承办[:：]|版权所有|ICP备|公网安备|网站标识码|技术支持[:：]|严禁上网|无障碍|长辈版|适老化|政务问答|阅读辅助"
    r"|移动端|政务微信|政务微博|智能问答|个人中心|视力保护色|长者模式).*"
    r"|附件\d{0,2}[:：].*|附\s*件\s*\d{0,2}"      # (附件 / 附件1 alone over the document it attaches)
    r"|[\u4e00-\u9fff]{0,4}(?:通讯员|记者|作者|编辑|责任编辑|审核|撰稿|摄影|实习生)[:：\s].{0,20}"   # 全媒体记者:张敬
    r"|.*[^\d\s-](?:19|20)\d{2}-\d{2}-\d{2}"           # 争春时 赶订单2025-02-13: a related item and its date
    r"|【[^】]{2,6}】|(?:(?:打印本文|打印本页|关闭窗口|打印|关闭)\s*){2,}|[\u4e00-\u9fff]{0,4}(?:新闻|要闻|媒体|动态|资讯|信息公开)"
    r"|.*_{3,}.*|[^:：]{2,16}[:：]\s*年\s+月\s+日\s*"      # 被检查单位名称:______ / 检查时间: 年 月 日: a form's blank
    r"|.*上一篇.*下一篇.*|.*https?://.*|文档简介|版权说明.*|.*范文分享|目\s*录[/／]提纲.*"
    r"|.{0,30}\s(?:通讯员|记者)\s*[\u4e00-\u9fff]{2,4}"      # 山东商报·速豹新闻网 刘燕 通讯员 刘慧丽      # 通讯员:赵卫东                        # 附件:…方案.doc: an attachment's link
    r"|.*[a-z]{2,4}\d{3,}.*"                     # 撬装加油站-js4399金沙线: a spam site's code
    r"|Document|[•·].*|-\s.*|.{0,20}\s(?:供稿|撰稿|来稿)"      # 政府办公室 高云义 供稿: an author credit                          # a bulleted line is a menu's or a byline's
    r"|(?:首页|主页|网站首页)\s*[/>»›].*|.*\S\s*/\s+\S.*\s/\s.*"
    r"|(?:首页|主页|网站首页)(?:\s+[\u4e00-\u9fff]{2,8}){1,3}"      # 首页 部门动态: a breadcrumb with blanks
    r"|[\u4e00-\u9fff]{2,12}\s+(?:登录|注册)(?:\s*[|/]?\s*(?:登录|注册))?"  # 中国政府网 登录: a site's name and its login     # a breadcrumb with slashes: 首页/ 政府信息公开 / …
    r"|[\dA-Za-z]{0,8}[\u4e00-\u9fff]{0,8}(?:范文网|文库|资料网|文档网|网站)|[\dA-Za-z]{1,8}[\u4e00-\u9fff]{1,6}网"
    r"|[\u4e00-\u9fff]{2,8}(?:新闻|信息|文明|政府|热线|日报)网|[\u4e00-\u9fff]{2,8}(?:电子报|数字报)"   # a site's name alone: 51范文网, 绵阳新闻网, 秀山电子报
    r"|.*(?:电话|热线|传真|邮箱)[:：]\s*[\d\-—()（）]{3,}.*"           # 森林火警电话:12119: a contact line
    r"|.{4,40}\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发.*"          # a 版记's line: …党政办公室 2022年6月17日印发
    r"|\W{0,3}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:星期|周)[一二三四五六日天]"   # >2023年8月9星期三: a page's day
    r"|.*\S\s*[>»›]\s*\S.*"                      # a breadcrumb: 主页 > 安全生产 > …
    r"|(?:朗读|打印|关闭|收藏|返回|阅读全文|Print|文章播报|语音播报)"          # a page's buttons
    r"|.*[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)\b.*|.*\d(?:\.\d+)?\s*[KM]B\b.*|.*(?:下载文档|继续阅读|文档共\d+页).*"  # a
    # document site's slogan with its domain, a file's size, its reading prompts
    r"|(?:[\u4e00-\u9fff]{1,6}[ \u3000]+){4,}[\u4e00-\u9fff]{1,6}"     # 首   页 走进西乡 新闻中心 …: a menu
    r"|.*(?:供图|图片来源)(?:[(（]下同[)）])?"                    # a photo's caption and credit: …夜查行动 北站街道供图(下同)
    r"|[一二三四五六七八九十]{1,3}是)$")
# a document-sharing site's copy: "1、<title>为认真贯彻…" / "1、 <title>一、目的…" (its page chunks are numbered)
_RUN_IN_TITLE = re.compile(
    r"^\d{1,2}、\s*([^，,。:：;；、]{4,60}?(?:" + "|".join(("方案", "要点", "计划", "规划", "制度", "办法", "规定", "细则",
                                                          "章程", "意见", "通知", "预案")) +
    r")(?:[(（][^()（）]{0,14}[)）])?)\s*(?=为|根据|一、|第一章|按照|目录)")
# a document flattened into one line: "2024 年镇应急管理工作中期评估报告 一、应急体系建设主要任务 (一)…"
# a document site's watermark run into a flattened copy: 精选优质文档- 倾情为你奉上 专心- 专注-专业 …
_SITE_SLOGAN = re.compile(r"^.*(?:倾情为你奉上|精选优质文档|专心-?\s*专注-?\s*专业)\s*")
# …and one whose first heading is glued to its title: 安全机构设置与人员任命管理制度一、目的 为确保…
_GLUED_TITLE = re.compile(r"^([^，,。:：;；、\s][^，,。:：;；、\s]{3,40}?(?:制度|办法|规定|细则|规程|章程|方案|计划|要点|预案|总结|报告|记录"
                          r"|责任书|责任制)(?:[(（](?:试行|暂行|修订|草案|征求意见稿)[)）])?)\d{0,3}(?:一、|第一章|引言[:：]|前言"
                          r"|为(?:了)?(?:贯彻|落实|进一步|加强|深入|切实|做好|认真|确保|全面)|根据(?:上级|省|市|县|区|《|中华人民共和国))")
# (…目标管理责任书为贯彻执行…: the text's first sentence, opened as a document's is, glued on)     # (…记录20一、: a page number between)       # (安全生产委员会章程第一章总则1.1…)
_FLAT_TITLE = re.compile(r"^([^，,。:：;；、\s][^，,。:：;；、]{3,58}?)\s+(?:一、|\d{1,2}、|各(?=[\u4e00-\u9fff]{1,20}[、，,:：]))")   # (…制度 2、…: a chunk's)
# "特制定了以下社区消防安全工作计划。": a document named only in its first sentence
# a writing site's blurb naming its sample: 前言:本站为你精心整理了街道社区消防安全整治方案范文,…
_BLURB_NAMED = re.compile(r"(?:(?:为你|为您|为大家)?精心(?:整理|准备)了?(?:的)?|(?:小编|本站)(?:为你|为您|为大家)?(?:整理|收集|搜集)(?:整理)?了?的)"
                          r"([^，,。；;\s]{4,30}?(?:方案|计划|规划|制度|办法|要点|总结|思路))(?:参考)?(?:范文|范本|模板)?[,，。]")
_NAMED_IN_TEXT = re.compile(r"(?:特|现)?制定(?:了)?(?:以下|如下)([^，,。；;\s]{4,30}?(?:方案|计划|规划|制度|办法|要点))[。，,]"
                            r"|制[定订]本《([^《》]{4,40}?(?:方案|计划|规划|制度|办法|要点|规定|细则|预案))》")   # 特制定本《…制度》
_SALUTATION_END = (":", "：")
# a plan's preface naming it: …牵头组织编制了《巫山县应急管理“十四五”规划》,作为…
_PRINTED_IN_FULL = re.compile(r"《([^《》]{4,60})》全文如下")     # a news copy printing a document in full
_COMPILED = re.compile(r"编制了《([^《》]{4,40}?(?:方案|计划|规划|预案|要点))》[,，]?作为")
# an untitled text whose first sentence has a named place do something: "…,长江路街道不断提高…" / "…,小金街办在辖区
# 范围内开展…" (a report of work, not a rule)
_NARRATED = re.compile(r"(?:^|[,，。])(?![我本])(?:[\u4e00-\u9fff]{2,6}(?:街道|街办|镇|乡|社区))(?:办事处|人民政府|政府|党委|党工委)?"
                       r"(?:[(（][^()（）,，。]{1,8}[)）])?"      # 杨岐乡(垦殖场)于…: the place's second name
                       r"(?:于[^，,。]{1,10}?)?"               # 新华路街道于近期召开… / …于6月16日上午在…
                       r"(?:不断|提前|在|积极|认真|扎实|全面|迅速|立即|高度|坚持|结合|始终|多措并举|持续|进一步|切实|精心|以|"
                       r"通过|组织|开展|召开|采取|牢固树立|紧盯|聚焦|狠抓)")
# the keys of a government page's info table as written (索 引 号:, [ 发布机构 ], 名 称:): a line that opens with one
# holds one or more "key: value" pairs (索引号: … 发布机构: 区政府办 / [ 成文日期 ] 2022-04-29 [ 发布日期 ] …)
_INFO_KEYS = ("信息索引号", "索引号", "主题分类", "体裁分类", "信息分类", "组配分类", "服务对象", "发布机构", "发文机关",
              "发文单位", "发布单位", "印发单位", "制发机关", "编制单位", "发布机关", "发文部门", "制发单位", "成文单位",
              "印发机关", "公文生成日期", "生成日期", "成文日期", "印发时间", "签发日期", "发文日期", "印发日期",
              "发布日期", "公开日期", "成文时间", "发文时间", "生成时间", "公开方式", "公开范围", "公开类型", "公开属性", "公开期限", "文件名称", "名称", "标题",
              "发文字号", "发布文号", "文号", "有效性", "时效性", "是否有效", "内容概述", "概述", "关键词", "主题词",
              "所属类别", "所属主题", "生效日期", "施行日期", "实施日期", "废止日期", "颁布单位", "颁布部门", "颁布时间",
              "颁布日期", "发文号", "失效时间", "法规来源", "法规全文",
              # a county portal's row (信息类别: 政府文件 文件编号: 聂府发[2006]5号 … 信息索取号: … 责任部门: 聂桥镇)
              "信息类别", "文件编号", "公开时限", "信息索取号", "责任部门", "有效期")
_INFO_KEY = "|".join(r"[ \u3000]*".join(key) for key in _INFO_KEYS)
# a key after a blank or bracket, or glued to the value before it when its colon follows (…管理委员会关 键 词:…)
_KEY_VALUE = re.compile(r"(?:(?:^|(?<=\s))[•·\[【]?[ \u3000]*(" + _INFO_KEY + r")[ \u3000]*(?:[\]】][ \u3000]*[:：]?|[:：])"
                        r"|(" + _INFO_KEY + r")[ \u3000]*[:：])")
_INFO_LINE = re.compile(r"^[•·\-*\s]*(?:\d{1,2}[.．、]\s*)?[\[【]?[ \u3000]*(?:" + _INFO_KEY + r")[ \u3000]*(?:[\]】]|[:：])")
_BYLINE_WORDS = re.compile(r"\d{1,2}:\d{2}|浏览|访问|点击|阅读|来源|字号")
_NO_VALUE = ("无", "暂无", "-", "--", "/", "—", "null")
_COUNTER = re.compile(r"(?:浏览|点击|访问|阅读)(?:量|次数|数)[:：]?\s*\d*")
_WRITTEN = ("成文日期", "发文日期", "印发日期", "成文时间", "发文时间", "印发时间", "签发日期")      # when the document was written (发布日期: when it was put online)
_ROW_ONLY_KEYS = ("责任部门",)       # an issuer's key in an info row only (责任部门: 聂桥镇), a task table's column elsewhere
_TABLE_KEYS = {
    "issuer": re.compile(r"^(?:发布机构|发文机关|发文单位|发布单位|印发单位|制发机关|编制单位|颁布单位|颁布部门|发布机关|发文部门"
                         r"|制发单位|成文单位|印发机关|责任部门)$"),
    "date": re.compile(r"^(?:发文日期|成文日期|印发日期|发布日期|(?:公文)?生成日期|成文时间|发文时间|生成时间|颁布时间|颁布日期"
                       r"|印发时间|签发日期)$"),
    "doc_number": re.compile(r"^(?:文号|发布文号|发文字号|发文号|文件编号)$"),
    "title": re.compile(r"^(?:名称|标题|文件名称)$"),
}
_ADMIN = re.compile(r"(省|自治区|特别行政区|市|自治州|州|盟|地区|区|县|旗|街道|镇|乡|社区|村|居委会)")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_LEVEL_MARK = re.compile(r"[(（](省|市|县|区|乡镇|镇|街道|社区)级[)）]")
_MARK_LEVEL = {"省": "province", "市": "city", "县": "district", "区": "district", "乡镇": "street", "镇": "street",
               "街道": "street", "社区": "community"}
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
_PLACE_PREFIX = re.compile(r"^(?:(?:[xX×*]{1,3}|(?:(?!召开|开展|组织|举办|举行|部署|启动|推进|加强|深入|关于|印发|到|赴)[\u4e00-\u9fff]){0,8}?)(?:省|自治区|市|自治州|州(?!市)|区|县|旗|街道|(?<!城)镇|(?<!城)乡|社区|村))+")  # 城镇, 城乡: no town
_ADDRESSEES = [
    (r"各省", "national"), (r"各(?:设区的)?市", "province"), (r"各(?:县|区|县区)", "city"),
    (r"各(?:乡镇|乡|镇|街道)", "district"), (r"各(?:村|社区|居)", "street"),
]


def extract_metadata(text: str, items: list[Item], raw: str, kind: str, part_title: str | None = None) -> Metadata:
    """Metadata of one document (or one part of a file) from its cleaned text."""
    meta = Metadata()
    head_end = _head_end(items, len(text), text)
    listed = _KEY_LIST.match(text, head_end)          # 1. 【颁布时间】… 6. 【法规来源】…: a law site's numbered keys
    head_end = listed.end() if listed else head_end
    # title, issuer, 文号 and dates are read on the text folded to Simplified (a copy in Traditional: 吉府發〔2022〕2號,
    # 發布時間:…; the fold keeps the length) and given as written; the raw page without a spam copy's pinyin glosses
    written_raw = without_glosses(raw)
    plain, plain_raw = to_simplified(text), to_simplified(written_raw)
    head = plain[:head_end]
    lines = [_PUBLIC_MARK.sub("", ln.strip()) for ln in head.split("\n")]
    lines = [_CRUMB_PREFIX.sub("", ln) if ">" in ln and _NOTICE_TITLE.search(ln) else ln
             for ln in lines if ln and not _SEAL.fullmatch(ln)]     # (好律师> 法律法规库> 政策参考> 关于…的通知)   # ((此件公开发布) before the 落款's date: 此件公开
                                            # 发布 2022年1月30日; a seal's mark on a line of its own: (代章))
    table = _table_values(lines)
    law = kind == "md" and "<!-- INFO END -->" in raw[:5000] or _is_law(items)

    speech = _SPEECH_GLUED.match(_body(plain)[:200])
    shared = _shared_file(plain)
    meta.title = part_title or (next(g for g in speech.groups() if g) if speech else None) \
        or (shared if shared and _title_like(shared) and not _COMPILATION.search(shared) else None) \
        or _run_in_title(plain) or _title(lines, plain_raw, kind, law) or table.get("title") \
        or _title_in_text(plain) or shared
    meta.title = _undoubled(meta.title) if meta.title else meta.title
    if meta.title:                  # 某县安全生产工作方案 2023-05-06: the page's date after the title; a page title's
        meta.title = re.sub(r"\s+(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)$", "", meta.title)
        meta.title = _SITE_SUFFIX.sub("", meta.title)       # site (…会议_某县人民政府网), a news photo's mark ((组图)),
        meta.title = re.sub(r"(?<=\S{4})[(（](?:组图|图|图文|视频)[)）]$", "", meta.title)       # quotes around it all
        quoted = re.fullmatch(r"“([^“”]{4,})”", meta.title)
        meta.title = quoted.group(1) if quoted else meta.title
    if meta.title and meta.title.startswith("年"):       # 2023 / 年乡镇上半年…总结: a PDF's title lost its year's digits
        year = re.search(r"(?:19|20)\d{2}\s*(?=" + re.escape(meta.title) + ")", plain[:3000])
        meta.title = year.group().strip() + meta.title if year else meta.title
    tag = _COLUMN_TAG.match(meta.title or "")
    if tag and len(meta.title) - tag.end() >= 4:
        meta.title = meta.title[tag.end():]     # 【街道动态】某街道开展…: the column's tag before a headline
    meta.doc_number = table.get("doc_number") or _doc_number(lines, plain_raw if law else "")
    index = _INDEX.search(head)
    meta.index_number = index.group(1) if index else None
    tail_start = head_end if head_end < len(plain) else 0          # (a short text is all head: its end is its tail)
    body_end = len(plain)
    while body_end > tail_start and not _CJK.search(plain, plain.rfind("\n", 0, body_end - 1) + 1, body_end) \
            and not _DATE_ONLY.match(plain[plain.rfind("\n", 0, body_end - 1) + 1:body_end].strip()):
        body_end = plain.rfind("\n", 0, body_end - 1) + 1          # (an English translation after the text; a 落款's
                                                                    # 2023-05-06 stays)
        if body_end <= 0:
            body_end = len(plain)
            break
    tail = [_unspaced_signer(ln.strip()) for ln in plain[max(tail_start, body_end - 600):body_end].split("\n")
            if ln.strip() and not _SEAL.fullmatch(ln.strip())]
    signed = _signature(tail)           # the 落款 that closes the text: before the page's 发布机构 / 发布日期
    meta.issuer = _issuer(lines, table, plain_raw if law else "", signed[0], meta.title) \
        or (None if law else _closing_organ([ln.strip() for ln in plain[-600:].split("\n") if ln.strip()],
                                            meta.title))
    if meta.issuer and "__" in meta.issuer:
        meta.issuer = None                  # ____人民政府办公室: a template's blank, no one named
    meta.date = _date(lines, table, plain_raw if law else "", signed=signed[1])
    if plain != text or plain_raw != raw:
        meta.title, meta.issuer, meta.doc_number = (_as_written(value, ((plain, text), (plain_raw, written_raw)))
                                                    for value in (meta.title, meta.issuer, meta.doc_number))
    meta.template = _is_template(text)
    # genre and level are read on the text folded to Simplified (a copy in Traditional: 儀隴新聞網訊(記者 …),
    # every fold keeps the length); the values given (title, issuer) stay as written
    plain_title = _folded_title(meta.title or "", plain is not text)
    meta.genre = _genre(plain_title, plain, plain_raw, law, lines)
    if meta.genre not in ("notice", "news") and _covering_only(meta.title, text, items):
        meta.genre = "notice"               # 现将《…方案》印发给你们 and the plan is not on the page
    if meta.genre == "news" and not signed[1]:   # a news item is dated by its byline, not by the event it reports
        meta.date = _byline_date(plain_raw) or _date(lines, {}, "", bylines=True) if _has_byline(lines, plain_raw) \
            else _date(lines, table, "", bylines=True)     # (not the event its lede dates: 2022年7月15日,集团召开…)
        meta.date = _dateline(plain_raw, meta.date) or meta.date
    own = _own_kind(text) or ("enterprise" if _COMPANY_TITLE.match(meta.title or "")
                              or not meta.issuer and _COMPANY_BODY.search(text[:1500]) else None)
    if own == "enterprise":                 # a company's 制度 numbered in 条 is the company's rule, not a law
        law = False
        meta.genre = "other" if meta.genre == "law" else meta.genre
    elif own and meta.genre == "other" and _ENACTED.search(text[:3000]):
        meta.genre = "law"                  # 制定本规定 / 本条例: a regulation whose 条 run together
    # the issuer's or the title's place before the body the text speaks as (结合本市实际 of 天津市: a province)
    # (a news item has no issuer: its info table's 发布机构 posted it, README convention 6; its level is the body whose
    # doings it reports, convention 13 — 我县召开… posted by a 乡)
    meta.level = _level(to_simplified(meta.issuer or "") if meta.genre != "news" else "", plain_title, law, lines, plain,
                        own)
    if meta.level == "city" and (_level_from_addressees(lines) == "district"
                                 or _names_county_city(meta.issuer) or _names_county_city(meta.title)):
        meta.level = "district"             # a county-level 市 (大理市…方案) writes to 各乡镇、各街道
    if meta.level == "unknown":
        meta.level = _level_from_national_actor(plain)
    if meta.level == "unknown":
        meta.level = _level_from_decider(plain)   # 经市城市管理委员会研究决定: the body that decided what it says
    if meta.level == "unknown" and meta.genre == "news":
        meta.level = _level_from_place_names(plain)   # a news item: the body its opening has act (README convention 13)
    if meta.level == "unknown":
        meta.level = _level_from_self_reference(plain)
    if meta.level == "unknown":
        meta.level = _level_from_place_names(plain)
    if meta.level == "unknown":
        meta.level = _level_from_own_organs(plain)
    if meta.level == "unknown":
        meta.level = _level_from_place_names(_credit(plain) or "")      # (沙沟镇杨增奇、苏梅): the reporting town's
    if meta.level == "unknown":
        meta.level = _level_from_town_named(plain)    # …主要举措: / 城北街道充分发挥… (past the first sentence)
    if meta.level == "unknown" and meta.genre == "law":
        meta.level = "national"             # a law that names no place (本规定适用于全国电力企业), as _level reads one
    if meta.level == "unknown" and meta.genre == "other" and _STAFF.search(plain[:3000]):
        meta.level = "enterprise"           # a unit's own 制度 for its staff, no place named (README convention 13)
    if meta.level == "city" and not law and (_towns_below(text) or _names_county_city(plain_title)
                                             or _county_city_opens(plain) and not _prefecture_titled(plain_title)):
        meta.level = "district"             # …and directs 各镇乡(街道) in its text, or its opening names it (应城市组织…)
    meta.region = _region(meta.issuer or table.get("issuer") or "")
    fuller = _region(table.get("issuer") or "")
    if fuller and meta.region and fuller != meta.region and fuller.endswith(meta.region):
        meta.region = fuller          # 南浔区 (落款) → 湖州市南浔区 (the page's 发布机构)
    if law and meta.region is None and meta.level not in ("national", "unknown"):
        place = _LAW_PLACE.match(plain_title or "")
        meta.region = place.group() if place else None    # 安阳市城市绿化条例, no issuer on the page: 安阳市's
    if meta.genre == "news":
        meta.issuer = None                  # a news item is published, not issued: 来源 / 发布机构 posted it
    meta.period_start, meta.period_end = _period(meta, text)
    return meta


_CJK = re.compile(r"[\u4e00-\u9fff]")
# a page title's site after its headline: 某县召开…会议_某县人民政府网 / -某县人民政府 / | 某县融媒体中心
_SITE_SUFFIX = re.compile(r"(?<=\S{4})\s*(?:_|-|—|\||｜)\s*[\u4e00-\u9fff]{2,20}?(?:网|人民政府|政府网站|门户网站|网站|融媒体中心"
                          r"|新闻中心)$")
_CRUMB_PREFIX = re.compile(r"^(?:[^>»›\n]{1,12}?\s*[>»›]\s*){2,}(?=\S)")
_COLUMN_TAG = re.compile(r"^(?:【[^【】\s]{2,10}】|\[[^\[\]\s]{2,10}\])\s*")      # (【街道动态】, [总结范本])
_PUBLIC_MARK = re.compile(r"^[(（]?此件(?:公开|主动公开|依申请公开)发布[)）]?\s*")
_KEY_LIST = re.compile(r"(?:[ \t]*\d{1,2}[.．、][ \t]*【[^】\n]{2,8}】[^\n]*\n+){3,}")


def _unspaced_signer(line: str) -> str:
    """A 落款's agency spaced out one character a blank for its layout (某 县 人 民 政 府): read as one name."""
    if " " in line or "\u3000" in line:
        bare = re.sub(r"[ \u3000]+", "", line)
        if _SPACED_OUT.fullmatch(line) and _ISSUER_END.search(bare):
            return bare
    return line


def _as_written(value: str | None, folds: tuple[tuple[str, str], ...]) -> str | None:
    """A value read on a folded text, as its original writes it: the same span, the fold keeping every length (a
    value joined from two lines, or a 文号 read without its blanks, 川安辦?2006?80 號, is looked for with the line
    breaks and blanks left out)."""
    if not value:
        return value
    for folded, original in folds:
        at = folded.find(value)
        if at >= 0:
            return original[at:at + len(value)]
        if "\n" in folded or " " in folded:
            kept = [k for k, ch in enumerate(folded) if not ch.isspace()]
            at = "".join(folded[k] for k in kept).find(value)
            if at >= 0:
                return "".join(original[k] for k in kept[at:at + len(value)])
    return value


def _is_template(text: str) -> bool:
    # every branch of _TEMPLATE holds "__", "某某", "×", "X" or "xx": substring tests (fast, in C) clear most texts
    # before the regex, whose [\u4e00-\u9fff]__ branch is tried at every Chinese character
    if "__" not in text and "某某" not in text and "×" not in text and "X" not in text and "xx" not in text:
        return False
    return _TEMPLATE.search(text) is not None


# a document site's numbered notices above the document (温馨提示: 1. 部分包含数学公式…的文件… / - 1、本文档共4页…):
# no item of the document, so its head runs on past them
_SITE_NOTICE = re.compile(r"文档|下载|本站|版权|客服|付费|VIP|会员|预览|上传")


def _head_end(items: list[Item], default: int, text: str) -> int:
    for item in items:
        if item.style not in ("preamble", "paragraph") and not (item.start < 3000 and _SITE_NOTICE.search(item.text[:120])):
            number_at = text.rfind(item.number, max(0, item.start - len(item.number) - 2), item.start) \
                if item.number else -1
            return number_at if number_at >= 0 else item.start       # the head stops before 一、 / 第一章
    return min(default, 3000) if not items or items[0].style in ("preamble", "paragraph") else default


def _is_law(items: list[Item]) -> bool:
    return sum(1 for it in items[:50] for sub in it.walk() if sub.style == "article") >= 3


def _table_values(lines: list[str]) -> dict[str, str]:
    """Values of a government page's metadata table: "发布机构: | X |" rows, or a key line then a value line."""
    found: dict[str, str] = {}
    found_key: dict[str, str] = {}
    for k, line in enumerate(lines[:60]):
        cells = [c.strip() for c in line.split("|")] if "|" in line else [line]
        cells = [c for c in cells if c]
        pairs = _key_values(line) if "|" not in line and _INFO_LINE.match(line) else []
        if pairs and _BYLINE_WORDS.search(line):     # 发布日期:2022-12-06 15:02 访问次数: 信息来源:… is a byline
            pairs = [(key, value) for key, value in pairs if key != "发布日期"]
        if len(pairs) == 1 and pairs[0][1] is None and k + 1 < len(lines) and not _INFO_LINE.match(lines[k + 1]) \
                and _value_of(pairs[0][0], lines[k + 1].strip(" |")):
            pairs = [(pairs[0][0], lines[k + 1].strip(" |"))]    # • 发布机构: / 金华经济技术开发区: its value below
        for i, cell in enumerate(cells if not pairs else []):
            if re.sub(r"[\s:：]", "", cell) in _ROW_ONLY_KEYS:
                continue                            # (序号 | 工作任务 | 责任部门 | 完成时限: a task table's column)
            if _INFO_LINE.match(cell) and _key_values(cell)[0][1]:
                pairs += _key_values(cell)          # 文 号 | 成文日期:2018-07-27 |: a cell holding its own key and value
                continue
            key = re.sub(r"[\s:：]", "", cell)
            value = cells[i + 1] if i + 1 < len(cells) else None
            if value is not None and _INFO_LINE.match(value):
                value = None                        # (…of which the key before it has none)
            if value is None and len(cells) == 1 and k + 1 < len(lines):
                value = lines[k + 1].strip(" |")
            pairs.append((key, value))
        for key, value in pairs:
            if value in _NO_VALUE or value and _COUNTER.fullmatch(value):
                continue                    # (文号 | 浏览量 |: the key left empty, a page counter's label after it)
            for name, pattern in _TABLE_KEYS.items():
                if value and pattern.match(key) and not pattern.match(re.sub(r"[\s:：]", "", value)) \
                        and (name not in found or name == "date" and key in _WRITTEN and found_key.get(name) not in _WRITTEN
                             or key == "编制单位"):
                    found[name] = value.strip()          # (成文日期 wins over a 发布日期 met before it; the plan's own
                    found_key[name] = key                # 编制单位 over the page's 发布机构)
        # "发布文号 皖安〔2024〕1号" / "发布日期 2024-01-31 生效日期 …": key and value on one line, space-separated
        m = re.match(r"^(发布文号|文号|发文日期|成文日期)\s+([^\s|]+)", line)
        if m and m.group(2) not in _NO_VALUE:
            name = "doc_number" if "号" in m.group(1) else "date"
            if name not in found:
                found[name], found_key[name] = m.group(2), m.group(1)
    if "date" in found:
        found["date_key"] = found_key["date"]
        found["date"] = _iso(found["date"]) or found.pop("date") and None
        if found.get("date") is None:
            found.pop("date", None)
    return found


def _value_of(key: str, value: str) -> bool:
    """The line below a key left empty is its value: an agency's name for 发布机构 (not the title under an empty
    key), a date for a date, a 文号 for a number, any other line for the rest."""
    if _TABLE_KEYS["issuer"].match(key):
        return len(value) <= 30 and not _title_like(value) and not _chrome(value)
    if _TABLE_KEYS["date"].match(key):
        return _iso(value) is not None
    if _TABLE_KEYS["doc_number"].match(key):
        return "号" in value
    return not _chrome(value)


# a web page's byline under its headline: 发布时间:… / 作者: 发布时间:… 信息来源:… / • 2022-03-10 15:43 / 2019-05-28 16:20:13 来源:…
_BYLINE_LINE = re.compile(r"^[•·\s]*(?:(?:作者[:：]\s*)?(?:发布|发表|更新)(?:时间|日期)[:：]|(?:信息)?来源[:：]"
                          r"|时间[:：]\s*(?:19|20)\d{2}-"
                          r"|[\u4e00-\u9fff]{2,10}(?:报|网)[ \u3000]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[ \u3000]|$)"   # 上海法治报 2024年04月16日 夏天/张静
                          r"|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2})")


_BYLINE_KEY = re.compile(r"^(?:作者|编辑|责任编辑|栏目|分类|来源|供稿|撰稿|摄影|审核)[:：]")


def _headline(lines: list[str]) -> str | None:
    """The line right above a page's byline, when it can be a title (a news item's headline)."""
    for k, line in enumerate(lines[1:40], 1):
        if _BYLINE_LINE.match(line):
            above = _SITE_SUFFIX.sub("", lines[k - 1])     # (某县召开…会议 | 某县人民政府: the page's title)
            if 4 <= len(above) <= 60 and not _terminal(above) and not _chrome(above) and "|" not in above \
                    and not _BYLINE_KEY.match(above) \
                    and not _DATE_ONLY.match(above) and re.search(r"[\u4e00-\u9fff]{2}", above):
                kicker = lines[k - 2] if k >= 2 and _KICKER_COLON.match(lines[k - 2]) else ""
                return kicker + above       # 某某街道: / 多措并举筑牢安全生产防线: a place's kicker over its headline
            return None
    return None


def _in_sentence(line: str) -> bool:
    """The line's 关于…的通知 sits in a sentence (会上,某同志宣读了县安委会关于…的通知,强调…。), not a title line."""
    m = _NOTICE_TITLE.search(line)
    return m is not None and (re.search(r"[,，。:：;；]", line[:m.start()]) is not None or line.endswith("。"))


def _cited_notice(line: str) -> bool:
    """The line's 关于…的通知 is a document it cites (inside 《》), not its own title."""
    m = _NOTICE_TITLE.search(line)
    return m is not None and line.rfind("《", 0, m.start()) > line.rfind("》", 0, m.start()) \
        and line.find("》", m.start()) >= m.end()          # (转发《…的通知》的通知 is its own title)


def _after_title(text: str, title: str) -> str:
    """The text after the line that holds its title (the whole text when no line does)."""
    at = text.find(title[:12])
    end = text.find("\n", at) if at >= 0 else -1
    return text[end + 1:] if end >= 0 else text


def _body(text: str) -> str:
    """The text from its first line that is not the page around it (a site's footer, menus, info table)."""
    at = 0
    for line in text.split("\n", 15)[:15]:
        if line.strip() and not _chrome(line.strip()):
            return text[at:].lstrip()
        at += len(line) + 1
    return text.lstrip()


def _chrome(line: str) -> bool:
    """A line of the page around the document (menus, breadcrumbs, bylines, info table, footer), never its title."""
    return _NOT_TITLE.match(line) is not None or _INFO_LINE.match(line) is not None


def _key_values(line: str) -> list[tuple[str, str | None]]:
    """The (key, value) pairs of an info-table line: each known key's value runs to the next key."""
    found = list(_KEY_VALUE.finditer(line))
    pairs = []
    for i, m in enumerate(found):
        value = line[m.end():found[i + 1].start() if i + 1 < len(found) else len(line)].strip(" \u3000[]【】")
        value = re.split(r"[ \u3000]+[\u4e00-\u9fff]{2,5}[:：]", value)[0].rstrip("- ")   # (…龙泉市 点击数:: a counter)
        pairs.append((re.sub(r"[\s\u3000]", "", m.group(1) or m.group(2)), value or None))
    return pairs


def _title(lines: list[str], raw: str, kind: str, law: bool) -> str | None:
    if kind == "md" and law:
        m = re.search(r"^#[ \t]+(.+)$", raw[:5000], re.M)
        if m:
            return m.group(1).strip()
    lines = [_COLUMN_PREFIX.sub("", _EDITION_SUFFIX.sub("", line)) if line.count("|") == 1 else line
             for line in lines]
    lines = [_BOOKED_TITLE.sub(r"\1", line) for line in lines]
    lines = [re.sub(r"\s+", "", line) if _SPACED_OUT.fullmatch(line) else line for line in lines]   # 应 急 预 案    # 《…办法》2018年修订版(全文): a law site's title      # 四川新闻 | 标题, 西藏自治区消防条例|2022年修订版: a column's name, a site's edition
    notice_at, notice = None, None
    for k, line in enumerate(lines[:40]):
        flat = _FLAT_NOTICE.match(line) if len(line) > 140 else None
        if flat and not _cited_notice(flat.group(1)):
            notice_at, notice = k, flat.group(1)
            break
        if "|" in line or len(line) > 140 or line.endswith(_SALUTATION_END) or _INFO_LINE.match(line):
            continue                      # (- 标 题: 关于…的通知- 发文字号: …: an info table's, read there)
        if _NOTICE_TITLE.search(line) and not _cited_notice(line) and not _in_sentence(line):
            notice_at, notice = k, line
            break
        if k + 1 < len(lines) and len(line) <= 60 and _NOTICE_TITLE.search(line + lines[k + 1]) \
                and not _terminal(line) and _NOTICE_TITLE.search(lines[k + 1]) is None \
                and _NOTICE_TITLE.search(line) is None:     # (速看:关于…的通告 / 时间:…: no title split over two)
            notice_at, notice = k + 1, line + lines[k + 1]
            break
    if notice is not None and "转发" in notice:       # a forwarding notice is the document: its own title
        return _strip_doc_number(notice)
    # the book title a notice issues (关于印发《…方案》的通知), not one it reports on (关于《…条例》贯彻实施情况的报告)
    # or answers (…关于《…建议》提案的办理意见)
    named = _ISSUED_BOOK.search(notice) if notice else None
    source = notice
    if named is None:
        for line in lines[:30]:
            named, source = _ISSUED.search(line), line
            if named and _in_sentence(line):
                named = None          # 会议宣读了县安委会关于印发《…》的通知。: a notice cited in an account
            if named and _FORWARDED.match(line, named.end()):
                named = None          # 现将《省应急管理厅关于…的通报》(川应急函〔2018〕26号)转发给你们: the forwarded one's
            if named:
                break
    named_title = next((g for g in named.groups() if g), None) if named else None
    if named_title and named.group().endswith("》"):
        more = re.match(r"([^《》，,。的]{1,12}?)(?:的(?:紧急|补充|重要)?(?:通知|通报)|印发)", source[named.end():])
        if more and not re.fullmatch(r"[(（][^()（）]*[)）]", more.group(1)):
            named_title += more.group(1)        # 关于印发《…“十三五”规划》责任分解的通知 / 现将《…规划》责任分解印发给
                                                # 你们: the 责任分解 is issued
    # the attached document's own title comes after the covering notice's signature date
    after = notice_at if notice_at is not None else -1
    dates = [k for k in range(after + 1, min(len(lines), 40)) if _DATE_ONLY.match(lines[k])]
    signed = [k for k in dates if k and _ISSUER_END.search(lines[k - 1])]      # the date under a signature
    date_at = (signed or dates or [None])[0]
    candidates = []
    menu = _menu_lines(lines[:41])
    raw_head = raw[:3000].split("\n", 40)[:40]
    menu |= {k for k in range(min(len(lines), 40) - 1) if re.match(r"^【[^】]{2,6}】", lines[k])
             and _title_like(lines[k + 1])}     # 【工作总结】安全生产工作总结 / 某区2022年…综述: a site's label line
    menu |= {k for k in range(1, min(len(lines), 41)) if re.fullmatch(r"\d{1,2}", lines[k - 1])}  # 01 / 总体目标和要求
    menu |= {k for k, line in enumerate(lines[:40])
             if len(line) <= 8 and not _title_like(line)
             and any(_CRUMB_LINE.search(r) and line in (c.strip() for c in re.split(r"\s*[>»›]\s*", r))
                     for r in raw_head)     # (本地新闻 under …> 本地新闻: a column's name; …> 防汛抗旱应急预案 names the page's)
             or line.endswith("网") and len(line) <= 10 and any(r.strip().startswith(line + " ") for r in raw_head)}
    for k, line in enumerate(lines[:40]):
        if notice_at is not None and k <= notice_at or _chrome(_PIECE_LABEL.sub("", line)) or k in menu \
                or not _CJK.search(line):
            continue                      # (【字体:大 中 小】 joined to the title below it is no title; nor a line
                                          # of a Word export's underscores, _ / 某市…细则)
        line = _PIECE_LABEL.sub("", _FILE_SUFFIX.sub("", line))   # 2022年…活动方案6篇.doc: a shared file's name;
        glued = _GLUED_TITLE.match(line)
        line = glued.group(1) if glued else line                   # 社区…半年总结一、社区…: its first heading glued on
        if 4 <= len(line) <= 40 and re.search(r"(?:^|\n)\s*" + re.escape(line) + r"\s*\n\s*[一1][、.．]\s*"
                                              + re.escape(line) + r"\s*\n", raw[:5000]):
            candidates.append((k, line))  # 社区安全生产月 / 一、社区安全生产月: an export's title over its first heading
                                                                  # 第一篇:… / 篇1:…: a piece's label
        if k + 1 < len(lines) and len(line) <= 40 and not _terminal(line) and not _DATE_ONLY.match(line) \
                and lines[k + 1] != line and not _DATED.match(lines[k + 1]) and k + 1 not in menu \
                and (not _chrome(lines[k + 1]) or lines[k + 1][0] in "(（") \
                and not re.search(r"(?:新闻|要闻|动态|资讯|媒体)$", line) \
                and not _ISSUER_END.search(line) and _title_like(line + lines[k + 1]) \
                and not re.search(r"[,，!！?？]", line) \
                and not _NOTICE_TITLE.search(line + lines[k + 1]) \
                and not (_whole_title(line) and _title_like(_PIECE_LABEL.sub("", lines[k + 1]))):
            candidates.append((k, line + lines[k + 1]))   # (活动方案 / 乡镇…实施方案: a column's name above a title)
        if _title_like(line) and not _NOTICE_TITLE.search(line):
            candidates.append((k, line))
        elif _PIECE_MARK.search(line):
            piece = _piece_title(line)
            if piece:
                candidates.append((k, piece))
    candidates = [(k, c) for k, c in candidates if not _column_name(k, c, candidates)]
    if date_at is not None and candidates:
        late = [c for k, c in candidates if k > date_at]
        late = [c for c in late if not _COMPILATION.search(c)] or late      # (…工作计划(精选6篇): the page's)
        if late:
            return late[0]
    candidates = [c for _, c in candidates]
    pieces = [c for c in candidates if not _COMPILATION.search(c)]
    if pieces and _COMPILATION.search(candidates[0]):
        candidates = pieces             # 乡镇…工作计划(精选3篇) heads a page whose first piece is 桑田镇…工作计划
    if named_title:
        for cand in candidates:
            if _similar(cand, named_title):
                return cand
        return named_title
    if notice is not None:
        return _strip_doc_number(notice)
    if candidates:
        return candidates[0]
    headline = _headline(lines) or _last_crumb(raw[:3000].split("\n", 12)[:12])
    if headline is not None:
        return headline
    worded = [k for k, line in enumerate(lines[:40]) if re.search(r"[\u4e00-\u9fff]{2}", line)][:5]
    for k in worded:                # (the first five lines with words: 12 2017 / 3 / 4 of an e-paper's calendar pass)
        line = lines[k]
        if _terminal(line) and _EVENT_OPENING.match(line[:30]):
            break                   # 5月31日,柳林县…启动仪式。: the lede has begun the text, no headline below it
        if _KICKER.match(line) and k + 1 < len(lines) and 4 <= len(lines[k + 1]) <= 40 \
                and not _terminal(lines[k + 1]) and not _chrome(lines[k + 1]):
            return line + lines[k + 1]            # 十字路街道 / 三措并举绷紧森林防火弦: a place over its headline
        longest = 100 if k + 1 < len(lines) and re.search("召开|举行|开展|部署", line) \
            and _EVENT_OPENING.match(lines[k + 1][:20]) else 60        # (a long headline over its 近日,… lede)
        if 4 <= len(line) <= longest and not _terminal(line) and not _DATE_ONLY.match(line) and "签发人" not in line \
                and k not in menu \
                and not _SIGNED_LINE.match(line) \
                and "。" not in line \
                and not _DOC_NUMBER.search(line) and not _ISSUER_END.search(line) and "|" not in line \
                and not _chrome(line) and re.search(r"[\u4e00-\u9fff]{2}", line):
            glued = _GLUED_TITLE.match(line)
            return glued.group(1) if glued else _FILE_SUFFIX.sub("", line)
    return None


# the mark of one piece of a sample site's page of several: …工作总结篇一 / …方案第2篇
# a headline led by its column's name: 四川新闻 | 我省实施安全生产专项整治三年行动计划
_KICKER = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:街道|镇|乡|社区|区|县)$")
_KICKER_COLON = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:街道|街道办事处|镇|乡|社区|村|区|县)[:：]$")
_COLUMN_PREFIX = re.compile(r"^[^|\d]{2,8}?\s*\|\s*(?=[^|\s][^|]{3,}$)")     # (文号 | 浏览量: no column before a title)
_BOOKED_TITLE = re.compile(r"^《([^《》]{4,60})》(?:[\u4e00-\u9fff]{2,20}令第\d{1,4}号)?(?:(?:19|20)\d{2}年?)?"
                           r"(?:修订版|修正版|版)?(?:[(（](?:(?:19|20)\d{2}年)?版?全文[)）])?$")   # (…令第244号(2022年版全文))
_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){1,}[\u4e00-\u9fff]")     # (应 急 预 案, 通 知)
_EDITION_SUFFIX = re.compile(r"(?<=[^|]{4})\s*\|\s*(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{0,6}版$")
_FILE_SUFFIX = re.compile(r"(?:_第\d+页(?:\.(?:docx?|wps|pdf|txt|pptx?|xlsx?))?|\.(?:docx?|wps|pdf|txt|pptx?|xlsx?))$", re.I)
_DATED = re.compile(r"(?:19|20)\d{2}\s*[-/.年]")          # 2025/08/25经典方案: the page's date line
_PIECE_LABEL = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})(?:\s*[:：]\s*|\s+)(?=\S{4})")
_PIECE_MARK = re.compile(r"(?:篇|第)[一二三四五六七八九十\d]{1,3}篇?$")
_CRUMB_LINE = re.compile(r"(?:当前位置|您的位置|现在位置|所在位置|首页|主页)[^>»›]{0,6}[>»›]")


def _menu_lines(lines: list[str]) -> set[int]:
    """Lines of a site's menu: three or more short words in a row, one a line (首页 / 机构概况 / 党建工作 / 政务公开)."""
    short = [len(line) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", line) is not None for line in lines]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and short[end]:
            end += 1
        if end - k >= 3:
            found.update(range(k, end))
        k = end + 1 if end == k else end
    return found


def _piece_title(line: str) -> str | None:
    """The title of a sample site's piece: its mark dropped and, of a doubled title (乡镇…年度总结 乡镇…工作总结),
    the first."""
    core = _PIECE_MARK.sub("", line).strip()
    halves = core.split()
    if len(halves) == 2 and all(_title_like(h) for h in halves):
        return halves[0]
    return core if _title_like(core) else None


def _column_name(k: int, title: str, candidates: list[tuple[int, str]]) -> bool:
    """A bare genre name (活动方案) right above a fuller title of its genre (乡镇安全生产月实施方案): the site's column."""
    return len(title) <= 4 and any(k < k2 <= k + 2 and len(c2) > len(title) and c2.endswith(title[-2:])
                                   and not _DATED.match(c2) for k2, c2 in candidates)


def _last_crumb(lines: list[str]) -> str | None:
    """A breadcrumb's last crumb when it names a document (首页 > 办公文档 > 某镇2023年安全生产情况工作汇报); the raw
    page's lines, since cleaning drops the breadcrumb."""
    for line in lines:
        if _CRUMB_LINE.search(line):
            last = re.split(r"\s*[>»›]\s*", line)[-1].strip()
            return last if _title_like(last) and not _chrome(last) else None
    return None


def _covering_only(title: str | None, text: str, items: list[Item]) -> bool:
    """The page holds the covering notice alone: it sends 《title》 (印发给你们), no line of the text is that title,
    and nothing is numbered."""
    if not title or "印发" not in text[:3000] or any(item.style not in ("preamble", "paragraph") for item in items):
        return False
    sent = _ISSUED.search(text[:3000])
    if sent is None or next((g for g in sent.groups() if g), None) != title:
        return False
    return not any(line.strip() == title for line in text.split("\n"))


# a speech's title over its salutation, or glued to it: 在区安全生产工作推进会…上的讲话同志们:今天,…
_SPEECH_GLUED = re.compile(r"^(在[^，,。:：;；\s]{4,60}?上的(?:讲话|主持词|发言|致辞|讲话提纲))(?=\s*(?:同志们|各位))"
                           # a letter's title glued to its salutation: 致辖区居民的一封信居民朋友们:
                           r"|^((?:[\u4e00-\u9fff]{2,30}?)?致[^，,。:：;；\s]{2,30}?的(?:一封|公开)?信)(?=[^，,。:：;；\s]{2,16}[:：])")
# a document-sharing site's blurb names the file it shares: 《某镇…实施方案.doc》由会员分享,可在线阅读…
_SHARED_FILE = re.compile(r"《([^《》\n]{4,80}?)》由(?:会员|用户)(?:分享|上传)")


def _shared_file(text: str) -> str | None:
    """The document a sharing site's blurb names (its file's name without .doc), when the page opens with one."""
    m = _SHARED_FILE.search(text[:600]) if "由" in text[:600] else None
    name = _FILE_SUFFIX.sub("", m.group(1)).strip() if m else ""
    return name if len(name) >= 4 else None


def _run_in_title(text: str) -> str | None:
    if "、" not in text[:600]:
        return None
    for line in text[:600].split("\n")[:6]:
        run_in = _RUN_IN_TITLE.match(line.strip())
        if run_in:
            return _undoubled(run_in.group(1).strip())
    first = _body(text)[:600].split("\n", 1)[0]
    flat = (_FLAT_TITLE.match(first) or _GLUED_TITLE.match(first)) if len(first) > 80 else None
    title = _SITE_SLOGAN.sub("", flat.group(1)).strip() if flat else ""
    return title if title and _title_like(title) else None


def _undoubled(title: str) -> str:
    """A shared copy's title written twice (2023年街道…工作方案 2023年街道…工作方案, or the second in brackets): once."""
    halves = title.split()
    if len(halves) == 2 and halves[0] == halves[1]:
        return halves[0]
    bracketed = re.fullmatch(r"(.{4,})[(（](.{4,})[)）]", title)
    return bracketed.group(1) if bracketed and bracketed.group(1) == bracketed.group(2) else title


def _title_in_text(text: str) -> str | None:
    m = _NAMED_IN_TEXT.search(text[:300]) or _BLURB_NAMED.search(text[:200]) or _COMPILED.search(text[:800]) \
        or _PRINTED_IN_FULL.search(text[:600])
    return next((g for g in m.groups() if g), None) if m else None


def _strip_doc_number(line: str) -> str:
    return re.sub(r"\s*[(（]\s*[^()（）]{0,20}[〔\[﹝]\d{4}[〕\]﹞]\d{1,4}号\s*[)）]\s*$", "", line).strip()


def _title_like(line: str) -> bool:
    line = _strip_doc_number(line)
    if not 4 <= len(line) <= 60 or _terminal(line) or "|" in line or _DATE_ONLY.match(line):
        return False
    core = _SAMPLE_SUFFIX.sub("", re.sub(r"[(（][^()（）]{0,20}[)）]$", "", line))     # (…活动方案范文: a sample's)
    core = re.sub(r"(?<=[\u4e00-\u9fff])\d{1,2}$", "", core)       # (…年终工作总结10: a sample site's piece number)
    return core.endswith(_GENRE_WORDS) or core.endswith(("行动", "工作"))


def _whole_title(line: str) -> bool:
    """A title line that names its genre (…工作计划(精选6篇), 活动方案), not one that breaks before it (…三年行动)."""
    return _title_like(line) and re.sub(r"[(（][^()（）]{0,20}[)）]$", "", line).endswith(_GENRE_WORDS)


def _terminal(line: str) -> bool:
    return line.endswith(("。", ":", "：", ",", "，", ";", "；", "、"))


def _similar(a: str, b: str) -> bool:
    a2, b2 = re.sub(r"\s", "", a), re.sub(r"\s", "", b)
    if a2 == b2:
        return True
    common = sum(1 for ch in set(a2) if ch in b2)
    return common >= 0.8 * max(len(set(a2)), len(set(b2)))


_CITED = re.compile(r"》\s*[(（]\s*$")
# a sentence that cites a document by its number: 根据/按照/贯彻落实/现将 … before it, 文件精神/要求/转发 after it
_CITING = re.compile(r"根据|按照|依据|依照|贯彻|落实|执行|参照|遵照|现将|转发")
_CITED_AFTER = re.compile(r"\s*[)）]?\s*(?:文件|精神|要求|规定|转发|等文件)")


def _doc_number(lines: list[str], law_raw: str) -> str | None:
    alone = next((line for line in lines[:40] if _DOC_NUMBER.fullmatch(line)), None)
    if alone:                     # the red head's own line (五政办通〔2018〕38号), before a page headline that leads
        return _clean_doc_number(alone)     # with it (五政办通(2018)38号关于印发…的通知)
    for line in lines[:40]:
        red = _RED_HEAD.match(line)
        number = _DOC_NUMBER.match(line, red.end()) if red else None
        if number:
            return _clean_doc_number(number.group())
        for m in _DOC_NUMBER.finditer(line):
            if _CITED.search(line, 0, m.start()) or _CITING.search(line[:m.start()] + m.group()) \
                    or _CITED_AFTER.match(line, m.end()):
                continue              # 《…的通知》(迪安办发〔2020〕9号) / 根据…的通知(某应急〔2023〕5号)精神 / 现将…(…)转发给
                                      # 你们 / 为贯彻落实某应急〔2023〕5号文件精神: a cited document's number
            if len(line) <= 40 or line.startswith(m.group()) or re.search(r"[(（]\s*" + re.escape(m.group()), line):
                return _clean_doc_number(m.group())
    for line in lines[:40]:
        lost = _DOC_NUMBER_LOST.match(line) if len(line) <= 24 else None
        if lost:                  # 赣市发〔201737 on a line of its own: 〕 and 号 lost like 年月日 above
            return f"{lost.group(1)}〔{lost.group(2)}〕{int(lost.group(3))}号"
    for line in lines[:5]:
        order = _LAW_ORDER.search(line) if line.startswith(("(", "（")) and re.search("公布|发布", line) else None
        if order:                 # (2007年4月23日大连市人民政府令第88号公布…): the line that promulgates it
            return f"{_promulgator(line, order)}第{order.group(2)}号"
    if law_raw:
        head = law_raw[:3000]
        orders = [m.groups() for m in _LAW_ORDER.finditer(head) if "令" in head
                  and not re.search(r"》\s*[(（]\s*(?:中华人民共和国)?$", head[max(0, m.start() - 12):m.start()])]
        if orders:                # (…条例》(国务院令第493号): a cited law's order, not this one's)
            kind, number = orders[-1]
            return f"{kind}第{number}号"
        announced = _ANNOUNCEMENT.search(head) if "公告" in head else None
        if announced:
            return re.sub(r"\s+", "", announced.group())
    return None


def _promulgator(line: str, order: re.Match) -> str:
    """The order's organ (郑州市人民政府令) without the day before it (…19日郑州市…: 日 is the date's)."""
    organ = order.group(1)
    return organ[1:] if organ[0] == "日" and line[order.start() - 1].isdigit() else organ


def _clean_doc_number(number: str) -> str:
    for prefix in ("关于", "文号", "发布文号", "根据"):
        if number.startswith(prefix):
            number = number[len(prefix):]
    return re.sub(r"\s+", "", number)


def _issuer(lines: list[str], table: dict, law_raw: str, signed: str | None = None, title: str | None = None) -> str | None:
    # 落款: the line right above the date that closes the covering notice (once a date alone has closed it, a
    # signature below is the attached document's: 转发市公安局… / …执行。/ 二OO三年五月二十一日 / …意见 / 市公安局 / …)
    closed = False
    for k, line in enumerate(lines):
        if _DATE_ONLY.match(line) and k > 0:
            above = _SEAL.sub("", lines[k - 1])
            if len(above) <= 40 and _signer(above) and not _terminal(above) and not closed:
                return _joint(lines, k - 1, above)
            closed = closed or above.endswith("。")
        one_line = _SIGNED_LINE.match(line) if k > 0 and _terminal(lines[k - 1]) and not closed else None
        if one_line and _signers(one_line.group(1)):
            return _signers(one_line.group(1))     # …确保…安全平稳。/ 新乡市…办公室 2017年10月4日
    if law_raw and not signed:
        head = law_raw[:3000]
        announced = _ANNOUNCER.search(head)
        if announced:
            return announced.group(1)        # 陕西省人民代表大会常务委员会公告 第42号: the standing committee announces it
        for organ in ("全国人民代表大会常务委员会", "国务院"):
            if _named_outside_titles(head, organ) and _promulgates(head, organ):
                return organ
    for line in lines[:5]:
        order = _LAW_ORDER.search(line) if line.startswith(("(", "（")) and re.search("公布|发布", line) else None
        if order and order.group(1).endswith("人民政府令"):
            return _promulgator(line, order)[:-1]     # (2022年1月19日郑州市人民政府令第244号发布…): the government
    head = next((m for m in map(_ORDER_HEAD.fullmatch, lines[:5]) if m), None) if not signed else None
    if head:
        return head.group(1)         # 某某省人民政府令 / 第123号 / …现予公布 / 省长 张三: the order's head names who issues it
    own = _TITLE_AGENCY.match(title) if title and not signed else None
    if own and _OWN_PAPER.search(_COMPILATION.sub("", _SAMPLE_SUFFIX.sub("", re.sub(r"[(（]全文[)）]$", "", title)))):
        return own.group(1)          # 区安全生产委员会2024年工作要点: a body's own 要点 / 总结 / 计划 names it
    letter = (_LETTER_TITLE.match(title) or "转发" not in title and _ABOUT_AGENCY.match(title)) \
        if title and not signed else None
    if letter:
        return letter.group(1)       # 新丰镇人民政府致全镇人民的一封信 / 某镇人民政府关于…的实施方案: its writer opens it
    about = title.find("关于") if title and not signed and "转发" not in title else -1
    if 2 <= about <= 30 and _PLACE_SIGNER.match(title[:about]):
        return title[:about]         # 某某镇关于做好…的实施方案: a place's body by its short name (as it signs a 落款)
    if signed:
        return signed
    for k, line in enumerate(lines[:12]):
        if _OCCASION.match(line):    # 关于…的报告 / ——2018年5月30日在…会议上 / 北京市公安局 / 主任、各位副主任…:
            author = next((n for n in lines[k + 1:k + 2] + lines[k - 1:k] if len(n) <= 30 and _signers(n)
                           and not _terminal(n)), None)
            if author:
                return _signers(author)
    for k, line in enumerate(lines[:20]):
        line = _WIRE_DATELINE.sub("", line)       # 据新华社北京4月23日电 国务院办公厅关于…的通知
        if "|" in line or _INFO_LINE.match(line):
            continue                  # 名称 | 关于…的通报 | 文号 | 无 |: an info table's cells
        if line.endswith("文件") and 4 < len(line) <= 30 and _ISSUER_END.search(line[:-2]):
            return line[:-2]
        red = _RED_HEAD.match(line)
        if red:
            return red.group(1)               # 重庆市人民政府办公厅文件渝办发[2012]238号…: a red head run into its line
        line = line.lstrip("•·-* ")
        flat = _FLAT_NOTICE.match(line) if len(line) > 140 else None
        line = flat.group(1) if flat else line        # (a flattened copy's title, the rest of its line left out)
        m = _NOTICE_TITLE.search(line)
        if m is None and "关于" in line and k + 1 < len(lines) and len(line) <= 60 and not _terminal(line):
            joined = _NOTICE_TITLE.search(line + lines[k + 1])   # 修水县人民政府办公室关于印发 / …预案的通知
            if joined and joined.start() > 1 and _ISSUER_END.search(line[:joined.start()]):
                return line[:joined.start()].split("转发")[0]
            if joined and joined.start() == 0 and k > 0 and _ISSUER_END.search(lines[k - 1]) and len(lines[k - 1]) <= 30:
                return lines[k - 1]     # 某县人民政府办公室 / 关于印发某县…专项整治 / 三年行动实施方案的通知
        if m and not law_raw and _cited_notice(line):
            continue                  # 会议传达学习了《省住建厅…的通知》: a cited document (a law's history: as before)
        issuer = line[:m.start()].split("转发")[0] if m and m.start() > 1 else ""
        if issuer and len(line) <= 140 and not _in_sentence(line) and not _NOT_A_NAME.search(issuer):
            return issuer               # X转发Y关于…的通知: X issued it (转发Y…: no one named)
        if m and m.start() == 0 and k > 0 and _ISSUER_END.search(lines[k - 1]) and len(lines[k - 1]) <= 30:
            return lines[k - 1]
    return table.get("issuer")          # the page's 发布机构 when neither a 落款 nor the title names one


# what an agency's name never holds: a date or number, a book-title mark (…批准的《某市人大常委会关于修改…的决定》修正,
# a law's history: the 关于 is inside the title it cites)
_NOT_A_NAME = re.compile(r"[0-9０-９《〈]")
_SEAL = re.compile(r"\s*[(（](?:盖章|公章|印章|章|代章|签章)[)）]$")        # 某镇人民政府(盖章) / 某县安委办(代章)


def _joint(lines: list[str], k: int, signer: str) -> str:
    """A 落款 of agencies on lines of their own (中共某镇委员会 / 某镇人民政府 / 2023年…; three bureaus signing
    together): all, one blank between; the signer alone when the line above is not an agency's name."""
    names = [_signers(signer) or signer]
    while k > 0 and len(names) < 4:
        above = _SEAL.sub("", lines[k - 1])
        if not (4 <= len(above) <= 30 and _signers(above) and not _terminal(above) and not _DATE_ONLY.match(above)):
            break
        names.insert(0, _signers(above))
        k -= 1
    return " ".join(names)


def _promulgates(text: str, organ: str) -> bool:
    """The organ adopts or promulgates the text (国务院令第493号, 国务院第172次常务会议通过, …常务委员会第二十八次会议通过,
    or its name alone on a line), not only names a law it made (应严格执行国务院《…条例》)."""
    return re.search(re.escape(organ) + r"(?:令|第[\d一二三四五六七八九十百]+次|常务会议|[^《》\n，,。]{0,12}?(?:公布|发布|通过|批准|颁布))"
                     r"|^\s*" + re.escape(organ) + r"\s*$", text, re.M) is not None


def _named_outside_titles(text: str, name: str) -> bool:
    """The text names the organ itself, not only inside a document's title it cites (《中共中央国务院关于…的意见》)."""
    at = text.find(name)
    while at >= 0:
        if text.rfind("《", 0, at) <= text.rfind("》", 0, at):
            return True
        at = text.find(name, at + len(name))
    return False


def _closing_organ(tail: list[str], title: str | None) -> str | None:
    """A 落款 without its date: an agency's name alone on the text's last line (…并将自查情况报我局。/ 绍兴县建设局)."""
    last = tail[-1] if tail else ""
    if 4 <= len(last) <= 30 and _ISSUER_END.search(last) and not _terminal(last) and not _chrome(last) \
            and not re.search(r"[\d:：,，。]", last) and last != title and len(tail) > 1 \
            and (_terminal(tail[-2]) or tail[-2].startswith("附")):      # (after the body or its 附件 line)
        return last
    return None


_PLACEHOLDER_DATE = re.compile(r"^(?:19|20)(?:XX|xx|××|\*\*)年\d{1,2}月\d{1,2}日$")


_RUN_IN_DATE = re.compile(r"[。》]\s*(?:([^\s，,。:：;；]{4,40})\s+)?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
                          r"|[二〇○零一三四五六七八九OＯ]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")


def _signer(name: str) -> bool:
    """The name can sign a 落款: an agency's (…人民政府, …办公室, …局) or a place's body's (某某街道, 某某社区居委会), an
    agency's second name in brackets after it too (黄山市住房和城乡建设局(市城市管理局): two names, one office)."""
    second = re.fullmatch(r"(.{2,40}?)[(（]([^()（）]{2,20})[)）]", name) if name.endswith((")", "）")) else None
    if second and _ISSUER_END.search(second.group(1)) and _ISSUER_END.search(second.group(2)):
        return True
    return _ISSUER_END.search(name) is not None or _PLACE_SIGNER.match(name) is not None


def _signers(names: str) -> str | None:
    """The agencies of a one-line 落款 (each name an agency's), one blank between them; else None."""
    parts = names.split()
    return " ".join(parts) if parts and all(_signer(p) for p in parts) else None


# a 公文's 版记 under its 落款: 主题词:… / 抄送:… / 临海市安全生产委员会办公室 2009年10月22日印发 / (共印50份)
_RECORD_LINE = re.compile(r"^(?:主题词|抄送|抄报|分送|发送|印发|共印|印数)[:：]?|^[(（]?共印\d+份|.{4,40}\s+\S{6,16}印发$")
_PRINTED_BY = re.compile(r"^(.{4,40}?)\s+(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)印发$")


def _signature(tail: list[str]) -> tuple[str | None, str | None]:
    """(issuer, date) of a signature closing the text: an agency's name on the line above a date, or before it on
    one line (新乡市…办公室 2017年10月4日); a date closing the text under its last sentence (…派记者参加。/
    二○○三年四月三日) dates it without naming anyone."""
    tail = [line for line in tail if re.search(r"\w", line)]          # (a page's stray | after the text)
    printer = None
    while len(tail) > 1 and (_RECORD_LINE.match(tail[-1]) or _chrome(tail[-1])):
        printed = _PRINTED_BY.match(tail.pop())     # a 公文's 版记 (主题词/抄送/…印发) or the page's footer (声明:…
        printer = printer or (printed.group(1) if printed and _signer(printed.group(1)) else None)   # 版权所有)
    for k in range(len(tail) - 1, -1, -1):
        one_line = _SIGNED_LINE.match(tail[k])
        if one_line and _signers(one_line.group(1)):
            return _signers(one_line.group(1)), _iso(one_line.group(2))
        if k == 0:
            break
        above = _SEAL.sub("", tail[k - 1])
        if (_DATE_ONLY.match(re.sub(r"\s", "", tail[k])) or _PLACEHOLDER_DATE.match(tail[k])) and len(above) <= 40 \
                and _signer(above) and not _terminal(above):
            return _joint(tail, k - 1, above), _iso(tail[k])      # (a template's 20XX年9月6日 dates nothing)
    last = re.sub(r"\s", "", tail[-1]) if len(tail) > 1 else ""
    if _DATE_ONLY.match(last) and "年" in last and tail[-2].endswith("。"):
        return printer, _iso(last)      # (a date alone closing a 公文 whose 版记 names the office that printed it)
    chinese = [line for line in tail if re.search(r"[\u4e00-\u9fff]", line)]    # (an English translation after it)
    closing = _RUN_IN_DATE.search(chinese[-1]) if chinese and len(chinese[-1]) > 40 else None
    if closing:                 # …附:《…责任人》二○○七年八月八日: a notice run into one line, its date closing it,
        signer = _signers(closing.group(1)) if closing.group(1) else None    # its signer before it (…逃生。 某镇
        return signer, _iso(closing.group(2))                               # 消防安全委员会 2022年2月24日)
    return None, None


_STAMP_LINE = re.compile(r"^[•·\s]*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[\s\d:|]*[^，,。]{0,40}$")
_IN_FORCE = re.compile(r"\s*起?\s*(?:施行|实施|生效)")        # 自2023年5月1日起施行: when a law takes effect
# a web page's own line: when it was put online, how often read — not when the document was written
_PAGE_LINE = re.compile(r"发布时间|发表时间|发布日期|更新时间|浏览|点击|阅读|访问量|来源[:：]|出处[:：]|^时间[:：]|[\s\u3000]时间[:：]"
                        r"|\d(?:\.\d+)?\s*[KM]B\b|侵权|海报|VIP")   # a document site's line: 2024-06-16 999+ 15.62KB 14 页


def _date(lines: list[str], table: dict, law_raw: str, bylines: bool = False, signed: str | None = None) -> str | None:
    if law_raw:
        head = law_raw[:law_raw.find("<!-- INFO END -->")] if "<!-- INFO END -->" in law_raw else law_raw[:1500]
        # every date a line states (a history in brackets: 通过 … 修正 … 修订), not the one it takes effect
        dates = [_iso(m.group()) for line in head.split("\n") if not line.rstrip().endswith("施行")
                 for m in (list(_DATE_CN.finditer(line)) or list(_DATE_HAN.finditer(line)))      # (二OO六年二月二十日)
                 if not _IN_FORCE.match(line, m.end())]
        dates = [d for d in dates if d]
        return max(dates) if dates else None
    at = next((k for k, line in enumerate(lines[:8]) if line[:1] in "(（"
               and any("通过" in ln for ln in lines[k:k + 3])), None)
    end = next((j for j in range(at, min(at + 4, len(lines))) if lines[j].endswith((")", "）"))), at) \
        if at is not None else None
    history = "".join(lines[at:end + 1]) if at is not None else None
    if history:                 # (2012年12月26日…通过;根据2018年5月24日…修正): a rule's history, its latest date
        dates = [_iso(m.group()) for m in _DATE_CN.finditer(history) if not _IN_FORCE.match(history, m.end())]
        if any(dates):
            return max(d for d in dates if d)
    paged = set() if bylines else _page_dates(lines)
    for k, line in enumerate(lines[1:], 1):   # a covering notice's 落款: its date under the agency or the last sentence
        if _DATE_ONLY.match(line) and k not in paged and not _page_stamp(lines, k) \
                and (_ISSUER_END.search(lines[k - 1]) and len(lines[k - 1]) <= 40 or lines[k - 1].endswith("。")):
            return _iso(line) or None
    if signed:
        return signed                        # the 落款 closing the text
    if table.get("date") and table.get("date_key") in _WRITTEN:
        return table["date"]                 # 成文日期: when the document was written
    for k, line in enumerate(lines):
        if _DATE_ONLY.match(line) and k not in paged and _iso(line) and not _page_stamp(lines, k):
            return _iso(line)
    if table.get("date") and (bylines or table.get("date_key") != "发布日期"):
        return table["date"]                 # the page's 生成日期; its 发布日期 (when it went online) dates a news item
                                             # alone (convention 7)
    for k, line in enumerate(lines[:15]):
        if not bylines and (_PAGE_LINE.search(line) or k in paged):
            continue
        # (2025/08/25 in a document's head is a page's date: a document writes 2024年3月5日)
        if bylines and not (_PAGE_LINE.search(line) or _DATE_ONLY.match(line) or _STAMP_LINE.match(line)
                            or _BYLINE_LINE.match(line)):
            continue              # (2022年7月15日,集团召开…: the event its lede dates; 赶订单2025-02-13: a related item's)
        m = (_DATE_ISO.search(line) if bylines else None) or _DATE_CN.search(line)
        if m and not bylines and (_WINDOW_DATE.match(line[m.end():]) or _WINDOW_DATE_BEFORE.search(line[:m.start()])):
            continue              # 区政府决定从2024年12月18日至…禁止…: a window's day in a sentence, not the document's
        if m:
            return _iso(m.group())
    return None


# a day a sentence sets a window or a deadline by: 从2024年12月18日至… / 于…前 / 截至…
_WINDOW_DATE = re.compile(r"\s*(?:至|到|起|前|以前|以来|期间|开始|—|－|-|~|～)")
_WINDOW_DATE_BEFORE = re.compile(r"(?:从|自|于|至|到|截至|截止|定于)\s*$")


def _page_stamp(lines: list[str], k: int) -> bool:
    """2024-06-25 alone under a page's title, no agency above it: when the page was made (a 落款 writes 年月日)."""
    return "-" in lines[k] and not (k > 0 and _ISSUER_END.search(lines[k - 1]))


def _page_dates(lines: list[str]) -> set[int]:
    """Date-only lines in a page's chrome (• 2023年09月15日 between the title and • 来源: … 【字体】): when the page
    was put online, not when the document was written."""
    found = set()
    for k, line in enumerate(lines[:40]):
        if _DATE_ONLY.match(line.lstrip("•·-* ")):
            near = lines[max(0, k - 1):k] + lines[k + 1:k + 2]
            if any(_PAGE_LINE.search(n) or "字体" in n or "打印" in n for n in near):
                found.add(k)
    return found


_BYLINE = re.compile(
    r"(?:作者|发布时间|发布日期|时间|日期)[:：][^\n]{0,30}?((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}"   # (更新时间:2022/6/20)
    r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"                   # (作者:… 来源:… 发布时间:2023年05月06日)
    r"|((?:19|20)\d{2}-\d{1,2}-\d{1,2})[^\S\n]+(?:\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*)?(?:作者|来源)")


# a byline written day.month.year under a headline: 07.10.2014  14:02
_DMY_BYLINE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}\s*$", re.M)
# a wire copy's dateline: 新华社北京8月18日电(记者 …)
_DATELINE = re.compile(r"(?:新华社|中新社|新华网|人民网|央视网|[\u4e00-\u9fff]{2,6}报)[\u4e00-\u9fff]{0,6}?(\d{1,2})月(\d{1,2})日电")


def _has_byline(lines: list[str], raw: str) -> bool:
    """The page dates itself: a byline line (发布时间:… / 2019-05-28 16:20 来源:…) in its head or raw head."""
    return _BYLINE.search(raw[:4000]) is not None or any(_BYLINE_LINE.match(line) for line in lines[:15]) \
        or _DMY_BYLINE.search(raw[:1000]) is not None


def _byline_date(raw: str) -> str | None:
    """A web copy's byline (removed from the cleaned text as chrome) still dates the article."""
    m = _BYLINE.search(raw[:4000])
    if m:
        return _iso(m.group(1) or m.group(2))
    m = _DMY_BYLINE.search(raw[:1000])
    return _iso(f"{m.group(3)}-{m.group(2)}-{m.group(1)}") if m else None


def _dateline(raw: str, published: str | None) -> str | None:
    """The item's own date from its dateline, a day or two before the page that carries it put it online (新华社北京
    8月18日电 on a page of 2015/8/19): the year is the page's."""
    m = _DATELINE.search(raw[:4000]) if published else None
    if m is None:
        return None
    own = _iso(f"{published[:4]}-{m.group(1)}-{m.group(2)}")
    return own if own and own < published and int(published[5:7]) - int(own[5:7]) in (0, 1) else None


def _iso(text: str) -> str | None:
    for pattern in (_DATE_CN, _DATE_ISO):
        m = pattern.search(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    m = _DATE_COMPACT.match(text.strip())
    if m:
        return _compact_date(m.group(1), m.group(2))
    m = _DATE_HAN.search(text)
    if m:
        y = cn_to_int(m.group(1).replace("O", "〇").replace("Ｏ", "〇"))
        mo, d = cn_to_int(m.group(2)), cn_to_int(m.group(3))
        if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _compact_date(year: str, rest: str) -> str | None:
    """2024 + 227 → 2024-02-27: the one way to read month and day that makes a date (113 could be 1-13 or 11-3:
    none)."""
    readings = {(int(rest[:cut]), int(rest[cut:])) for cut in (1, 2) if 1 <= len(rest) - cut <= 2}
    valid = [(mo, d) for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31]
    return f"{int(year):04d}-{valid[0][0]:02d}-{valid[0][1]:02d}" if len(valid) == 1 else None


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
# a page that prints a document under a lead: …印发了《关于推进城市安全发展的意见》…全文如下 / 《…方案》,内容如下
_PRINTED = re.compile(r"《([^《》]{2,60})》[^。\n《》]{0,8}(?:全文|内容)如下")
# a sample site's blurb naming its sample: 为你精心准备了市2020应急管理工作要点参考范文
_SAMPLE_NAMED = re.compile(r"精心(?:整理|准备|挑选|收集|编辑)了?(?:的)?([^，,。；;\s]{4,40}?)(?:参考)?(?:范文|范本|模板)"
                           # 下面是小编为大家整理的区管委会…安全生产活动方案,供大家参考
                           r"|小编为(?:大家|您|你)(?:精心)?(?:整理|准备|收集)了?的([^，,。；;\s]{4,40}?)(?:范文)?[,，]?(?:供|仅供|希望)")
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
                   r"|\d+余(?:次|人次|家|处|份|场|条|人|个|起)|(?:召开|开展|组织|成立|发放|张贴|悬挂|进行|取得|签订|出动|排查|制定)了"
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


def _folded_title(title: str, traditional: bool) -> str:
    """The title folded to Simplified like its text (a short title may hold no character the fold's first test knows:
    江蘇省安全生產條例, so the text decides)."""
    return title.translate(hanzi_table()) if traditional else title


def _genre(title: str, text: str, raw: str, law: bool, lines: list[str]) -> str:
    """The genre of the document the page gives (README convention 12): the word its title ends with, else what its
    text says it is (特制定本方案), else how it reads (an account of an event or of work done: news or report)."""
    if law:
        return "law"
    if any(_EXPLAINED.match(line) for line in text[:3000].split("\n")):
        return "other"            # 一、出台背景 …: a 政策解读 of a document (whose title it carries), not the document
    printed = _PRINTED.search(text[:800])
    if not printed and _tells_of_document(text):
        return "news"             # 省应急管理厅日前印发《…要点》(以下简称《要点》)…《要点》指出,…: told, not given
    if not title and printed:
        title = printed.group(1)  # 近日,…印发了《关于推进城市安全发展的意见》…全文如下: the page gives the 意见
    sample = None if title else _SAMPLE_NAMED.search(text[:400])
    if sample:
        title = sample.group(1) or sample.group(2)   # 本站小编为你精心准备了市2020应急管理工作要点参考范文: its sample
    if not title and _UNTITLED_HEADLINE.match(_body(text).split("\n", 1)[0].strip()):
        return "news"             # 开江县召开2021年第二季度安全生产工作 县安委会…工作会 (its title line not taken)
    named_first = None if title else _NAMED_BEFORE_ADDRESSEES.search(_body(text)[:300])
    title = title or _head_document_line(lines) or (named_first.group(1) if named_first else "")
    if not _DOCUMENT_TITLE.search(_TITLE_NOISE.sub("", title)):
        title = _printed_document(text) or title  # 现将《…总体应急预案》印发你们 and the 预案 below it
    core = _TITLE_NOISE.sub("", _SITE_LABEL.sub("", _strip_doc_number(title))) if title else ""
    named = _DOCUMENT_TITLE.search(core) or _KIND_AT_END.search(core)
    if _SPEECH_TITLE.search(core):
        return "other"            # 国庆期间工作安排部署会讲话稿: a speech (convention 12), though its title names a meeting
    if not title and any(ln.startswith("各") and ln.endswith(_SALUTATION_END) for ln in lines[:6]) \
            and not (_SELF_NAMED.search(text[:1500]) or _DECIDED.search(_body(text)[:600])):
        return "notice"           # 各县(区)国土资源局,市局各分局:据气象部门预报,7月1日至5日…: a 公文 to the units below
                                  # opens with them, whatever date its first sentence names
    headline = _body(text).split("\n", 1)[0].strip()
    addressed = any(ln.startswith("各") and ln.endswith(_SALUTATION_END) for ln in lines[:15])
    if (_REPORTED_HEADLINE.match(title) or _REPORTED_HEADLINE.match(headline) and not addressed) and not printed:
        return "news"             # 国务院办公厅发布关于做好国庆期间有关工作的意见: a headline on a document (the title
                                  # taken may be the document's name the headline quotes: 某区印发《…要点》)
    label = _BODY_LABEL.match(title)
    if label and not _KIND_AT_END.search(_TITLE_NOISE.sub("", title[label.end():])):
        return "news"             # 某县:多措并举抓好汛期安全生产 — a body and a colon, then what it did: a headline
    if not named and (_NEWS_MARKS.search(raw[:3000]) or _NEWS_MARKS.search(raw[-1500:]) or _news_column(raw)):
        return "news"             # bylines are chrome: look at the raw page (unless the title names a document)
    opening = _body(text)[:300].split("。")[0]
    if not title and (_EVENT_OPENING.search(opening[:120]) or _MEETING_OPENING.match(opening)):
        return "news"             # "9月29日,永安街社区…组织开展…" / "会上,…": an untitled text that reports an event
    if title and not named and (_EVENT_OPENING.search(_after_title(text, title)[:160])
                                or _EVENT_OPENING.search(opening[:120])):
        return "news"             # 【保基本民生】“三到位”抓好…: a headline, then 近日,屯溪区安委会办公室牵头… (or a
                                  # title taken from a link below the text, the text opening 2月8日上午,…召开…)
    if not title and _OWN_ACCOUNT.search(_body(text)[:400]):
        return "report"           # 以下是2022年的主要工作总结 / 我们乡镇…: a unit's own account of its work
    if not title and (_NARRATED.search(opening)
                      or any(_ORGAN_ACCOUNT.match(line) for line in _body(text)[:400].split("\n")[:2])):
        return "news"             # 经开区安监环保局要求,一是…: an office's doings told by someone else
    if _HEADLINE.match(title) and (not core.endswith(_GENRE_WORDS) or re.search(r"提出要求$", core)) \
            or _SELF_HEADLINE.match(title):       # (…对消防安全工作提出要求: 要求 an official voiced, no document's)
        return "news"
    if not named and not _SELF_NAMED.search(text[:1500]) and (_credit(text) or _news_account(text, title)):
        return "news"             # (a text that names itself a plan is none, whatever word its excerpt ends on)
    ends = _title_genre(core)
    if ends and ends != "notice" and _sends_unprinted(core, text):
        return "notice"           # 关于转发《某省…实施方案》的通知 and the 方案 is not on the page (convention 12)
    if ends:
        return ends               # …实施方案 / 关于印发《…要点》的通知 / …提醒函: the 文种 the title ends with
    if core and any(_NOTICE_TITLE.search(ln) for ln in lines[:20]):
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
    if self_named:                # 特制定本工作方案 / 现制定工作方案如下: a text with no document title says what it is
        return "work_points" if "要点" in self_named.groups() else "plan"
    if _ADDRESSED.match(_body(text)[:200]) and not named:
        return "notice"           # 各县(市、区)人民政府,市政府直属各单位:…提出如下要求: a 公文 to the units below
    if any(_NOTICE_TITLE.search(ln) for ln in lines[:20]) \
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
        return "report" if _OWN_VOICE.search(_body(text)[:600]) else "news"   # 已实现全覆盖, 20余次: an account
    if not title:
        return _untitled_piece(_body(text)) or "other"
    return "other"


# a document's name run into the addressees it opens with: 2021年乡镇防汛度汛实施方案 各村(居)委会、有关单位:
_NAMED_BEFORE_ADDRESSEES = re.compile(r"([^\s，,。;；:：]{4,40}?(?:方案|计划|规划|预案|要点|通知|意见|办法|规定|总结|报告))"
                                      r"\s*(?=各[^。；;\n]{2,60}[:：])")
# a 公文's title is [机关]关于[事由]的[文种]: the 文种 it ends with names its genre (README convention 12), the 15 kinds of
# 公文 and the plans, rules and accounts of the genre; 办法, 规定, 细则 are a law's unless the title opens with 关于
_KINDS = (("work_points", "要点"), ("checklist", "清单|检查(?:项目)?表"), ("plan", "方案|规划|计划|预案|纲要"),
          ("report", "总结|报告|汇报|述职|经验材料|综述"),
          ("notice", "通知|通报|通告|公告|决定|意见|函|批复|请示|纪要"), ("law", "条例|办法|规定|细则|(?<![方做看想说])法"),
          ("other", "一封信|公开信|倡议书|慰问信"))        # (a body's letter to the public: README convention 12's other)
_KIND_AT_END = re.compile("(?:" + "|".join(words for _, words in _KINDS) + ")$")
# a headline's opening label, a body's name and a colon: 某县:… / 应急管理局:… (速看: is a site's, no body)
_BODY_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,14}?(?:省|市|州|区|县|旗|镇|乡|街道|社区|村|局|委|办|中心)\s*[:：]\s*(?!关于)")
# a covering notice's title around the document it sends: XX关于印发《YY方案》的通知 / 关于2024年工作要点的通知
_COVERING_TITLE = re.compile(r"关于(?:印发|转发|下发|发布|颁发|公布)?《?(.+?)》?的通知$")
# two 文种 joined, the first the title's (2024年工作总结和2025年工作计划)
_JOINED_KIND = re.compile("(" + "|".join(words for _, words in _KINDS) + ")(?:和|及|暨|与|以及)")
# a site's label before a title: [总结范本] / 【工作总结】
_SITE_LABEL = re.compile(r"^\s*(?:\[[^\[\]]{2,10}\]|【[^【】]{2,10}】)\s*")


def _kind(word: str) -> str:
    return next(kind for kind, words in _KINDS if re.fullmatch(words, word))


def _sends_unprinted(core: str, text: str) -> bool:
    """A covering notice's title (关于印发/转发《X》的通知) whose X no line of the page prints (no line is X or its first
    part): the page gives the notice alone."""
    sent = _COVERING_TITLE.search(core)
    if not sent or not re.search(r"关于(?:印发|转发|下发|发布|颁发|公布)", core):
        return False
    name = sent.group(1).rsplit("《", 1)[-1]          # (…转发区公安消防支队《静安区消防“十三五”规划》的通知)
    lines = [re.sub(r"\s", "", line) for line in text.split("\n")]
    # (a line that is the name or its first part prints it; numbered items print a part of it, the page cut above)
    return not any(len(line) >= 8 and name.startswith(line) for line in lines) \
        and sum(1 for line in lines if _ANY_ITEM.match(line)) < 2


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
_ANY_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))")
# a demand on someone: 各乡镇、各部门要严格监管 / 必须 / 务必 / 应当 (not 主要, 重要, 需要, 要求, 要点)
_DEMAND = re.compile(r"(?<![主重需纲只提摘概首不紧必想])要(?![求点素害闻员领紧])|必须|务必|应当")
# a duty list's line: 2、发改委:负责森林火灾控制保障体系… / 财政局:负责… (a plan's 职责分工)
_DUTY_LINE = re.compile(r"^\s*(?:\d{1,2}[、.．]\s*)?[\u4e00-\u9fff]{2,12}[:：]\s*负责", re.M)


def _untitled_piece(body: str) -> str | None:
    """What an untitled text no other sign placed is, from its grammar (README conventions 5 and 12): measures told one
    a paragraph (一是…。…成立了…) are an account — news, or a report in the writer's own voice; a duty list (X局:负责…)
    or a piece of a plan's task list (it opens on a later item, (三)开展…专项整治。…, and demands nothing of anyone
    with 要/必须 — a speech's or a notice's items do) is a plan."""
    head = body[:600]
    first_item = re.split(r"\n\s*(?:二是|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])", head)[0]
    if _FIRST_MEASURE.match(body) and not _DEMAND.search(first_item):
        return "report" if _OWN_VOICE.search(head) else "news"
    if len(_DUTY_LINE.findall(body[:1500])) >= 3:
        return "plan"
    lines = [line for line in body[:800].split("\n") if line.strip()][:3]
    first = next((i for i, line in enumerate(lines) if _ANY_ITEM.match(line)), None)
    if first is not None and _LATER_ITEM.match(lines[first]) \
            and not _DEMAND.search("\n".join(lines[first:first + 2])[:400]):
        return "plan"
    return None


# a covering notice sending a document: 现将(修订后的)《…》印发你们
_SENDS = re.compile(r"(?:现将|印发)[^《》。\n]{0,8}《([^《》]{2,100})》")


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


def _printed_document(text: str) -> str | None:
    """The document a covering notice sends (现将《X》印发给你们) when the page goes on to print it: a line below opens
    with its name (常州市…总体 / 应 急 预 案: a title over two lines)."""
    sent = _SENDS.search(text[:3000])
    name = sent.group(1) if sent else None
    if not name or not _DOCUMENT_TITLE.search(name):
        return None
    below = text[sent.end():sent.end() + 3000]
    # (the name, or its first part when the title runs over two lines; not a longer name that holds it: the
    # 规划责任分解 a notice sends is no 规划)
    return name if any(line.strip().startswith(name[:8]) and name.startswith(re.sub(r"\s", "", line))
                       for line in below.split("\n")) else None


def _head_document_line(lines: list[str]) -> str | None:
    """A text whose title was not found: a short line of its head that names a document (乡镇安全生产年终工作总结10,
    市安全生产委员会2024年工作要点7篇), not a menu's entry (• 工作总结) or a sentence."""
    read = 0
    for line in lines[:60]:
        if _chrome(line):
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
        if _CRUMB_LINE.search(line) or re.search(r"\S\s*[>»›]{1,2}\s*\S.*[>»›]", line):
            crumbs = [c.strip() for c in re.split(r"[>»›]+", line) if c.strip() and c.strip() not in _CRUMB_FILLER]
            return bool(crumbs) and _NEWS_COLUMN.search(crumbs[-1]) is not None
    return False


def _work_done(text: str) -> bool:
    """An untitled text that tells of work done (已实现…, 累计…, 开展…20余次, 召开了…) more than it demands any."""
    head = _body(text)[:1500]
    done = len(_DONE.findall(head))
    return done >= 2 and done > len(_TO_DO.findall(head))


def _credit(text: str) -> str | None:
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
    body = _after_title(text, title) if title else _body(text)
    if _SELF_NAMED.search(text[:1500]) or _DECIDED.search(body[:600]):
        return False
    first = "。".join(body[:400].split("。")[:2])
    return bool(_EVENT_OPENING.search(first[:250]) or _NARRATED.search(first) or _ORGAN_NARRATED.search(first)
                or _REPORTED.search(body[:600]) or _THIRD_PERSON.search(body[:600]))


_NATIONAL_ISSUER = re.compile(r"国务院|全国人民代表大会|中共中央|国家|中华人民共和国|中国(?:气象局|地震局)|应急管理部"
                              r"|[\u4e00-\u9fff]{0,6}部$")


def _level(issuer: str, title: str, law: bool, lines: list[str], text: str = "", own: str | None = None) -> str:
    """The level of the body that writes (README convention 13): its issuer's place, the place its title opens with,
    then `own` (结合本市实际: the body the text speaks as), then the units it writes to."""
    name = issuer or ""
    if any(_NATIONAL_ISSUER.match(part) for part in re.split(r"[\s、,，]+", name) if part):
        return "national"         # 国土资源部 中国气象局: a joint issuer is national when one of its bodies is
    if law:                 # 广东省安全生产条例 / 太原市…人民代表大会常务委员会: a local law is its place's
        place = _LAW_PLACE.match(title or "")
        local = _admin_level(name) if name else "unknown"
        if local == "unknown" and place:
            local = "city" if place.group().endswith("经济特区") else _admin_level(place.group())
        return local if local != "unknown" else own or "national"
    level = _admin_level(name)
    mark = _LEVEL_MARK.search(title or "") if level == "unknown" else None
    if mark:
        return _MARK_LEVEL[mark.group(1)]         # 2023年“安全生产月”活动方案(市级)
    if level == "unknown" and title:
        place = _PLACE_PREFIX.match(_LEADING_YEAR.sub("", title))   # 2024年街道办事处…工作意见
        if place and _KIND_OF_PLACE.fullmatch(place.group()):
            # 2017年安全社区创建工作计划: a kind of community to create, no body — the text says who writes (我镇…)
            place, level = None, _level_from_self_reference(text, at_least=2)
        if place:
            generic = re.fullmatch(r"(?:街道|社区|乡镇|镇|乡|村)+", place.group())
            # (街道社区消防安全整治方案: words for levels, no place's name — the first is the writer's, unless the
            # text speaks as another body: 社区消防安全工作计划 whose text says 我区…, 全镇…; README convention 13)
            spoken = (own or _level_from_self_reference(text, at_least=2)) if generic else "unknown"
            # (…of level words alone the highest is the writer's, directing the lower: 街道社区…, 村镇防洪工作预案 → street)
            level = spoken if spoken != "unknown" else \
                min((_admin_level(w) for w in re.findall(r"街道|社区|镇|乡|村", place.group())), key=_LEVEL_ORDER.index) \
                if generic else _admin_level(_BARE_LEVELS.sub("", place.group()))
            if level == "district" and _ZONE.search(place.group()) and _BELOW_COUNTY.search(text[:3000]):
                level = "street"          # 先进制造业开发区召开… and 传达了区主要领导关于…: a zone below a district
    if level == "unknown":
        level = own or _level_from_addressees(lines)
    return level


# the place a local law is made for: the first province, city or autonomous county its title names — the bodies that
# make laws (河南省村庄和集镇规划建设管理条例 is the province's: a law is no town's or village's; 上海市区县和乡镇人民代表
# 大会…: the city's; 深圳经济特区…: 深圳's, a city)
_LAW_PLACE = re.compile(r"^(?!城市|都市|关于)(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区)|[\u4e00-\u9fff]{2,8}?自治州"
                        r"|[\u4e00-\u9fff]{2,8}?自治县|[\u4e00-\u9fff]{2,4}?市(?!场)|[\u4e00-\u9fff]{2,3}经济特区)")
# a unit's own staff and departments, as its 制度 names them: 员工, 职工, 本单位, 企业内部 (a place's rules name the place)
_STAFF = re.compile(r"员工|职工|本单位|企业内部|本企业|车间|班组|本厂|厂区")
# level words with no name of their own after a place's name: the title's subject, not a place (齐齐哈尔市社区消防条例)
_BARE_LEVELS = re.compile(r"(?<=[省市州区县旗])(?:街道|社区|乡镇|镇|乡|村)+$")
# a kind of place a programme creates, named in a title (安全社区创建…, 平安村建设…), not a place's own name
_KIND_OF_PLACE = re.compile(r"(?:安全|平安|文明|和谐|绿色|智慧|示范|消防安全|综合减灾示范)(?:社区|村|镇|街道)")
# "结合本省实际" / "结合公司实际情况": the kind of body that wrote the rules
_OWN = re.compile(r"(?<!各[\u4e00-\u9fff])(?<!各[\u4e00-\u9fff]{2})(?<!各[\u4e00-\u9fff]{3})结合(?:本|我)?"
                  r"(省|自治区|自治州|市|区|县|公司|企业|单位|街道|(?<=[本我])镇|(?<=[本我])乡|(?<=[本我])社区|(?<=[本我])村)"
                  r"(?:的)?实际")
_OWN_LEVEL = {"省": "province", "自治区": "province", "自治州": "city", "市": "city", "区": "district", "县": "district",
              "街道": "street", "镇": "street", "乡": "street", "社区": "community", "村": "community",
              "公司": "enterprise", "企业": "enterprise", "单位": "enterprise"}
_COMPANY_TITLE = re.compile(r"^(?!关于)[\u4e00-\u9fff()（）]{0,20}?(?:有限公司|集团|公司)")
# an unsigned rule that speaks of its company: 为规范公司…工作 / 本公司 / 集团公司有关规定
_COMPANY_BODY = re.compile(r"本公司|我公司|集团公司|总公司|分公司|(?:规范|加强|适用于)(?:对)?(?:本)?公司|本厂|我厂|全厂|厂内|厂级"
                           r"|(?:规范|加强)企业的|公司(?:安全生产委员会|安委会)"
                           r"|本企业(?:的|各项)|全体员工")      # 全体员工必须遵守本企业的各项规章制度
_ENACTED = re.compile(r"制定本(?:规定|規定|条例|條例|办法|辦法|细则|細則)")     # (read on the text as written)
# a place with its administrative suffix, named as the actor of a report (荣山镇, 长江路街道, 永安街社区)
_PLACE = re.compile(r"(?<![各全本我该])(?:(?![各全本我该及和与暨并、])[\u4e00-\u9fff]){2,5}?(街道|街办|镇|(?<!城)乡|社区)"
                    r"(?!(?!办事处)[\u4e00-\u9fff]{0,2}[长委办])")        # (街道办事处 is the place's own office)


def _own_kind(text: str) -> str | None:
    m = _OWN.search(to_simplified(text[:3000]))
    return _OWN_LEVEL[m.group(1)] if m else None


# a national body as the actor of an account's first sentences: 国务院安委会决定… / 国家安全生产监督管理总局18日发布…
# …or as the body whose notice the page gives: 据新华社…电 国务院办公厅关于… / 中共中央办公厅、国务院办公厅印发了…
_NATIONAL_BODY = (r"(?:中共中央(?:办公厅)?|国务院(?:安委会办公室|安委会|安全生产委员会|办公厅)?|应急管理部|国家防总(?:办公室)?"
                  r"|国家安全生产监督管理总局|国家[\u4e00-\u9fff]{2,8}局)")
_NATIONAL_ACTOR = re.compile(r"(?:^|[,，。)）\n\s])(?:" + _NATIONAL_BODY + "、)*" + _NATIONAL_BODY
                             + r"(?:近日|日前|\d{1,2}日)?(?:联合)?(?:决定|定于|印发|发布|部署|召开|开展|要求|发出|下发|关于)")


def _level_from_national_actor(text: str) -> str:
    if _NATIONAL_ACTOR.search(_body(text)[:500]):
        return "national"
    issued = _ISSUER_OF_PRINTED.search(_body(text)[:300]) if _PRINTED.search(text[:800]) else None
    # 近日,某省政府办公厅印发了《关于…的实施意见》,全文如下: the page gives that body's document (README convention 13)
    return _admin_level(issued.group(1)) if issued else "unknown"


# the body a news lead names as issuing the document the page prints: 近日,某省政府办公厅印发了《…》
_ISSUER_OF_PRINTED = re.compile(r"(?:^|[,，。\s])([\u4e00-\u9fff、]{2,30}?)(?:近日|日前)?(?:联合)?(?:印发|发布|出台)了?《")


# the writer's deciding body, named in its preamble: 经市城市管理委员会研究决定 / 经区政府同意 / 经镇党委政府研究
_DECIDER = re.compile(r"经(省|市|州|区|县|镇|乡|街道)[\u4e00-\u9fff]{0,12}?(?:研究决定|研究同意|同意|批准|研究)")


def _level_from_decider(text: str) -> str:
    m = _DECIDER.search(_body(text)[:1500])
    return _SELF_LEVEL[m.group(1)] if m else "unknown"


# a body's leader going to a place below it: 东湖县委书记张某到青山镇检查 / 区长一行赴…调研 (the leader's body acts)
_LEADER_VISIT = re.compile(r"(?:^|[,，。\s])(?:[\u4e00-\u9fff]{2,8}?)?(省|市|州|区|县)(?:委|政府|人民政府)?"
                           r"(?:主要领导|党委书记|书记|副?(?:省长|市长|州长|区长|县长))[\u4e00-\u9fff]{0,3}?(?:一行)?"
                           r"(?:到|赴|深入|前往)")


def _level_from_place_names(text: str) -> str:
    """A report without a signature: the most specific unit its opening paragraph names as the actor
    (长江路街道 …, 永安街社区 …)."""
    # the first line that is a sentence (a site's leftover crumb, 南通, or a byline is none)
    opening = next((line for line in [ln for ln in _body(text)[:600].split("\n") if ln.strip()][:5]
                    if len(line.strip()) >= 20 and re.search(r"[，,。]", line) and not _BYLINE_WORDS.search(line)),
                   _body(text)[:300].split("\n")[0])[:300]
    # the first place that opens a clause (近日,东关街道…): 做好基层社区 is an object, no actor
    first = re.search(r"(?:^|[,，。；;:：)）\s]|日|上午|下午)" + _PLACE.pattern, opening)
    organ = _OPENING_ORGAN.search(opening)
    leader = _LEADER_VISIT.search(opening)
    if leader and (first is None or leader.start() < first.start()) and (organ is None or leader.start() < organ.start()):
        return _SELF_LEVEL[leader.group(1)]      # 6月5日,东湖县委书记张某到青山镇检查…: the county's leader acts
    company = _COMPANY_ORGAN.search(opening)
    if company and (first is None or company.start() < first.start()) and (organ is None or company.start() < organ.start()):
        return "enterprise"                       # 集团党委副书记、总裁…出席会议: a company's own item
    if organ and (first is None or organ.start() < first.start()):
        if _ORGAN_LEVEL[organ.group(1)] == "district" and _ZONE_BODY.search(opening) and _BELOW_COUNTY.search(text[:3000]):
            return "street"   # 区政府党组成员、浒墅关经济开发区管委会主任…率队: the zone's head, a 区 rank his second title
        return _ORGAN_LEVEL[organ.group(1)]       # 区安委办负责人一行赴广兴洲镇…: the district office acts
    county = _OPENING_COUNTY.search(opening)
    if county and (first is None or county.start() < first.start()):
        # 10月29日,大足区召开… / 近期,市城乡一体化示范区逐级压实… — unless a zone below a 县/区 (README convention 13)
        return "street" if _ZONE.search(county.group()) and _BELOW_COUNTY.search(text[:3000]) else "district"
    own = _OWN_BODY.search(opening)
    if own and first is None:
        return _SUFFIX_LEVEL[own.group(1)]        # 8月11日下午,街道召开…: the account's own 街道, unnamed
    # the actor's sentence: the first that names a place, not the paragraph's later objects (…二是进社区)
    acting = next((sentence for sentence in opening.split("。") if _PLACE.search(sentence)), "")
    found = {m.group(1) for m in _PLACE.finditer(acting)}
    for suffix, level in (("社区", "community"), ("街道", "street"), ("街办", "street"), ("镇", "street"),
                          ("乡", "street")):
        if suffix in found:
            return level
    return "unknown"


# the account's own body, unnamed, as the subject of its opening clause: 8月11日下午,街道召开… / 镇党委组织…
_OWN_BODY = re.compile(r"(?:^|[,，。；;)）]|日|上午|下午|晚上)\s*(街道|街办|镇|乡|社区)(?:办事处|党工委|党委|政府|人民政府)?"
                       r"(?:召开|组织|举行|举办|开展|部署|成立|启动)")
_SUFFIX_LEVEL = {"街道": "street", "街办": "street", "镇": "street", "乡": "street", "社区": "community"}
# a town's own organs, named (中保镇党委、政府高度重视…) or as its office's short name (街办领导高度重视…)
_TOWN_ORGAN = re.compile(r"(?<![各全本该])(?:[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处)"
                         r"|(?<![\u4e00-\u9fff])街办(?:领导|党工委|主任|工作人员))")


def _level_from_town_named(text: str) -> str:
    """A text no other sign placed: a town or 社区 it names by name (城北街道充分发挥…, 永安街社区…) or a town's own organ
    (中保镇党委、政府…, 街办领导…) in its opening paragraphs — the body whose doings it tells (README convention 13)."""
    head = _body(text)[:1000]
    place = _PLACE.search(head)
    organ = _TOWN_ORGAN.search(head)
    if place and (organ is None or place.start() <= organ.start()):
        return "community" if place.group(1) == "社区" else "street"
    return "street" if organ else "unknown"


_LEVEL_ORDER = ("national", "province", "city", "district", "street", "community")
# (a 社区 or 村 only as 我/本: 全社区, 全村 are an upper plan's reach)
_SELF = re.compile(r"(?:全|本|我)(街道|街|镇|乡|区|县|市|州|省)(?![长委政])|(?:本|我)(社区|村)(?![长委民])|我(国)")
_SELF_LEVEL = {"街道": "street", "街": "street", "镇": "street", "乡": "street", "区": "district", "县": "district",
               "社区": "community", "村": "community",
               "市": "city", "州": "city", "省": "province", "国": "national"}


def _level_from_self_reference(text: str, at_least: int = 1) -> str:
    """全街道 / 我镇 / 全区 …: how a document names its own area (the most frequent wins, when named `at_least`
    times: a single 全省 of a 街道's plan is its context)."""
    counts: dict[str, int] = {}
    for m in _SELF.finditer(text[:5000]):
        level = _SELF_LEVEL[m.group(1) or m.group(2) or m.group(3)]
        counts[level] = counts.get(level, 0) + 1
    # on a tie the lowest level: a text names the levels above it as context (全国、全省…), its own as its area
    best = max(counts, key=lambda lv: (counts[lv], _LEVEL_ORDER.index(lv))) if counts else None
    return best if best and counts[best] >= at_least else "unknown"


# an office of a 区/县/市 as the subject of a clause (after a date or a comma): 8月9日,区安委办负责人一行…
_OPENING_ORGAN = re.compile(r"(?:^|[,，。])\s*由?(区|县|市(?!场)|州|省(?!委|政府|政协|人大))(?:委|政府|政协|人大|安委办|安委会|安办|[\u4e00-\u9fff]{1,6}?局"
                            r"|[\u4e00-\u9fff]{2,8}?(?:指挥部办公室|指挥部|办公室)|[\u4e00-\u9fff]{2,12}?组(?![织成建]))")
# a development zone, and the words of one below a 县 or 区: 县工业园区, 结合省市县…会议精神, 传达了区主要领导关于…
_ZONE = re.compile(r"(?:开发区|园区|高新区|示范区|经开区|工业区)(?:管委会|管理委员会)?(?:召开|举行|开展|组织|部署|启动|"
                   r"逐级|全面|持续|扎实|积极|认真|多措并举|聚焦|坚持|强化)?$")
_ZONE_BODY = re.compile(r"(?:开发区|园区|高新区|示范区|经开区|工业区)(?:管委会|管理委员会|党工委)")
_BELOW_COUNTY = re.compile(r"县(?:工业|经济|产业)?(?:开发区|园区|工业园)|省、?市、?县|[县区](?:委|政府)?(?:主要)?领导(?:关于|的)"
                           r"|区政府党组成员")
_OPENING_COUNTY = re.compile(r"(?:^|[,，。])\s*(?![全各本我该])[\u4e00-\u9fff]{2,12}?(?:(?<![社小景辖片城校矿林街])区|县|旗)"
                             r"(?:委|政府|人民政府|管委会|管理委员会|[\u4e00-\u9fff]{0,6}?(?:办公室|委员会|局))?"
                             r"(?:召开|举行|开展|组织|部署|启动|牵头|会同|联合|逐级|全面|持续|扎实|积极|认真|多措并举|聚焦|坚持|强化)")
_OWN_ORGAN = re.compile(r"(县|区|市|省)(?:安办|安委办|安委会|直|有关部门|政府|应急管理局|应急局|安监局)"
                        r"|(?<![乡各])(镇|街道)(?:安办|安委办|安委会|党委|政府|应急办|[\u4e00-\u9fff]{1,2}[办站所])")   # 镇安办,
                                                                                           # 镇政府, 街道宣教办, 街道文体站
_ORGAN_LEVEL = {"县": "district", "区": "district", "市": "city", "州": "city", "省": "province", "镇": "street",
                "街道": "street"}


def _level_from_own_organs(text: str) -> str:
    """县安办, 县直有关部门, 县有关部门…: an unsigned page of a plan names the organs of its own level (the most
    frequent wins, and only when it is named at least twice); a company's rules name its 总经理, 董事长, 安委会; else
    the units a text directs name the level below it (各乡镇要… → district; README convention 13)."""
    if _COMPANY_ORGAN.search(text[:3000]):
        return "enterprise"
    counts: dict[str, int] = {}
    for m in _OWN_ORGAN.finditer(text[:5000]):
        level = _ORGAN_LEVEL[m.group(1) or m.group(2)]
        counts[level] = counts.get(level, 0) + 1
    best = max(counts, key=counts.get) if counts else None
    if best and counts[best] >= 2:
        return best
    directed = _DIRECTED.search(text[:5000])
    return next(level for pattern, level in _ADDRESSEES if re.match(pattern, directed.group(1))) if directed \
        else "unknown"


_COMPANY_ORGAN = re.compile(r"公司(?:分管)?(?:总经理|董事长|领导|安全生产委员会|安委会|各部门|所属单位)|董事长|总经理|总裁|厂长|矿长|本矿"
                            r"|企业安委会"
                            r"|集团(?:党委|安委会|安委办|董事会|监事会)"
                            r"|(?:有限公司|集团)(?:下发|召开|组织|开展|印发|部署)"
                            r"|企业(?:最高|主要)负责人[^。]{0,20}(?:签发|审批|任命)")
# the units a text directs: 各乡镇要… / 各县(市、区)务必…
_DIRECTED = re.compile(r"(?:^|[，,。；;\n])\s*(各(?:省|设区的市|市|县区|县|区|乡镇|乡|镇|街道|村|社区|居))"
                       r"[^，,。；;]{0,12}?(?:要|务必|必须|应当)")


# the towns a county-level 市 directs itself (各镇乡(街道)、园区), where a prefecture's 市 directs 县(市、区)
_TOWNS = re.compile(r"各(?:乡镇|镇乡|镇街|镇[(（、](?!区)|乡[(（、])|(?:乡镇|镇乡)[(（]街道")   # (各镇(区): 东莞, 中山 — a city
_COUNTIES = re.compile(r"各县|各区|县[(（]市|县市区|县区|区县|各市[(（]州|市[(（]州|市县乡|市县两级|县乡两级")


def _towns_below(text: str) -> bool:
    """A 市's text that names towns as the units it directs and no county or district: a county-level city."""
    head = text[:5000]
    # (…and names no county whose towns they could be: 州政府督导组检查香格里拉县… / 各乡镇 are the county's)
    return _TOWNS.search(head) is not None and _COUNTIES.search(head) is None \
        and _COUNTY_NAMED.search(to_simplified(head)) is None


_COUNTY_NAMED = re.compile(r"[\u4e00-\u9fff](?![全各本我该])[\u4e00-\u9fff](?:县|旗)(?![委政级直城])")   # (全县 names none)


def _prefecture_titled(title: str) -> bool:
    """The title opens with a 市 that is no county-level city (铁岭市2023年度消防工作任务清单): the text is that city's, whatever
    county-level city a reposting site's header names."""
    place = _PLACE_PREFIX.match(_LEADING_YEAR.sub("", title))
    return bool(place) and "市" in place.group() and not _names_county_city(place.group())


def _county_city_opens(text: str) -> bool:
    """A text read as a 市's whose opening names a county-level city (湖北应城: 燃气安全整治…  / …应城市组织宣传车队…): the
    city it speaks as is that one (README conventions 4 and 13)."""
    head = _body(text)[:300]
    at = next((at for at, ch in enumerate(head) if ch == "市" and county_level_city(head[:at + 1])), None)
    # (the first place named: not one of a prefecture's counties listed after it, 5月30日,鹿邑县…。项城市、郸城县…)
    return at is not None and _COUNTY_NAMED.search(head, 0, at) is None and head[at + 1:at + 2] != "、"


def _level_from_addressees(lines: list[str]) -> str:
    """各县(市、区)人民政府: … is written by a city; 各乡镇 … by a district; 各村(社区) … by a street."""
    for line in lines[:15]:
        if line.startswith("各") and line.endswith(_SALUTATION_END):
            for pattern, level in _ADDRESSEES:
                if re.match(pattern, line):
                    return level
    return "unknown"


def _names_county_city(name: str | None) -> bool:
    """The issuer or title opens with a county-level city: 大理市城镇燃气…方案, 东宁市安全生产委员会."""
    head = (name or "")[:16]
    return any(county_level_city(head[:at + 1]) for at, ch in enumerate(head) if ch == "市")


def _admin_level(name: str) -> str:
    if not name:
        return "unknown"
    if re.search(r"有限公司|有限责任公司|集团|厂$", name):
        return "enterprise"
    if name.startswith(_MUNICIPALITIES) and not re.search(r"[^市]区|县|街道|镇|乡", name[3:]):
        return "province"
    # the innermost administrative unit named before the agency part decides
    agency = _ISSUER_END.search(name)
    prefix = name[:agency.start()] if agency else name
    last, last_end = None, 0
    for m in _ADMIN.finditer(prefix):
        last, last_end = m.group(1), m.end()
    if last == "市" and county_level_city(prefix[:last_end]):
        return "district"           # 东宁市, 大理市: a county-level city writes as a 县
    return {
        "省": "province", "自治区": "province", "特别行政区": "province",
        "市": "city", "自治州": "city", "州": "city", "盟": "city", "地区": "city",
        "区": "district", "县": "district", "旗": "district",
        "街道": "street", "镇": "street", "乡": "street",
        "社区": "community", "村": "community", "居委会": "community",
    }.get(last, "unknown")


def _region(issuer: str) -> str | None:
    agency = _ISSUER_END.search(issuer)
    prefix = issuer[:agency.start()] if agency else issuer
    return prefix if prefix and _ADMIN.search(prefix) else None


def _period(meta: Metadata, text: str) -> tuple[int | None, int | None]:
    title = meta.title or ""
    m = _PERIOD.search(title) or _PERIOD.search(text[:2000])
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b <= a + 20:
            return a, b
    m = _YEAR_IN_TITLE.search(title)
    if m and meta.genre in ("work_points", "plan", "checklist", "report"):
        year = int(m.group(1))
        return year, year
    return None, None
