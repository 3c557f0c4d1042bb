"""Items of a company's 制度 or 办法 numbered in the decimal outline (1. 目的 / 3.1. / 3.2.1.), as web copies write it
(issue 19: hb-r462-x, hb-r416-y, hb-s318-x of the dev half): a dot after the number's last part, a copy's ? where the
blank after it was lost. Texts written for these tests in those shapes."""

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


def test_a_question_mark_for_the_lost_blank_after_a_decimal_number_is_read_past():
    text = ("4. 權責:\n?? 4.1? 安全委員會負責全面統籌工作;\n? 4.2? 生產部負責具體組織工作;\n"
            "5. 內容:\n?? 5.1 安全委員會\n????? 5.1.1? 公司每月召開安全會議;\n")
    assert rules(text) == [
        ("4", "權責:"), ("4.1", "安全委員會負責全面統籌工作;"), ("4.2", "生產部負責具體組織工作;"), ("5", "內容:"),
        ("5.1", "安全委員會"), ("5.1.1", "公司每月召開安全會議;")]
