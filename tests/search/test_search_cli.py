"""`safeplan index` and `safeplan search` on the command line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from safeplan.cli import cli, main


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_index_then_search_prints_readable_hits(workspace):
    built = run("index", "--workspace", str(workspace.root))
    assert built.exit_code == 0, built.output
    assert built.output.startswith(".safeplan/index: rebuilt; 7 rules from 3 documents, ")

    again = run("index", "--workspace", str(workspace.root))
    assert again.output == ".safeplan/index: up to date (7 rules from 3 documents)\n"

    result = run("search", "疏散逃生演练", "--workspace", str(workspace.root))
    assert result.exit_code == 0, result.output
    assert result.output == (
        "1 hit for '疏散逃生演练'\n"
        "\n"
        "1. 《安全生产治本攻坚三年行动方案(2024-2026年)》 (安委〔2024〕2号, national) anwei-2024-2-zhiben-gongjian:3.5.12  聚焦从业人员疏散逃生避险意识能力提升，推动生产经营单位每年至少组织开展1次疏散逃\n"
        "   三、主要任务 › (五)开展生产经营单位从业人员安全素质能力提升行动。\n"
        "   聚焦从业人员【疏散逃生】避险意识能力提升，推动生产经营单位每年至少组织开展1次【疏散逃生演练】(高危行业领域每半年至少1次)，"
        "让全体从业人员熟知逃生通道、安全出口及应急处置要求，形成常态化机制。\n"
        "   corpus/x.txt:82\n"
    )


def test_the_backend_asked_for_is_recorded_and_kept(workspace):
    from safeplan.search.store import current_generation, generation_dir, read_meta

    def backend():
        return read_meta(generation_dir(workspace, current_generation(workspace)))["backend"]

    assert run("index", "--workspace", str(workspace.root)).exit_code == 0
    assert backend() == "whoosh"                        # 7 rules: a street's workspace
    built = run("index", "--backend", "tantivy", "--workspace", str(workspace.root))
    assert built.exit_code == 0 and "rebuilt" in built.output
    assert backend() == "tantivy"
    assert run("index", "--rebuild", "--workspace", str(workspace.root)).exit_code == 0
    assert backend() == "tantivy"                       # kept by a later build
    result = run("search", "疏散逃生演练", "--json", "--workspace", str(workspace.root))
    assert json.loads(result.stdout)["hits"][0]["rule_id"] == "3.5.12"


def test_search_words_may_be_given_as_several_arguments(indexed):
    result = run("search", "街道安办", "牵头", "--json", "--workspace", str(indexed.root))
    data = json.loads(result.stdout)
    assert data["query"] == "街道安办 牵头"
    assert data["hits"][0]["rule_id"] == "2.1"
    assert data["hits"][0]["responsible"] == {"lead": ["街道安办"], "support": []}


def test_json_output_with_filters(indexed):
    result = run("search", "隐患", "--due-before", "2024-12-31", "--json", "--workspace", str(indexed.root))
    data = json.loads(result.stdout)
    assert [h["rule_id"] for h in data["hits"]] == ["3.3.6"]
    assert data["facets"]["doc_id"] == {"anwei-2024-2-zhiben-gongjian": 1}


@pytest.mark.parametrize("args, message", [
    (["search", "隐患", "--due-before", "2024-13-01"], "safeplan: error: --due-before: expected a date YYYY-MM-DD, got '2024-13-01'\n"),
    (["search", "隐患", "--level", "county"], "safeplan: error: --level: 'county' is not one of national, province, "
                                               "city, district, street, community, enterprise, unknown\n"),
])
def test_bad_flags_exit_2_with_one_line(indexed, capsys, args, message):
    with pytest.raises(SystemExit) as exit_:
        main(args + ["--workspace", str(indexed.root)])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == message


def test_search_without_an_index_tells_how_to_build_it(workspace, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["search", "隐患", "--workspace", str(workspace.root)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("safeplan: error: ") and "run `safeplan index` (or `safeplan index --rebuild`)" in err


def test_search_warns_when_rules_changed_since_the_index(indexed):
    assert run("index", "--workspace", str(indexed.root)).exit_code == 0
    assert run("search", "隐患", "--workspace", str(indexed.root)).stderr == ""
    law = indexed.root / "rules" / "weixian-huaxuepin-anquan-guanli-tiaoli-2013.yaml"
    law.write_text(law.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = run("search", "隐患", "--workspace", str(indexed.root))
    assert result.exit_code == 0
    assert result.stderr == "safeplan: warning: rules/ changed since the index was built; run `safeplan index`\n"


def test_the_fields_and_flags_beyond_cli_md_are_in_both_help_and_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Search: `safeplan index` and `safeplan search`"):readme.index("### Relevance")]
    search_help = " ".join(run("search", "--help").output.split())
    index_help = " ".join(run("index", "--help").output.split())
    for field in ("document", "doc_number", "level", "facets.document"):
        assert field in search_help and (f"`{field}`" in section or f"`hits[].{field}`" in section), field
    for words in ("whoosh below 50,000 rules and tantivy from there", "a build with the other backend starts from"):
        assert words in index_help and words in " ".join(section.split()), words
    assert "--backend [whoosh|tantivy]" in index_help and "`--backend whoosh|tantivy`" in section


# What a one-shot `safeplan search` must not load (issue 18: cold search ≤ 0.3 s on the demo index, ≤ 0.5 s
# on a law library): jieba's dictionary (the query segmenter reads the index's own), the corpus reader and rule
# model, document and web stacks, and — on a tantivy index — whoosh and numpy.
NEVER = ("jieba", "docx", "openpyxl", "jinja2", "sqlalchemy", "matplotlib", "rich", "safeplan.corpus",
         "safeplan.rules", "safeplan.web", "safeplan.generate")
NOT_ON_TANTIVY = ("whoosh", "numpy")


def imported_by_search(workspace, *query) -> set[str]:
    """The modules a fresh `safeplan search … --json` process holds when it ends."""
    import subprocess
    import sys

    script = ("import sys\nfrom safeplan.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n"
              "    assert not e.code, e.code\nprint('\\n'.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script, "search", *query, "--workspace", str(workspace.root),
                           "--json"], capture_output=True, text=True, check=True)
    return {line for line in done.stdout.splitlines() if line and not line.startswith("{")}


@pytest.mark.parametrize("backend", ["whoosh", "tantivy"])
def test_a_one_shot_search_loads_no_heavy_module(workspace, backend):
    from safeplan.search import build_index

    build_index(workspace, backend=backend)
    loaded = imported_by_search(workspace, "危化品", "安全评价")
    never = NEVER + (NOT_ON_TANTIVY if backend == "tantivy" else ())
    assert sorted(m for m in loaded if m.split(".")[0] in never or m.startswith(never)) == []
