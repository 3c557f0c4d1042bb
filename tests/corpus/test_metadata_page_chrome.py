"""Metadata of web copies: the page around a document (info-table lines of "key: value" pairs, menus, footers,
breadcrumbs with slashes, bylines). Heads built from the x41+ dev texts of tests/corpus/heldback (not the held half),
with names and numbers changed."""

from safeplan.corpus import read_text


def meta(text):
    [doc] = read_text(text, "page.txt")
    return doc.meta


def test_an_info_table_of_key_value_pairs_on_one_line_gives_issuer_and_date_and_is_no_title():
    m = meta("索引号: 016006999/2023-01234 发布机构: 区政府办\n生成日期: 2023-11-02 公开方式: 主动公开\n"
             "公开范围: 面向全社会\n\n白河区召开区安委会全体会议\n\n发布时间: 2023-11-02 16:30:04 浏览次数:\n\n"
             "11月2日,我区召开区安委会全体会议。\n")
    assert (m.title, m.issuer, m.date) == ("白河区召开区安委会全体会议", "区政府办", "2023-11-02")


def test_a_bracketed_info_table_and_the_plans_own_编制单位():
    m = meta("某某区应急管理局\n\n您当前的位置: 首页 > 政务公开 > 应急预案\n\n[ 索引号 ] 1150/2021-00012 [ 发文字号 ]\n"
             "[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案\n[ 发布机构 ] 某某区青山镇\n[ 成文日期 ] 2022-05-09 [ 发布日期 ] 2022-05-10\n\n"
             "青山镇人民政府突发公共事件总体应急预案\n\n编制单位:某某区青山镇人民政府\n\n1 总则\n1.1 编制目的\n为预防和减少突发事件。\n")
    assert m.title == "青山镇人民政府突发公共事件总体应急预案"
    assert (m.issuer, m.date, m.doc_number, m.level) == ("某某区青山镇人民政府", "2022-05-09", None, "street")


def test_a_headline_above_its_byline_comes_after_menus_and_breadcrumbs():
    m = meta("• 设为首页|\n• 长辈版|\n• 无障碍浏览|\n网站首页 > 工作动态\n\n市应急局部署国庆期间应急值守工作\n\n"
             "作者: 发布时间:2021-09-28 07:44 信息来源:市应急局 访问次数:\n\n9月27日,市应急局召开会议。\n")
    assert (m.title, m.date, m.genre) == ("市应急局部署国庆期间应急值守工作", "2021-09-28", "news")


def test_a_sites_footer_and_an_ai_menu_are_no_title():
    assert meta("主办:某某县人民政府 © 版权所有 2018\n承办:某某县人民政府办公室\n涉密文件严禁上网\n"
                "5月3日,县长主持召开安全生产工作例会。\n").title is None
    m = meta("Document\nAi政务问答\n\n我区召开区安委会扩大会议\n\n• 2022-05-10 15:43\n• 来源: 区应急管理局\n\n"
             "5月9日,我区召开区安委会扩大会议。\n")
    assert (m.title, m.genre) == ("我区召开区安委会扩大会议", "news")
