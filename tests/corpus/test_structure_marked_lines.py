"""Items of texts with no number at all whose page marks its items otherwise (issue 19: headings in bold lines or
short lines, news): a heading in 【】 opening its paragraph, a bullet (——, ●) opening each line of a list, and a heading
line over a short sentence. Page chrome in the same marks (a site's menu of • lines, an info table's 【…】 keys) is
no item. Texts written for these tests in the shapes of web copies (the fields helper, batch y281+)."""

from safeplan.corpus import read_text
from safeplan.rules.extract import extract_document


def items(text):
    [doc] = read_text(text, "page.txt")
    return [(it.id, it.style, it.title) for it in doc.walk()]


def test_headings_in_brackets_opening_their_paragraphs_are_items():
    found = items("镇安全生产工作方案\n【加强组织领导】各村要成立领导小组,明确责任人。\n"
                  "【强化隐患排查】各单位要开展隐患排查,建立台账。\n【严格值班值守】各村要落实24小时值班制度。\n")
    assert [(i, s) for i, s, _ in found] == [("0", "preamble"), ("1", "heading"), ("2", "heading"), ("3", "heading")]
    assert found[2][2].startswith("【强化隐患排查】")


def test_each_line_opened_by_one_bullet_is_an_item():
    found = items("主要目标\n——安全生产方面:确保事故起数和死亡人数继续下降。\n——防灾减灾方面:确保不发生重大人员伤亡。\n"
                  "——应急救援方面:应急救援能力进一步提升。\n")
    assert [(i, t) for i, _, t in found] == [("0", "主要目标"), ("1", "安全生产方面"), ("2", "防灾减灾方面"),
                                             ("3", "应急救援方面")]
    [doc] = read_text("工作措施\n● 加强组织领导,各村要成立领导小组。\n● 强化隐患排查,各单位要开展排查。\n", "page.txt")
    assert [r.text for r in extract_document(doc).rules][1:] == ["加强组织领导,各村要成立领导小组。",
                                                               "强化隐患排查,各单位要开展排查。"]


def test_a_heading_line_over_a_short_sentence_heads_it():
    # the last heading's paragraph is one short sentence (各村要落实24小时值班制度。, 14 characters)
    found = items("镇安全生产工作方案\n为做好今年安全生产工作,特制定本方案。\n加强组织领导\n各村要成立安全生产领导小组,明确责任人。\n"
                  "强化隐患排查\n各单位要开展隐患排查,建立台账。\n严格值班值守\n各村要落实24小时值班制度。\n")
    assert [t for _, s, t in found if s == "heading"] == ["加强组织领导", "强化隐患排查", "严格值班值守"]


def test_page_chrome_in_the_same_marks_is_no_item():
    # hb-n58-x: a site's menu of • lines; hb-u105-y: an info table's 【…】 keys over a notice
    menu = ("• 规章\n• 行政规范性文件\n• 政府文件\n• 部门文件\n\n雅安市住建系统迅速开展城镇燃气安全隐患大排查整治\n"
            "近日,雅安市住建局召开专题会议,部署开展城镇燃气安全隐患大排查整治工作。\n")
    assert not any(s == "heading" for _, s, _ in items(menu))
    keys = ("【颁发部门】 乌鲁木齐市政府\n\n【发文字号】 乌政办[2010]111号\n\n【颁发时间】 2010-04-09\n\n【效力属性】 有效\n\n"
            "乌鲁木齐县、各区人民政府,各有关单位:现将有关事项通知如下。\n")
    assert not any(s == "heading" for _, s, _ in items(keys))


def test_a_heading_line_that_kept_its_stop_or_colon_heads_the_paragraph_after_it():
    found = items("某镇多措并举抓好安全生产\n近日,某镇多措并举抓好安全生产工作,取得良好成效。\n强化组织领导。\n"
                  "镇成立了安全生产工作领导小组,各村要明确专人负责。\n加强隐患排查。\n镇组织人员对辖区企业开展拉网式排查,"
                  "各单位要建立台账。\n严格值班值守。\n各村要落实24小时值班制度,确保信息畅通。\n")
    assert [t for _, s, t in found if s == "heading"] == ["强化组织领导", "加强隐患排查", "严格值班值守"]
    # hb-s182-y (dev): a 街道's project sheet, 项目目标: / 主要举措: / 取得成效: over their paragraphs
    found = items("城北街道消防“345”工程\n项目目标:\n通过实施“345”整治工程,破解消防安全风险防控难题,撑起安全保护伞。\n"
                  "主要举措:\n城北街道充分发挥区域化党建协同、社区网格和党员群众的作用,着力破解消防难题。\n取得成效:\n"
                  "一年来,通过实施书记项目,辖区内整体改造消防泵房2处,建设多功能充电长廊5处。\n")
    # (the first heading opens the text: no paragraph before it, it stays the preamble's head, as a title would)
    assert [(s, t) for _, s, t in found] == [("preamble", "城北街道消防“345”工程"), ("heading", "主要举措"),
                                             ("heading", "取得成效")]


def test_paragraphs_led_by_a_two_phrase_heading_or_a_heading_and_a_colon_are_items():
    long = items("某镇扎实开展安全生产工作\n高度重视,切实加强安全生产组织领导工作。某镇成立领导小组,层层签订责任书,明确各村"
                 "安全生产责任。\n突出重点,扎实开展安全隐患排查整治工作。某镇组织人员对辖区企业、学校开展检查,发现隐患及时整改。\n"
                 "强化宣传,着力营造浓厚的安全生产氛围。某镇利用广播、微信群等开展宣传,提升群众安全意识。\n")
    assert [s for _, s, _ in long] == ["preamble", "heading", "heading", "heading"]
    colon = items("某镇扎实开展安全生产工作\n压实责任:某镇成立领导小组,层层签订责任书,明确各村安全生产第一责任人。\n"
                  "排查隐患:某镇组织人员对辖区企业、学校开展全覆盖检查,发现隐患及时整改。\n"
                  "强化宣传:某镇利用广播、微信群等开展宣传,提升群众安全意识。\n")
    assert [t for _, s, t in colon if s == "heading"] == ["压实责任", "排查隐患", "强化宣传"]
    # a news item's paragraphs opening with 会议指出,… (one phrase, then a long sentence) stay paragraphs
    news = items("某街道召开安全生产会议\n5月10日,某街道召开安全生产工作会议,传达学习上级会议精神。\n"
                 "会议指出,当前安全生产形势复杂严峻,必须时刻绷紧安全这根弦。\n会议强调,要压实安全责任,扎实开展隐患排查整治。\n"
                 "会议要求,要加强值班值守,确保辖区安全稳定。\n")
    assert "heading" not in [s for _, s, _ in news]
