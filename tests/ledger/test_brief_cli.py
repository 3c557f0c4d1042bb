"""`safeplan ledger brief`: the files and the summary line; bad input is one line, exit 2, nothing written and
no 期 number taken."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from safeplan.cli import cli
from safeplan.ledger.brief_numbers import issued

SERIES = "城东街道安全生产治本攻坚三年行动工作简报"


def brief(workspace, db, out, *args):
    return CliRunner().invoke(cli, ["ledger", "brief", "--workspace", str(workspace), "--db", db, "-o", str(out),
                                    *args])


# the files and the summary line come from the Briefing, not the database: SQLite only. On both backends: the
# command opening the database (test_bad_input_… below), the figures and 期 numbers (test_brief.py)
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_brief_command_writes_the_formats_and_numbers_them(loaded, workspace, db, tmp_path):
    out = tmp_path / "简报"
    result = brief(workspace, db, out, "--period", "half-month", "--as-of", "2025-07-01", "--unit", "城东街道",
                   "--format", "md,html", "--report-to", "区安委办")
    assert result.exit_code == 0, result.output
    # 6 tasks; done on 2025-07-01: none (no report, no 销号); 红: doc:1 (2024-12-31), doc:5 (2025-03-31),
    # doc:4 (2025-06-30)
    assert result.output.splitlines()[0] == (f"{SERIES} 第1期 (2025年7月上半月, as of 2025-07-01): 6 tasks, 0 done "
                                             "(0.0%), 3 overdue")
    assert sorted(p.name for p in out.iterdir()) == [f"{SERIES}第1期.html", f"{SERIES}第1期.md"]
    assert "报送：区安委办。" in (out / f"{SERIES}第1期.md").read_text(encoding="utf-8")
    again = brief(workspace, db, out, "--period", "half-month", "--as-of", "2025-07-16", "--format", "md")
    assert again.exit_code == 0 and "第2期" in again.output.splitlines()[0]


@pytest.mark.parametrize(("args", "message"), [
    (["--period", "fortnight"], "--period 'fortnight' is not one of week、half-month、month、quarter、half-year"),
    (["--period", "month", "--as-of", "2025-02-30"], "--as-of '2025-02-30' is not a date"),
    (["--period", "month", "--unit", "西湖社区"], "unknown unit '西湖社区'"),
    (["--period", "month", "--format", "docx,pdf"], "--format pdf: a 简报 is written as docx, html, md"),
    (["--period", "month", "--number", "0"], "--number 0: a 期 number is 1 or more"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_written(loaded, workspace, db, tmp_path, args, message):
    out = tmp_path / "简报"
    result = brief(workspace, db, out, *args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and message in result.output
    assert not out.exists()
    assert issued(loaded, SERIES) == []
