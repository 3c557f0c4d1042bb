"""safeplan corpus show PATH [--json]"""

import json

from click.testing import CliRunner

from safeplan.cli import cli

NANXUN = "corpus/plans/nanxun-2021-yjgl-gzyd.txt"


def _run(monkeypatch, root, *args):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["corpus", "show", *args])
    return result.exit_code, result.stdout, result.stderr


def test_show_tree(monkeypatch, request):
    root = request.config.rootpath
    code, out, err = _run(monkeypatch, root, NANXUN)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:18] == [
        "corpus/plans/nanxun-2021-yjgl-gzyd.txt  id: nanxun-2021-yjgl-gzyd",
        "  标题: 2021年南浔区应急管理工作要点",
        "  发布机构: 南浔区安全生产委员会",
        "  文号: 浔安委〔2021〕2号",
        "  索引号: 113305250025653474/2021-00077",
        "  日期: 2021-03-11",
        "  level: district",
        "  region: 湖州市南浔区",
        "  genre: work_points",
        "  period: 2021–2021",
        "  original: seeds/001_0b7be04f941fc312.txt",
        "  items: 34",
        "  L2   0  索 引 号 …",
        "  L15  0-2  《南浔区2021年应急管理工作要点》已经区政府第81次常务会议审议通过,现印发给 …",
        "  L19  0-3  2021年是建党一百周年,是“十四五”规划的开局之年,是开启全面建设社会主义现代 …",
        "  L20  1  一、 指导思想 …",
        "  L22  2  二、 工作目标 …",
        "  L24  3  三、 主要任务 …",
    ]
    assert "  L28      3.1.1  1. 健全应急管理组织机构 …" in lines


def test_show_json(monkeypatch, request):
    code, out, err = _run(monkeypatch, request.config.rootpath,
                          "corpus/plans/jiedao-zhiben-gongjian-fangan-muban.txt", "--json")
    assert code == 0
    data = json.loads(out)
    assert [(d["id"], d["part"]) for d in data["documents"]] == [
        (f"jiedao-zhiben-gongjian-fangan-muban-p{n}", n) for n in (1, 2, 3, 4)]
    part1 = data["documents"][0]
    assert part1["meta"]["template"] is True
    tasks = part1["items"][3]
    assert (tasks["id"], tasks["number"], tasks["line"]) == ("3", "三、", 10)
    assert tasks["children"][1]["responsible_lines"] == ["责任部门:街道安办、街道负有安全生产管理责任的行业领域各部门、各村(居)。"]
    assert set(tasks["children"][1]["children"][0]) == {
        "id", "number", "style", "title", "text", "line", "start", "end", "path", "responsible_lines", "children"}


def test_show_refuses_pdf_with_exit_2(monkeypatch, tmp_path):
    (tmp_path / "方案.pdf").write_bytes(b"%PDF-1.7")
    code, out, err = _run(monkeypatch, tmp_path, "方案.pdf")
    assert (code, out) == (2, "")
    assert err == ("safeplan: error: 方案.pdf: PDF files are not read yet: convert it first with "
                   "`libreoffice --headless --convert-to docx 方案.pdf`\n")


def test_show_finds_corpus_paths_in_the_packaged_defaults(monkeypatch, tmp_path):
    code, out, err = _run(monkeypatch, tmp_path, "corpus/plans/nanxun-2021-yjgl-gzyd.txt")
    assert (code, err) == (0, "")
    assert out.startswith("corpus/plans/nanxun-2021-yjgl-gzyd.txt  id: nanxun-2021-yjgl-gzyd\n")
