"""A skipped browser test says why in pytest's summary, without -rs (issue 13)."""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_the_summary_names_why_browser_tests_were_skipped(pytester):
    pytester.makeconftest(
        f"import sys\nsys.path.insert(0, {str(HERE)!r})\nfrom skipsummary import pytest_terminal_summary  # noqa\n")
    pytester.makepyfile(test_browser=(
        "import pytest\n\npytestmark = pytest.mark.browser\n\n\n"
        "def test_in_chromium():\n    pytest.skip('/usr/bin/chromium not installed')\n"))
    result = pytester.runpytest_inprocess("-q", "-p", "no:cacheprovider", "-W", "ignore")
    assert "1 browser test skipped: /usr/bin/chromium not installed" in result.stdout.str(), result.stdout.str()
