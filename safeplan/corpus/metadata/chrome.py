"""The web page around a document: its menus, breadcrumbs, bylines, footer and info-table lines (none of them a title),
where the document's head ends and its body begins."""

from __future__ import annotations

import re

from safeplan.corpus.metadata.agencies import SEAL
from safeplan.corpus.metadata.shapes import NOTICE_TITLE
from safeplan.corpus.model import Item
from safeplan.hanzi import to_simplified

# lines that are never a title: a bare number, a byline in brackets, a chapter heading, a web page's chrome
_NOT_TITLE = re.compile(
    r"^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?|[(（].*[)）]|目\s*录|第[一二三四五六七八九十百\d]+[章节篇]\s*\S{0,12}"
    r"|.*(?:部分内容阅读|当前位置|您的位置|现在位置|所在的?位置|扫一扫|在手机打开|字号|字体|打印本页|分享到|支持IPV6|支持IPv6|浏览次数"
    r"|门户网站|政府网站|网站首页|设为首页|加入收藏|收藏本站|欢迎来到|欢迎访问|读完约|索引号|内容概述"
    r"|(?:发布|发表|更新)(?:日期|时间)[:：]|来源[:：\s]|相关推荐|推荐阅读|相关文章|热门推荐|猜你喜欢|大家正在看"
    r"|(?:日期|时间)[:：]\s*(?:19|20)\d{2}"        # 日期:2022-10-24 15:39:42 / 日期:2024-03-06浏览:161: a byline
    # a site's footer and accessibility menu: 主办:…人民政府 © 版权所有 / 晋ICP备… / 长辈版 / 无障碍浏览 / Ai政务问答
    r"|主办[:：]|承办[:：]|版权所有|ICP备|公网安备|网站标识码|技术支持[:：]|严禁上网|无障碍|长辈版|适老化|政务问答|阅读辅助"
    r"|移动端|政务微信|政务微博|智能问答|个人中心|视力保护色|长者模式).*"
    r"|附件\d{0,2}[:：].*|附\s*件\s*\d{0,2}"      # 附件:…方案.doc: an attachment's link; 附件 / 附件1 alone over the
                                                  # document it attaches
    r"|[\u4e00-\u9fff]{0,4}(?:通讯员|记者|作者|编辑|责任编辑|审核|撰稿|摄影|实习生)[:：\s].{0,20}"   # 全媒体记者:张敬
    r"|.*[^\d\s-](?:19|20)\d{2}-\d{2}-\d{2}"           # 争春时 赶订单2025-02-13: a related item and its date
    r"|【[^】]{2,6}】|(?:(?:打印本文|打印本页|关闭窗口|打印|关闭)\s*){2,}|[\u4e00-\u9fff]{0,4}(?:新闻|要闻|媒体|动态|资讯|信息公开)"
    r"|.*_{3,}.*|[^:：]{2,16}[:：]\s*年\s+月\s+日\s*"      # 被检查单位名称:______ / 检查时间: 年 月 日: a form's blank
    r"|.*上一篇.*下一篇.*|.*https?://.*|文档简介|版权说明.*|.*范文分享|目\s*录[/／]提纲.*"
    r"|.{0,30}\s(?:通讯员|记者)\s*[\u4e00-\u9fff]{2,4}"      # 山东商报·速豹新闻网 刘燕 通讯员 刘慧丽
    r"|.*[a-z]{2,4}\d{3,}.*"                     # 撬装加油站-js4399金沙线: a spam site's code
    r"|Document|[•·].*|-\s.*|.{0,20}\s(?:供稿|撰稿|来稿)"      # a bulleted line is a menu's or a byline's;
                                                            # 政府办公室 高云义 供稿: an author credit
    r"|(?:首页|主页|网站首页)\s*[/>»›].*|.*\S\s*/\s+\S.*\s/\s.*"    # a breadcrumb with slashes: 首页/ 政府信息公开 / …
    r"|(?:首页|主页|网站首页)(?:\s+[\u4e00-\u9fff]{2,8}){1,3}"      # 首页 部门动态: a breadcrumb with blanks
    r"|[\u4e00-\u9fff]{2,12}\s+(?:登录|注册)(?:\s*[|/]?\s*(?:登录|注册))?"  # 中国政府网 登录: a site's name and its login
    r"|[\dA-Za-z]{0,8}[\u4e00-\u9fff]{0,8}(?:范文网|文库|资料网|文档网|网站)|[\dA-Za-z]{1,8}[\u4e00-\u9fff]{1,6}网"
    r"|[\u4e00-\u9fff]{2,8}(?:新闻|信息|文明|政府|热线|日报)网|[\u4e00-\u9fff]{2,8}(?:电子报|数字报)"   # a site's name alone: 51范文网, 绵阳新闻网, 秀山电子报
    r"|侵权投诉|VIP专[免享]|下载文档|举报$"          # a document-sharing site's buttons
    r"|.*(?:电话|热线|传真|邮箱)[:：]\s*[\d\-—()（）]{3,}.*|联系(?:热线|电话|方式|我们)"   # 森林火警电话:12119: a contact
                                                                          # line, or its label alone (联系热线)
    r"|.{4,40}\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发.*"          # a 版记's line: …党政办公室 2022年6月17日印发
    r"|\W{0,3}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:星期|周)[一二三四五六日天]"   # >2023年8月9星期三: a page's day
    r"|.*\S\s*[>»›]\s*\S.*"                      # a breadcrumb: 主页 > 安全生产 > …
    r"|(?:朗读|打印|关闭|收藏|返回|阅读全文|Print|文章播报|语音播报|换一换)"          # a page's buttons
    r"|.*[A-Za-z0-9-]{2,}\.(?:com|cn|net|org)\b.*|.*\d(?:\.\d+)?\s*[KM]B\b.*|.*(?:下载文档|继续阅读|文档共\d+页).*"  # a
    # document site's slogan with its domain, a file's size, its reading prompts
    r"|(?:[\u4e00-\u9fff]{1,6}[ \u3000]+){4,}[\u4e00-\u9fff]{1,6}"     # 首   页 走进西乡 新闻中心 …: a menu
    r"|.*(?:供图|图片来源)(?:[(（]下同[)）])?"                    # a photo's caption and credit: …夜查行动 北站街道供图(下同)
    r"|(?:档案|文件|文档)(?:发布|内容)|正文|全文"       # a wiki page's section label over the notice, over the document
    r"|[一二三四五六七八九十]{1,3}是)$")
# the keys of a government page's info table as written (索 引 号:, [ 发布机构 ], 名 称:): a line that opens with one
# holds one or more "key: value" pairs (索引号: … 发布机构: 区政府办 / [ 成文日期 ] 2022-04-29 [ 发布日期 ] …)
_INFO_KEYS = ("信息索引号", "索引号", "主题分类", "体裁分类", "信息分类", "组配分类", "服务对象", "发布机构", "发文机关",
              "发文单位", "发布单位", "印发单位", "制发机关", "编制单位", "发布机关", "发文部门", "制发单位", "成文单位",
              "印发机关", "公文生成日期", "生成日期", "成文日期", "印发时间", "签发日期", "发文日期", "印发日期",
              "发布日期", "公开日期", "成文时间", "发文时间", "生成时间", "公开方式", "公开范围", "公开类型", "公开属性", "公开期限", "文件名称", "名称", "标题", "本文标题", "文章标题", "中文名",
              "发文字号", "发布文号", "文号", "有效性", "时效性", "是否有效", "内容概述", "概述", "关键词", "主题词",
              "所属类别", "所属主题", "生效日期", "施行日期", "实施日期", "废止日期", "颁布单位", "颁布部门", "颁布时间",
              "颁布日期", "发文号", "失效时间", "法规来源", "法规全文",
              # a county portal's row (信息类别: 政府文件 文件编号: 聂府发[2006]5号 … 信息索取号: … 责任部门: 聂桥镇)
              "信息类别", "文件编号", "公开时限", "信息索取号", "责任部门", "有效期")
_INFO_KEY = "|".join(r"[ \u3000]*".join(key) for key in _INFO_KEYS)
# a key after a blank or bracket, or glued to the value before it when its colon follows (…管理委员会关 键 词:…)
_KEY_VALUE = re.compile(r"(?:(?:^|(?<=\s))[•·\[【]?[ \u3000]*(" + _INFO_KEY + r")[ \u3000]*(?:[\]】][ \u3000]*[:：]?|[:：])"
                        r"|(" + _INFO_KEY + r")[ \u3000]*[:：])")
INFO_LINE = re.compile(r"^[•·\-*\s]*(?:\d{1,2}[.．、]\s*)?[\[【]?[ \u3000]*(?:" + _INFO_KEY + r")[ \u3000]*(?:[\]】]|[:：])")
# an info table's row whose first key lost its head to the layout (号: 003160480/202406-00004 信息分类: …, 索引号's 号),
# a known key after a blank further on
_CLIPPED_ROW = re.compile(r"^[\u4e00-\u9fff]{1,3}[:：][^\n]*?[ \u3000](?:" + _INFO_KEY + r")[ \u3000]*[:：]")
BYLINE_WORDS = re.compile(r"\d{1,2}:\d{2}|浏览|访问|点击|阅读|来源|字号")
# a page title's site after its headline: 某县召开…会议_某县人民政府网 / -某县人民政府 / | 某县融媒体中心
SITE_SUFFIX = re.compile(r"(?<=\S{4})\s*(?:_|-|—|\||｜)\s*[\u4e00-\u9fff]{2,20}?(?:网|人民政府|政府网站|门户网站|网站|融媒体中心"
                          r"|新闻中心|文库)$")
_CRUMB_PREFIX = re.compile(r"^(?:[^>»›\n]{1,12}?\s*[>»›]\s*){2,}(?=\S)")
_PUBLIC_MARK = re.compile(r"^[(（]?此件(?:公开|主动公开|依申请公开)发布[)）]?\s*")
KEY_LIST = re.compile(r"(?:[ \t]*\d{1,2}[.．、][ \t]*【[^】\n]{2,8}】[^\n]*\n+){3,}")
# a document site's numbered notices above the document (温馨提示: 1. 部分包含数学公式…的文件… / - 1、本文档共4页…):
# no item of the document, so its head runs on past them
_SITE_NOTICE = re.compile(r"文档|下载|本站|版权|客服|付费|VIP|会员|预览|上传")


def head_end_of(items: list[Item], default: int, text: str) -> int:
    for item in items:
        first = item.text.split("\n", 1)[0].strip()
        if item.style not in ("preamble", "paragraph") and not (item.start < 3000 and _SITE_NOTICE.search(item.text[:120])) \
                and not (item.start < 3000 and chrome(to_simplified(first))):
            # (a list's number before the page's breadcrumb, 2. 您現在所在的位置: 首頁 > … in a Traditional copy, is the page's)
            number_at = text.rfind(item.number, max(0, item.start - len(item.number) - 2), item.start) \
                if item.number else -1
            return number_at if number_at >= 0 else item.start       # the head stops before 一、 / 第一章
    return min(default, 3000) if not items or items[0].style in ("preamble", "paragraph") else default


# a web page's byline under its headline: 发布时间:… / 作者: 发布时间:… 信息来源:… / • 2022-03-10 15:43 / 2019-05-28 16:20:13 来源:…
BYLINE_LINE = re.compile(r"^[•·\s]*(?:(?:作者[:：]\s*)?(?:发布|发表|更新)(?:时间|日期)[:：]|(?:信息)?来源[:：]"
                          r"|时间[:：]\s*(?:19|20)\d{2}-"
                          r"|[\u4e00-\u9fff]{2,10}(?:报|网)[ \u3000]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[ \u3000]|$)"   # 上海法治报 2024年04月16日 夏天/张静
                          r"|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2})")


BYLINE_KEY = re.compile(r"^(?:作者|编辑|责任编辑|栏目|分类|来源|供稿|撰稿|摄影|审核)[:：]")


def body_of(text: str) -> str:
    """The text from its first line that is not the page around it (a site's footer, menus, info table)."""
    at = 0
    for line in text.split("\n", 15)[:15]:
        if line.strip() and not chrome(line.strip()):
            return text[at:].lstrip()
        at += len(line) + 1
    return text.lstrip()


def chrome(line: str) -> bool:
    """A line of the page around the document (menus, breadcrumbs, bylines, info table, footer), never its title."""
    return _NOT_TITLE.match(line) is not None or INFO_LINE.match(line) is not None or _CLIPPED_ROW.match(line) is not None


def key_values(line: str) -> list[tuple[str, str | None]]:
    """The (key, value) pairs of an info-table line: each known key's value runs to the next key."""
    found = list(_KEY_VALUE.finditer(line))
    pairs = []
    for i, m in enumerate(found):
        value = line[m.end():found[i + 1].start() if i + 1 < len(found) else len(line)].strip(" \u3000[]【】")
        value = re.split(r"[ \u3000]+[\u4e00-\u9fff]{2,5}[:：]", value)[0].rstrip("- ")   # (…龙泉市 点击数:: a counter)
        pairs.append((re.sub(r"[\s\u3000]", "", m.group(1) or m.group(2)), value or None))
    return pairs


CRUMB_LINE = re.compile(r"(?:当前位置|您的位置|现在位置|所在位置|首页|主页)[^>»›]{0,6}[>»›]")
# a site's label or column tag before a title: [总结范本] / 【工作总结】 / 【街道动态】 (dropped from the title, and kept from
# telling the genre: 总结 in [总结范本] is the site's word)
SITE_LABEL = re.compile(r"^\s*(?:\[[^\[\]]{2,10}\]|【[^【】]{2,16}】)\s*")


def head_lines(head: str) -> list[str]:
    """The head's lines, stripped: without a public mark before a 落款's date ((此件公开发布) 2022年1月30日), a seal's
    mark on a line of its own ((代章)), or a breadcrumb before a notice's title (好律师> 法律法规库> 政策参考> 关于…的通知)."""
    lines = [_PUBLIC_MARK.sub("", ln.strip()) for ln in head.split("\n")]
    return [_CRUMB_PREFIX.sub("", ln) if ">" in ln and NOTICE_TITLE.search(ln) else ln
            for ln in lines if ln and not SEAL.fullmatch(ln)]
