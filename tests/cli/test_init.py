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
