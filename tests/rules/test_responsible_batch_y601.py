"""Responsible units in the shapes of the dev batches y601+ and y701+ (heldback README, sessions 12 and 13), each a
general reading of the genre (README convention 2: a task sentence's subject leads it; the doer of work an account
tells as done is none):
a unit after 由 acting with the other party (由镇政府与镇属企业、各村(社区)等签订…, hb-s601-y); a place whose act a
rhythm opens (社区每季召开…会议一次, hb-s603-y); an office whose work starts from now (省政府安全生产委员会自即日起到…,
hb-u603-y); enterprises a 各 names (各经营主体要…, hb-n605-y); a team (小组) opening an item numbered 1) (hb-s702-y);
in an account, an office's joint act or its zealous 学习/贯彻 tells work done (hb-n190-y, hb-u701-y), unless a
rhythm makes it a standing regime (hb-n192-y); 项目所需 is no 所 (hb-s602-y)."""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize(("text", "lead"), [
    ("由镇政府与镇属企业、各村(社区)等签订《鹤溪镇人民政府安全生产责任书》,加大安全生产责任目标考核力度。", ["镇政府"]),
    ("社区每季召开所属安全工作会议一次,全年四次,并每季对所属企业进行安全生产工作检查。", ["社区"]),
    ("按照全国安全生产电视电话会议的部署,省政府安全生产委员会自即日起到2020年5月底,在全省开展为期半年的安全生产集中整治。",
     ["省政府安全生产委员会"]),
    ("钟剑波要求,各经营主体要高度重视节假日期间安全生产工作,落实安全生产主体责任。", ["各经营主体"]),
    ("灾前\n。1)村(社区)应急协调小组组织应急救援力量进入应急工作状态。", ["村(社区)应急协调小组"]),
    # guards
    ("由镇政府与镇属企业签订的责任书已全部收回。", []),                 # (no act after the party: a document named)
    ("社区每季度的会议记录存档备查。", []),
    ("领导小组每季度至少召开1次会议,听取工作进展汇报。", []),       # (a plan's own group, named by no body)
    ("制定有针对性的实施方案;相关部门和人员的职责;项目所需资源的配置和实施的时间进度表。", []),
])
def test_a_plans_subject_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize(("text", "lead"), [
    ("三是加大河长巡查力度。镇防汛抗旱小组联合镇河长制办公室工作人员及各村河长加大对河道的巡查力度。", []),
    ("2023年,在市委市政府领导下,广州市应急管理局全面学习贯彻党的二十大精神,不断推动应急管理体系和能力现代化。", []),
    ("四是整治消防隐患。街道办联合枣园派出所定期开展消防安全整治行动。", ["街道办"]),       # a standing regime
])
def test_an_accounts_work_done_names_no_unit(text, lead):
    assert parse_responsible(text, statute=False, account=True).lead == lead


def test_the_units_a_demand_lists_its_points_to():
    # hb-n601-y: 最后,门轩主任要求各领导、各部门:一要按照…;二要高度重视…; (各领导 are persons)
    text = "最后,门轩主任要求各领导、各部门:一要按照安全生产“三个必须”的要求,抓好分管行业的安全生产工作;二要高度重视。"
    assert parse_responsible(text, statute=False, account=True).lead == ["各部门"]


@pytest.mark.parametrize(("text", "lead"), [
    ("联席会议原则上每季度召开一次,具体时间由街道安委办通知。", ["街道安委办"]),       # hb-s906-y (dev, y901+)
    ("由街道安委办通知书明确的事项,各单位照办。", []),                                 # (a document, no act)
])
def test_the_unit_after_by_notifies(text, lead):
    assert parse_responsible(text, statute=False).lead == lead
