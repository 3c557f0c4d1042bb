"""Genre and level as a reader finds them (tests/corpus/heldback/README.md conventions 12 and 13), for shapes first met
in the x197+ dev texts of tests/corpus/heldback (a fresh batch weighted as the held half is, measured before these
changes). Heads built from those texts, names and numbers changed."""

from safeplan.corpus import read_text


def meta(text):
    [doc] = read_text(text, "page.txt")
    return doc.meta


# --- genre: a page that tells of a document is news; one that speaks of itself as a plan is the plan

def test_a_page_that_reports_what_an_issued_document_says_is_news():
    m = meta("某省应急管理厅日前印发《2023 年全省应急管理工作要点 》(以下简称《要点》),就今年我省应急管理工作进行了安排部署。\n"
             "《要点》指出,今年我省将着力推进安全生产五大体系建设,健全全面责任体系、隐患排查体系。\n"
             "《要点》提出,今年我省将持续提升自然灾害防治水平,全力做好防灾减灾救灾工作。\n")
    assert (m.genre, m.level) == ("news", "province")


def test_a_covering_notice_that_names_its_document_short_stays_a_notice():
    m = meta("关于印发《某县2023年安全生产工作要点》的通知\n各乡镇人民政府,县直各部门:\n现将《某县2023年安全生产工作要点》"
             "(以下简称《要点》)印发给你们,请认真贯彻执行。《要点》明确的各项任务,请于12月底前报送完成情况。\n"
             "某县安全生产委员会\n2023年3月1日\n")
    assert m.genre != "news"


def test_a_plan_that_names_its_own_term_is_a_plan_though_its_excerpt_ends_on_a_short_line():
    m = meta("索引号 | ajj/20221222-00001 | 发布机构 | 某县应急管理局 |\n公开目录 | 发展规划 | 发布日期 | 2022-12-22 |\n"
             "文号 | 浏览量 |\n前言\n为进一步健全防灾减灾救灾管理体制机制,结合某县实际,编制《某县“十四五”综合防灾减灾救灾规划》。\n"
             "本规划实施期限为2021年至2025年。\n一、现状与形势\n(一)主要成效\n“十三五”时期,全县不断完善自然灾害防治体系,"
             "为全面建成小康社会提供了安全保障。\n体制机\n")
    assert (m.genre, m.level) == ("plan", "district")
