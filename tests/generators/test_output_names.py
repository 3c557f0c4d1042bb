"""Output folders (issue 20 #20): one folder per unit and never two units in one, names safe on every
file system, the count of files written is the count on disk, and a killed run's temporary file goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from safeplan.cli import cli
from safeplan.names import safe_name

ROOT = Path(__file__).resolve().parents[2]
NATIONAL = str(ROOT / "tests/generators/fixtures/national-mini.yaml")
PROFILE = (ROOT / "profiles/chengdong.yaml").read_text(encoding="utf-8")


def profile_with(tmp_path, old: str, new: str) -> Path:
    assert old in PROFILE
    path = tmp_path / "profile.yaml"
    path.write_text(PROFILE.replace(old, new, 1), encoding="utf-8")
    return path


def generate(kind: str, profile: Path, out: Path, *extra):
    args = ["generate", kind, "--rules", NATIONAL, "--profile", str(profile), "-o", str(out), "--format", "md", *extra]
    if kind == "checklist":
        args += ["--kind", "tasks"]
    return CliRunner().invoke(cli, args)


@pytest.mark.parametrize("name, safe", [
    ("CON", "CON_"), ("nul", "nul_"), ("Com1", "Com1_"), ("LPT9.社区", "LPT9_.社区"), ("CONSOLE", "CONSOLE"),
    ("东湖社区.", "东湖社区_"), ("东湖社区 .", "东湖社区__"), (".东湖", "_东湖"), ("A/B", "A_B"), ("A:B", "A_B"),
], ids=lambda v: repr(v))
def test_names_are_safe_on_windows_too(name, safe):
    assert safe_name(name) == safe


@pytest.mark.parametrize("second", ["东湖:社区", "东湖?社区", "东湖|社区"])
def test_two_communities_in_one_folder_are_refused_and_nothing_is_written(tmp_path, second):
    profile = profile_with(tmp_path, "{name: 新华社区,", f'{{name: "{second}",')
    profile.write_text(profile.read_text(encoding="utf-8").replace("{name: 东湖社区,", '{name: "东湖/社区",', 1),
                       encoding="utf-8")
    out = tmp_path / "out"
    result = generate("checklist", profile, out)
    assert result.exit_code == 2, result.output
    line = 1 + PROFILE[:PROFILE.index("{name: 新华社区,")].count("\n")
    assert result.stderr == (f"safeplan: error: {profile}:{line}: units '东湖/社区' (line {line - 1}) and "
                             f"{second!r} would both be written to the folder '东湖_社区': names must stay apart "
                             "once made safe for file names (/ \\ : * ? \" < > | become _); rename one\n")
    assert not out.exists()


def test_names_differing_only_in_case_are_refused(tmp_path):
    profile = profile_with(tmp_path, "{name: 新华社区,", "{name: Xinhua,")
    profile.write_text(profile.read_text(encoding="utf-8").replace("{name: 东湖社区,", "{name: XINHUA,", 1),
                       encoding="utf-8")
    result = generate("checklist", profile, tmp_path / "out")
    assert result.exit_code == 2 and "would both be written to the folder 'Xinhua'" in result.stderr


def test_a_device_name_gets_its_own_safe_folder_and_the_count_is_what_is_on_disk(tmp_path):
    profile = profile_with(tmp_path, "{name: 新华社区,", "{name: CON,")
    out = tmp_path / "out"
    result = generate("checklist", profile, out)
    assert result.exit_code == 0, result.output
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert on_disk == ["CON_/任务清单.md", "东湖社区/任务清单.md", "光明社区/任务清单.md", "城东街道/任务清单.md"]
    assert result.stderr == f"wrote {len(on_disk)} files\n"
    assert sorted(Path(line).relative_to(out).as_posix() for line in result.stdout.splitlines()) == on_disk


def test_a_temporary_file_left_by_a_killed_run_is_removed(tmp_path):
    out = tmp_path / "out"
    stray = out / "城东街道" / ".实施方案.md.k1ll3d.tmp"     # what safeplan.fileio leaves when killed mid-write
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"half a plan")
    mine = out / "城东街道" / ".我的笔记.tmp"                  # not ours: kept
    mine.write_bytes(b"notes")
    result = generate("plan", ROOT / "profiles/chengdong.yaml", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in stray.parent.iterdir()) == [".我的笔记.tmp", "实施方案.md"]


def test_a_nul_in_a_unit_name_is_a_file_and_line_not_an_internal_error(tmp_path):
    """issue 20 #19: "东湖\\0社区" (a YAML escape) reached the HTML parser: internal error, no file."""
    profile = profile_with(tmp_path, "{name: 东湖社区,", '{name: "东湖\\0社区",')
    result = generate("checklist", profile, tmp_path / "out")
    line = 1 + PROFILE[:PROFILE.index("{name: 东湖社区,")].count("\n")
    assert result.exit_code == 2
    assert result.stderr == (f"safeplan: error: {profile}:{line}: 'name' holds a control character (U+0000) in "
                             "'东湖\\x00社区': remove it\n")
