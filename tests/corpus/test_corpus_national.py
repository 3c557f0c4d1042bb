"""国务院安委会《安全生产治本攻坚三年行动方案(2024—2026年)》 (corpus/national/anwei-2024-2-zhiben-gongjian.md).

Expected values read off the file: 三、主要任务 has eight 行动 (一)…(八) on lines 48…100 and twenty tasks
numbered 1.…20. straight through them.
"""

from safeplan.corpus.structure import heading

NATIONAL = "national/anwei-2024-2-zhiben-gongjian.md"

ACTIONS = [
    (48, "(一)", "开展生产经营单位主要负责人安全教育培训行动"),
    (52, "(二)", "开展重大事故隐患判定标准体系提升行动"),
    (56, "(三)", "开展重大事故隐患动态清零行动"),
    (68, "(四)", "开展安全科技支撑和工程治理行动"),
    (76, "(五)", "开展生产经营单位从业人员安全素质能力提升行动"),
    (84, "(六)", "开展生产经营单位安全管理体系建设行动"),
    (90, "(七)", "开展安全生产精准执法和帮扶行动"),
    (100, "(八)", "开展全民安全素质提升行动"),
]
# (action, task number, line)
TASKS = [(1, 1, 50), (2, 2, 54), (3, 3, 58), (3, 4, 60), (3, 5, 64), (3, 6, 66), (4, 7, 70), (4, 8, 72), (4, 9, 74),
         (5, 10, 78), (5, 11, 80), (5, 12, 82), (6, 13, 86), (6, 14, 88), (7, 15, 92), (7, 16, 94), (7, 17, 96),
         (7, 18, 98), (8, 19, 102), (8, 20, 104)]


def test_metadata(read):
    [doc] = read(NATIONAL)
    meta = doc.meta
    assert doc.id == "anwei-2024-2-zhiben-gongjian"
    assert meta.title == "安全生产治本攻坚三年行动方案（2024-2026）"   # as the covering notice names it
    assert meta.issuer == "国务院安全生产委员会"
    assert meta.doc_number == "安委会[2024]2号"      # this copy's typo for 安委〔2024〕2号, kept as written
    assert meta.date == "2024-01-21"
    assert (meta.level, meta.genre) == ("national", "plan")
    assert (meta.period_start, meta.period_end) == (2024, 2026)
    assert meta.template is False
    assert meta.original_name == "national/anwei-2024-2-zhiben-gongjian-sannian-xingdong.md"


def test_top_level_sections(read):
    [doc] = read(NATIONAL)
    assert [(i.id, i.number, i.title, i.line) for i in doc.items] == [
        ("0", "", "国务院安全生产委员会文件", 11),
        ("0-2", "", "《安全生产治本攻坚三年行动方案(2024-2026年)》已经国务院领导同志同意,现印发给你们，请结合实际认真贯彻落实", 25),
        ("0-3", "", "为认真贯彻落实习近平总书记关于安全生产系列重要指示精神,进一步夯实安全生产工作基础，从根本上消除事故隐患，有效防范遏制重"
                    "特大生产安全事故，制定安全生产治本攻坚三", 34),
        ("1", "一、", "总体要求", 36),
        ("2", "二、", "任务分工", 42),
        ("3", "三、", "主要任务", 46),
        ("4", "四、", "保障措施", 106),
    ]


def test_eight_actions(read, item):
    [doc] = read(NATIONAL)
    tasks_section = item(doc, "3")
    assert [(a.line, a.number, a.title) for a in tasks_section.children] == ACTIONS
    assert [a.id for a in tasks_section.children] == [f"3.{k}" for k in range(1, 9)]


def test_twenty_tasks_keep_their_written_numbers(read, item):
    [doc] = read(NATIONAL)
    found = [(i.id, i.line) for a in item(doc, "3").children for i in a.children]
    assert found == [(f"3.{a}.{n}", line) for a, n, line in TASKS]
    assert all(i.style == "arabic-dot" and i.number == f"{n}." for (a, n, _), i in
               zip(TASKS, (i for a in item(doc, "3").children for i in a.children), strict=False))


def test_task_text_and_path(read, item):
    [doc] = read(NATIONAL)
    task = item(doc, "3.3.4")
    assert task.text.startswith("健全完善生产经营单位重大事故隐患自查自改常态化机制")
    assert "每季度带队对本单位重大事故隐患排查整治情况至少开展1次检查(高危行业领域每月至少1次)" in task.text
    assert task.path == ["三、主要任务", "(三)开展重大事故隐患动态清零行动。"]
    assert heading(item(doc, "3.3")) == "(三)开展重大事故隐患动态清零行动。"
    assert doc.text[task.start:task.end] == task.text


def test_inline_html_and_entities_are_gone(read):
    [doc] = read(NATIONAL)
    assert "&emsp;" not in doc.text and "<p" not in doc.text and "<div" not in doc.text and "lang:" not in doc.text
    assert "国务院安全生产委员会文件" in doc.text and "安委会[2024]2号" in doc.text


def test_raw_offsets_point_into_the_markdown(read, item):
    [doc] = read(NATIONAL)
    task = item(doc, "3.1.1")
    raw_start = doc.raw_offsets[task.start]
    assert doc.raw_text[raw_start:raw_start + 10] == task.text[:10]
    assert doc.raw_text[:raw_start].count("\n") + 1 == task.line == 50
