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
