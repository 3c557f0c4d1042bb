"""Responsible units of the fresh random batches from y291 up (tests/corpus/heldback, split dev): a 各 list whose
sentence names what it acts on before its verb (各村对…要…, 各部门(分公司)对…全面负责), a company's departments in its
制度 (安全环保部负责…), 由X监督…, a committee that meets 定时, a group 组成 to do a work, and what names no unit: a
预案's principle (分级分部门负责), to whom a body answers (…工作对保卫科负责), a subject beside the bracket that names
the item's unit. Expected units are read off the quoted text (tests/corpus/heldback/README.md convention 2: the
subject of a task sentence leads, as written; an item that names its 负责 unit has that one)"""

import pytest

from safeplan.rules.responsible import parse_responsible


@pytest.mark.parametrize("text, lead", [
    # 各X对…要… (hb-s403-y); with a comma before 要 (README convention 2's example)
    ("各村对森林防火形势要有清醒认识,把森林防火作为当前促进农村发展,社会稳定的头等大事来抓。", ["各村"]),
    ("各镇街、各部门对检查中发现的隐患,要建立隐患整改档案。", ["各镇街", "各部门"]),
    # a company 制度's duty list (hb-r291-y)
    ("各部门(分公司)对本单位所属班组的安全管理工作全面负责,其中包括指导、督促、检查、考核等责任。", ["各部门(分公司)"]),
    ("安全环保部负责督促各部门(分公司)做好班组安全管理工作,并组织其它职能管理部门开展对班组安全管理的检查、指导和考核工作。",
     ["安全环保部"]),
    ("人力资源部负责公司对班组安全培训工作的管理。", ["人力资源部"]),
    # a committee that meets at set times (hb-r416-y, read past its pinyin glosses)
    ("公司安全管理委員會定時召開安全管理專題會議,總結、分析、檢論公司安全管理工作,處理安全事故及責任;",
     ["公司安全管理委員會"]),
    # 由X监督… (hb-r317-y); the body it answers to is named once, as the one that supervises
    ("热控车间消防工作对保卫科负责,由保卫科监督指导考核。", ["保卫科"]),
])
def test_a_named_subject_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text", [
    # a 预案's principle (hb-s304-y)
    "防汛抗旱工作实行各级行政首长负责制,统一指挥,分级分部门负责,公众参与,防汛抗旱工作实行安全第一、常备不懈的原则。",
    # whom a workshop answers to (hb-r317-y's 1.6 without its 由…)
    "热控车间消防工作对保卫科负责。",
    # company words that are no department: persons, all of it, a place's part
    "党员干部要进一步提高政治站位、强化使命担当。",
    "重点部位要加强巡查,发现问题及时整改。",
])
def test_no_unit(text):
    r = parse_responsible(text, statute=False)
    assert (r.lead, r.support) == ([], [])


def test_a_law_charging_each_government_with_a_field_names_no_unit():
    """各级人民政府对本行政区域的…工作负责 is a law's standing duty (README convention 1), though a plan's 各X对…负责 leads."""
    text = "各级人民政府对本行政区域的水环境质量负责,应当及时采取措施防治水污染。"
    assert parse_responsible(text, statute=True).lead == []
    assert parse_responsible(text, statute=False).lead == ["各级人民政府"]


def test_an_item_that_names_its_unit_in_a_bracket_has_that_one():
    """hb-u307-y: a task closed by (交通運輸部門負責) is that department's, the county-level one its sentence charges too."""
    text = ("車站、港口碼頭、煤礦、沙石料場等貨物集散地及其他道路運輸裝載場所經營者,應當按照車輛裝載標準裝載、配載貨物,不得超載。"
            "縣級交通運輸部門要對轄區年發運量5萬噸以上車站、港口碼頭、煤礦、沙石料場等貨物集散地實行派駐管理或重點巡查。"
            "(交通運輸部門負責)")
    assert parse_responsible(text, statute=False).lead == ["交通運輸部門"]


def test_a_group_formed_to_do_a_work_leads_it_outside_a_law():
    """hb-s305-y: 组成通信保障组,具体负责… (like 成立…领导小组,负责…); a law's …等部门组成征兵办公室,负责… is a standing body."""
    plan = "镇森林防火指挥部办公室组织有关人员组成通信保障组,具体负责火场应急通信保障。"
    assert parse_responsible(plan, statute=False).lead == ["镇森林防火指挥部办公室", "通信保障组"]
    law = "市和区、县人民政府组织同级兵役机关、公安、卫生、教育、财政、民政等部门组成征兵办公室，负责办理本行政区域内的平时征兵准备。"
    assert parse_responsible(law, statute=True).lead == []


@pytest.mark.parametrize("text, lead", [
    # a unit closed by 等单位/等部门, alone (hb-s453-y; as 安监等部门要… was read)
    ("3.建设局等单位要根据高温天气生产作业特点,加强对工程工地等的安全监管,合理安排劳动时间。", ["建设局"]),
    # two departments joined by 和, each in full (hb-u455-y, Traditional: the names as written)
    ("二、確保居民生活用電、用水。經濟主管部門和供電部門要按照“多保、少限、力爭不拉閘”的總體要求,加強設備維護檢修。",
     ["經濟主管部門", "供電部門"]),
])
def test_the_second_batchs_subjects(text, lead):
    """Batch y451+ (measured before these were read): the subject as written, its trailing 等… dropped."""
    assert parse_responsible(text, statute=False).lead == lead


@pytest.mark.parametrize("text, lead", [
    ("该镇将加强乡村规划布局和防火改造,完善农村消防基础设施。", ["该镇"]),                # hb-n155-y
    ("下一步,該鎮將繼續加大安全隱患排查力度,安全宣傳力度,確保一方平安。", ["該鎮"]),       # hb-n174-y, Traditional
])
def test_the_town_an_account_named_announcing_its_next_work_leads_it(text, lead):
    """README convention 2: 下一步,X镇将继续… leads; 该镇 is the town the account named (a pronoun, 我们, is none)."""
    assert parse_responsible(text, statute=False).lead == lead
    assert parse_responsible("下一步,我们将继续加大安全隐患排查力度。", statute=False).lead == []


@pytest.mark.parametrize("text, lead", [
    # an office and persons with it: the office (hb-n458-y; hb-r05's item 三、 as a rule reads it, without its number,
    # its heading 职责 run in)
    ("会议强调,一是提高思想认识。镇交通劝导站及各村两委干部要充分发挥主动性,对辖区内的农用车进行组织和劝导", ["镇交通劝导站"]),
    ("职责安全生产科及其相关人员负责安全生产责任制的制定、沟通、培训、评审与绩效测量。", ["安全生产科"]),
])
def test_an_office_with_its_people_leads(text, lead):
    assert parse_responsible(text, statute=False).lead == lead


def test_a_laws_list_of_departments_with_their_duty_names_no_unit():
    """hb-r423-x (a province's 条例): …等部门,应当按照各自的职责… is a standing duty (README convention 1); a plan's list
    that 要… leads, in a law too only with 要 (as a single department there)."""
    law = "发展改革、规划、公安消防、质量技术监督、安全生产监督管理、环境保护、工商行政管理、物价、交通等部门,应当按照各自的职责,依法做好燃气管理的相关工作。"
    assert parse_responsible(law, statute=True).lead == []
    plan = "公安、应急、住建、交通、消防、市场监管等主管部门要按照职责分工,履职尽责、协同作战。"
    assert parse_responsible(plan, statute=True).lead == ["公安", "应急", "住建", "交通", "消防", "市场监管"]
