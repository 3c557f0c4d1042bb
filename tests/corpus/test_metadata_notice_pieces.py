"""The genre of an untitled page cut from the middle of a 公文 (README convention 12): a later section's heading
(四、… / 五、…) over demands on the units below by name (各地要…, 各乡(镇、街道)和有关部门要…) is a notice's page; the
same sections in a speaker's voice (同志们, 一要…, 我们) are a speech's (other). Shapes of dev texts hb-u112-y, hb-u181-y,
hb-u201-y (their lines) and new pages."""

import pytest

from tests.corpus.metareading import meta


@pytest.mark.parametrize("page", [
    # hb-u201-y's lines: the end of section 四, section 五 and the report-back line
    "对本辖区、本部门的安全生产工作要掌握实情、解决困难、落实责任、督促检查,切实抓好各项安全工作措施的落实。\n"
    "五、加强值守,准确及时上报事故信息\n"
    "各区县政府、各开发区管委会及市级各有关部门要严格执行生产安全事故信息报送制度,加强应急值守。\n",
    # hb-u112-y's lines: section 五 of a holiday notice
    "加强对危险化学品的安全监管,依法取缔各类非法生产经营企业和销售网点。\n"
    "五、全面落实森林火灾等自然灾害防范措施\n"
    "各乡(镇、街道)和有关部门要精心组织开展防汛检查,切实从思想、组织、队伍、物料等各个环节做好秋汛防御准备工作。\n",
    # hb-u181-y's lines: items of section 三, then section 四
    "(三)专项整治与安全评估相结合,全面开展对企业的安全评估工作。各地要在组织专项整治的基础上,加快推进企业安全评估工作。\n"
    "四、严格执法,强化责任追究。各级政府和有关部门要认真按照安全生产的有关法律法规严肃查处。\n",
    # new: a county's notice on flood season, cut after its first section
    "汛期来临前完成全部病险水库的除险加固。\n"
    "三、强化值班值守\n"
    "各乡镇人民政府、县直各有关单位要严格落实24小时值班和领导带班制度,遇有险情立即上报县防汛办。\n",
], ids=["u201-section-five", "u112-section-five", "u181-section-four", "new-county-flood"])
def test_a_piece_of_a_notices_sections_is_a_notice(page):
    assert meta(page).genre == "notice"


def test_the_same_sections_in_a_speakers_voice_are_no_notice():
    m = meta("这是我们必须牢牢把握的。\n三、强化值班值守\n同志们,各乡镇、各部门要严格落实24小时值班和领导带班制度,"
             "一要明确责任,二要加强督查。\n")
    assert m.genre == "other"


def test_a_piece_of_a_plans_task_list_demanding_nothing_stays_a_plan():
    m = meta("(三)开展重点场所专项整治。在托儿所、敬老院、医院等人员密集场所开展安全专项整治。\n"
             "四、保障措施\n(一)加强组织领导。成立专项整治工作领导小组,统筹推进整治工作。\n")
    assert m.genre == "plan"
