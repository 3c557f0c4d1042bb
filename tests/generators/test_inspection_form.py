"""The DOCX/MD/HTML 检查清单 is a one-visit form per place type: each form starts a page and has the tick boxes,
a 隐患描述 column and the signature line."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn


def test_each_form_starts_a_page_and_ends_with_the_signatures(generated):
    out, _ = generated
    text = (out / "东湖社区" / "检查清单.md").read_text(encoding="utf-8")
    forms = [line for line in text.splitlines() if line.startswith("## ")]
    # 通用 (消防, shared), the nine 九小场所, 经营性自建房, 居民燃气用户, 餐饮燃气用户
    assert len(forms) == 13 and forms[0] == "## 一、通用（各场所均查）检查表"
    assert text.count("被检查单位负责人签名：") == 13
    assert "| 序号 | 检查项目 | 检查内容 | 检查方法 | 检查结果 | 隐患描述 | 检查依据 | 频次 |" in text
    assert "| ☐合格 ☐隐患 |" in text
    document = docx.Document(str(out / "东湖社区" / "检查清单.docx"))
    breaks = [p.text for p in document.paragraphs if p._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None]
    assert breaks == [f[3:] for f in forms[1:]]
