"""Small examples of cleaning, metadata and numbering, as calls on short texts."""

import pytest

from safeplan.corpus import read_text


def _one(text, name="plan.txt"):
    [doc] = read_text(text, name)
    return doc


@pytest.mark.parametrize("raw, cleaned", [
    ("粉尘浓度不超过0。008毫克", "粉尘浓度不超过0.008毫克"),
    ("共检查25◆★◆★★★.5万家单位◆◆◆", "共检查25.5万家单位"),
    ("开展源头管控行动出自 wwW.zuoWEnBA.nEt", "开展源头管控行动"),
    ("登录www.mem.gov.cn查询", "登录www.mem.gov.cn查询"),          # a real address stays
    ("完成3项。2024年起每年检查", "完成3项。2024年起每年检查"),       # a sentence end before a year stays
    ("???(一)第一检查督导组", "(一)第一检查督导组"),
    ("责任领导:胡小波 ?杨 ?剑", "责任领导:胡小波 杨 剑"),
], ids=["stop-in-number", "noise-run", "spam", "real-url", "sentence-end", "lost-space-1", "lost-space-2"])
def test_cleaning(raw, cleaned):
    assert _one(raw).text == cleaned


@pytest.mark.parametrize("head, number", [
    ("浔安委〔2021〕2号", "浔安委〔2021〕2号"),
    ("泰旅爱物字[2024]6号", "泰旅爱物字[2024]6号"),
    ("大安办﹝2020﹞27号 签发人:应虎", "大安办﹝2020﹞27号"),
    ("于府办发〔2022〕33号", "于府办发〔2022〕33号"),
])
def test_doc_number_forms(head, number):
    doc = _one(f"{head}\n关于做好安全生产工作的通知\n各村(社区):\n现将有关事项通知如下。\n一、加强检查\n")
    assert doc.meta.doc_number == number
    assert doc.meta.title == "关于做好安全生产工作的通知"


@pytest.mark.parametrize("text, template", [
    ("20__年底前完成", True), ("以____思想为指导", True), ("__街道安委会", True), ("2024年底前完成", False),
    ("各社区、各部门", False),
])
def test_template_placeholders(text, template):
    assert _one(f"一、主要任务\n(一){text}。\n").meta.template is template


@pytest.mark.parametrize("issuer, level", [
    ("国务院安全生产委员会", "national"), ("安徽省安全生产委员会", "province"), ("天津市应急管理局", "province"),
    ("安康市安全生产委员会办公室", "city"), ("湖州市南浔区人民政府", "district"), ("于都县人民政府办公室", "district"),
    ("徐闻县新寮镇人民政府", "street"), ("新桥街道办事处", "street"), ("东湖社区居民委员会", "community"),
    ("某某化工有限公司", "enterprise"),
])
def test_level_from_the_signature(issuer, level):
    doc = _one(f"关于印发《2024年安全生产工作要点》的通知\n各单位:\n现印发给你们。\n{issuer}\n2024年3月1日\n一、目标\n")
    assert (doc.meta.issuer, doc.meta.date, doc.meta.level) == (issuer, "2024-03-01", level)


def test_period_and_genre_from_the_title():
    doc = _one("城东街道安全生产治本攻坚三年行动实施方案(2024—2026年)\n一、总体要求\n")
    assert (doc.meta.genre, doc.meta.period_start, doc.meta.period_end) == ("plan", 2024, 2026)


def test_numbering_styles_nest_in_the_order_met():
    doc = _one("一、任务\n(一)甲\n1.乙\n(1)丙\n①丁\n②戊\n(2)己\n2、庚\n１．辛\n（二）壬\n二、保障\n")
    assert [(i.id, i.style, i.text) for i in doc.walk()] == [
        ("1", "cn-dun", "任务"), ("1.1", "cn-paren", "甲"), ("1.1.1", "arabic-dot", "乙"),
        ("1.1.1.1", "arabic-paren", "丙"), ("1.1.1.1.1", "circled", "丁"), ("1.1.1.1.2", "circled", "戊"),
        ("1.1.1.2", "arabic-paren", "己"), ("1.1.2", "arabic-dot", "庚"), ("1.1.1-2", "arabic-dot", "辛"),
        ("1.2", "cn-paren", "壬"), ("2", "cn-dun", "保障")]


def test_item_running_over_several_lines():
    doc = _one("一、主要任务\n(一)强化责任。\n各部门要压实责任,\n确保落实到位。\n(二)加强检查。\n")
    first = doc.items[0].children[0]
    assert first.text == "强化责任。\n各部门要压实责任,\n确保落实到位。"
    assert (first.line, first.title) == (2, "强化责任")


def test_responsible_line_right_after_each_task_is_its_own():
    doc = _one("一、任务\n1.排查燃气。\n责任单位:城建办\n2.消防演练。\n牵头单位:消防站\n配合单位:各社区\n")
    tasks = doc.items[0].children
    assert [t.responsible_lines for t in tasks] == [["责任单位:城建办"], ["牵头单位:消防站", "配合单位:各社区"]]
    assert doc.items[0].responsible_lines == []


def test_html_cells_keep_paragraphs_on_the_row():
    doc = _one("<table><tr><td><p>序号</p></td><td><p>重点任务</p></td><td>责任单位</td></tr>"
               "<tr><td>1</td><td><p>排查</p><p>燃气</p></td><td>城管局</td></tr></table>", "list.html")
    [row] = [i for i in doc.walk() if i.style == "row"]
    assert (row.id, row.cells) == ("1", {"序号": "1", "重点任务": "排查  燃气", "责任单位": "城管局"})


def test_number_alone_on_its_line():
    doc = _one("一、\n总体要求\n(一)\n指导思想。\n")
    assert [(i.id, i.number, i.text, i.line) for i in doc.walk()] == [
        ("1", "一、", "总体要求", 2), ("1.1", "(一)", "指导思想。", 4)]


def test_a_task_opening_with_a_year_is_still_numbered():
    """3.2025年6月底前… is item 3 followed by a year, not the decimal 3.2025."""
    from safeplan.corpus import read_text

    doc = read_text("一、主要任务\n1.2024年底前完成排查。\n2.20__年底前建立台账。\n3.加强培训。\n")[0]
    assert [(i.id, i.number, i.text) for i in doc.walk()] == [
        ("1", "一、", "主要任务"),
        ("1.1", "1.", "2024年底前完成排查。"),
        ("1.2", "2.", "20__年底前建立台账。"),
        ("1.3", "3.", "加强培训。"),
    ]


@pytest.mark.parametrize("number, words", [
    (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (25, "二十五"), (100, "一百"), (101, "一百零一"),
    (110, "一百一十"), (119, "一百一十九"), (290, "二百九十"), (1000, "一千"), (1001, "一千零一"),
    (1010, "一千零一十"), (1100, "一千一百"), (9999, "九千九百九十九"), (10000, "10000"),
])
def test_numbers_in_chinese_as_law_articles_and_plan_headings_write_them(number, words):
    from safeplan.corpus.numerals import int_to_cn

    assert int_to_cn(number) == words
