"""Metadata of shapes the fresh random batches of tests/corpus/heldback brought (x301+, y201+, y301+; dev texts): an
agency that opens the title of its own paper with no 关于, a covering notice whose document is not on the page, an
untitled plan that names itself (特制定《…》), a contact label above a news item. Heads cut from those texts."""

from tests.corpus.metareading import meta


def test_an_agency_opening_the_title_of_its_own_paper_issues_it_without_guan_yu():
    """hb-u223-y (a 公文 site's 意见) and hb-u306-y (a sample site's 方案, two bodies joined by 和)."""
    m = meta("民政局加强林业安排发展工作意见\n\n各乡镇人民政府、县直有关单位:\n\n为加强森林资源保护,加快绿化造林和农村能源发展,"
             "根据我县实际,对2009年林业工作安排如下:\n\n一、切实抓好森林消防\n\n目前,已进入森林防火期,风干物燥。\n")
    assert (m.title, m.issuer, m.genre) == ("民政局加强林业安排发展工作意见", "民政局", "notice")
    m = meta("下面是小编为大家整理的区管委会和区安全生产委员会安全生产活动方案,供大家参考。\n"
             "一、XXX年全区安全生产工作的回顾\nXXX年是我区新一轮开发建设的关键一年。\n")
    assert (m.title, m.issuer, m.region) == ("区管委会和区安全生产委员会安全生产活动方案", "区管委会和区安全生产委员会", "区")


def test_a_body_named_by_its_kind_alone_a_plan_for_an_area_and_a_forwarding_title_name_no_issuer():
    """hb-u141-y: 安全生产委员会 with no place names no one; a 预案 named after a zone's 管委会 is the zone's plan (the
    info table's 发布机构 issues it, hb-u101-x); 转发 and 印发 titles send another body's paper."""
    assert meta("安全生产委员会安全生产工作要点\n为认真贯彻落实上级安全生产工作部署,结合我县实际,制定本要点。\n"
                "一、总体要求\n").issuer is None
    assert meta("某某经济技术开发区管委会突发公共事件总体应急预案\n1 总则\n1.1 编制目的\n为提高应对突发公共事件的能力。\n"
                "1.2 编制依据\n").issuer is None
    assert meta("县应急管理局转发市应急管理局安全生产大检查工作方案\n各乡镇:\n现将方案转发给你们。\n一、检查时间\n").issuer is None


def test_a_covering_notice_whose_document_is_not_on_the_page_is_titled_by_itself():
    """hb-u256-y: the 清单 is sent (现印发你们) but only its 附件 line is on the page."""
    m = meta("吴忠市安委会办公室关于印发《吴忠市创建自治区级安全发展示范城市重点任务责任清单》的通知\n"
             "各县(市、区)人民政府,各开发区、工(农)业园区管委会,市安委会有关成员单位,区属驻吴有关单位:\n"
             "根据《吴忠市推进城市安全发展的实施方案》,市安委办细化制定了《吴忠市创建自治区级安全发展示范城市重点任务责任清单》,"
             "现印发你们,请结合以下要求,认真组织、逐项落实。\n一要争取政策支持。各县(市、区)、各有关部门要把安全发展示范城市"
             "创建工作纳入同级规划内容。\n二要强化督查考核。市安委会将把创建工作情况纳入年度安全生产效能目标考核内容。\n"
             "附件:1.吴忠市创建自治区级安全发展\n")
    assert (m.title, m.issuer, m.genre) == (
        "吴忠市安委会办公室关于印发《吴忠市创建自治区级安全发展示范城市重点任务责任清单》的通知", "吴忠市安委会办公室", "notice")


def test_a_covering_notice_that_prints_its_document_under_a_longer_title_line_gives_the_document():
    """hb-s252-x: the 预案's own title line carries its edition, (2022年版), after the name the notice sends."""
    m = meta("关于印发《古美路街道防汛防台专项应急预案》(2022年版)的通知\n机关各部门、各企事业单位及各居民区: 为切实抓好今年街道防大汛,"
             "街道防汛指挥部修编制定了《古美路街道防汛防台专项应急预案》(2022年版),现印发给你们,请结合实际,认真遵照执行。 特此通知。\n"
             "闵行区古美路街道办事处 2022年5月29日\n古美路街道防汛防台专项应急预案 (2022年版)\n"
             "一、总则 1.编制目的 有效抗御台风、暴雨、高潮、洪水等灾害侵袭。\n")
    assert (m.title, m.genre) == ("古美路街道防汛防台专项应急预案", "plan")
    # the demo's national 方案: printed below its notice with no title line of its own, its numbered items on the page
    m = meta("国务院安全生产委员会关于《安全生产治本攻坚三年行动方案(2024-2026)》的通知\n各省、自治区、直辖市人民政府:\n"
             "《安全生产治本攻坚三年行动方案(2024-2026年)》已经国务院领导同志同意,现印发给你们,请结合实际认真贯彻落实。\n"
             "国务院安全生产委员会\n2024年1月21日\n为认真贯彻落实习近平总书记关于安全生产系列重要指示精神,制定安全生产治本攻坚"
             "三年行动方案(2024-2026年)。\n一、总体要求\n(一)指导思想。坚持人民至上、生命至上。\n二、任务分工\n")
    assert (m.title, m.genre) == ("安全生产治本攻坚三年行动方案(2024-2026)", "plan")


def test_an_untitled_plan_names_itself_in_its_first_sentence():
    """hb-s302-y: 特制定《…》 in the opening sentence; a news item's 制定《…》 after a meeting names no title (hb-n80-x)."""
    m = meta("为深入贯彻落实国家关于加强消防安全工作的相关要求,切实提升社区居民的消防安全意识和应急处置能力,保障人民群众生命财产安全,"
             "结合本社区实际情况,特制定《平安万家消防安全专项行动实施方案》。\n本方案以“预防为主、防消结合”为指导思想。\n"
             "一、总体目标\n通过本次专项行动,全面提升社区消防安全管理水平。\n")
    assert (m.title, m.genre) == ("平安万家消防安全专项行动实施方案", "plan")
    m = meta("为认真贯彻区委、区政府关于燃气安全相关会议精神,青牛镇扎实做到“四个坚决”,积极开展辖区燃气安全大排查大整治工作。\n"
             "一是坚决抓实力量统筹不松劲。1月8日,青牛镇召开燃气安全紧急工作部署会,制定《青牛镇2022年燃气安全风险隐患大排查大整治"
             "工作方案》,成立青牛镇燃气安全大排查大整治工作领导小组。\n")
    assert (m.title, m.genre) == (None, "news")


def test_a_contact_label_above_a_news_item_is_no_title():
    """hb-n314-y: 联系热线 left over from the page's header, over the item's lede."""
    m = meta("联系热线\n12月20日上午,上海奉贤区宽郭芳主持人开会区政府第82次常务会议,部署特别强调冬春火灾防控工作。"
             "会议表达了全国安全性生产电视电话会议和上海分会场续会精神。\n二要坚决贯彻冬春火灾防控暨第三批消防安全根本性风险整治。\n")
    assert m.title is None


def test_a_short_label_alone_above_the_text_is_no_headline():
    """hb-u175-y (a 百科 page's 基本介紹) and hb-r422-x (a site's 安全验证 over a noisy copy of a law): the last guess at a
    headline, the first worded line, takes none of fewer than six characters. (Each page's title, as its gold reads
    it, is elsewhere: 水城縣森林火災應急預案 after 中文名:, 黑龙江省燃气管理条例 strewn with noise - not found yet, so the
    test asks only that the label is not taken.)"""
    m = meta("為有效預防、科學應對和及時撲救森林火災,最大程度地減少森林火災危害,制訂本預案。\n基本介紹\n- 中文名:水城縣森林火災應急預案\n"
             "- 類型:應急預案\n總則\n(一)編制目的\n(二)編制依據\n")
    assert m.title != "基本介紹"
    m = meta("安全验证\n。黑龙江省《。燃气管理条》例  ? ,(2015年—4月17日黑龙江省!第十二届《。人民代表大会常务委!员会第十九》次会议通过)"
             "   !第,一章 总 则   !第一条 《  为?。加强对燃《气的管理规》范经营和使》用燃气行为维—护燃气经营者—和,使用者的合法"
             "权益保!障社会公共安全和】人民生?命财产安全促进燃】气,事业的发展根据有关!法律、法规结合【本省实际制定本条】例   第二条 】"
             "  本条《例适用于本省—辖区内燃气的—规划、建设、经营燃!气器具的生产、【销售、安装燃—气的使用《及安全管理\n")
    assert m.title != "安全验证"


def test_a_notice_dated_above_the_attachments_printed_after_it():
    """hb-u201-y-…-p2 and hb-u253-y-…-p3: the 落款's date alone under the 附件 list, the attachment (a table, a list of
    tasks) printed below it to the page's end."""
    m = meta("各区县政府、各开发区管委会和市级各有关部门主要负责同志是安全生产第一责任人,要亲自抓、负总责。\n"
             "五、加强值守,准确及时上报事故信息\n各区县政府要严格执行生产安全事故信息报送制度。\n附件:市政府安全生产督查组分组表\n"
             "二○一二年四月五日\n附件:\n市政府安全生产督查组分组表\n组别 | 组长单位 | 督查区县\n第一组 | 市安监局 | 长安区\n")
    assert m.date == "2012-04-05"
    m = meta("各级目督办要把上述重点建设任务纳入目标管理内容,定期跟踪落实。\n附件:1.加强全市消防部队应急救援能力建设主要目标任务及责任分解;\n"
             "2.重点项目资金估算表。(略)\n二〇〇九年五月三十一日\n附件1\n加强全市消防部队应急救援能力建设\n主要目标任务及责任分解\n"
             "一、消防站点建设\n1.2009年底前,完成特勤消防三中队建设。\n")
    assert m.date == "2009-05-31"
