"""Random Unicode and numbering soup: the reader never crashes, and every offset points at what it claims."""

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from safeplan.corpus import read_text
from safeplan.errors import SafeplanError

SOUP = [
    "一、", "二、", "十一、", "(一)", "（二）", "(三", "1.", "2、", "3．", "12.", "1.5万", "(1)", "（2）", "①", "②", "⑳",
    "第一章 ", "第二节", "第三条 ", "第十二条", "第一分编", "一是", "二是", "三是", "责任单位:", "牵头单位：", "配合单位:",
    "篇1", "篇2", "第3篇", "◆★", "■■", "出自 wwW.zuoWEnBA.nEt", "www.gov.cn", "0。008", "3．5", "&emsp;", "&nbsp;",
    "&lt;", "&#x4e00;", "<p>", "</p>", "<div style=\"a\n b\">", "<!--", "-->", "<script>", "# ", "## ", "---\n",
    "**", " | ", "|", "序号 | 重点任务 | 责任单位", "\r\n", "\r", "\n", "\n\n", "\t", "\u3000", "\xa0", "???", " ?",
    "20__年", "____", "__街道", "2024年1月21日", "2024-01-31", "安委〔2024〕2号", "关于印发《x》的通知", "当前位置:首页>",
    "联系我们", "有限公司", "。", "；", ":", "\ufeff", "\u2028", "\x00", "\ud7ff", "𠀀",
]

fragments = st.one_of(st.sampled_from(SOUP), st.text(max_size=12))
documents = st.lists(fragments, max_size=60).map("".join)


def _check(docs, source_text):
    assert docs, "at least one document"
    for doc in docs:
        n = len(doc.text)
        assert len(doc.raw_offsets) == n + 1
        previous = 0
        for i in range(0, n + 1, max(1, n // 50)):
            raw = doc.raw_offsets[i]
            assert 0 <= raw <= len(doc.raw_text)
            assert raw >= previous
            previous = raw
        ids = set()
        raw_lines = doc.raw_text.count("\n") + 1
        for item in doc.walk():
            assert 0 <= item.start <= item.end <= n
            assert doc.text[item.start:item.end] == item.text
            assert 1 <= item.line <= raw_lines
            assert item.id not in ids
            ids.add(item.id)
            # a Chinese character of the cleaned text is the same character in the raw text
            for k, ch in enumerate(item.text[:20]):
                if "\u4e00" <= ch <= "\u9fff":
                    assert doc.raw_text[doc.raw_offsets[item.start + k]] == ch


@seed(20240121)
@settings(max_examples=300, deadline=None)
@given(documents)
def test_plain_text_soup(text):
    try:
        docs = read_text(text, "soup.txt")
    except SafeplanError:
        return
    _check(docs, text)


@seed(20210311)
@settings(max_examples=150, deadline=None)
@given(documents, st.sampled_from(["soup.md", "soup.html"]))
def test_markup_soup(text, name):
    try:
        docs = read_text(text, name)
    except SafeplanError:
        return
    for doc in docs:
        for item in doc.walk():
            assert doc.text[item.start:item.end] == item.text
            assert 0 <= doc.raw_offsets[item.start] <= doc.raw_offsets[item.end] <= len(doc.raw_text)
