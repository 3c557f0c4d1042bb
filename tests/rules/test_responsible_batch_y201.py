"""Responsible units of upper-level documents written in prose (tests/corpus/heldback batch y201+, split dev): the
subjects a district/city notice, 意见, 通告 or meeting's minutes names sentence by sentence, and the ones that were
misread. Expected units are read off the quoted text (heldback README convention 2: the subject of a task sentence
leads, as written; enterprises in general, persons and a law's standing duties name none)."""

import pytest

from safeplan.corpus.reader import read_text
from safeplan.rules.extract import extract_document
from safeplan.rules.responsible import parse_responsible, split_units


@pytest.mark.parametrize("text, lead", [
    # hb-u208-y: a subject list with a bracket inside (各县(市、区)政府安委会) is not split at its 、
    ("请各县(市、区)政府安委会、市政府安委会成员单位将活动总结于7月3日前报市政府安委会办公室。",
     ["各县(市、区)政府安委会", "市政府安委会成员单位"]),
    # hb-u208-y: two 各 lists written together, the first with its bracket
    ("各县(市、区)各部门要善于总结经验,创新工作思路。", ["各县(市、区)", "各部门"]),
    # hb-u207-y: the governments of the levels, one subject as written (like 县、乡两级人民政府)
    ("市、县(区)各级政府要按照三年规划的要求,将消防经费支出列入各级财政预算。", ["市、县(区)各级政府"]),
    # hb-u215-y: 市直各部门 is a 各 list (as 市级各有关部门)
    ("市直各部门、中(省)直驻盘单位要组织干部职工就地就近带头清扫积雪。", ["市直各部门", "中(省)直驻盘单位"]),
    # hb-u215-y: a department and the place it acts with both lead
    ("林湿部门与所在县区要密切配合,第一时间对道路两侧积雪压倒的树木进行及时清理。", ["林湿部门", "所在县区"]),
    # hb-u215-y: an upper document's bare 街道(社区), the enterprises joined to it none
    ("街道(社区)和物业管理单位要开展好各居民区的除雪工作。", ["街道(社区)"]),
    # hb-u214-y: places named as a clause's subject (their 及其有关部门 names none)
    ("昆鹏街道、灵昆街道及其有关部门,应当定期组织开展烟花爆竹双禁管理工作的宣传教育。", ["昆鹏街道", "灵昆街道"]),
    ("城关镇要在月底前完成自查。", ["城关镇"]),
    # hb-u214-y (a 通告, no law): 应急管理部门依法查处…, 公安机关负责…, a list closed by 等…部门 acting 按照各自的职责, a duty
    # a condition opens
    ("应急管理部门依法查处违法销售烟花爆竹行为。", ["应急管理部门"]),
    ("公安机关负责烟花爆竹的公共安全管理。", ["公安机关"]),
    ("教育、财政、生态环境等相关职能部门按照各自的职责,共同做好烟花爆竹双禁管理相关工作。", ["教育", "财政", "生态环境"]),
    ("公安机关作出准予许可决定的,应当将许可燃放的时间、地点向社会公告。", ["公安机关"]),
    # hb-u71-x: the addressees listed again with commas after 请
    ("请各乡镇人民政府,高新西区管委会,广汉工业集中发展区及时将通知转发至辖区内所有危险化学品企业。",
     ["各乡镇人民政府", "高新西区管委会", "广汉工业集中发展区"]),
    ("请各乡镇人民政府,高新西区管委会,广汉市工业集中发展区及相关部门按照职责,督促企业落实防凝防冻措施。",
     ["各乡镇人民政府", "高新西区管委会", "广汉市工业集中发展区", "相关部门"]),
    # hb-n116-y: 由…等15个部门联合开展
    ("此次督查由市应急管理局、市公安局、市自然资源规划局、市消防救援支队、市政府督查室等15个部门联合开展。",
     ["市应急管理局", "市公安局", "市自然资源规划局", "市消防救援支队", "市政府督查室"]),
])
def test_prose_subjects(text, lead):
    assert parse_responsible(text, cells=False, statute=False).lead == lead


def test_a_page_that_lost_its_line_breaks_starts_a_clause_at_a_space():
    # hb-n201-y: each department's demand after its subhead, the subheads and demands run together with spaces
    r = parse_responsible("会议要求,七区政府要重点做好危漏房屋管理,落实 市国土资源房管局:防范地质灾害 "
                          "市国土资源房管局要重点做好地质灾害的监管和防范工作。 市城管执法局:加强广告设施巡视 "
                          "市城管执法局要重点加强对广告设施的巡视和检查工作。", cells=False, statute=False)
    assert r.lead == ["七区政府", "市国土资源房管局", "市城管执法局"]
    # a name spaced out to align a column starts no clause of its own (市 应急管理局: no 应急管理局 alone)
    assert "应急管理局" not in parse_responsible("市 应急管理局负责组织协调。", cells=False, statute=True).lead


def test_a_name_broken_by_a_line_break_and_enterprises_in_general():
    # hb-u205-y: a host script broken as a PDF's lines (企业\n单位): enterprises in general, no 单位 of their own
    assert split_units("各乡镇、各部门及企业\n单位") == ["各乡镇", "各部门"]
    assert parse_responsible("各乡镇、各部门及企业\n单位要按照会议精神,认真抓好落实。", cells=False, statute=True).lead == ["各乡镇", "各部门"]
    # …and what a sentence says a unit is (会议是县政府决定召开的) names no subject
    assert parse_responsible("这次全县安全生产工作会议是县政府决定召开的, 会议的主要目的是全面贯彻会议精神。",
                             cells=False, statute=True).lead == []


def test_an_items_own_subjects_win_over_a_table_run_into_it():
    # hb-u201-y: item 五's sentences name their subjects; the attached table below it, one cell a line, is no
    # flattened 责任单位 cell of the item
    text = ("五、加强值守,准确及时上报事故信息\n"
            "各区县政府、各开发区管委会及市级各有关部门要严格执行生产安全事故信息报送制度。\n"
            "附件:市政府安全生产督查组分组表\n分 组\n| 督查组牵头单位\n| 督查单位\n|\n第一组\n| 市安监局\n| 雁塔区\n|\n")
    rules = extract_document(read_text(text, "notice.txt")[0]).rules
    five = next(r for r in rules if r.text.startswith("加强值守"))
    assert five.responsible.lead == ["各区县政府", "各开发区管委会", "市级各有关部门"]
    # a task row flattened one cell a line still gives its 责任单位 cell (dev 10)
    assert parse_responsible("制定工作任务清单,分解落实到县区、部门。\n市安委办 (工作专班办公室)\n1月20日前", statute=True).lead == [
        "市安委办(工作专班办公室)"]


@pytest.mark.parametrize("text", [
    # a law's articles charge no unit (heldback README convention 1)
    "使用承租的机械设备的,由施工总承包单位、分包单位、出租单位和安装单位共同进行验收。",
    "公安机关应当对烟花爆竹运输实施监督检查。",
    "县级人民政府公安机关负责本行政区域内烟花爆竹的公共安全管理。",
])
def test_a_laws_standing_duties_name_no_unit(text):
    assert parse_responsible(text, statute=True).lead == []
