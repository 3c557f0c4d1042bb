from pathlib import Path

from click.testing import CliRunner

from safeplan.cli import cli


def test_init_writes_the_default_workspace_and_never_overwrites(tmp_path: Path):
    ws = tmp_path / "ws"
    (ws / "corpus" / "national").mkdir(parents=True)
    mine = ws / "corpus" / "national" / "anwei-2024-2-zhiben-gongjian.md"
    mine.write_text("我改过的版本\n", encoding="utf-8")

    result = CliRunner().invoke(cli, ["init", str(ws)])

    assert result.exit_code == 0, result.output
    assert "kept 1 existing files" in result.output
    assert mine.read_text(encoding="utf-8") == "我改过的版本\n"
    assert (ws / "corpus" / "laws" / "anquan-shengchan-fa-2021.md").is_file()
    assert (ws / "corpus" / "manifest.yaml").is_file()
    assert not list(ws.rglob(".gitkeep"))


def test_init_writes_the_inspection_item_library_and_the_workspace_copy_is_the_one_used(tmp_path: Path):
    from safeplan.inspection import load_library
    from safeplan.workspace import Workspace

    ws = tmp_path / "ws"
    result = CliRunner().invoke(cli, ["init", str(ws)])
    assert result.exit_code == 0, result.output
    for name in ("schema.json", "sources.yaml", "places.yaml", "xiaofang.yaml", "jiuxiao.yaml"):
        assert (ws / "checks" / name).is_file(), name
    path = ws / "checks" / "xiaofang.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("营业或工作期间安全出口是否上锁、遮挡？", "安全出口是否上锁？"),
                    encoding="utf-8")
    assert load_library(Workspace.at(ws)).by_id("xf-chukou").question == "安全出口是否上锁？"
