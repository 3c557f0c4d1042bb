"""Three small rule files for the search tests; their texts are copied from the corpus."""

from __future__ import annotations

from pathlib import Path

import yaml


def rule(id, text, title=None, path=(), kind="task", sectors=(), lead=(), support=(), deadlines=(), frequencies=(),
         line=1):
    return {"id": id, "path": list(path), "number": id, "title": title or text.split("。")[0][:40], "text": text,
            "kind": kind, "obligation": "must", "sectors": list(sectors),
            "deadlines": [{"text": f"{d[:4]}年底前", "year": int(d[:4]), "month": 12, "day": 31, "date": d}
                          for d in deadlines],
            "frequencies": [{"text": f, "period": "year"} for f in frequencies],
            "responsible": {"lead": list(lead), "support": list(support)},
            "source": {"path": "corpus/x.txt", "line": line, "start": 0, "end": len(text)}}


def rule_file(doc_id, title, level, genre, rules, path, doc_number=None):
    return {"schema": "safeplan.rules/v1",
            "document": {"id": doc_id, "title": title, "issuer": None, "doc_number": doc_number, "index_number": None,
                         "date": None, "level": level, "region": None, "genre": genre,
                         "period": {"start_year": None, "end_year": None}, "template": False,
                         "source": {"path": path, "sha256": "0" * 64, "part": None}},
            "rules": rules}


NATIONAL = rule_file("anwei-2024-2-zhiben-gongjian", "安全生产治本攻坚三年行动方案(2024-2026年)", "national", "plan", [
    rule("3.3.4", "健全完善生产经营单位重大事故隐患自查自改常态化机制,生产经营单位主要负责人要每季度带队对本单位重大事故隐患"
         "排查整治情况至少开展1次检查(高危行业领域每月至少1次),完善并落实生产经营单位全员安全生产岗位责任制。",
         path=["三、主要任务", "(三)开展重大事故隐患动态清零行动。"], frequencies=["每季度"], line=60),
    rule("3.3.6", "健全重大事故隐患数据库,2024年底前完善数据库运行管理机制，实现企业自查上报、督导检查发现、群众举报查实等"
         "各渠道排查的重大事故隐患全量汇总,推动重大事故隐患信息共享集中。",
         path=["三、主要任务", "(三)开展重大事故隐患动态清零行动。"], deadlines=["2024-12-31"], line=64),
    rule("3.5.12", "聚焦从业人员疏散逃生避险意识能力提升，推动生产经营单位每年至少组织开展1次疏散逃生演练(高危行业领域每半年"
         "至少1次)，让全体从业人员熟知逃生通道、安全出口及应急处置要求，形成常态化机制。",
         path=["三、主要任务", "(五)开展生产经营单位从业人员安全素质能力提升行动。"], frequencies=["每年"], line=82),
    rule("3.4.7", "2025年底前实现危化品重大危险源、煤矿、钢铁、铝加工(深井铸造)、重点粉尘涉爆等企业安全风险监测预警全覆盖。",
         path=["三、主要任务", "(四)开展安全科技支撑和工程治理行动。"], sectors=["危险化学品", "粉尘涉爆", "矿山"],
         deadlines=["2025-12-31"], line=70),
], "corpus/national/anwei-2024-2-zhiben-gongjian.md", doc_number="安委〔2024〕2号")

STREET = rule_file("jiedao-zhiben-gongjian-fangan-muban-p1", "街道安全生产治本攻坚三年行动实施方案", "street", "plan", [
    rule("2.1", "街道安办。统筹做好我街安全生产治本攻坚三年行动的组织推动,动态研判安全生产形势,牵头协调街道涉及安全生产各部门"
         "共同解决重大问题。", title="街道安办", path=["二、任务分工"], kind="duty", lead=["街道安办"], line=7),
    rule("3.1", "对重点行业领域生产经营单位主要负责人开展专题安全教育培训,三年内做到重点行业领域生产经营单位主要负责人教育培训全覆盖。",
         title="开展生产经营单位主要负责人安全教育培训行动", path=["三、主要任务"],
         lead=["街道安办", "街道负有安全生产管理责任的行业领域各部门"], support=["各村(居)"], line=12),
], "corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt")

LAW = rule_file("weixian-huaxuepin-anquan-guanli-tiaoli-2013", "危险化学品安全管理条例", "national", "law", [
    rule("22", "生产、储存危险化学品的企业，应当委托具备国家规定的资质条件的机构，对本企业的安全生产条件每3年进行一次安全评价，"
         "提出安全评价报告。", path=["第三章 储存安全"], kind="requirement", sectors=["危险化学品"],
         frequencies=["每3年"], line=141),
], "corpus/laws/weixian-huaxuepin-anquan-guanli-tiaoli-2013.md", doc_number="国务院令第344号")


def write_rules(folder: Path, *files) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for data in files:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (folder / f"{data['document']['id']}.yaml").write_text(text, encoding="utf-8")
