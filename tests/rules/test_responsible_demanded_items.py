"""An account's 一是…二是… that a leader's or a meeting's demand opens with its colon (…作安排:一是…, 会议要求:一是…) are
demands (issue 19, helper units12b): a 各 list before the verb of an act leads there, as in a plan, while the same list
in items an account tells as work done names no unit (heldback README convention 2)."""

from safeplan.corpus.reader import read_text
from safeplan.rules.extract import extract_document


def _leads(text):
    doc = read_text(text, "news.txt")[0]
    assert doc.meta.genre == "news"
    return {r.number: r.responsible.lead for r in extract_document(doc).rules if r.number}


def test_items_a_leaders_arrangement_opens_are_demands():
    # hb-n184-y's shape: …常务副市长张才兴对全市安全生产重点工作作安排:一是…五是强化涉疫场所安全管理,各相关部门加强…
    text = ("东山区召开2024年第二季度安委会全体会议\n5月10日,东山区召开2024年第二季度安委会全体会议,各街道、区级各部门分管领导"
            "参加会议。\n会上,区应急管理局通报了一季度全区安全生产形势。\n区委常委、常务副区长王明对下一阶段重点工作作安排:"
            "一是各街道要认真开展汛前安全检查。二是各部门要严格落实值班值守制度。三是强化燃气安全管理,各相关部门加强餐饮场所"
            "燃气隐患排查整治。\n")
    assert _leads(text) == {"一是": ["各街道"], "二是": ["各部门"], "三是": ["各相关部门"]}


def test_items_a_meetings_demand_opens_are_demands():
    text = ("西湖镇召开安全生产工作会议\n6月3日,西湖镇召开安全生产工作会议,各村、镇属各单位负责人参加会议。\n"
            "会议要求:一是各村要做好汛期巡查。二是突出重点领域,各村(社区)加强对自建房的排查。\n")
    assert _leads(text) == {"一是": ["各村"], "二是": ["各村(社区)"]}


def test_items_of_work_done_name_no_unit():
    text = "南湖街道开展安全生产大检查\n近日,南湖街道开展安全生产大检查。一是各社区加强了对九小场所的排查。二是各村落实了巡查制度。\n"
    assert _leads(text) == {"一是": [], "二是": []}
