"""A local regulation's history lines cite the decisions that amended it; none of them names its issuer."""

from safeplan.corpus.reader import read_documents
from safeplan.rules.extract import extract_document

# the head of a LawRefBook law (安阳市城市绿化条例, ../shared/bench's tarball), as the bench's 1,200 laws give it
LAW = """# 安阳市城市绿化条例

2017年8月31日 安阳市第十三届人民代表大会常务委员会第三十次会议通过

2018年3月31日 河南省第十三届人民代表大会常务委员会第二次会议批准

2018年11月29日 河南省第十三届人民代表大会常务委员会第七次会议批准的《安阳市人民代表大会常务委员会关于修改〈安阳市城市绿化条例〉的决定》修正

<!-- INFO END -->

## 第一章 总则

第一条 为了促进城市绿化事业的发展,改善生态环境,根据有关法律、法规,结合本市实际,制定本条例。
"""


def test_a_cited_decision_in_a_laws_history_names_no_issuer(tmp_path):
    path = tmp_path / "安阳市城市绿化条例(2019-01-07).md"
    path.write_text(LAW, encoding="utf-8")
    document = extract_document(next(iter(read_documents(path)))).document
    assert (document.title, document.issuer) == ("安阳市城市绿化条例", None)
    assert (document.level, document.region) == ("city", "安阳市")       # the place its title names


def law_level(tmp_path, title: str) -> str:
    path = tmp_path / f"{title}.md"
    path.write_text(f"# {title}\n\n<!-- INFO END -->\n\n第一条 为了加强管理,制定本条例。\n", encoding="utf-8")
    return extract_document(next(iter(read_documents(path)))).document.level


def test_a_local_law_is_the_first_province_or_city_its_title_names(tmp_path):
    """A law is made by a province's or a city's congress (or government), never a town's: the words for villages and
    towns, districts and zones after its place are its subject (titles of the bench's 1,200 laws)."""
    assert law_level(tmp_path, "河南省村庄和集镇规划建设管理条例") == "province"        # was street
    assert law_level(tmp_path, "山东省历史文化名城名镇名村保护条例") == "province"       # was community
    assert law_level(tmp_path, "临沂市美丽乡村条例") == "city"                         # was community
    assert law_level(tmp_path, "商丘市市区饮用水水源保护条例") == "city"                 # was district
    assert law_level(tmp_path, "广东省安全生产条例") == "province"
    assert law_level(tmp_path, "深圳经济特区中医药条例") == "city"
    assert law_level(tmp_path, "城市供水条例") != "city"                               # 城市: no place
    assert law_level(tmp_path, "农贸市场管理条例") != "city"                           # 市场: no place
