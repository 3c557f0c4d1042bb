"""The demo is the README's first command: run it end to end in an empty workspace (packaged defaults)."""

import shutil
from pathlib import Path

from click.testing import CliRunner

from safeplan.cli import cli


def test_demo_runs_the_whole_pipeline(tmp_path: Path, packaged_index):
    ws, out = tmp_path / "ws", tmp_path / "out"
    # The index the demo would build here is the run's packaged index (tests/conftest.py builds it with the
    # same build_index over the same packaged rules and checks its 21 documents): given a copy, the demo's
    # index step finds it current instead of spending ~3 s CPU building it again.
    shutil.copytree(packaged_index() / ".safeplan" / "index", ws / ".safeplan" / "index")

    result = CliRunner().invoke(cli, ["demo", "--workspace", str(ws), "-o", str(out)])

    assert result.exit_code == 0, result.output
    # every embedded document is extracted; the street-plan file gives four parts
    for doc_id in ("anwei-2024-2-zhiben-gongjian", "nanxun-2021-yjgl-gzyd", "anquan-shengchan-fa-2021",
                   "jiedao-zhiben-gongjian-fangan-muban-p1", "jiedao-zhiben-gongjian-fangan-muban-p4"):
        assert (out / "rules" / f"{doc_id}.yaml").is_file()
    # the index step ran on the workspace's own index (build_index's figures: the copy was current)
    assert f"  index {ws / '.safeplan' / 'index'}: 21 documents, " in result.output
    for name in ("实施方案.docx", "实施方案.md", "实施方案.html", "任务清单.xlsx", "责任清单.docx"):
        assert (out / "城东街道" / name).is_file(), name
    assert (out / "东湖社区" / "检查清单.xlsx").is_file()
    # the generated plan passes the check; the broken copy fails it on exactly what was broken
    generated, broken = result.output.split("broken-plan", 1)
    assert "0 error(s)" in generated
    assert "error later-deadline [anwei-2024-2-zhiben-gongjian:" in broken  # 1.2 and 3.4.7 both say 2024年底前
    assert "error lower-frequency [anwei-2024-2-zhiben-gongjian:3.3.4]" in broken
    assert "error placeholder" in broken
    assert "safeplan serve" in result.output
    # it ends with the street's 简报 and 作战图: their paths are the last lines
    title = "城东街道安全生产治本攻坚三年行动工作简报第1期"
    assert [line.strip() for line in result.output.strip().splitlines()[-5:]] == [
        str(out / "ledger" / "简报" / f"{title}.{fmt}") for fmt in ("docx", "html", "md")] + [
        str(out / "ledger" / f"作战图.{fmt}") for fmt in ("png", "pdf")]
