"""A skipped browser test says why in pytest's summary, without -rs (issue 13)."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_the_summary_names_why_browser_tests_were_skipped(tmp_path):
    (tmp_path / "conftest.py").write_text(
        f"import sys\nsys.path.insert(0, {str(HERE)!r})\nfrom skipsummary import pytest_terminal_summary  # noqa\n",
        encoding="utf-8")
    (tmp_path / "test_browser.py").write_text(
        "import pytest\n\npytestmark = pytest.mark.browser\n\n\n"
        "def test_in_chromium():\n    pytest.skip('/usr/bin/chromium not installed')\n",
        encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore",
                             str(tmp_path)], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "1 browser test skipped: /usr/bin/chromium not installed" in result.stdout, \
        result.stdout
