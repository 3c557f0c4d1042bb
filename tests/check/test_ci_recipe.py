"""The CI recipe printed in README.md: the workflow validates against GitHub's workflow schema
(vendored by check-jsonschema) and the README shows exactly the files kept here."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from checkhelp import HERE, ROOT

WORKFLOW = HERE / "ci/safeplan-check.yml"
HOOK = HERE / "ci/pre-commit-config.yaml"
README = ROOT / "README.md"


def test_workflow_validates_against_the_github_workflow_schema():
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    if not Path(exe).exists():
        pytest.fail("check-jsonschema is not installed (it is in the test extra)")
    result = subprocess.run([exe, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("recipe", [WORKFLOW, HOOK], ids=["workflow", "pre-commit"])
def test_readme_shows_the_recipe_verbatim(recipe):
    assert recipe.read_text(encoding="utf-8") in README.read_text(encoding="utf-8")


def test_hook_is_a_local_system_hook_running_safeplan_check():
    import yaml

    [repo] = yaml.safe_load(HOOK.read_text(encoding="utf-8"))["repos"]
    [hook] = repo["hooks"]
    assert (repo["repo"], hook["language"], hook["entry"]) == ("local", "system", "safeplan check --rules rules")
