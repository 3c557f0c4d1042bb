"""A body's numbered duties under the line that names it (a 预案's 组织机构与职责: 指挥部工作职责: over 1、负责…), as the
heldback gold reads hb-s608-y (dev): each duty is led by the body its line names; a line closing a duty list's last
item names the body of the list after it; a body's name over its 职 责: line leads that line. A law's duty lists name
no unit (README convention 1)."""

from safeplan.corpus.reader import read_text
from safeplan.rules.extract import extract_document
from safeplan.rules.responsible import duties_owner, heading_units

PLAN = ("东山镇防汛应急预案\n"
        "为确保我镇安全度汛,结合我镇实际,特制定本预案。\n"
        "一、组织机构与职责\n"
        "(一)成立防汛指挥部。\n"
        "指挥部工作职责:\n"
        "1、负责对全镇防汛工作的重大事项进行研究和部署;\n"
        "2、负责组织协调抢险救灾工作。\n"
        "办公室工作职责:\n"
        "1、收集灾情信息,及时向领导组汇报;\n"
        "2、贯彻落实指挥部安排的其它工作。\n"
        "(二)成立抢险应急队伍\n"
        "1、抢险救灾组\n"
        "2、安全保卫组\n"
        "职 责:负责现场警戒、维护秩序、疏导交通。\n")


def _leads(text, name="plan.txt"):
    doc = read_text(text, name)[0]
    return doc.meta.genre, [(r.id, r.responsible.lead) for r in extract_document(doc).rules]


def test_each_duty_is_led_by_the_body_its_line_names():
    genre, leads = _leads(PLAN)
    assert genre == "plan"
    assert leads[1:] == [
        ("1", []), ("1.1", []),                                  # 成立防汛指挥部。/ 指挥部工作职责:
        ("1.1.1", ["指挥部"]), ("1.1.2", ["指挥部"]),
        ("1.1.1-2", ["办公室"]), ("1.1.2-2", ["办公室"]),         # after 办公室工作职责: closing 1.1.2
        ("1.2", []), ("1.2.1", []),                              # (the 指挥部's line is 1.1's, not its sibling's)
        ("1.2.2", ["安全保卫组"]),                                # 安全保卫组 / 职 责:负责…
    ]


def test_the_line_names_a_body_or_nothing():
    assert duties_owner("负责组织协调抢险救灾工作。\n\n办公室工作职责:") == ["办公室"]
    assert duties_owner("成立防汛指挥部。\n指挥部的主要职责如下:") == ["指挥部"]
    assert duties_owner("成立防汛指挥部。\n指揮部工作職責:") == ["指揮部"]          # (a Traditional copy, as written)
    assert duties_owner("成立领导小组。\n组长职责:") == []                          # a person's duties
    assert duties_owner("指挥部工作职责:负责研究部署。") == []                       # a duty line of its own (DUTY_LINE)
    assert duties_owner("二、工作职责:") == []
    assert heading_units("区应急委工作职责") == ["区应急委"]


def test_a_laws_duty_list_names_no_unit():
    law = ("东山市防汛条例\n第一条 为了做好防汛工作,制定本条例。\n第二条 防汛指挥机构设办公室。\n办公室工作职责:\n"
           "(一)负责防汛日常工作;\n(二)组织防汛检查。\n第三条 本条例自2024年1月1日起施行。\n")
    genre, leads = _leads(law)
    assert genre == "law"
    assert [lead for _, lead in leads if lead] == []
