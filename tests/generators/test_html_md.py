"""HTML and Markdown: one self-contained page, source text escaped, the same content as the DOCX."""

from __future__ import annotations

import dataclasses

from safeplan.generators import generate_plan
from safeplan.names import safe_name


def test_the_plan_html_is_one_self_contained_page(generated):
    out, _ = generated
    html = (out / "城东街道" / "实施方案.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html and "<link" not in html and "<script" not in html
    assert ">城东街道安全生产治本攻坚三年行动实施方案（2024—2026年）</h1>" in html
    assert '<p class="signature">城东街道安全生产委员会</p>' in html
    assert "<th>牵头单位</th>" in html


def test_the_markdown_plan_reads_as_text(generated):
    out, _ = generated
    md = (out / "城东街道" / "实施方案.md").read_text(encoding="utf-8")
    # the nearest upper plan's groups come first
    # the nearest upper plan's groups come first; 各镇(街道) is the street itself, so it is not written
    assert "## 四、主要任务\n\n### （一）燃气安全专项整治\n\n1.每月至少开展1次餐饮场所燃气安全检查" in md
    assert "〔依据：安委〔2024〕2号 三（三）6〕" in md
    # the {: .class } marks for the HTML/DOCX writers stay out of the file people read
    assert "{:" not in md
    assert md.splitlines()[:5] == ["城东街道安全生产委员会文件", "", "城东安委〔2024〕1号", "",
                                   "# 关于印发《城东街道安全生产治本攻坚三年行动实施方案（2024—2026年）》的通知"]
    assert "\n# 城东街道安全生产治本攻坚三年行动实施方案（2024—2026年）\n" in md
    assert "\n## 附件\n" in md


def test_source_text_is_escaped_in_html(national, bare_profile, tmp_path):
    rule = national.rules[3]
    hostile = dataclasses.replace(national, rules=[dataclasses.replace(
        rule, text="建立<script>alert(1)</script>台账 & 报送*重点*企业 | 名单。")])
    generate_plan([hostile], bare_profile, ["html", "md"], tmp_path)
    html = (tmp_path / "城东街道" / "实施方案.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "建立&lt;script&gt;alert(1)&lt;/script&gt;台账 &amp; 报送*重点*企业 | 名单。" in html


def test_unit_names_become_safe_folder_names():
    assert safe_name("城东/西街道") == "城东_西街道"
    assert safe_name('..东湖:社区*?"<>|') == "__东湖_社区______"
    assert safe_name("东湖社区\x07") == "东湖社区_"
    assert len(safe_name("很" * 60).encode("utf-8")) == 99     # 33 characters of 3 bytes ≤ 100
    assert safe_name("e\u0301") == "\u00e9"                   # NFC


def test_brackets_stay_as_written_a_doc_number_takes_gongwen_brackets_and_a_hash_opens_no_heading(
        national, bare_profile, tmp_path):
    rule = national.rules[3]
    odd = dataclasses.replace(national, document=dataclasses.replace(national.document, doc_number="安委会[2024]2号"),
                              rules=[dataclasses.replace(rule, text="# 建立台账，按[附表]报送 a\\b。")])
    generate_plan([odd], bare_profile, ["html", "md"], tmp_path)
    md = (tmp_path / "城东街道" / "实施方案.md").read_text(encoding="utf-8")
    assert "〔依据：安委会〔2024〕2号 三（三）6〕" in md and "[2024]" not in md
    html = (tmp_path / "城东街道" / "实施方案.html").read_text(encoding="utf-8")
    assert ("<p>1.# 建立台账，按[附表]报送 a\\b。牵头单位：街道应急管理办公室；完成时限：2026年底前。"
            "〔依据：安委会〔2024〕2号 三（三）6〕</p>") in html
