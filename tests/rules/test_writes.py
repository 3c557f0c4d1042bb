"""Writes: the mode a plain open would give (not mkstemp's 0600), whatever writes the file."""

import os
import stat
import subprocess
import sys

import pytest

from safeplan.fileio import atomic_write_text


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_0666_less_the_umask(tmp_path, umask_022):
    atomic_write_text(tmp_path / "a.yaml", "x: 1\n")
    assert mode(tmp_path / "a.yaml") == 0o644


def test_an_existing_file_keeps_its_mode(tmp_path, umask_022):
    path = tmp_path / "a.yaml"
    path.write_text("x: 1\n")
    path.chmod(0o664)
    atomic_write_text(path, "x: 2\n")
    assert mode(path) == 0o664


def test_extracted_rule_files_are_readable_by_the_team(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "plan.txt").write_text("一、主要任务\n1.开展隐患排查。\n", encoding="utf-8")
    result = subprocess.run(["sh", "-c", f"umask 022 && {sys.executable} -m safeplan extract --workspace {tmp_path}"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert mode(tmp_path / "rules" / "plan.yaml") == 0o644
