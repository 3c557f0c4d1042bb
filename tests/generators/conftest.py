"""Shared fixtures: hand-written rule files (fixtures/), the sample profile, and one generated set of
outputs that several tests open."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest
import yaml

from safeplan.profiles import load_profile
from safeplan.rules.model import rule_file_from_dict

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
ROOT = HERE.parent.parent
PROFILE = ROOT / "profiles" / "chengdong.yaml"


def load_fixture(name: str):
    """The RuleFile of fixtures/NAME, objects of the caller's own (rule_file_from_dict copies what it reads)."""
    return rule_file_from_dict(_fixture_data(name), str(FIXTURES / name))


@functools.cache
def _fixture_data(name: str):
    """A fixture file's YAML, parsed once per process (47 loads of three files took ~0.5 s CPU)."""
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def national():
    return load_fixture("national-mini.yaml")


@pytest.fixture
def district():
    return load_fixture("district-mini.yaml")


@pytest.fixture
def law():
    return load_fixture("xiaofang-mini.yaml")


@pytest.fixture
def template():
    return load_fixture("template-mini.yaml")


@pytest.fixture
def profile():
    return load_profile(PROFILE)


@pytest.fixture
def bare_profile(profile):
    """The sample profile without its overrides, for rule files that lack the overridden metric."""
    return dataclasses.replace(profile, overrides=[])


@pytest.fixture
def write_profile(tmp_path):
    def write(text: str) -> Path:
        path = tmp_path / "profile.yaml"
        path.write_text(text, encoding="utf-8")
        return path
    return write


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """The sample street's plan and every list, in every format, from national + district + 消防法."""
    from safeplan.generators import generate_checklists, generate_plan

    out = tmp_path_factory.mktemp("out")
    rule_files = [load_fixture(n) for n in ("national-mini.yaml", "district-mini.yaml", "xiaofang-mini.yaml")]
    profile = load_profile(PROFILE)
    paths = generate_plan(rule_files, profile, ["md", "html", "docx"], out)
    paths += generate_checklists(rule_files, profile, ["tasks", "duties", "inspection"],
                                 ["md", "html", "docx", "xlsx"], out)
    return out, paths
