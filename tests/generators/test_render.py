"""Render the generated plan with LibreOffice and count its pages (the layout, not the pixels).

Runs under CI=true always; locally it skips only when soffice is missing, saying so. The fontconfig file
generators/fonts/fonts.conf maps the 公文 font names onto Noto CJK / AR PL UKai for the render.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "generators" / "fonts" / "fonts.conf"

pytestmark = pytest.mark.render


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("soffice is missing under CI (.ci/run installs libreoffice-writer)")
        pytest.skip("soffice (LibreOffice) is not installed here")
    return found


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_plan_renders_to_a_plausible_number_of_pages(generated, tmp_path):
    soffice = _soffice()
    out, _ = generated
    source = tmp_path / "plan.docx"
    shutil.copy(out / "城东街道" / "实施方案.docx", source)
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], env=env, capture_output=True, timeout=180, check=True)
    pdf = tmp_path / "plan.pdf"
    assert pdf.exists()
    # 9 items of fixture text: about 5 portrait pages of prose and 4 landscape pages of annex tables
    assert 6 <= _pages(pdf) <= 12
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSerifCJK" in fonts and "NotoSansCJK" in fonts and "UKai" in fonts
