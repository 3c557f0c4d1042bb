"""Genre (README convention 12) of pages the earlier readings missed: an answer to a proposal, an untitled plan that
says 制定…方案如下 in its second sentence, an untitled account of a meeting that opens 会议首先… . Pages built from dev
texts of tests/corpus/heldback (not the held half), with names changed."""

from tests.corpus.metareading import meta


def test_an_answer_to_a_proposal_is_a_notice_dated_above_its_form_lines():
    """hb-s104-x: …第0153号提案的答复 under a site's byline (a 答复 is convention 12's notice, though its page has a
    byline); its date stands under a closing 感谢…! and over the answer's form (单位负责人签章:, 承办人…)."""
    m = meta("青山街办事处对市政协第十五届二次会议第0153号提案的答复\n\n来源:青山街办事处  发布时间:2023-10-18 16:25 点击量:\n\n"
             "李某委员:\n\n您提出的《关于在住宅小区规划建设电动自行车集中停放区域的提案》已收悉。现答复如下:\n\n"
             "1.开展专项检查\n\n街道办事处定期组织小区电动自行车充电专项检查。\n\n2.配合物业开展工作\n\n"
             "街道配合物业公司定期组织开展应急演练。\n\n感谢您对我市经济社会发展的关注!\n\n2023年10月16日\n\n"
             "单位负责人签章:\n\n承 办 人 姓 名:王某\n\n承 办 人 电 话:2770688\n")
    assert (m.genre, m.date) == ("notice", "2023-10-16")
    assert meta("关于某某同志所提建议的答复\n\n张某同志:\n\n您的建议收悉,现答复如下:\n一、加强检查。\n").genre == "notice"


def test_an_untitled_plan_that_says_制定方案如下_after_a_long_first_sentence_is_a_plan():
    """hb-u603-y: …按照《关于印发全国安全生产集中整治工作方案的通知》要求…开展为期半年的安全生产集中整治。制定实施方案如下:
    — the text names itself (特制定本方案 / 现制定工作方案如下, convention 12); the notice it cites is another's."""
    m = meta("为深入贯彻安全生产重要指示精神,按照国务院安全生产委员会《关于印发全国安全生产集中整治工作方案的通知》"
             "(安委明电〔2019〕3号)要求和全省安全生产电视会议的部署,省政府安全生产委员会自即日起到2020年5月底,在全省开展"
             "为期半年的安全生产集中整治。制定实施方案如下:\n一、总体要求\n坚持以人民为中心。\n二、整治内容\n"
             "(一)综合整治重点。\n1.政治站位不高问题。\n")
    assert m.genre == "plan"
    m = meta("为做好今冬明春火灾防控工作,根据上级部署,结合我镇实际。现制定工作方案如下:\n一、工作目标\n杜绝较大火灾。\n")
    assert m.genre == "plan"


def test_an_untitled_text_whose_first_sentence_has_the_meeting_for_subject_is_news():
    """hb-n601-y: 会议首先学习了《…》,集中传达了…。随后,…副主任…做出安排 — a meeting told in the third person
    (convention 5), as 会上,… / 会议强调,… are."""
    m = meta("会议首先学习了《地方党政领导干部安全生产责任制规定》,集中传达了全市安全生产委员会(扩大)会议精神。\n"
             "随后,王某副主任对安全生产工作做出安排:一是要高度重视安全生产;二是层层分解责任。\n"
             "最后,李某主任要求各领导、各部门:一要抓好分管行业的安全生产工作;二要落实责任。\n")
    assert m.genre == "news"
    m = meta("会议听取了各镇街安全生产工作汇报,审议了《某区安全生产考核办法》。各部门要压实责任。\n")
    assert m.genre == "news"


def test_a_report_to_visitors_glued_to_its_salutation_is_titled_and_a_report():
    """hb-s606-y: one line — 下载后可任意编辑 (a document site's slogan) 2024 年度…工作汇报 尊敬的各位领导:… (convention 12:
    汇报 → report)."""
    m = meta("下载后可任意编辑2024 年度青山镇安全生产工作汇报尊敬的各位领导:感谢您们到青山来指导、考核工作,下面由我对全镇"
             "2024 年度安全生产工作作一汇报,主要有三个方面:一、青山面临的环境及我们对安全生产工作的认识2024 年,青山镇未发生"
             "较大以上事故。\n")
    assert (m.title, m.genre) == ("2024 年度青山镇安全生产工作汇报", "report")


def test_an_untitled_sheet_of_work_done_counted_in_多_is_news():
    """hb-s182-y: a 街道's project sheet told in the third person (项目目标: / 主要举措: / 取得成效:), its results counted
    200多个, 20多个, 5000多米 like 20余次 (convention 5)."""
    m = meta("项目目标:\n通过实施“345”整治工程,破解消防安全风险防控难题。\n主要举措:\n"
             "青山街道充分发挥社区网格和党员群众的作用,着力破解四大隐患。\n取得成效:\n"
             "一年来,辖区内整体改造消防泵房2处,提供充电位200多个,补充监控探头20多个,更换老化电线5000多米。\n")
    assert m.genre == "news"


def test_a_units_minutes_of_its_meeting_are_a_report():
    """hb-s133-y: 社区安全会议记录 (一、会议概况 (一)会议基本信息 本次社区安全会议于…召开) — the community's own record,
    not news of a meeting."""
    m = meta("社区安全会议记录\n一、会议概况\n(一)会议基本信息\n本次社区安全会议于2023年8月20日14:30在社区党群服务中心会议室"
             "召开,会议主题为“夏季社区安全隐患排查与整治工作部署”。\n(二)会议背景\n近期,社区安全风险呈现阶段性特征。\n")
    assert (m.title, m.genre) == ("社区安全会议记录", "report")
