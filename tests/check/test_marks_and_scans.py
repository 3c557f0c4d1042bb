"""Citations, ignore comments, placeholders and impossible dates on short strings."""

import pytest

from safeplan.check.marks import (
    find_citations,
    find_ignores,
    rule_id_from_ref,
    strip_marks,
)
from safeplan.check.textscan import find_invalid_dates, find_placeholders

DOCS = ["安委〔2024〕2号", "anwei-2024-2-zhiben-gongjian"]


@pytest.mark.parametrize(
    "ref, rule_id",
    [("三(三)6", "3.3.6"), ("三、(三)6.", "3.3.6"), ("3.3.6", "3.3.6"), ("第十二条", "12"), ("t1.r3", "t1.r3"),
     ("(二十一)", "21"), ("四(一)", "4.1")],
)
def test_rule_id_from_ref(ref, rule_id):
    assert rule_id_from_ref(ref) == rule_id


def test_citation_with_a_wenhao_holding_brackets_and_two_refs():
    [c] = find_citations("……至少开展1次检查。〔依据：安委〔2024〕2号 三(三)4、三(三)5〕", DOCS)
    assert (c.doc, c.refs) == ("安委〔2024〕2号", ("3.3.4", "3.3.5"))


def test_citation_by_doc_id_and_rule_id_and_without_space():
    a, b = find_citations("〔依据：anwei-2024-2-zhiben-gongjian 3.3.6〕x〔依据:安委〔2024〕2号三(三)6〕", DOCS)
    assert (a.doc, a.refs) == ("anwei-2024-2-zhiben-gongjian", ("3.3.6",))
    assert (b.doc, b.refs) == ("安委〔2024〕2号", ("3.3.6",))


def test_ignore_comment_and_strip():
    text = "每年至少开展1次检查〔safeplan: ignore lower-frequency 区安委会同意按年检查〕〔依据：安委〔2024〕2号 三(三)4〕"
    [ig] = find_ignores(text)
    assert (ig.code, ig.reason) == ("lower-frequency", "区安委会同意按年检查")
    assert strip_marks(text) == "每年至少开展1次检查"


@pytest.mark.parametrize(
    "text, found",
    [
        ("20__年底前完成", ["20__"]),
        ("__街道安全生产委员会", ["__"]),
        ("以____思想为指导", ["____"]),
        ("XX社区要每月检查", ["XX"]),
        ("覆盖率达到xx%以上", ["xx"]),
        ("××街道办事处", ["××"]),
        ("组长:XXX同志", ["XXX"]),
        ("○○社区居委会", ["○○"]),
        ("某某同志任组长", ["某某"]),
        ("责任单位:【待补】", ["【待补】"]),
        ("{{ unit_name }}负责", ["{{ unit_name }}"]),
        ("登录 www.xxx.com 与 Excel 表格", []),
        ("〔依据：安委〔2024〕2号 三(三)4〕", []),
    ],
    ids=["20__", "__street", "____", "XX", "xx%", "××", "XXX", "circles", "某某", "待补", "jinja", "latin-words", "citation"],
)
def test_placeholders(text, found):
    assert [h.text for h in find_placeholders(text)] == found


@pytest.mark.parametrize(
    "text, years, found",
    [
        ("2024年2月30日前完成", (), ["2024年2月30日"]),
        ("于4月31日前报送", (), ["4月31日"]),
        ("2025年2月29日", (), ["2025年2月29日"]),
        ("2月29日前", (2025, 2026), ["2月29日"]),
        ("2月29日前", (2024, 2026), []),
        ("13月底前完成", (), ["13月底"]),
        ("二月三十日", (), ["二月三十日"]),
        ("2024年12月31日、6月10日", (), []),
        ("截止2024-02-30", (), ["2024-02-30"]),
        ("于2024.4.31前", (), ["2024.4.31"]),
        ("版本 1.2.3 与 2024-06-30", (), []),
    ],
    ids=["feb-30", "apr-31", "not-leap", "no-leap-in-period", "leap-in-period", "month-13", "chinese", "valid",
         "iso", "dotted", "valid-iso"],
)
def test_invalid_dates(text, years, found):
    assert [h.text for h in find_invalid_dates(text, years)] == found
