"""The paragraphs before a text's first numbered item (a covering notice, the words that open the plan it prints) each
say their own thing: each is a preamble item of its own, so that the units one charges are not read as another's
(hb-u466-y, dev: 请各部门、各单位认真对照分解的任务… / 条线部门要主动融合… / 各委办局、各街镇和工业园区要… — three paragraphs
before 一、, each its subjects'). Short lines (the 文号, the addressees, 特此通知) go with the paragraph before them; a text
with no numbered item at all is read as before, as one text."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document


def items(text):
    [doc] = read_text(text, "page.txt")
    return [(it.id, it.style, it.title) for it in doc.walk()]


NOTICE = ("宝府办〔2008〕18号\n各镇人民政府,各街道办事处:\n现将目标任务分解印发给你们,请各部门、各单位认真对照分解的任务,抓好落实。\n"
          "特此通知\n对于涉及面较广的工作,确定了牵头单位,条线部门要主动融合,形成推进合力。\n"
          "各委办局、各街镇要依据区政府全年工作任务分解,进一步细化各自全年工作目标任务。\n"
          "一、促进经济又好又快发展。\n1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)\n")


def test_each_paragraph_before_the_first_item_is_a_preamble_of_its_own():
    assert [(i, s) for i, s, _ in items(NOTICE)][:3] == [("0", "preamble"), ("0-2", "preamble"), ("0-3", "preamble")]


def test_the_units_each_paragraph_charges_are_its_own():
    [doc] = read_text(NOTICE, "page.txt")
    leads = [r.responsible.lead for r in extract_document(doc).rules if r.id.startswith("0")]
    assert leads == [["各部门", "各单位"], ["条线部门"], ["各委办局", "各街镇"]]


def test_a_text_without_a_numbered_item_is_one_text_as_before():
    text = ("3月25日,青石镇召开安全生产工作部署会,镇安委会各成员单位负责人参加会议。\n"
            "会议要求,一要加大部署力度,各村要提前做好人员分工;二要加大宣传力度,到村到户开展宣传。\n"
            "会后,镇安监站将对各村落实情况开展督查,检查结果由镇安委办汇总上报。\n")
    assert [(i, s) for i, s, _ in items(text)] == [("0", "preamble"), ("0.1", "inline"), ("0.2", "inline")]
