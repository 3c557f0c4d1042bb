"""web/state.py: the workbench's snapshot of the rule files, shared by its requests."""

import os
import shutil

from safeplan.web.state import WorkspaceCache
from safeplan.workspace import Workspace, defaults_root

NATIONAL = "anwei-2024-2-zhiben-gongjian"


def _workspace(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    for name in (f"{NATIONAL}.yaml", "xiaofang-fa-2021.yaml", "schema.json", "sectors.yaml"):
        shutil.copy(defaults_root() / "rules" / name, rules / name)
    return Workspace.at(tmp_path)


def test_a_second_workbench_on_the_same_files_shares_their_rule_files_and_a_changed_file_is_read_again(tmp_path):
    ws = _workspace(tmp_path)
    first = WorkspaceCache(ws).rules()
    again = WorkspaceCache(ws).rules()           # another app (a test client, a restarted server) in this process
    assert sorted(first.by_doc) == sorted(again.by_doc) == [NATIONAL, "xiaofang-fa-2021"]
    assert all(again.by_doc[d] is first.by_doc[d] for d in first.by_doc)   # built once, not once per app
    path = ws.root / "rules" / f"{NATIONAL}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", "title: 修订 ", 1), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    changed = WorkspaceCache(ws).rules()
    assert changed.by_doc[NATIONAL] is not first.by_doc[NATIONAL]
    assert changed.by_doc[NATIONAL].document.title == "修订 " + first.by_doc[NATIONAL].document.title
    assert changed.by_doc["xiaofang-fa-2021"] is first.by_doc["xiaofang-fa-2021"]   # the unchanged file is kept
