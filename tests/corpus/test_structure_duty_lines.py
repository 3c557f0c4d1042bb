"""Lines under a heading (三、职责分工) that each open with a unit's name and 负责, without a number, each say one unit's
duties: each is an item of its own, so that one line's unit is not read as another's (hb-s905-y, dev: 综治办负责… /
党政办负责… / 派出所负责…). A lone such line, a 负责人 line and the 款 of a law's article are read as before."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document

PLAN = ("乡防溺水工作实施方案\n一、组织领导\n乡政府成立防溺水工作专班,健全专班机制,持续常态化做好防溺水各项工作。\n"
        "二、职责分工\n综治办负责牵头、组织协调相关单位开展专项工作,推动专项工作措施落地落实。\n"
        "党政办负责利用微信公众号、微信群等媒体,加强预防溺水警示教育宣传。\n"
        "派出所负责组织民警在走访活动中,积极开展预防溺水安全宣传。\n")


def items(text):
    [doc] = read_text(text, "page.txt")
    return [(it.id, it.style) for it in doc.walk()]


def test_each_units_duty_line_is_an_item_of_its_own():
    assert items(PLAN)[-4:] == [("2", "cn-dun"), ("2.1", "paragraph"), ("2.2", "paragraph"), ("2.3", "paragraph")]
    [doc] = read_text(PLAN, "page.txt")
    leads = {r.id: r.responsible.lead for r in extract_document(doc).rules}
    assert (leads["2.1"], leads["2.2"], leads["2.3"]) == (["综治办"], ["党政办"], ["派出所"])


def test_a_lone_duty_line_or_a_person_in_charge_stays_its_headings_text():
    text = ("一、职责分工\n综治办负责牵头、组织协调相关单位开展专项工作,推动专项工作措施落地落实。\n"
            "二、组织领导\n专班负责人由乡长担任,成员由各站所负责同志组成,统筹推进各项工作。\n"
            "办公室负责人由分管副乡长担任,负责日常工作的协调调度和信息报送。\n")
    assert items(text) == [("1", "cn-dun"), ("2", "cn-dun")]


def test_the_clauses_of_a_law_article_are_clauses():
    text = ("第一条 为了规范管理,制定本条例。\n第二条 本市按照下列规定负责管理:\n"
            "交通部门负责做好公交、轨道、出租、客运枢纽等交通领域的应对工作。\n"
            "教育部门负责各级各类学校、幼儿园和教育培训机构应对工作的行业管理。\n")
    assert [s for _, s in items(text)] == ["article", "article", "clause", "clause"]
