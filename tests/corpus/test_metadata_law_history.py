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
