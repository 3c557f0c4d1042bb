"""Items of rules as web copies write them (issue 19, shapes of the dev half): a company's 制度 or 办法 numbered in the
decimal outline (1. 目的 / 3.1. / 3.2.1.) with a dot after the number's last part, a copy's ? where the blank after it
was lost, a number broken over two lines (hb-r462-x, hb-r416-y, hb-s318-x); a 规定 or 条例 copied in Traditional
characters, 第一條 … (hb-r461-x, hb-r101-x, hb-r424-x); a 制度 laid out as a table with no header, its rows numbered by
their first cell (| 第一条 | … |); a 制度's unnumbered paragraphs that state duties. Texts written for these tests in
those shapes."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document


def rules(text):
    [doc] = read_text(text, "page.txt")
    return [(r.id, r.text) for r in extract_document(doc).rules]


def test_decimal_numbers_closed_by_a_dot_are_items_of_the_level_they_name():
    text = ("仓库安全管理制度\n1.目的:\n为保障仓库作业安全,特制订本制度。\n2.职责:\n"
            "2.1.仓储部负责仓库的日常安全管理。\n2.2.作业人员的职责:\n2.2.1.作业前检查消防器材。\n"
            "2.2.2.作业中不得吸烟。\n3.检查:\n3.1.安全员每周检查一次。\n")
    assert rules(text) == [
        ("0", "仓库安全管理制度"), ("1", "目的:\n为保障仓库作业安全,特制订本制度。"), ("2", "职责:"),
        ("2.1", "仓储部负责仓库的日常安全管理。"), ("2.2", "作业人员的职责:"), ("2.2.1", "作业前检查消防器材。"),
        ("2.2.2", "作业中不得吸烟。"), ("3", "检查:"), ("3.1", "安全员每周检查一次。")]


def test_decimal_numbers_closed_by_a_dun_are_items_of_the_level_they_name():
    # hb-r601-y: 1、管理职责 / 1.1、变更申请人… - a 、 closes the decimal number as it closes 1、
    text = ("变更管理制度\n1、管理职责\n1.1、变更申请人负责提出书面变更申请;\n1.2、分管经理负责变更审核;\n"
            "2、变更分类\n2.1、工艺技术变更\n2.1.1、生产主要原料变更\n")
    assert rules(text) == [
        ("0", "变更管理制度"), ("1", "管理职责"), ("1.1", "变更申请人负责提出书面变更申请;"), ("1.2", "分管经理负责变更审核;"),
        ("2", "变更分类"), ("2.1", "工艺技术变更"), ("2.1.1", "生产主要原料变更")]


def test_a_decimal_number_broken_over_two_lines_is_one_number():
    # hb-r462-x: 3.2. alone on its line, 4.作业… on the next: item 3.2.4, and 3.3 after it still under 3
    text = ("3.职责:\n3.2.作业监护人的职责:\n3.2.1.作业监护人应熟悉作业环境。\n3.2.\n\n4.作业监护人应在作业完成后清点人数。\n"
            "3.3.作业人员的职责:\n")
    assert rules(text) == [
        ("3", "职责:"), ("3.2", "作业监护人的职责:"), ("3.2.1", "作业监护人应熟悉作业环境。"),
        ("3.2.4", "作业监护人应在作业完成后清点人数。"), ("3.3", "作业人员的职责:")]


def test_a_question_mark_for_the_lost_blank_after_a_decimal_number_is_read_past():
    text = ("4. 權責:\n?? 4.1? 安全委員會負責全面統籌工作;\n? 4.2? 生產部負責具體組織工作;\n"
            "5. 內容:\n?? 5.1 安全委員會\n????? 5.1.1? 公司每月召開安全會議;\n")
    assert rules(text) == [
        ("4", "權責:"), ("4.1", "安全委員會負責全面統籌工作;"), ("4.2", "生產部負責具體組織工作;"), ("5", "內容:"),
        ("5.1", "安全委員會"), ("5.1.1", "公司每月召開安全會議;")]


def test_articles_of_a_copy_in_traditional_characters_are_articles():
    text = ("某省煙花爆竹安全管理規定\n第一章 總則\n第一條為了加強煙花爆竹安全管理,制定本規定。\n"
            "第二條本省行政區域內經營煙花爆竹,應當遵守本規定。\n鄉鎮人民政府應當加強組織協調。\n"
            "第二節 經營\n第三條經營者應當每年檢查一次。\n")
    [doc] = read_text(text, "page.txt")
    assert [(i.id, i.style) for i in doc.walk()] == [
        ("0", "preamble"), ("ch1", "chapter"), ("1", "article"), ("2", "article"), ("2.2", "clause"),
        ("ch1.s2", "section"), ("3", "article")]
    assert doc.meta.genre == "law"


def test_rows_of_a_table_with_no_header_numbered_by_their_first_cell_are_items():
    text = ("安全生产责任制\n| 第一条 | 总经理是安全生产第一责任人,全面负责安全生产工作。 |\n"
            "| 第二条 | 安全部负责日常安全检查,每周检查一次。 |\n| 第三条 | 各车间主任负责本车间安全生产。 |\n")
    assert rules(text) == [
        ("0", "安全生产责任制"), ("1", "总经理是安全生产第一责任人,全面负责安全生产工作。"),
        ("2", "安全部负责日常安全检查,每周检查一次。"), ("3", "各车间主任负责本车间安全生产。")]
    # a first cell that says more than a number opens no item of its own (a row of a list, read as a line)
    text = "检查记录\n| 1号仓库 | 已检查 |\n| 2号仓库 | 已检查 |\n"
    assert rules(text) == []


def test_unnumbered_paragraphs_of_a_company_rule_that_state_duties_are_rules():
    text = ("安全生产管理制度\n为加强公司安全生产管理,特制定本制度。\n公司总经理是安全生产第一责任人,对公司安全生产工作全面负责。\n"
            "各车间主任负责本车间的安全生产工作,组织班前安全教育。\n员工必须遵守操作规程,正确佩戴劳动防护用品。\n"
            "安全生产工作事关企业的发展大局和全体员工的切身利益,是企业各项工作的基础。\n")
    assert rules(text) == [
        ("2", "公司总经理是安全生产第一责任人,对公司安全生产工作全面负责。"),
        ("3", "各车间主任负责本车间的安全生产工作,组织班前安全教育。"), ("4", "员工必须遵守操作规程,正确佩戴劳动防护用品。")]
