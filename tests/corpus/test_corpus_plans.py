"""The two plan seeds: 南浔区2021年应急管理工作要点 and the street-plan file with four parts (篇1…篇4).

Expected values read off the files (line numbers as an editor shows them).
"""

NANXUN = "plans/nanxun-2021-yjgl-gzyd.txt"
STREET = "plans/jiedao-zhiben-gongjian-fangan-muban.txt"

NANXUN_THEMES = [
    (26, "实施应急责任强化年,全面防范安全风险"),
    (32, "实施源头管控提效年,夯实本质安全根基"),
    (37, "实施监管服务提质年,社会参与共治共享"),
    (43, "实施应急保障提升年,强化应急能力建设"),
    (49, "实施数字赋能提速年,构建精密智控网"),
    (54, "实施党建引领提标年,锻造应急铁军队伍"),
]
NANXUN_TASK_LINES = [[28, 29, 30, 31], [34, 35, 36], [39, 40, 41, 42], [45, 46, 47, 48], [51, 52, 53], [56, 57, 58, 59]]


def test_nanxun_metadata(read):
    [doc] = read(NANXUN)
    meta = doc.meta
    assert doc.id == "nanxun-2021-yjgl-gzyd" and doc.part is None
    assert meta.title == "2021年南浔区应急管理工作要点"
    assert meta.issuer == "南浔区安全生产委员会"          # 落款 above 2021年3月11日
    assert meta.doc_number == "浔安委〔2021〕2号"
    assert meta.index_number == "113305250025653474/2021-00077"
    assert meta.date == "2021-03-11"
    assert (meta.level, meta.region, meta.genre) == ("district", "湖州市南浔区", "work_points")
    assert (meta.period_start, meta.period_end, meta.template) == (2021, 2021, False)
    assert meta.original_name == "seeds/001_0b7be04f941fc312.txt"


def test_nanxun_six_themes_and_22_tasks(read, item):
    [doc] = read(NANXUN)
    themes = item(doc, "3").children
    assert [(t.line, t.title) for t in themes] == NANXUN_THEMES
    assert [[task.line for task in t.children] for t in themes] == NANXUN_TASK_LINES
    assert sum(len(t.children) for t in themes) == 22
    first = item(doc, "3.1.1")
    assert (first.number, first.title, first.line) == ("1.", "健全应急管理组织机构", 28)
    assert first.path == ["三、主要任务", "(一)实施应急责任强化年,全面防范安全风险。"]


def test_nanxun_text_before_first_heading_is_item_0(read):
    # the header and addressees, the covering notice, the 要点's opening paragraph: one preamble item each
    [doc] = read(NANXUN)
    preamble = doc.items[0]
    assert (preamble.id, preamble.style, preamble.line) == ("0", "preamble", 2)   # line 1 is a breadcrumb
    assert [(i.id, i.style, i.line) for i in doc.items[1:3]] == [("0-2", "preamble", 15), ("0-3", "preamble", 19)]
    assert doc.items[2].text.endswith("南浔区应急管理工作重点做好以下工作:")
    assert [i.number for i in doc.items[3:]] == ["一、", "二、", "三、"]


def test_nanxun_metadata_table_given_twice_is_kept_once(read):
    [doc] = read(NANXUN)
    assert doc.text.count("113305250025653474/2021-00077") == 1
    assert "当前位置" not in doc.text


def test_street_file_has_four_parts(read):
    docs = read(STREET)
    assert [(d.id, d.part) for d in docs] == [(f"jiedao-zhiben-gongjian-fangan-muban-p{n}", n) for n in (1, 2, 3, 4)]
    assert {d.meta.title for d in docs} == {"街道安全生产治本攻坚三年行动实施方案"}
    assert all(d.meta.template and d.meta.level == "street" and d.meta.genre == "plan" for d in docs)
    assert [d.items[0].line for d in docs] == [1, 48, 80, 128]
    assert [[i.number for i in d.items[1:]] for d in docs] == [
        ["一、", "二、", "三、", "四、"],
        ["一、", "二、", "三、"],
        ["一、", "二、", "三、", "四、"],
        ["一、", "二、", "三、", "四、", "六、"],      # 篇4 skips 五、 as written
    ]


def test_street_part1_responsibility_lines(read, item):
    doc = read(STREET)[0]
    actions = item(doc, "3").children
    assert [a.number for a in actions] == [f"({n})" for n in "一二三四五六七八九"]
    # After 1、2、3 of (二), the 责任部门 line (line 18) is (二)'s, not task 3's.
    assert item(doc, "3.2").responsible_lines == ["责任部门:街道安办、街道负有安全生产管理责任的行业领域各部门、各村(居)。"]
    assert [t.responsible_lines for t in item(doc, "3.2").children] == [[], [], []]
    # (一) has no numbered tasks: its line follows its own text.
    assert item(doc, "3.1").responsible_lines == ["责任部门:街道安办、街道负有安全生产管理责任的行业领域各部门、各村(居)。"]
    assert all(len(a.responsible_lines) == 1 for a in actions)
    assert "责任部门" not in " ".join(i.text for i in doc.walk() if i.style != "preamble")


def test_street_spam_insertion_is_removed(read, item):
    doc = read(STREET)[0]
    assert item(doc, "3.3").title == "开展重大安全风险源头管控行动"
    assert "zuoWEnBA" not in doc.text
    assert "zuoWEnBA" in doc.raw_text


def test_street_part2_inline_subitems(read, item):
    doc = read(STREET)[1]
    targets = item(doc, "1.2.2")
    assert targets.text == "重点领域目标。"
    assert [(c.id, c.number, c.title) for c in targets.children] == [
        ("1.2.2.1", "(1)", "道路交通领域"), ("1.2.2.2", "(2)", "消防领域"), ("1.2.2.3", "(3)", "危化品领域"),
        ("1.2.2.4", "(4)", "建设施工领域"), ("1.2.2.5", "(5)", "工矿领域"), ("1.2.2.6", "(6)", "旅游领域"),
        ("1.2.2.7", "(7)", "城市运行领域"),
    ]
    assert all(c.line == 54 for c in targets.children)


def test_street_part2_tasks_numbered_through(read, item):
    doc = read(STREET)[1]
    assert [t.id for a in item(doc, "2").children for t in a.children] == [
        "2.1.1", "2.1.2", "2.1.3", "2.2.4", "2.2.5", "2.2.6", "2.3.7", "2.3.8", "2.4.9", "2.4.10", "2.4.11",
        "2.5.12", "2.5.13", "2.5.14", "2.5.15"]


def test_street_part_offsets_are_into_the_part_text(read):
    for doc in read(STREET):
        for it in doc.walk():
            assert doc.text[it.start:it.end] == it.text
            raw = doc.raw_text[doc.raw_offsets[it.start]:doc.raw_offsets[it.end]]
            assert raw.replace(" ", "") .startswith(it.text[:6].replace(" ", ""))
