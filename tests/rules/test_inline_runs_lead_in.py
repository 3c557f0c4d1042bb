"""A paragraph's run of 一是…/一要… items keeps the words its paragraph opens with: an account with two demands' runs
(…做出安排:一是…五是…。\n最后,X主任要求各领导、各部门:一要…三要…, hb-n601-y, dev) had the second lead-in in no rule,
so the units it names were lost. The item now keeps its whole text with the runs inside it (as it does when more of
its text follows a run); its units are read from that text without the runs (extract._item_text)."""

from safeplan.corpus.reader import read_text
from safeplan.rules.extract import extract_document

ACCOUNT = ("东山区召开安全生产工作会议\n"
           "6月5日,东山区召开安全生产工作会议,学习了有关文件精神。随后,王明副主任对安全生产工作做出安排:一是要高度重视安全生产,"
           "立即传达会议精神;二是要狠抓落实,严格检查,取得实效。\n"
           "最后,李强主任要求各领导、各部门:一要按照安全生产“三个必须”的要求,抓好分管行业的安全生产工作;二要高度重视,落实责任。\n")


def test_a_second_runs_lead_in_stays_in_a_rule():
    doc = read_text(ACCOUNT, "news.txt")[0]
    assert doc.meta.genre == "news"
    rules = extract_document(doc).rules
    assert [r.number for r in rules] == ["", "一是", "二是", "一要", "二要"]
    assert "。\n最后,李强主任要求各领导、各部门:一要" in rules[0].text
    assert rules[0].responsible.lead == ["各部门"]
    assert [r.text for r in rules[1:]] == ["要高度重视安全生产,立即传达会议精神;", "要狠抓落实,严格检查,取得实效。",
                                            "按照安全生产“三个必须”的要求,抓好分管行业的安全生产工作;", "高度重视,落实责任。"]


def test_a_single_runs_lead_in_stays_the_items_own_text():
    doc = read_text(ACCOUNT.split("\n最后")[0] + "\n", "news.txt")[0]
    rules = extract_document(doc).rules
    assert rules[0].text.endswith("王明副主任对安全生产工作做出安排:")
