"""A law's articles charge bodies with standing duties, no responsible units (tests/corpus/heldback/README.md
convention 1): outside an explicit 牵头单位:/责任单位: label, a genre-law document's rules name none. The same
sentence in a plan names its unit. Texts written for these tests; expected units read off them."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document


def _units(text):
    [doc] = read_text(text)
    return doc.meta.genre, [(r.id, r.responsible.lead, r.responsible.support) for r in extract_document(doc).rules]


def test_a_law_article_charging_a_government_names_no_unit_but_its_label_is_kept():
    genre, units = _units("某某省安全生产条例\n第一条 为了加强安全生产工作,制定本条例。\n"
                          "第二条 各级人民政府应当加强对安全生产工作的领导。\n"
                          "第三条 县级以上人民政府应急管理部门负责本行政区域内安全生产工作的综合监督管理。\n"
                          "第四条 建立安全生产举报制度。\n牵头单位:省应急管理厅\n")
    assert genre == "law"
    assert units == [("0", [], []), ("1", [], []), ("2", [], []), ("3", [], []), ("4", ["省应急管理厅"], [])]


def test_the_same_sentence_in_a_plan_keeps_its_unit():
    genre, units = _units("某某县安全生产专项整治实施方案\n一、工作任务\n(一)各级人民政府应当加强对安全生产工作的领导。\n")
    assert genre == "plan"
    assert units == [("0", [], []), ("1", [], []), ("1.1", ["各级人民政府"], [])]
