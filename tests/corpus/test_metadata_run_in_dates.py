"""A 落款's date with no signer, run into a line after the covering notice's last sentence (README convention 7), and
a 汉字 year whose zero was typed as a letter or a digit. Pages built from dev texts of tests/corpus/heldback (not the
held half), with names changed."""

from tests.corpus.metareading import meta


def test_a_flattened_covering_notices_date_alone_between_its_sentence_and_the_document_it_forwards():
    """hb-u209-y: one line — …认真组织实施。 二OO六年五月十六日 关于加强…的意见 … (no signer: the title opens with it)."""
    m = meta("湖南省某市人民政府办公室转发市道路交通安全委员会《关于加强交通安全管理基层基础建设工作的意见》的通知 "
             "各区县(市)人民政府,市直有关单位: 现将市道路交通安全委员会《关于加强交通安全管理基层基础建设工作的意见》"
             "转发给你们,请结合本地本单位实际,认真组织实施。 二OO六年五月十六日 关于加强交通安全管理基层基础建设工作的意见 "
             "市道路交通安全委员会 为适应道路交通安全的复杂形势,现就加强我市交通安全管理基层基础建设工作提出以下意见:\n")
    assert m.date == "2006-05-16"


def test_a_notices_date_closing_its_paragraph_with_a_zero_typed_as_a_digit():
    """hb-r353-x: 备注 … 现印发给你们,请认真贯彻执行。   二0一0年六月二十一日 (the page's 发布日期 is no 成文 date)."""
    m = meta("某县安全生产监督管理责任制实施办法\n发布单位\n某县人民政府\n发布日期 2010-06-23 生效日期 2010-06-23\n"
             "备注   各乡镇人民政府,县政府各部门:   《某县安全生产监督管理责任制实施办法》已经县人民政府常务会研究同意,"
             "现印发给你们,请认真贯彻执行。   二0一0年六月二十一日\n  某县安全生产监督管理责任制实施办法\n  第一章  总 则\n"
             "  第一条 为了严格落实全县安全生产监督管理责任,制定本办法。\n")
    assert m.date == "2010-06-21"


def test_a_run_in_date_that_sets_a_window_or_a_deadline_is_no_落款():
    m = meta("各村(社区):\n为做好森林防火工作,现通知如下。 2024年3月1日起 全镇禁止野外用火。\n"
             "一、加强巡查。各村要落实巡查。\n")
    assert m.date is None


def test_a_date_in_brackets_under_the_title_dates_the_document_not_the_meeting_its_sentence_names():
    """hb-u466-y: (二OO八年二月二十六日) over the 文号, as a gazette prints it; 经2008年2月18日区政府第38次常务会议 is the
    meeting's day."""
    m = meta("某区人民政府办公室关于印发2008年政府工作目标任务分解的通知\n(二OO八年二月二十六日)\n某府办〔2008〕18号\n"
             "各镇人民政府,各街道办事处:\n经2008年2月18日区政府第38次常务会议研究同意,现将《2008年政府工作目标任务分解》"
             "印发给你们。\n特此通知\n2008年政府工作目标任务分解\n一、促进经济又好又快发展。\n")
    assert m.date == "2008-02-26"


def test_a_papers_page_line_with_its_address_and_clock_time_dates_no_notice_it_prints():
    """hb-n165-x: http://… 2007年04月24日07:45 南海网-海南日报 over 据新华社…电 国务院办公厅关于…的通知。 (convention 7: a
    page's time is no 成文 date; the wire's 4月23日 is its dateline)."""
    m = meta("做好“五一”黄金周期间安全工作\n\nhttp://www.example.com.cn 2007年04月24日07:45 南海网-海南日报\n\n"
             "  据新华社北京4月23日电 国务院办公厅关于切实做好“五一”黄金周期间安全工作的通知。各省、自治区、直辖市人民政府,"
             "国务院各部委、各直属机构:\n\n  “五一”黄金周即将来临,经国务院同意,现就有关事项通知如下:\n\n"
             "  一、切实加强节日期间安全工作的组织领导和责任落实;二、认真做好人员出行和公共场所安全保障工作。\n")
    assert (m.genre, m.date) == ("notice", None)
