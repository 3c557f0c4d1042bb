"""A plan's last paragraph that opens with 请 after its last numbered item (请各县(市、区)政府安委会、市政府安委会成员单位将…
总结分别于5月8日和7月3日前报送…, hb-u208-y, dev, a copy in traditional characters) is the request closing the text, no part
of that item: an item of its own at the top, so the units it asks are not read as the item's nor the item's as its.
A 请 paragraph inside an item, followed by more of the text, and one in a text with no numbered item are read as before."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document

PLAN = ("安全生产月活动方案\n(一)广泛宣传,营造氛围。各县(市、区)、各有关部门要充分发挥新闻媒体作用,开展形式多样的宣传。\n"
        "(二)创新思路,务求实效。各县(市、区)各部门要善于总结经验,坚持贴近实际、贴近基层。\n"
        "请各县(市、区)政府安委会、市政府安委会成员单位将活动方案和活动总结分别于5月8日和7月3日前报送市安委会办公室。\n"
        "市安委会办公室\n2024年4月30日\n")


def items(text):
    [doc] = read_text(text, "page.txt")
    return [(it.id, it.style) for it in doc.walk()]


def test_a_closing_request_is_an_item_of_its_own():
    assert items(PLAN)[1:] == [("1", "cn-paren"), ("2", "cn-paren"), ("3", "paragraph")]
    [doc] = read_text(PLAN, "page.txt")
    leads = {r.id: r.responsible.lead for r in extract_document(doc).rules}
    assert (leads["2"], leads["3"]) == (["各县(市、区)", "各部门"], ["各县(市、区)政府安委会", "市政府安委会成员单位"])


def test_a_request_with_more_of_the_item_after_it_stays_the_items():
    text = ("一、工作要求\n各镇要高度重视,认真组织开展隐患排查整治,确保各项工作落到实处。\n"
            "请各镇于5月8日前将排查整治情况报送县安委会办公室。\n二、工作安排\n各镇要结合实际,细化工作措施,抓好各项任务落实。\n")
    assert items(text) == [("1", "cn-dun"), ("2", "cn-dun")]
