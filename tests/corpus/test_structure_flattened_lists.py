"""A list whose line breaks a copy lost, each heading glued to the words before it (issue 19: hb-u454-y, a document
site's 预警通知书 run into one line; hb-s401-x, 领导小组三、全面落实…): after a 一、 that follows punctuation, 二、 三、 …
counting on are its items. Texts written for these tests in those shapes."""

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
