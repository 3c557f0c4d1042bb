"""A list whose line breaks a copy lost, each heading glued to the words before it (issue 19: hb-u454-y, a document
site's 预警通知书 run into one line; hb-s401-x, 领导小组三、全面落实…): after a 一、 that follows punctuation, 二、 三、 …
counting on are its items; a company rule's list (1. 1、 (1) ①) run into a line from its first number (hb-s51-x). Texts
written for these tests in those shapes."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document


def rules(text):
    [doc] = read_text(text, "page.txt")
    return [(r.id, r.text) for r in extract_document(doc).rules]


def test_headings_glued_to_the_words_before_them_are_items():
    text = ("某区高温预警通知书某区各相关单位:根据气象部门监测,预计未来一周将持续高温,现通知如下:一、预警范围全区二、预警级别"
            "橙色预警三、防范措施各单位要合理调整工作时间,避免高温时段户外作业。\n")
    assert rules(text) == [
        ("0", "某区高温预警通知书某区各相关单位:根据气象部门监测,预计未来一周将持续高温,现通知如下:"), ("0.1", "预警范围全区"),
        ("0.2", "预警级别橙色预警"), ("0.3", "防范措施各单位要合理调整工作时间,避免高温时段户外作业。")]


def test_a_numeral_inside_a_word_or_a_larger_number_is_no_heading():
    # 统一、 and 十二、 are no markers; one glued 二、 alone is not a list (at least two must count on from 一、)
    text = ("某镇工作方案\n各村要做到:一、统一、规范设置警示标志,第十二、十三项同时落实二、加强巡查。\n")
    assert rules(text) == [("0", "某镇工作方案\n各村要做到:一、统一、规范设置警示标志,第十二、十三项同时落实二、加强巡查。")]


def test_a_company_rules_list_run_into_one_line_from_its_first_number_is_cut_before_each():
    for first, second, third in (("1.", "2.", "3."), ("1、", "2、", "3、"), ("(1)", "(2)", "(3)"), ("①", "②", "③")):
        text = (f"消防安全制度\n{first}仓库内严禁吸烟和使用明火。{second}消防器材由专人负责,每月检查一次。"
                f"{third}下班前必须切断电源,关好门窗。\n")
        assert rules(text) == [("0", "消防安全制度"), ("1", "仓库内严禁吸烟和使用明火。"), ("2", "消防器材由专人负责,每月检查一次。"),
                               ("3", "下班前必须切断电源,关好门窗。")]


def test_a_line_opened_by_a_chunk_marker_keeps_the_list_inside_it():
    # a document site's chunk marker (2、 / 1、) opening the line: the list written inside the line is the item's own
    text = ("村级安全制度\n1、村安全生产会议制度1、每季度至少召开一次安全会议。2、会议由村主任主持,全体成员参加。"
            "3、会议应做好签到和记录。\n")
    assert rules(text) == [("0", "村级安全制度"), ("1", "村安全生产会议制度"), ("1.1", "每季度至少召开一次安全会议。"),
                           ("1.2", "会议由村主任主持,全体成员参加。"), ("1.3", "会议应做好签到和记录。")]
