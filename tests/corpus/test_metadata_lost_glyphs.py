"""A 落款 in a copy that lost characters: the blanks before a signer turned to ?, a date's 年月日 dropped. Pages built
from dev texts of tests/corpus/heldback (not the held half), with names changed."""

from tests.corpus.metareading import meta


def test_a_signer_behind_the_question_marks_of_its_lost_blanks_signs_the_notice():
    """hb-u904-y: ??某市应急管理局 / ???2025年2月21日 under a covering notice (its title lost with its 《)."""
    m = meta("各县、区应急管理局,市局机关科室及下属单位:\n\n2025年应急管理工作要点》已经局党委会议同意,现印发给你们,"
             "请认真贯彻执行。\n\n?\n\n??某市应急管理局\n\n???2025年2月21日\n\n(此件公开发布)\n\n")
    assert (m.issuer, m.date) == ("某市应急管理局", "2025-02-21")
