"""A run of 一是, 二是 … whose 一是 follows its item's heading sentence and whose 二是, 三是 … open the paragraphs after it
((一)动员部署阶段(2010年9月10日至9月17日)。一是召开全市动员部署大会。… / 二是… / 三是…, hb-u234-y, dev): each is a
sub-item of its own, so one step's units are not read as another's. A lone 一是 after a stop, with no 二是 opening the
next paragraph, is text."""

from safeplan.corpus import read_text


def items(text):
    [doc] = read_text(text, "page.txt")
    return [(it.id, it.number, it.title) for it in doc.walk()]


def test_a_run_opened_in_the_heading_paragraph_and_continued_in_the_next_ones():
    text = ("二、工作步骤\n(一)动员部署阶段(9月10日至9月17日)。一是召开全市动员部署大会。各区县政府要建立健全组织机构。\n"
            "二是评估风险,制定预案。各区县整治工作领导小组办公室要对拟整治的区域逐一进行风险隐患评估。\n"
            "三是加强宣传。市整治行动领导小组办公室统一印制《致广大市民的一封信》。\n")
    assert items(text)[1:] == [
        ("2.1", "(一)", "动员部署阶段(9月10日至9月17日)"),
        ("2.1.1", "一是", "召开全市动员部署大会"), ("2.1.2", "二是", "评估风险,制定预案"), ("2.1.3", "三是", "加强宣传")]


def test_a_lone_yi_shi_after_a_stop_is_text():
    text = ("二、工作步骤\n(一)动员部署阶段。一是召开全市动员部署大会,各区县政府要建立健全组织机构。\n"
            "各区县整治工作领导小组办公室要对拟整治的区域逐一进行风险隐患评估。\n")
    assert [i for i, _, _ in items(text)] == ["2", "2.1"]
