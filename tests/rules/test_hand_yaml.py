"""Hand-edited YAML, through the commands a person runs: a typo in a key, an alias bomb, an impossible
date, a 5,000-digit number, two rules with one id — each is one line naming the file and line, exit 2,
never an internal error and never a run that grows without limit."""

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import safeplan as run

from safeplan.errors import SafeplanError
from safeplan.yamlfiles import load_yaml_text

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "anwei-2024-2-zhiben-gongjian.yaml"
PLAN = "一、主要任务\n（一）开展安全生产治本攻坚三年行动。\n"
# 9 levels of 9 aliases: 9**9 (387 million) strings once expanded, 500 bytes as written
BOMB = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else ', '.join(['x'] * 9)}]\n" for i in range(10))


def run_limited(*args):
    """`safeplan …` in a process of its own, its memory capped: an alias expansion would hit the cap rather
    than the machine."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run([sys.executable, "-m", "safeplan", *args], capture_output=True, text=True,
                          encoding="utf-8", preexec_fn=limit, timeout=120)


def one_line_error(result, where: str, words: str):
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    assert "internal error" not in result.stderr
    assert f"{where}" in result.stderr and words in result.stderr, result.stderr


@pytest.fixture
def ws(tmp_path):
    shutil.copy(ROOT / "profiles" / "chengdong.yaml", tmp_path / "profile.yaml")
    (tmp_path / "rules").mkdir()
    shutil.copy(RULES, tmp_path / "rules")
    (tmp_path / "plan.md").write_text(PLAN, encoding="utf-8")
    return tmp_path


def test_the_bomb_is_small():
    assert len(BOMB.encode()) < 600


@pytest.mark.parametrize("typo, line, nearest", [("communities:", "comunities:", "communities"),
                                                 ("sectors: [建设施工", "sectros: [建设施工", "sectors"),
                                                 ("  office:", "  offfice:", "office")])
def test_a_typo_in_a_profile_key_names_file_line_and_the_nearest_key(ws, typo, line, nearest):
    path = ws / "profile.yaml"
    text = path.read_text(encoding="utf-8")
    assert typo in text
    path.write_text(text.replace(typo, line, 1), encoding="utf-8")
    number = text[: text.index(typo)].count("\n") + 1
    result = run("generate", "plan", "--rules", str(ws / "rules"), "--profile", str(path), "-o", str(ws / "out"))
    one_line_error(result, f"{path}:{number}:", f"did you mean {nearest!r}?")
    assert not (ws / "out").exists()


def test_an_alias_bomb_in_a_rule_file_is_refused_by_validate_check_and_generate(ws):
    bomb = ws / "rules" / "bomb.yaml"
    bomb.write_text("schema: safeplan.rules/v1\n" + BOMB, encoding="utf-8")
    for args in (("rules", "validate", str(bomb)),
                 ("check", str(ws / "plan.md"), "--rules", str(bomb)),
                 ("generate", "plan", "--rules", str(ws / "rules"), "--profile", str(ws / "profile.yaml"),
                  "-o", str(ws / "out"))):
        one_line_error(run_limited(*args), f"{bomb}:3:", "aliases")


def test_an_alias_bomb_in_a_profile_or_the_sector_vocabulary_is_refused(ws):
    profile = ws / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + BOMB.replace("l", "x_l"), encoding="utf-8")
    one_line_error(run_limited("generate", "plan", "--rules", str(ws / "rules"), "--profile", str(profile)),
                   f"{profile}:", "aliases")


@pytest.mark.parametrize("date", ["2021-02-30", '"2021-02-30"'])
def test_an_impossible_date_in_a_rule_file(ws, date):
    path = ws / "rules" / RULES.name
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('  date: "2024-01-21"\n', f"  date: {date}\n", 1), encoding="utf-8")
    assert path.read_text(encoding="utf-8") != text
    number = text[: text.index('  date: "2024-01-21"')].count("\n") + 1
    for args in (("rules", "validate", str(path)), ("check", str(ws / "plan.md"), "--rules", str(path))):
        result = run(*args)
        assert result.returncode in (1, 2) if args[0] == "rules" else result.returncode == 2
        out = result.stdout + result.stderr
        assert f"{path}:{number}:" in out and "2021-02-30" in out and "internal error" not in out, out


@pytest.mark.parametrize("date", ["2021-02-30", '"2021-02-30"'])
def test_an_impossible_date_in_a_profile(ws, date):
    path = ws / "profile.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('date: "2024-03-15"', f"date: {date}", 1), encoding="utf-8")
    number = text[: text.index('date: "2024-03-15"')].count("\n") + 1
    result = run("generate", "plan", "--rules", str(ws / "rules"), "--profile", str(path), "-o", str(ws / "out"))
    one_line_error(result, f"{path}:{number}:", "2021-02-30")


def test_a_5000_digit_number(ws):
    path = ws / "profile.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("doc_number: 城东安委〔2024〕1号", "doc_number: " + "7" * 5000),
                    encoding="utf-8")
    result = run("generate", "plan", "--rules", str(ws / "rules"), "--profile", str(path), "-o", str(ws / "out"))
    one_line_error(result, f"{path}:", "too long")


def test_two_rules_with_one_id_are_refused_by_check_and_generate(ws):
    path = ws / "rules" / RULES.name
    text = path.read_text(encoding="utf-8")
    second = text.index("\n- id: ", text.index("\n- id: ") + 1) + 1
    line = text[:second].count("\n") + 1
    old_id = text[second:].split("\n", 1)[0]
    first_id = text[text.index("\n- id: ") + 1:].split("\n", 1)[0]
    path.write_text(text[:second] + first_id + text[second + len(old_id):], encoding="utf-8")
    for args in (("check", str(ws / "plan.md"), "--rules", str(path)),
                 ("generate", "plan", "--rules", str(ws / "rules"), "--profile", str(ws / "profile.yaml"),
                  "-o", str(ws / "out"))):
        one_line_error(run(*args), f"{path}:{line}:", "duplicate rule id")


@pytest.mark.parametrize("text, line, words", [
    ("a: 1\na: 2\n", 2, "duplicate key 'a' (first on line 1)"),
    ("a: [1,\n  *x]\n", 2, "aliases (*x)"),
    ("when: 2024-13-01\n", 1, "no such date 2024-13-01"),
    ("n: " + "1" * 5000 + "\n", 1, "too long"),
    ("a:\n\tb: 1\n", 2, "a tab in the indentation"),
])
def test_the_loader(text, line, words):
    with pytest.raises(SafeplanError) as err:
        load_yaml_text(text, "f.yaml")
    assert (err.value.path, err.value.line) == ("f.yaml", line) and words in err.value.message


@pytest.mark.parametrize("relative, old, new, nearest", [
    ("rules/sectors.yaml", "  - name: 消防", "  - nmae: 消防", "name"),
    ("search/synonyms.yaml", "groups:", "gruops:", "groups"),
    ("generators/checklist.yaml", "high_risk_sectors:", "high_risk_sector:", "high_risk_sectors"),
])
def test_unknown_keys_in_the_other_hand_edited_files(tmp_path, relative, old, new, nearest):
    from safeplan.generators import _checklist_settings
    from safeplan.rules.sectors import load_vocabulary
    from safeplan.search.lexicon import _synonyms
    from safeplan.workspace import Workspace

    path = tmp_path / relative
    path.parent.mkdir(parents=True)
    text = (ROOT / relative).read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    ws = Workspace.at(tmp_path)
    load = {"rules/sectors.yaml": lambda: load_vocabulary(ws), "search/synonyms.yaml": lambda: _synonyms(path),
            "generators/checklist.yaml": lambda: _checklist_settings(ws)}[relative]
    with pytest.raises(SafeplanError) as err:
        load()
    assert err.value.line == line and f"did you mean {nearest!r}?" in err.value.message, str(err.value)


def test_the_direct_build_gives_what_pyyaml_builds():
    """yamlfiles builds strings, lists and mappings of a tree itself (fast, for large rule files): the data
    is PyYAML's own, value for value and type for type, over every YAML file of the repository and the
    shapes it hands back to PyYAML's constructors (merge keys, number keys, dates, numbers)."""
    import glob

    import yaml

    root = Path(__file__).resolve().parents[2]
    texts = [Path(p).read_text(encoding="utf-8-sig") for p in glob.glob(str(root / "**" / "*.yaml"), recursive=True)
             if "/.venv/" not in p]
    texts += ["<<: {a: 1}\nb: 2\n", "x: 1\n1: x\n", "k: {a: [1, {b: 2.5}], 3: [true, null, 2024-01-02, 0x1f]}\n"]
    compared = 0
    for text in texts:
        try:
            data = load_yaml_text(text, "t")
        except SafeplanError:          # (a file of the tests that the loader refuses on purpose: an alias …)
            continue
        assert repr(data) == repr(yaml.load(text, Loader=yaml.CSafeLoader))
        compared += 1
    assert compared > 20
