"""Every writer of one rule file at once — review saves from the workbench form, edits through the library
(`save_review`, as a command would make them) and `extract` after a source change — in random interleavings:
every edit that was acknowledged is in the final file (issue 20 #2: 17 of 30 acknowledged saves were lost)."""

import hashlib
import random
import threading
import time
from pathlib import Path

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from safeplan.rules.extract import extract_corpus
from safeplan.rules.review import ReviewConflict, RuleEdit, save_review
from safeplan.rules.rulefiles import load_rule_files
from safeplan.web import reviewing

ITEMS = 12
PLAN = "一、主要任务\n" + "".join(f"{i}.开展第{i}项检查工作。\n" for i in range(1, ITEMS + 1))
IDS = [f"1.{i}" for i in range(1, ITEMS + 1)]

ops = st.lists(st.tuples(st.sampled_from(["web", "library", "extract"]), st.integers(0, 4)), min_size=3,
               max_size=ITEMS)


def form(title: str) -> dict:
    return {"title": title, "kind": "task", "obligation": "should", "sectors": "", "targets": "", "deadlines": "",
            "frequencies": "", "lead": "", "support": "", "reviewed": "on", "reviewed_by": "张三"}


@seed(20261206)
@settings(max_examples=8, deadline=None)
@given(ops)
def test_no_acknowledged_edit_is_lost(tmp_path_factory, plan):
    ws = tmp_path_factory.mktemp("ws")
    (ws / "corpus").mkdir()
    source = ws / "corpus" / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    extract_corpus(ws)
    path = ws / "rules" / "plan.yaml"
    acknowledged: dict[str, str] = {}          # rule id → title it was saved with (one rule per edit)
    refused: list[str] = []
    errors: list[BaseException] = []
    source_lock = threading.Lock()

    def run(index: int, kind: str, delay: int) -> None:
        time.sleep(delay / 1000)
        rule_id, title = IDS[index], f"第{index}次编辑的标题"
        try:
            if kind == "web":
                sha = hashlib.sha256(path.read_bytes()).hexdigest()     # the page as the reviewer loaded it
                time.sleep(random.random() / 200)
                try:
                    reviewing.save_edit(ws, path, sha, rule_id, form(title))
                except ReviewConflict:
                    refused.append(rule_id)
                    return
            elif kind == "library":
                save_review(path, rule_id, RuleEdit(title=title, reviewed=True), None)
            else:
                with source_lock:                  # one character of the source changes, then extract
                    text = source.read_text(encoding="utf-8")
                    source.write_text(text.replace("工作", "工做", 1) if "工作" in text else PLAN, encoding="utf-8")
                    extract_corpus(ws)
                return
            acknowledged[rule_id] = title
        except BaseException as exc:  # noqa: BLE001 — reported below with the thread's op
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, kind, delay)) for i, (kind, delay) in enumerate(plan)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    final = {r.id: r for r in load_rule_files([path])[0].rules}
    for rule_id, title in acknowledged.items():
        assert (final[rule_id].title, final[rule_id].reviewed) == (title, True), rule_id
    for rule_id in refused:                    # a refused save changed nothing
        assert (final[rule_id].reviewed, final[rule_id].unknown) == (False, {}), rule_id
    assert Path(path).read_text(encoding="utf-8").startswith("# safeplan rule file")
