"""Law articles sampled across the 12 embedded laws: ids from 条/款/项, deadlines, frequencies, obligation.

Expected values read off the article texts in corpus/laws/ (e.g. 生产安全事故报告和调查处理条例 第三十二条:
"应当自收到事故调查报告之日起15日内做出批复；特别重大事故，30日内做出批复")."""

from pathlib import Path

import pytest

from safeplan.corpus import read_documents
from safeplan.rules.extract import extract_document

LAWS = Path(__file__).resolve().parents[2] / "corpus" / "laws"
_CACHE: dict = {}


def rule(law, rule_id):
    if law not in _CACHE:
        doc = read_documents(LAWS / f"{law}.md")[0]
        _CACHE[law] = {r.id: r for r in extract_document(doc).rules}
    return _CACHE[law][rule_id]


CASES = [
    # law, id, number, obligation, deadlines, frequencies (period, every, min_count)
    ("anquan-shengchan-fa-2021", "1", "第一条", "should", [], []),
    ("anquan-shengchan-fa-2021", "78.2", "第二款", "must", ["七个工作日内"], []),
    ("anquan-shengchan-fa-2021", "86.3", "第三款", "must", ["一年内"], []),
    ("anquan-shengchan-fa-2021", "92.3", "第三款", "prohibited", [], []),          # 五年内不得从事: a ban
    ("anquan-shengchan-fa-2021", "113.1.1", "（一）", "prohibited", [], []),        # 一年内四次: a count window
    ("anquan-shengchan-xukezheng-tiaoli-2014", "7", "第七条", "must", ["45日内"], []),
    ("anquan-shengchan-xukezheng-tiaoli-2014", "11", "第十一条", "must", [], [("year", 1, 1)]),
    ("anquan-shengchan-xukezheng-tiaoli-2014", "22", "第二十二条", "must", ["1年内"], []),
    ("jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003", "10.2", "第二款", "must", ["15日内"], []),
    ("jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003", "35.3", "第三款", "must", ["30日内"], []),
    ("jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003", "36.2", "第二款", "prohibited", [], [("year", 1, 1)]),
    ("kuangshan-anquan-fa-2009", "45", "第四十五条", "should", ["十五日内", "十五日内"], []),
    ("kuangshan-anquan-fa-2009", "45.2", "第二款", "must", ["六十日内", "十五日内", "十五日内"], []),
    ("kuangshan-anquan-fa-2009", "45.3", "第三款", "should", [], []),
    ("shengchan-anquan-shigu-baogao-diaocha-chuli-tiaoli-2007", "9", "第九条", "must", ["1小时内"], []),
    ("shengchan-anquan-shigu-baogao-diaocha-chuli-tiaoli-2007", "29", "第二十九条", "must", ["60日内"], []),
    ("shengchan-anquan-shigu-baogao-diaocha-chuli-tiaoli-2007", "32", "第三十二条", "must", ["15日内", "30日内"], []),
    ("shengchan-anquan-shigu-yingji-tiaoli-2019", "8", "第八条", "must", [], [("year", 2, 1)]),
    ("shengchan-anquan-shigu-yingji-tiaoli-2019", "8.2", "第二款", "must", [], [("half_year", 1, 1)]),
    ("tezhong-shebei-anquan-fa-2013", "33", "第三十三条", "must", ["三十日内"], []),
    ("tezhong-shebei-anquan-fa-2013", "43", "第四十三条", "must", [], [("day", 1, 1)]),
    ("tufa-shijian-yingdui-fa-2024", "1", "第一条", "should", [], []),
    ("weixian-huaxuepin-anquan-guanli-tiaoli-2013", "22", "第二十二条", "must", [], [("year", 3, 1)]),
    ("weixian-huaxuepin-anquan-guanli-tiaoli-2013", "41.2", "第二款", "must", ["5日内"], []),
    ("xiaofang-fa-2021", "15.3", "第三款", "must", ["十个工作日内"], []),
    ("xiaofang-fa-2021", "16.1.3", "（三）", "must", [], [("year", 1, 1)]),
    ("xiaofang-fa-2021", "17.2.3", "（三）", "must", [], [("day", 1, 1)]),     # 实行每日防火巡查, under 应当
    ("yanhua-baozhu-anquan-guanli-tiaoli-2016", "9", "第九条", "must", ["20日内", "45日内"], []),
    ("yanhua-baozhu-anquan-guanli-tiaoli-2016", "26", "第二十六条", "must", ["3日内"], []),
    ("zhiyebing-fangzhi-fa-2018", "47.2", "第二款", "prohibited", ["十日内"], []),
    ("zhiyebing-fangzhi-fa-2018", "49", "第四十九条", "must", ["三十日内"], []),
]


@pytest.mark.parametrize("law,rule_id,number,obligation,deadlines,frequencies", CASES,
                         ids=[f"{c[0].split('-')[0]}-{c[1]}" for c in CASES])
def test_law_article(law, rule_id, number, obligation, deadlines, frequencies):
    r = rule(law, rule_id)
    assert r.number == number
    assert r.obligation == obligation
    assert [d.text for d in r.deadlines] == deadlines
    assert all(d.relative and d.date is None for d in r.deadlines)
    assert [(f.period, f.every, f.min_count) for f in r.frequencies] == frequencies


def test_law_chapters_are_structure_not_duties():
    assert rule("xiaofang-fa-2021", "ch1").kind == "background"
    assert rule("xiaofang-fa-2021", "0").kind == "background"
