"""bench/bench_agreement.py: a second reading is scored against the first exactly as the extractor is."""

import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("bench_agreement", ROOT / "bench" / "bench_agreement.py")
bench_agreement = importlib.util.module_from_spec(_spec)
sys.modules["bench_agreement"] = bench_agreement
_spec.loader.exec_module(bench_agreement)

TEXT = "hb-n41-y-xinhualu-jiedao-anquan-huiyi"
FIRST = {   # this text's entry in gold.yaml, as written there
    "id": TEXT, "source": "http://gy.jiceng.zhengzhou.gov.cn/022003005/9100275.jhtml", "category": "news",
    "split": "dev",
    "metadata": {"title": None, "issuer": None, "date": None, "doc_number": None, "level": "street", "genre": "news"},
    "min_items": 5, "deadlines": [], "targets": [],
    "frequencies": [
        {"period": "month", "min_count": 1, "text": "督促指导街道各部门每月对分管行业领域安全生产排查整治"},
        {"period": "month", "min_count": 1, "text": "每月一主题开展排查检查"},
    ],
    "responsible": [{"text": "安监办结合不同时间节点风险类型", "lead": ["街道各部门", "安监办"], "support": []}],
}


def write(tmp_path: Path, name: str, entry: dict) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"documents": [entry]}, allow_unicode=True), encoding="utf-8")
    return path


def both_readings(tmp_path: Path, second: dict):
    (tmp_path / "texts").mkdir()
    source = ROOT / "tests/corpus/heldback/texts" / f"{TEXT}.txt"
    (tmp_path / "texts" / source.name).write_bytes(source.read_bytes())
    readers, extractor = bench_agreement.run(write(tmp_path, "gold.yaml", FIRST), [write(tmp_path, "second.yaml", second)])
    return readers[0], extractor[0]


def figures(score) -> dict:
    return {cls: (t.tp, t.fp, t.fn) for cls, t in score.tallies.items()}


def test_a_reading_the_same_as_the_first_agrees_on_every_value(tmp_path):
    read, _ = both_readings(tmp_path, FIRST)
    assert figures(read) == {"metadata": (2, 0, 0), "deadlines": (0, 0, 0), "frequencies": (2, 0, 0),
                             "targets": (0, 0, 0), "responsible": (2, 0, 0), "structure": (1, 0, 0)}


def test_each_value_the_readers_differ_on_counts_once(tmp_path):
    second = {**FIRST, "metadata": {**FIRST["metadata"], "level": "district"}, "min_items": 3,
              "responsible": [{"text": "安监办结合不同时间节点", "lead": ["安监办"], "support": []}]}
    read, _ = both_readings(tmp_path, second)
    assert figures(read) == {"metadata": (1, 1, 1), "deadlines": (0, 0, 0), "frequencies": (2, 0, 0),
                             "targets": (0, 0, 0), "responsible": (1, 0, 1), "structure": (0, 0, 1)}
    assert f"{TEXT}: responsible missed: lead '街道各部门' at '安监办结合不同时间节点风险类型'" in read.misses


def test_the_extractor_is_scored_on_the_same_texts_in_the_same_run(tmp_path):
    _, extractor = both_readings(tmp_path, FIRST)
    assert extractor.doc_id == TEXT and sum(t.tp + t.fn for t in extractor.tallies.values()) == 7


def test_a_value_whose_anchor_no_rule_holds_goes_on_its_source_line():
    source = "一、总体要求\n二、街道安监办每季度组织一次联合检查。\n"
    entry = {"metadata": {}, "frequencies": [{"period": "quarter", "min_count": 1, "text": "每季度组织一次联合检查"}]}
    _, rules = bench_agreement.as_extraction(entry, [], source)
    assert [(r.text, [f.period for f in r.frequencies]) for r in rules] == [("二、街道安监办每季度组织一次联合检查。", ["quarter"])]


def test_structure_is_compared_only_where_both_readers_counted_items(tmp_path):
    second = {key: value for key, value in FIRST.items() if key != "min_items"}
    read, _ = both_readings(tmp_path, second)
    assert figures(read)["structure"] == (0, 0, 0) and not read.misses


def test_misses_of_held_texts_are_counted_not_listed_unless_asked(tmp_path, capsys):
    held = {**FIRST, "split": "held"}
    second = {**held, "metadata": {**FIRST["metadata"], "level": "district"}}
    (tmp_path / "texts").mkdir()
    source = ROOT / "tests/corpus/heldback/texts" / f"{TEXT}.txt"
    (tmp_path / "texts" / source.name).write_bytes(source.read_bytes())
    args = ["--gold", str(write(tmp_path, "gold.yaml", held)), "--second", str(write(tmp_path, "second.yaml", second)),
            "--misses"]
    bench_agreement.main(args)
    out = capsys.readouterr().out
    assert "district" not in out and "(2 differences on held and probe texts not listed: --held-misses lists them)" in out
    bench_agreement.main([*args, "--held-misses"])
    assert f"{TEXT}: metadata extra: level 'district'" in capsys.readouterr().out


def test_a_probe_batch_gets_its_own_rows_and_its_misses_are_not_listed(tmp_path, capsys):
    probe = {**FIRST, "split": "probe"}
    second = {**probe, "metadata": {**FIRST["metadata"], "level": "district"}}
    (tmp_path / "texts").mkdir()
    source = ROOT / "tests/corpus/heldback/texts" / f"{TEXT}.txt"
    (tmp_path / "texts" / source.name).write_bytes(source.read_bytes())
    bench_agreement.main(["--gold", str(write(tmp_path, "gold.yaml", probe)),
                          "--second", str(write(tmp_path, "second.yaml", second)), "--misses"])
    out = capsys.readouterr().out
    assert "read       probe   level           0    1    1  0.000  0.000  0.000" in out
    assert "district" not in out and "(2 differences on held and probe texts not listed: --held-misses lists them)" in out
