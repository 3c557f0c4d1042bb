"""Metadata of web copies of shapes first met in the x71+ dev texts of tests/corpus/heldback (a piece's label, a
column's name above the title, a compilation's page date, 转发 notices copied from their addressee line, a 落款 on
one line, a date closing a notice without a name). Heads built from those texts, names and numbers changed."""

from safeplan.corpus import read_text


def meta(text):
    [doc] = read_text(text, "page.txt")
    return doc.meta


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
