"""The twelve laws: 章/节/条, every further paragraph of an article a 款, (一) lines 项.

SHAPES was read off the markdown files: for each sampled article, the number of 项 in each of its 款
(the article's own first paragraph is 款 1). 32 articles across all twelve laws.
"""

import pytest

from safeplan.corpus.numerals import cn_to_int

SHAPES = [
    ("anquan-shengchan-fa-2021.md", "第三条", [0, 0, 0]),
    ("anquan-shengchan-fa-2021.md", "第二十一条", [7]),
    ("anquan-shengchan-fa-2021.md", "第二十八条", [0, 0, 0, 0]),
    ("anquan-shengchan-fa-2021.md", "第四十一条", [0, 0, 0]),
    ("anquan-shengchan-fa-2021.md", "第九十五条", [4]),
    ("anquan-shengchan-fa-2021.md", "第一百一十九条", [0]),
    ("xiaofang-fa-2021.md", "第十六条", [7, 0]),
    ("xiaofang-fa-2021.md", "第二十八条", [0]),
    ("xiaofang-fa-2021.md", "第六十条", [7, 0, 0]),
    ("tezhong-shebei-anquan-fa-2013.md", "第十三条", [0, 0]),
    ("tezhong-shebei-anquan-fa-2013.md", "第三十九条", [0, 0]),
    ("tezhong-shebei-anquan-fa-2013.md", "第八十四条", [3]),
    ("weixian-huaxuepin-anquan-guanli-tiaoli-2013.md", "第六条", [8]),
    ("weixian-huaxuepin-anquan-guanli-tiaoli-2013.md", "第二十二条", [0, 0]),
    ("weixian-huaxuepin-anquan-guanli-tiaoli-2013.md", "第八十条", [7, 0]),
    ("jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003.md", "第二十六条", [7, 0, 0]),
    ("jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003.md", "第四条", [0]),
    ("kuangshan-anquan-fa-2009.md", "第十八条", [7]),
    ("kuangshan-anquan-fa-2009.md", "第一条", [0]),
    ("yanhua-baozhu-anquan-guanli-tiaoli-2016.md", "第八条", [11]),
    ("yanhua-baozhu-anquan-guanli-tiaoli-2016.md", "第三十六条", [0, 0, 0]),
    ("tufa-shijian-yingdui-fa-2024.md", "第三条", [0, 0]),
    ("tufa-shijian-yingdui-fa-2024.md", "第七十三条", [11]),
    ("tufa-shijian-yingdui-fa-2024.md", "第一百零六条", [0]),
    ("zhiyebing-fangzhi-fa-2018.md", "第十五条", [6]),
    ("zhiyebing-fangzhi-fa-2018.md", "第二条", [0, 0, 0]),
    ("shengchan-anquan-shigu-baogao-diaocha-chuli-tiaoli-2007.md", "第三条", [4, 0, 0]),
    ("shengchan-anquan-shigu-baogao-diaocha-chuli-tiaoli-2007.md", "第九条", [0, 0]),
    ("shengchan-anquan-shigu-yingji-tiaoli-2019.md", "第十七条", [7]),
    ("shengchan-anquan-shigu-yingji-tiaoli-2019.md", "第五条", [0, 0]),
    ("anquan-shengchan-xukezheng-tiaoli-2014.md", "第六条", [13]),
    ("anquan-shengchan-xukezheng-tiaoli-2014.md", "第九条", [0, 0]),
]


@pytest.mark.parametrize("law, article, shape", SHAPES, ids=[f"{f.split('-')[0]}-{a}" for f, a, _ in SHAPES])
def test_article_clauses_and_items(read, item, law, article, shape):
    [doc] = read(f"laws/{law}")
    n = cn_to_int(article[1:-1])
    art = item(doc, str(n))
    assert (art.style, art.number) == ("article", article)
    clauses = [c for c in art.children if c.style == "clause"]
    assert [c.id for c in clauses] == [f"{n}.{k}" for k in range(2, len(shape) + 1)]
    first_items = [c for c in art.children if c.style == "item"]
    assert [c.id for c in first_items] == [f"{n}.1.{k}" for k in range(1, shape[0] + 1)]
    for k, clause in enumerate(clauses, 2):
        assert [c.id for c in clause.children] == [f"{n}.{k}.{j}" for j in range(1, shape[k - 1] + 1)]


LAW_META = [
    ("anquan-shengchan-fa-2021.md", "中华人民共和国安全生产法", "全国人民代表大会常务委员会", None, "2021-06-10", 119),
    ("xiaofang-fa-2021.md", "中华人民共和国消防法", "全国人民代表大会常务委员会", None, "2021-04-29", 74),
    ("anquan-shengchan-xukezheng-tiaoli-2014.md", "安全生产许可证条例", "国务院", "国务院令第397号", "2013-07-18", 24),
    ("jianshe-gongcheng-anquan-shengchan-guanli-tiaoli-2003.md", "建设工程安全生产管理条例", "国务院", "国务院令第393号",
     "2003-11-24", 71),
    ("tufa-shijian-yingdui-fa-2024.md", "中华人民共和国突发事件应对法", "全国人民代表大会常务委员会", None, "2024-06-28", 106),
]


@pytest.mark.parametrize("law, title, issuer, number, date, articles", LAW_META, ids=[m[0] for m in LAW_META])
def test_law_metadata_and_article_count(read, law, title, issuer, number, date, articles):
    [doc] = read(f"laws/{law}")
    meta = doc.meta
    assert (meta.title, meta.issuer, meta.doc_number, meta.date) == (title, issuer, number, date)
    assert (meta.level, meta.genre) == ("national", "law")
    assert sum(1 for i in doc.walk() if i.style == "article") == articles


def test_chapters_and_sections(read, item):
    [doc] = read("laws/tezhong-shebei-anquan-fa-2013.md")
    chapter2 = item(doc, "ch2")
    assert [(s.id, s.number, s.text) for s in chapter2.children] == [
        ("ch2.s1", "第一节", "一般规定"), ("ch2.s2", "第二节", "生产"), ("ch2.s3", "第三节", "经营"), ("ch2.s4", "第四节", "使用")]
    assert item(doc, "13").path == ["第二章 生产、经营、使用", "第一节 一般规定"]


def test_article_text_and_items(read, item):
    [doc] = read("laws/anquan-shengchan-fa-2021.md")
    art = item(doc, "21")
    assert art.text == "生产经营单位的主要负责人对本单位安全生产工作负有下列职责:"   # ASCII colon, as in the file
    assert item(doc, "21.1.3").text == "组织制定并实施本单位安全生产教育和培训计划；"
    assert item(doc, "21.1.3").number == "（三）"
    assert item(doc, "3.2").text.startswith("安全生产工作应当以人为本")
    assert item(doc, "3.2").line == 21
