"""Items of texts numbered otherwise than 一、(一)1. (issue 19): 一要…, 一、 inside a paragraph, 第一阶段, and headings on
lines of their own (bold on the page). Texts written for these tests after the helper texts hb-…-x- (dev half)."""

from safeplan.corpus import read_text


def items(text):
    [doc] = read_text(text, "page.txt")
    return [(it.id, it.number, it.style, it.title) for it in doc.walk()]


def test_yi_yao_inside_a_paragraph_are_items():
    found = items("3月25日,青石镇召开安全生产工作部署会。\n会议要求,一要加大部署力度,各村要提前做好人员分工;"
                  "二要加大宣传力度,到村到户开展宣传;三要加大值守力度,坚持领导带班。\n")
    assert [(i, n) for i, n, _, _ in found] == [("0", ""), ("0.1", "一要"), ("0.2", "二要"), ("0.3", "三要")]
    assert found[1][3] == "加大部署力度,各村要提前做好人员分工"


def test_paragraphs_opening_with_yi_yao_are_items():
    found = items("街道召开安全生产约谈会。\n一要加强领导,时刻绷紧安全生产之弦。\n二要严格监管,开展城市运行安全大整治。\n"
                  "三要强化督查,严格落实安全生产责任。\n")
    assert [(i, n, s) for i, n, s, _ in found[1:]] == [("1", "一要", "inline"), ("2", "二要", "inline"),
                                                       ("3", "三要", "inline")]


def test_a_lone_yi_yao_is_text():
    assert [i for i, *_ in items("会议指出,一要认清形势。\n会议强调,要压实责任。\n")] == ["0"]


def test_requirements_numbered_yi_dun_inside_a_paragraph_are_items():
    found = items("5月6日,青石街道召开安全生产例会。\n会上,街道主任提出要求:一、压实责任。各社区要落实网格巡查。"
                  "二、突出重点。聚焦燃气和电动车。三、加强宣传。营造安全氛围。\n")
    assert [(i, n, s, t) for i, n, s, t in found[1:]] == [
        ("0.1", "一、", "cn-dun", "压实责任"), ("0.2", "二、", "cn-dun", "突出重点"), ("0.3", "三、", "cn-dun", "加强宣传")]


def test_a_yi_dun_after_a_word_is_no_item():
    assert [i for i, *_ in items("事故分为一、二、三级,按级别响应。\n")] == ["0"]


def test_stages_are_items():
    found = items("为做好汛期安全工作,制定本方案。\n第一阶段:动员部署(5月1日至5月10日)。各村成立工作专班。\n"
                  "第二阶段:排查整治(5月11日至6月30日)。全面排查隐患。\n第三阶段 总结验收(7月1日至7月10日)。形成总结。\n")
    assert [(i, n, t) for i, n, _, t in found[1:]] == [("1", "第一阶段", "动员部署(5月1日至5月10日)"),
                                                       ("2", "第二阶段", "排查整治(5月11日至6月30日)"),
                                                       ("3", "第三阶段", "总结验收(7月1日至7月10日)")]


WORK_POINTS = ("青石街道2024年安全生产工作要点\n为进一步做好街道安全生产工作,结合街道实际,制定本要点。\n"
               "压实安全责任\n街道安委会各成员单位要落实“三管三必须”,每季度至少研究一次安全生产工作。\n"
               "深化隐患排查\n各社区要对“九小场所”开展全覆盖排查,6月30日前完成整改销号。\n"
               "强化应急准备\n完善街道应急预案,汛期前组织一次综合演练,提升居民自救互救能力。\n")


def test_headings_on_lines_of_their_own_open_items_when_nothing_is_numbered():
    found = items(WORK_POINTS)
    assert [(i, t) for i, _, _, t in found] == [("0", "青石街道2024年安全生产工作要点"), ("1", "压实安全责任"),
                                                 ("2", "深化隐患排查"), ("3", "强化应急准备")]


def test_a_kicker_and_its_heading_open_one_item():
    text = WORK_POINTS.replace("深化隐患排查\n", "排查整治\n深化隐患排查\n")
    [doc] = read_text(text, "page.txt")
    assert [it.title for it in doc.items] == ["青石街道2024年安全生产工作要点", "压实安全责任", "排查整治", "强化应急准备"]
    assert doc.items[2].text.startswith("排查整治\n深化隐患排查\n各社区")


def test_no_headings_in_a_numbered_text_nor_a_repeated_caption():
    numbered = WORK_POINTS.replace("压实安全责任", "一、压实安全责任")
    assert [i for i, *_ in items(numbered)] == ["0", "1"]            # a numbered text keeps its own numbers
    caption = ("青石街道召开部署会议\n近日,青石街道召开了2019年安全生产部署会议,各社区参加。\n青石街道召开部署会议\n"
               "会上,街道对2019年安全生产工作进行了部署,要求压实责任。\n青石街道召开部署会议\n"
               "会议强调,要强化责任,狠抓落实,确保全年安全。\n")
    assert [s for _, _, s, _ in items(caption)] == ["preamble", "paragraph", "paragraph", "paragraph"]   # no heading


def test_yi_shi_yao_right_after_yaoqiu_are_items():
    found = items("8月9日,区安委办负责人一行赴广兴洲镇开展安全生产大检查。\n要求一是要深入企业开展大检查;"
                  "二是要落实重大隐患整改“五落实”;三是要将大检查纳入年度考核。\n")
    assert [(i, n) for i, n, _, _ in found] == [("0", ""), ("0.1", "一是"), ("0.2", "二是"), ("0.3", "三是")]


def test_stages_inside_a_paragraph_are_items():
    found = items("为做好汛期安全工作,特制定本方案。\n活动分三个阶段进行:第一阶段,动员部署,各村成立专班;"
                  "第二阶段,排查整治,全面排查隐患;第三阶段,总结验收,形成总结。\n")
    assert [(i, n, s) for i, n, s, _ in found[1:]] == [("0.1", "第一阶段", "stage"), ("0.2", "第二阶段", "stage"),
                                                       ("0.3", "第三阶段", "stage")]
    assert found[1][3] == "动员部署,各村成立专班"


def test_a_plan_run_together_on_one_line_keeps_its_sub_items():
    found = items("1、青石镇安全生产工作方案为认真贯彻落实上级部署,制定本方案。一、总体要求(一)指导思想。坚持安全第一。"
                  "(二)工作目标。杜绝较大事故。(三)基本原则。属地管理。\n")
    assert [(i, n) for i, n, _, _ in found] == [("1", "1、"), ("1.1", "(一)"), ("1.2", "(二)"), ("1.3", "(三)")]


def test_a_heading_whose_dun_became_a_blank_is_an_item():
    found = items("青石街道安全生产工作要点\n为做好全年安全生产工作,制定本要点。\n一 压实安全责任\n各成员单位要落实三管三必须。\n"
                  "二 深化隐患排查\n各社区要开展全覆盖排查。\n")
    assert [(i, n, t) for i, n, _, t in found[1:]] == [("1", "一", "压实安全责任"), ("2", "二", "深化隐患排查")]
    assert [i for i, *_ in items("会议指出:\n一 是要认真落实\n")] == ["0"]


def test_the_items_of_an_article_run_together_on_its_line_are_its_xiang():
    found = items("第一章 总则\n第四十七条 单位应当制定灭火和应急疏散预案。预案应当包括下列内容： （一）确定人员分工； "
                  "（二）报警和接警处置措施； （三）扑救初起火灾和应急疏散措施。\n第四十八条 本条例自公布之日起施行。\n")
    assert [(i, n, s) for i, n, s, _ in found if n.startswith("（")] == [
        ("47.1.1", "（一）", "item"), ("47.1.2", "（二）", "item"), ("47.1.3", "（三）", "item")]


def test_stages_inside_an_article_are_its_clauses():
    found = items("第一章 总则\n第三十条 技术复杂的项目可以分两阶段进行招标。\n第一阶段，投标人提交技术建议。\n"
                  "第二阶段，招标人向投标人提供招标文件。\n第三十一条 招标人终止招标的，应当及时发布公告。\n")
    assert [(i, n, s) for i, n, s, _ in found if i.startswith("30")] == [
        ("30", "第三十条", "article"), ("30.2", "第二款", "clause"), ("30.3", "第三款", "clause")]


def test_paragraphs_opening_with_首先_其次_再次_最后_are_items():
    # the shape of the x41+ dev text s43 (a community plan told in prose), words changed
    found = items("为了加强社区的安全管理,社区决定制定并实施2025年的消防安全工作计划。\n"
                  "首先,我们将强化消防意识教育。通过组织讲座,提高居民的防范意识。\n"
                  "其次,加强消防设施的检查与维护。定期对楼道消防栓进行检查。\n"
                  "再次,完善应急预案。定期组织演练。\n最后,加大宣传力度。举办安全主题活动。\n"
                  "总之,这项计划需要全体居民共同努力。\n")
    assert [(i, n, s) for i, n, s, _ in found[1:]] == [("1", "首先", "inline"), ("2", "其次", "inline"),
                                                       ("3", "再次", "inline"), ("4", "最后", "inline")]
    assert found[1][3] == "我们将强化消防意识教育"


def test_第一_第二_第三_paragraphs_are_items_and_a_lone_其次_is_text():
    found = items("会议提出三点要求。\n第一,压实责任。各村要签订责任书。\n第二,排查隐患。建立台账。\n第三,强化值守。\n")
    assert [n for _, n, _, _ in found[1:]] == ["第一", "第二", "第三"]
    assert [i for i, *_ in items("首先,要提高认识。\n其次,要落实责任。\n")] == ["0"]      # a run of two: prose


def test_a_number_before_stray_markup_is_no_item():
    found = items('<legend id="h4"></legend>\n1. <blockquote id="h4"><rt id="h4"></rt></blockquote>\n'
                  '2. <meter id="h4"></meter>\n市安委会部署岁末年初安全工作\n\n12月2日,省安委会召开视频会议。会后我市立即召开续会。\n')
    assert [s for _, _, s, _ in found] == ["preamble"]


def test_the_first_of_a_run_may_follow_a_word_when_the_rest_follow_punctuation():
    # dev texts n52 (各部门一要…) and s48 (开展情况1、…。2、…), words changed
    found = items("3月4日,管委会召开安全生产工作会议。\n会议强调,各部门一要提高政治站位,确保排查到边。二要突出重点,开展联合执法。"
                  "三要压实责任,加强督导检查。\n")
    assert [n for _, n, _, _ in found[1:]] == ["一要", "二要", "三要"]
    found = items("现将近期工作情况汇报如下:一、工作开展情况1、假期安全工作。发现隐患10条。2、道路运输领域。开展巡查。"
                  "3、建筑施工领域。落实监督。\n")
    assert [n for _, n, _, _ in found if n[:1].isdigit()] == ["1、", "2、", "3、"]
    assert [i for i, *_ in items("统一要求各村做好值守。\n")] == ["0"]


def test_numbers_as_web_copies_and_converters_write_them_open_items():
    # 〔一〕 for (一) (dev text s46's converter), blanks inside ( 一 ) and before 、, 1) and ⑴ for (1)
    found = items("〔一〕加强领导,落实责任。\n〔二〕认真组织,周密部署。\n")
    assert [(n, s) for _, n, s, _ in found] == [("〔一〕", "cn-paren"), ("〔二〕", "cn-paren")]
    found = items("一 、总体要求\n( 一 )指导思想。坚持安全第一。\n( 二 )工作目标。杜绝较大事故。\n二 、主要任务\n")
    assert [i for i, *_ in found] == ["1", "1.1", "1.2", "2"]
    found = items("工作措施:\n1)加强宣传。组织讲座。\n2)排查隐患。建立台账。\n")
    assert [n for _, n, _, _ in found[1:]] == ["1)", "2)"]
    assert [n for _, n, _, _ in items("⑴加强宣传。\n⑵排查隐患。\n")] == ["⑴", "⑵"]


def test_paragraphs_led_by_a_short_sentence_of_their_own_are_items():
    # shape of hb-n73-x (dev): headings run in as a first sentence, nothing numbered
    found = items("守牢安全底线,绷紧“弦”。督促企业切实把安全生产工作落实到位,时刻绷紧安全这根弦。\n"
                  "压实安全责任,对好“座”。严格落实镇党政领导和部门监管责任制,严格细分工作。\n"
                  "强化领域监管,找准“点”。突出抓好交通运输、企业生产、建筑施工的安全工作。\n(河口镇李明)\n")
    assert [(i, t) for i, _, _, t in found] == [("1", "守牢安全底线,绷紧“弦”"), ("2", "压实安全责任,对好“座”"),
                                                 ("3", "强化领域监管,找准“点”")]


def test_two_paragraphs_led_by_a_short_sentence_are_no_headings():
    assert [(i, s, t) for i, _, s, t in items("会议强调要压实责任。各村要落实网格巡查制度,做到不漏一户。\n"
                                              "会议要求加强宣传。各单位要利用广播和微信群开展宣传。\n")] == [
        ("1", "paragraph", "会议强调要压实责任"), ("2", "paragraph", "会议要求加强宣传")]      # (paragraphs, see below)


def test_a_number_whose_dun_the_copy_lost_still_opens_its_item():
    # shape of hb-n72-x (dev): 一、…二、…三加强…四、 run together in one paragraph
    found = items("河西乡在县安全生产会议后积极采取措施。一、成立领导组。制定乡安全生产监管制度。二、排查安全隐患。"
                  "成立四个排查小组。三加强宣传教育。在全乡发放宣传单;悬挂宣传条幅 四、深化纪律监管。乡纪委要以安全生产为抓手。\n")
    assert [(i, n) for i, n, _, _ in found] == [("0", ""), ("0.1", "一、"), ("0.2", "二、"), ("0.3", "三"),
                                                ("0.4", "四、")]
    assert found[3][3] == "加强宣传教育"


def test_a_yi_shi_after_a_colon_opens_a_run_its_er_shi_paragraph_continues():
    # shape of hb-n89-y (dev): …强调:一是… / 二是… / 三要… (是 and 要 mixed)
    found = items("8月3日上午,副区长带队督导重大火灾隐患单位。\n就做好下步工作,副区长强调:一是属地政府要落实属地责任。\n"
                  "二是各部门要履行监管责任,加强业务指导。\n三要加强宣传引导,提示群众注意用火用电安全。\n")
    assert [(i, n) for i, n, _, _ in found] == [("0", ""), ("1", "一是"), ("2", "二是"), ("3", "三要")]


# a news piece or an account with neither numbers nor headings: each paragraph is an item, so the units and
# deadlines of one paragraph are not another's (the shape of hb-n71-y, hb-n41-x, hb-n83-y: dev)
NEWS = ("宁县督查安全生产工作\n"
        "发布时间:2024-04-09 来源:县应急局\n"
        "4月8日,县委常委张茂龙带领县应急局、县消防大队负责人,督查全县安全生产工作。\n"
        "张茂龙要求,各乡镇、各部门要清醒认识当前安全生产形势,始终绷紧安全生产这根弦。\n"
        "现场图片\n"
        "张茂龙强调,县消防大队要强化应急值守,4月底前完成重点林区巡查。\n"
        "责任编辑:李明\n")


def test_each_paragraph_of_an_unnumbered_text_is_an_item():
    [doc] = read_text(NEWS, "news.txt")
    found = [(it.id, it.style, it.text) for it in doc.walk()]
    assert [(i, s) for i, s, _ in found] == [("0", "preamble"), ("1", "paragraph"), ("2", "paragraph"),
                                             ("3", "paragraph")]
    assert found[0][2] == "宁县督查安全生产工作\n发布时间:2024-04-09 来源:县应急局"      # headline and chrome
    assert found[2][2].startswith("张茂龙要求,各乡镇") and found[2][2].endswith("\n现场图片")   # a caption goes with it
    assert found[3][2].startswith("张茂龙强调,县消防大队要")


def test_an_unnumbered_text_of_one_paragraph_is_its_preamble():
    [doc] = read_text("宁县督查安全生产工作\n张茂龙要求,各乡镇、各部门要清醒认识当前安全生产形势。\n", "news.txt")
    assert [(it.id, it.style) for it in doc.walk()] == [("0", "preamble")]


# web copies that lost their line breaks: a plan's 一、 二、 and the 1. 2. under them run together in one paragraph
# (the shapes of hb-s74-y and hb-u92-y: dev)
FLAT = ("镇安全生产工作责任制\n"
        "本文介绍镇安全生产工作责任制。 一、领导责任 镇政府应该成立安全生产工作领导小组,负责统筹协调全镇的安全生产工作。"
        " 二、部门责任 各有关部门要根据安全生产工作的需要,制定相应的责任制。 1.公安部门要加强对辖区内重点场所的安全管理,"
        "定期开展巡查。 2.消防部门要加强对建筑物、场所的消防安全管理。 3.卫生部门要加强对食品、药品等领域的安全监管。\n")


def test_numbers_under_a_heading_run_together_in_a_paragraph_are_its_items():
    assert [(i, n, s, t) for i, n, s, t in items(FLAT)[1:]] == [
        ("0.1", "一、", "cn-dun", "领导责任 镇政府应该成立安全生产工作领导小组,负责统筹协调全镇的安全生产工作"),
        ("0.2", "二、", "cn-dun", "部门责任 各有关部门要根据安全生产工作的需要,制定相应的责任制"),
        ("0.2.1", "1.", "arabic-dot", "公安部门要加强对辖区内重点场所的安全管理,定期开展巡查"),
        ("0.2.2", "2.", "arabic-dot", "消防部门要加强对建筑物、场所的消防安全管理"),
        ("0.2.3", "3.", "arabic-dot", "卫生部门要加强对食品、药品等领域的安全监管")]


def test_a_flattened_plan_line_is_cut_before_each_of_its_headings():
    body = ("落实政府领导责任。各地政府要将消防工作纳入本地经济和社会发展计划,并制定实施消防发展规划,保障消防工作与经济"
            "社会发展相适应;建立政府分管领导牵头、有关部门领导参加的消防安全委员会,定期研究解决消防工作重大问题。")
    line = ("一、工作目标 以落实政府部门消防工作四项责任为着力点,构建全市社会消防安全防火墙工程,力争通过三年努力,使消防"
            "工作社会化水平明显提升。二、工作任务 (一)落实政府部门消防工作四项责任1 " + body
            + "2 落实部门监管责任。各有关部门要认真履行消防工作职责,严格依法监管。3 落实设施建设责任。各地政府要加强"
            "公共消防设施建设。\n")
    found = items(line)
    assert [(i, n) for i, n, _, _ in found] == [("1", "一、"), ("2", "二、"), ("2.1", "1"), ("2.2", "2"), ("2.3", "3")]
    assert [t for *_, t in found[2:]] == ["落实政府领导责任", "落实部门监管责任", "落实设施建设责任"]


def test_numbers_in_a_paragraph_that_count_things_are_no_items():
    assert [i for i, *_ in items("检查发现隐患 2.5米以下未设护栏。 3 家企业被约谈,1 家停产整顿,共 2 处。\n")] == ["0"]
    assert [i for i, *_ in items("一、工作目标。全年检查辖区企业1 次以上,重点企业每季度检查。 二、工作措施。"
                                 "每月 2 次巡查。\n")] == ["1", "2"]


def test_stages_run_together_on_one_line_are_items_in_either_script():
    # the shape of hb-n61-y (dev): a Traditional copy whose 第一階段…第三階段 run together on one line
    line = ("第一階段單位自查。三月底前由各鄉鎮、有關單位對轄區開展隱患自查。第二階段組織評議。四月上旬區安辦調度匯總,"
            "組織評議。第三階段掛牌督辦。五月底前完成重大隱患掛牌督辦。\n")
    assert [(i, n, s) for i, n, s, _ in items("淄川區開展重大隱患排查治理\n" + line)[1:]] == [
        ("1", "第一階段", "stage"), ("2", "第二階段", "stage"), ("3", "第三階段", "stage")]
    simplified = ("第一阶段动员部署。3月底前各村制定方案,明确责任。第二阶段排查整治。4月底前完成全面排查,建立台账。"
                  "第三阶段总结提升。\n")
    assert [(i, t) for i, _, _, t in items(simplified)] == [("1", "动员部署"), ("2", "排查整治"), ("3", "总结提升")]


def test_the_xiang_of_an_article_run_together_on_one_line_are_its_items():
    # the shape of 汕头经济特区消防条例 第九条 (bench tarball): its (一)…(六) on one line, after its first 项
    [doc] = read_text("第九条 市、区(县)人民政府应当履行下列消防安全职责:\n"
                      "(一)贯彻、执行消防法律、法规,建立、完善本行政区域内的消防安全责任制; (二)将消防工作列入重要议事日程,"
                      "研究部署消防工作; (三)建立健全部门之间信息沟通和联合执法机制。\n", "law.md")
    found = [(it.id, it.style, it.text) for it in doc.walk()][1:]
    assert found == [("9.1.1", "item", "贯彻、执行消防法律、法规,建立、完善本行政区域内的消防安全责任制;"),
                     ("9.1.2", "item", "将消防工作列入重要议事日程,研究部署消防工作;"),
                     ("9.1.3", "item", "建立健全部门之间信息沟通和联合执法机制。")]
