"""The development texts (tests/corpus/dev/, copied unchanged from ../shared/corpus/dev/): genre texts the
reader was not written around. Metadata expected here was read off each text (and dev/README.md);
None where the page does not say it (most copies stop after ~700 characters).
"""

from pathlib import Path

import pytest

from safeplan.corpus import read_documents

DEV = Path(__file__).resolve().parent / "dev"

# file prefix: (title, issuer, doc_number, date, level, genre, period)
EXPECTED = {
    "01": ("新寮镇安全生产委员会 2023 年工作要点", "徐闻县新寮镇人民政府", None, "2023-11-02", "street", "work_points",
           (2023, 2023)),
    "02": ("田市镇安全生产治本攻坚三年行动实施方案(2024—2026年)", "田市镇人民政府", None, "2024-03-29", "street", "plan",
           (2024, 2026)),
    "03": ("卢市镇关于做好2021年全国“两会”安全生产大检查的通知", "卢市镇", None, None, "street", "notice", (None, None)),
    "04": (None, None, None, None, "street", "notice", (None, None)),
    "07": (None, "大通区安全生产委员会办公室", "大安办﹝2020﹞27号", "2020-10-23", "district", "notice", (None, None)),
    "08": ("关于进一步规范信息报送工作的通知", "杨凌示范区安全生产委员会办公室", None, "2019-09-27", "district", "notice",
           (None, None)),
    "09": ("于都县应急责任落实全覆盖工作方案", "于都县人民政府办公室", "于府办发〔2022〕33号", "2022-04-26", "district",
           "plan", (None, None)),
    "10": ("2021年安康市安全生产专项整治三年行动工作任务清单", "安康市安全生产委员会办公室", "安市安委办发〔2021〕3号",
           "2021-01-18", "city", "checklist", (2021, 2021)),
    "11": (None, None, None, None, "city", "notice", (None, None)),
    "12": ("安徽省安全生产委员会2024年工作要点", "安徽省安全生产委员会", "皖安〔2024〕1号", "2024-01-30", "province",
           "work_points", (2024, 2024)),
}


def _doc(prefix):
    [path] = DEV.glob(f"{prefix}-*.txt")
    [doc] = read_documents(path)
    return doc


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_metadata(prefix):
    meta = _doc(prefix).meta
    title, issuer, number, date, level, genre, period = EXPECTED[prefix]
    assert (meta.title, meta.issuer, meta.doc_number, meta.date) == (title, issuer, number, date)
    assert (meta.level, meta.genre, (meta.period_start, meta.period_end)) == (level, genre, period)
    assert meta.template is False


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_offsets_and_lines(prefix):
    doc = _doc(prefix)
    raw_lines = doc.raw_text.split("\n")
    for it in doc.walk():
        assert doc.text[it.start:it.end] == it.text
        assert it.text[:4].replace(" ", "") in raw_lines[it.line - 1].replace(" ", "").replace("?", ""), it.id


def test_lushi_inspection_groups_keep_their_responsibility_lines():
    doc = _doc("03")
    groups = [i for i in doc.walk() if i.style == "cn-paren"]
    assert [(g.id, g.title, g.line) for g in groups] == [
        ("3.1", "第一检查督导组", 8), ("3.2", "第二检查督导组", 12), ("3.3", "第三检查督导组", 16),
        ("3.4", "第四检查督导组", 20), ("3.5", "第五检查督导组", 24)]
    assert groups[0].responsible_lines == ["责任领导:胡小波 杨 剑", "责任单位:政法(应急)办、派出所、市场监督管理所"]
    assert groups[4].responsible_lines == ["责任领导:董 维", "责任单位:农 办、供电所"]
    assert "???" not in doc.text and "检查范围:消防易爆物品、烟花爆竹批发零售点。" in groups[0].text


def test_tianshi_targets_by_year():
    doc = _doc("02")
    [goal] = [i for i in doc.walk() if i.id == "1.2.1"]
    assert goal.title == "总体目标" and "纳管率达95%以上" in goal.text


def test_anhui_database_chrome():
    doc = _doc("12")
    for chrome in ("当前位置", "扫描二维码", "放大字体", "浏览次数"):
        assert chrome not in doc.text
    assert [i.number for i in doc.items] == ["", "", "", "一、"]      # the header, the notice, the 要点's opening
