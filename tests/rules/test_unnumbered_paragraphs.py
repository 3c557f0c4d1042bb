"""Rules of texts with neither numbers nor headings (news, accounts, notices told in prose): each paragraph is its
own rule, so the units and deadlines of one paragraph are not read as another's (the shape of the dev texts
hb-n71-y, hb-n41-x, hb-n83-y, hb-n73-y of tests/corpus/heldback). Expected values are read off the text."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document
from safeplan.rules.model import Responsible

ACCOUNT = ("宁县督查安全生产工作\n"
           "4月8日,县委常委张茂龙带队督查全县安全生产工作,先后深入平子镇、早胜镇检查。\n"
           "张茂龙要求,各乡镇、各部门要清醒认识当前安全生产形势,始终绷紧安全生产这根弦。\n"
           "张茂龙强调,县消防大队要强化应急值守,每周开展一次重点林区巡查。\n")


def rules_of(text):
    [doc] = read_text(text, "news.txt")
    return extract_document(doc).rules


def holding(rules, words):
    [rule] = [r for r in rules if words in r.text]
    return rule


def test_each_paragraph_names_its_own_units():
    rules = rules_of(ACCOUNT)
    assert holding(rules, "各乡镇、各部门要清醒认识").responsible == Responsible(lead=["各乡镇", "各部门"], support=[])
    assert holding(rules, "县消防大队要强化应急值守").responsible == Responsible(lead=["县消防大队"], support=[])


def test_a_frequency_stays_with_its_paragraph():
    rules = rules_of(ACCOUNT)
    assert [(f.period, f.min_count) for f in holding(rules, "县消防大队要").frequencies] == [("week", 1)]
    assert holding(rules, "各乡镇、各部门要").frequencies == []


def test_paragraphs_that_say_nothing_a_rule_holds_are_no_rules():
    # the first paragraph names no unit to act, no deadline, frequency or target (heldback README convention 2)
    assert not any("平子镇、早胜镇" in r.text for r in rules_of(ACCOUNT))
