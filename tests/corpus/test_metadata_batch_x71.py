"""Metadata of web copies of shapes first met in the x71+ dev texts of tests/corpus/heldback (a piece's label, a
column's name above the title, a compilation's page date, 转发 notices copied from their addressee line, a 落款 on
one line, a date closing a notice without a name). Heads built from those texts, names and numbers changed."""

from tests.corpus.metareading import meta


def test_a_pieces_label_is_not_part_of_its_title():
    m = meta("第一篇:2019年青河镇安全生产月活动方案\n2019年青河镇“安全生产月”活动方案\n"
             "根据区里的通知精神,结合实际,制定本方案。\n一、指导思想\n以安全发展为主线。\n二、活动时间\n6月1日至6月30日。\n")
    assert m.title in ("2019年青河镇安全生产月活动方案", "2019年青河镇“安全生产月”活动方案")


def test_a_columns_name_above_the_title_is_not_joined_to_it():
    m = meta("活动方案\n\n乡镇消防宣传月实施方案\n\n发布时间:2022-03-01 10:00:00\n\n为普及消防知识,结合我镇实际,"
             "制定本方案。\n\n一、总体要求\n\n提高群众安全意识。\n")
    assert m.title == "乡镇消防宣传月实施方案"


def test_a_compilations_page_date_and_heading_are_not_the_pieces():
    m = meta("2021年村级防火工作计划\n\n2023-05-14\n\n2021年村级防火工作计划(精选5篇)\n\n篇1:2021年村级防火工作计划\n\n"
             "**村2011年防火工作计划\n\n为做好防火工作,特制定本计划,具体如下:\n\n一、指导思想\n\n预防为主。\n")
    assert m.title in ("2021年村级防火工作计划", "**村2011年防火工作计划")
    assert m.date is None                  # 2023-05-14 is when the page was made


def test_a_forwarded_documents_title_is_not_the_forwarding_notices():
    m = meta("各乡镇人民政府,市级有关部门:\n现将《省应急管理厅关于某某化工有限公司“3.02”火灾事故的通报》(川应急函〔2019〕8号)"
             "转发给你们并提出以下要求:\n一、请各乡镇人民政府及时将通报转发至辖区企业。\n二、请各有关部门督促企业落实整改。\n"
             "什邡市人民政府安全生产委员会办公室\n2019年3月9日\n")
    assert (m.title, m.issuer, m.date, m.doc_number) == (None, "什邡市人民政府安全生产委员会办公室", "2019-03-09", None)
    assert m.level == "district"


def test_a_signature_and_its_date_on_one_line():
    m = meta("各县(市)、区人民政府,市政府安委会各成员单位: 现将《省人民政府安全生产委员会办公室关于做好春节期间安全生产工作的"
             "紧急通知》(豫安委办明电〔2018〕3号)转发给你们,请认真贯彻落实,确保春节期间安全平稳。\n"
             "鹤壁市人民政府安全生产委员会办公室 2018年2月5日\n|\n")
    assert (m.title, m.issuer, m.date, m.level) == (None, "鹤壁市人民政府安全生产委员会办公室", "2018-02-05", "city")


def test_a_date_closing_a_notice_under_its_last_sentence_is_its_date():
    m = meta("朗读\n温岭县人民政府办公室\n关于召开全县消防工作会议的通知\n各镇、乡人民政府,县政府直属各单位:\n"
             "县政府研究决定,召开全县消防工作会议。现将有关事项通知如下:\n一、时间:3月8日上午8:30开始。\n"
             "二、地点:县政府5楼会议室。\n请县电视台派记者参加。\n二○○四年三月二日\n")
    assert (m.issuer, m.date) == ("温岭县人民政府办公室", "2004-03-02")


def test_a_government_sites_app_and_account_menu_is_no_title():
    m = meta("移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心\n您当前的位置:首页 >>要闻动态 >>内容\n"
             "5月6日上午,市长主持召开市政府常务会议,听取一季度全市安全生产工作情况汇报。\n会议强调要守住安全生产底线。\n")
    assert (m.title, m.genre) == (None, "news")


def test_an_account_closed_by_its_credit_is_news_of_the_credited_town():
    m = meta("守牢安全底线,绷紧“弦”。督促企业时刻绷紧安全生产这根弦。\n压实安全责任,对好“座”。严格执行谁主管谁负责。\n"
             "做好应急准备,突出“全”。加强值班值守,确保突发事件及时处置。\n(河口镇李明、王芳)\n|\n")
    assert (m.genre, m.level) == ("news", "street")
    assert meta("为切实消除隐患,河西街道紧盯重点场所开展排查整治。\n一是交办任务;二是建立台账;三是跟踪督办。"
                "(信息员:张三 李四)\n").genre == "news"


def test_an_account_whose_event_or_actor_comes_in_its_second_sentence_is_news():
    assert meta("为贯彻落实上级决策部署,推进我镇治本攻坚行动落地见效。11月3日下午,柳河镇召开安全生产隐患排查整治会议。"
                "镇长就做好全镇安全生产工作进行了部署。一是压实责任;二是加大防范力度;三是细化措施。\n").genre == "news"
    assert meta("当前正值汛期,企业事故易发多发。鉴于此,某某市经信委决定从6月初起到7月20日,在全市工业系统开展安全大检查。\n"
                "本次检查分自查自纠、督查整改、总结提高三个阶段。\n").genre == "news"
    assert meta("根据方案,汛前隐患排查按照属地管理、分级负责原则进行,分全面自查、市级抽查、省级暗访三步开展。"
                "该项工作将持续到5月底。\n方案要求,排查整治内容包括河道、水库等8个方面。\n").genre == "news"


def test_a_headline_then_a_town_doing_work_is_news():
    m = meta("视力保护色:\n东河街道:开展安全大排查,筑牢辖区防护网\n\n为进一步加强辖区安全生产,自7月1日起,东河街道开展为期一个月的"
             "安全大排查行动。\n\n截至目前排查场所120家。\n\n【打印本页】【关闭窗口】\n")
    assert (m.title, m.genre) == ("东河街道:开展安全大排查,筑牢辖区防护网", "news")


def test_a_towns_own_account_of_what_it_set_in_motion_is_a_report():
    m = meta("为了贯彻落实县委县政府关于安全生产工作的会议精神,我镇党委政府高度重视,及时召开了党委专题会议,对全镇安全生产工作"
             "做了如下部署:\n一、扎实部署,夯实责任。镇领导班子成员分工负责。\n二、开展全镇安全生产大排查。我们对全镇企业进行了排查。\n")
    assert (m.genre, m.level) == ("report", "street")


def test_a_summary_that_names_the_city_county_and_township_levels_is_a_citys():
    m = meta("应急管理局2023年工作总结\n一、工作开展情况\n(一)抓好安全生产。一是市县乡三级领导干部带头包保重点企业。"
             "二是派出工作组下沉乡镇(街道)开展督查。截至目前,全市完成整改隐患300处。\n")
    assert (m.title, m.issuer, m.genre, m.level) == ("应急管理局2023年工作总结", "应急管理局", "report", "city")


def test_an_untitled_rule_of_an_enterprise_that_binds_its_staff():
    m = meta("(一)根据《中华人民共和国消防法》制定本制度。\n(二)行政部是企业消防工作的主管部门。\n"
             "(三)本企业消防安全重点部位是:油料间。\n(四)全体员工必须遵守本企业的各项规章制度。\n")
    assert (m.level, m.genre) == ("enterprise", "other")


def test_a_national_body_acting_in_an_accounts_first_sentence():
    m = meta("参加动员大会的官兵整装待发。\n国务院安委会开展全国安全生产大检查\n为了确保良好的安全生产环境,国务院安委会决定从"
             "8月下旬到9月底开展一次全国性的安全生产大检查。\n")
    assert (m.genre, m.level) == ("news", "national")


def test_a_wire_copys_dateline_and_a_day_month_year_byline_date_the_item():
    m = meta("我国将开展安全生产综合督查\n\n发布日期:2016/7/21 9:14:51   |   浏览次数:362\n\n新华社北京7月20日电(记者 王某)"
             "国家安全生产监督管理总局20日发布消息称,国务院安委会定于8月开展综合督查。\n")
    assert (m.genre, m.date, m.level) == ("news", "2016-07-20", "national")
    m = meta("全市消防工作会议召开\n\n08.11.2015  10:02\n\n记者 张某 报道\n\n11月6日,市政府召开全市消防工作会议。\n")
    assert (m.genre, m.date) == ("news", "2015-11-08")


def test_a_shared_copys_title_written_twice_is_read_once():
    m = meta("2022年社区消防安全工作方案.docx\n《2022年社区消防安全工作方案.docx》由会员分享,可在线阅读。\n"
             "1、 2022年社区消防安全工作方案 2022年社区消防安全工作方案 为了切实做好消防工作,特制定工作方案如下。 "
             "一、强化组织领导 全面落实责任制。\n")
    assert m.title == "2022年社区消防安全工作方案"


def test_a_title_glued_to_its_first_heading():
    m = meta("车间动火作业安全管理制度一、目的 为加强动火作业管理,防止火灾事故,特制定本制度。 二、范围 本制度适用于公司各车间。 "
             "三、职责 安全部负责动火审批。 四、内容与要求 动火前必须办理动火证。\n")
    assert m.title == "车间动火作业安全管理制度"


def test_a_reporters_line_above_the_lead_is_no_title():
    m = meta("某某日报·新闻网 王某 通讯员 李某\n连日来,河西镇发动各村干部迅速行动,全面开展燃气安全隐患排查整治工作。\n"
             "河西镇各村采取分片包干,责任到人。\n")
    assert (m.title, m.genre) == (None, "news")


def test_a_place_over_its_headline_is_one_title():
    m = meta("(资料图片)\n东山街道\n三措并举守牢防火线\n某某讯 为抓好春季防火工作,东山街道坚持预防为主。\n"
             "强化组织保障。召开街道防火工作部署会议,作出安排部署。\n")
    assert m.title in ("三措并举守牢防火线", "东山街道三措并举守牢防火线")


def test_a_document_sites_bulleted_notes_are_no_title_and_a_samples_title_is_one():
    m = meta("- 18.50 KB\n- 2022-03-11 发布\n- 1、本文档由用户上传,某文库整理发布,可阅读全部内容。\n- 网站客服QQ:12345\n"
             "2021年镇消防安全月活动方案范文\n各村、企业:\n为加强消防宣传教育工作,结合我镇实际,制定本方案。\n一、活动主题\n"
             "关注消防,生命至上。\n")
    assert (m.title, m.genre, m.date) == ("2021年镇消防安全月活动方案范文", "plan", None)


def test_a_writing_sites_blurb_names_its_sample():
    m = meta("前言:本站为你精心整理了街道社区防汛安全工作方案范文,希望能为你的创作提供参考价值,欢迎咨询。\n"
             "一、工作目的\n(一)内容\n1.进一步深化防汛隐患排查工作。我街道切实开展防汛工作。\n")
    assert (m.title, m.genre, m.level) == ("街道社区防汛安全工作方案", "plan", "street")


def test_a_city_that_directs_its_towns_and_districts_is_a_city():
    m = meta("一、组织领导\n全市各地、各有关部门要认真组织开展好安全生产大检查,确保全市安全生产形势持续稳定。市安委会办公室"
             "负责综合协调。各镇(区)政府(管委会)要成立大检查领导小组。\n二、检查内容\n重点检查危险化学品企业。\n")
    assert m.level == "city"


def test_a_streets_offices_and_stations_give_its_level():
    m = meta("一、工作目标\n坚决遏制重特大火灾事故。\n二、工作任务\n(一)深化人员密集场所隐患治理。街道宣教办、文体站、派出所"
             "按职责开展排查。\n(二)深化出租房治理。街道综治办牵头,各社区配合。\n")
    assert m.level == "street"


# heads of the other helper's y81+ dev texts (names changed)
def test_an_item_copied_in_traditional_characters_has_its_genre_and_level():
    m = meta("某某新聞網訊(記者 王某)11月20日,全縣電動車專項整治工作推進會在行政中心召開。\n"
             "會議要求,各級各部門要進一步擴大宣傳廣度,積極開展宣傳活動。\n")
    assert (m.genre, m.level) == ("news", "district")


def test_a_breadcrumb_with_blanks_and_a_sites_login_are_no_title():
    m = meta("首页 部门动态\n示范区经济发展局:开展燃气安全专项检查\n2024-05-10 10:09\n来源:示范区经济发展局\n\n"
             "(通讯员 张某)5月8日,示范区经济发展局联合区城管局对沿街门店开展燃气安全专项检查。\n")
    assert (m.title, m.genre, m.level) == ("示范区经济发展局:开展燃气安全专项检查", "news", "district")
    m = meta("中国政府网 登录\n\n某某区东山街道开展消防通道专项行动\n\n发布时间: 2024-06-01 09:52:01\n\n东山街道商户众多,"
             "街道联合消防大队开展专项行动。\n")
    assert (m.title, m.level) == ("某某区东山街道开展消防通道专项行动", "street")


def test_a_headline_of_an_official_leading_an_inspection_is_news():
    m = meta("某区副区长王某带队督导区级重大火灾隐患\n2023/9/3 来源:不详8月3日上午,副区长王某带队督导某市场重大火灾隐患整治。\n"
             "王某强调:一是属地政府要继续落实属地责任。\n")
    assert m.genre == "news"
    assert meta("安全生产检查制度(2)\n3、检查频率要求。\n公司每月不少于一次,班组每周不少于一次。\n").genre != "news"


def test_a_notice_read_out_at_a_meeting_is_cited_not_the_accounts_own():
    # shape of hb-n92-x (dev)
    m = meta("6月5日,我县召开安全生产隐患排查紧急工作会。县直有关单位负责人参加了会议。\n"
             "会议宣读了县安全生产委员会关于印发《某县燃气安全专项行动实施方案》的通知。\n"
             "会议要求,各级各部门要切实增强责任意识,全力做好安全生产工作。\n")
    assert (m.title, m.issuer, m.genre, m.level) == (None, None, "news", "district")
