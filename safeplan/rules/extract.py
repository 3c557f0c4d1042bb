"""Documents → rule files (rules-format.md): one rule per numbered item, law article, table row.

`extract_document(doc)` is pure (a Document in, a RuleFile out). `extract_corpus` reads files,
skips those whose content hash and extractor version match the rule files already written, and merges
the rest into existing files (merge.py) so that reviewed rules and hand-added fields survive.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from safeplan.corpus.files import SUFFIXES_SHOWN, Found, find_documents, roots_of
from safeplan.corpus.model import Document, Item
from safeplan.hanzi import to_simplified
from safeplan.rules.deadlines import TRIGGER as DEADLINE_TRIGGER
from safeplan.rules.deadlines import is_window, year_at, years_named
from safeplan.rules.fields import (
    find_deadlines,
    parse_frequencies,
    parse_responsible,
    parse_targets,
)
from safeplan.rules.frequencies import TRIGGER as FREQUENCY_TRIGGER
from safeplan.rules.model import DocumentInfo, Responsible, Rule, RuleFile, Source, Target
from safeplan.rules.numbers import fold_digits
from safeplan.rules.responsible import duties_owner, heading_units, table_units, works_under_a_lead
from safeplan.rules.sectors import Vocabulary, load_vocabulary
from safeplan.rules.subject_list import DEMANDED
from safeplan.rules.targets import TRIGGER as TARGET_TRIGGER

EXTRACTOR_VERSION = "1"

PROHIBITED = re.compile(r"严禁|不得|禁止")
MUST = re.compile(r"确保|必须|严格|务必|坚决|应当|一律")
ASPIRE = re.compile(r"力争|争取|努力|争创")
MAY = re.compile(r"探索|鼓励|支持|可以|可视情")
LAW_DUTY = re.compile(r"应当|必须|负责|不得|禁止|严禁")
SHOULD = re.compile(r"要|应|须|需|推动|推进|加强|落实|开展|建立|健全|完善|强化")

KIND_BY_HEADING = [
    (re.compile(r"主要任务|重点任务|工作任务|任务"), "task"),
    (re.compile(r"目标"), "goal"),
    (re.compile(r"指导思想|总体要求|基本原则|工作原则|原则"), "principle"),
    (re.compile(r"职责|责任分工|任务分工"), "duty"),
    (re.compile(r"保障措施|工作要求|组织领导|组织保障|工作保障|实施步骤|步骤安排|进度安排|时间安排"), "requirement"),
    (re.compile(r"背景|回顾|形势|成效|经验做法|基本情况|工作情况"), "background"),
    (re.compile(r"措施|举措"), "measure"),
]
DEADLINE_COLUMNS = ("完成时限", "完成时间", "时间节点", "时限", "截止时间")


# with no date or period: the year of its 文号, else a year the title names (2024 年镇应急管理工作中期评估报告); with no
# title found, the text's head up to its first stop stands for it
TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
HEAD_END = re.compile(r"[，,。；;：:、\n]")


def year_hint(doc: Document) -> int | None:
    if doc.meta.period_start:
        return doc.meta.period_start
    if doc.meta.date:
        return int(doc.meta.date[:4])
    number = re.search(r"[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]", doc.meta.doc_number or "")
    if number:                                     # 琼安委办〔2013〕62号: the year it was numbered in
        return int(number.group(1))
    title = doc.meta.title or HEAD_END.split(doc.text.lstrip()[:80], maxsplit=1)[0]
    m = TITLE_YEAR.search(title)
    return int(m.group(1)) if m else None


def obligation(text: str) -> str:
    if PROHIBITED.search(text):
        return "prohibited"
    if MUST.search(text):
        return "must"
    if ASPIRE.search(text):
        return "aspire"
    if MAY.match(text.lstrip()):
        return "may"
    return "should"


# an account of work done (heldback README convention 2): its demands are read, what it tells was done is no task
ACCOUNTS = ("news", "report")


def kind(item: Item, doc: Document) -> str:
    genre = doc.meta.genre
    if item.style == "preamble":
        return "background"
    if genre in ACCOUNTS:
        return "background"
    if genre == "law":
        if item.style in ("book", "subbook", "chapter", "section"):
            return "background"
        return "duty" if LAW_DUTY.search(item.text) else "requirement"
    # the innermost heading that says it; a leaf task's own words (…政策措施, …责任) do not
    own = [item.title] if (not item.path or item.children or "目标" in (item.title or "")) else []
    for heading in [*own, *reversed(item.path)]:
        for pattern, name in KIND_BY_HEADING:
            if pattern.search(heading or ""):
                return name
    return "task"                      # a task with a number in it is still a task


# an account's 一是…二是… that a leader's or a meeting's demand opens with its colon in their paragraph (…对全市安全生产
# 重点工作作安排:一是…。五是…,各相关部门加强…): the items are demands, read as a plan's (heldback README convention 2)
DEMANDS_LISTED = re.compile(rf"(?:{DEMANDED.pattern}|作出?(?:安排|部署))[：:]\s*一是")   # (the demand verbs: subject_list's)


def demanded_item(item: Item, doc: Document) -> bool:
    """Whether `item`, an 一是…/二是… of an account, is one of the demands a colon opens in its paragraph."""
    if not item.number.endswith("是"):
        return False
    return DEMANDS_LISTED.search(doc.text, doc.text.rfind("\n", 0, item.start) + 1, item.start) is not None


def _own_responsible(item: Item, genre: str, own_text: str | None = None, demanded: bool = False) \
        -> tuple[list[str], list[str]]:
    """The units an item of a document of `genre` names: its 牵头单位:/责任单位: lines and table cells (explicit
    labels), else (outside a law) those its text (`own_text`, default its own) charges. In a law the bodies an article
    charges (各级人民政府应当…, 县级以上…部门负责…, 生产经营单位必须…) have standing duties, no responsible units
    (heldback README convention 1): only its labels."""
    statute, account = genre == "law", genre in ACCOUNTS and not demanded
    text = own_text if own_text is not None else item.text
    lead: list[str] = []
    support: list[str] = []
    if item.style in ("preamble", "paragraph"):   # the covering notice (or a text with no numbered item, its paragraphs):
        if statute:
            return lead, support
        r = parse_responsible(text, cells=False, statute=False, account=account)   # its header lines and signature
        return r.lead, r.support                  # are no units, its 请各…/…要 are

    def add(units, into):
        for u in units:
            if u not in lead and u not in support:
                into.append(u)

    for line in item.responsible_lines:
        r = parse_responsible(line, statute=statute, account=account)
        under = works_under_a_lead(item.responsible_lines, line)    # (牵头单位:区发改局 / 责任单位:…)
        add(r.lead, support if under else lead)
        add(r.support, support)
    if item.cells:
        in_table = table_units(item.cells)
        add(in_table.lead, lead)
        add(in_table.support, support)
    if not lead and not support and not statute:
        r = parse_responsible(text, statute=False, account=account)
        add(r.lead, lead)
        add(r.support, support)
    return lead, support


def _item_text(item: Item, doc: Document | None = None) -> str:
    """What the fields are read from: the item's text without the children written inside it (一是…二是…
    of a paragraph are their own rules), or for a table row its cells."""
    if item.cells:
        return "；".join(f"{k}：{v}" for k, v in item.cells.items() if v)
    if doc is None or not item.children or len(item.text) != item.end - item.start:
        return item.text                   # (a heading whose span covers its children: nothing inside)
    # (and their children: a flattened copy's 三、组织和协调 1.…2.… inside a paragraph ends its 三、 before its 1.)
    inside, stack = [], list(item.children)
    while stack:
        child = stack.pop()
        if item.start <= child.start and child.end <= item.end:
            inside.append(child)
            stack += child.children
    if not inside or doc.text[item.start:item.end] != item.text:
        return item.text
    pieces, at = [], item.start
    for child in sorted(inside, key=lambda c: c.start):
        pieces.append(doc.text[at:child.start])
        at = max(at, child.end)
    pieces.append(doc.text[at:item.end])
    return "\n".join(p for p in pieces if p.strip())


# (a leader's 要… / 要求… in a news piece asks for it: 要建立…清单,…,做到问题清零; 主要, 重要, 需要 are not that 要;
# 坚决杜绝…, 持续保持…动态清零 aim too; not 确保了… nor a listed noun, 措施、要求: results)
BYLINE = re.compile(r"[（(][^（）()]{2,30}[)）][\s|]*$")
# …and an account that opens with its source in brackets, (秦州区外宣办)6月16日,…: no unit of the rule either
BYLINE_OPEN = re.compile(r"^\s*[（(][^（）()]{2,20}[)）](?=\s*(?:\d{1,2}月|\d{4}年|近日|日前|近期|本报|本网|记者|讯))")
AIMED = re.compile(r"(?:确保|力争|争取|保持)(?!了)|目标|到20\d\d年|到年底|务必|必须|(?<!、)要求|坚决|"
                   r"(?<![主重需纪只还])要(?![求闻点素])")
_CLAUSE_STOP = re.compile(r"[，,。；;!！?？\n]")
# …落实排查工作措施,做到排查工作全覆盖 / 推动隐患“动态清零” / …的精神,使全镇无安全事故发生: the state the work is to
# reach, named by the verb that opens the target's own clause (README conventions 3 and 11), in an account too (not
# 实现: an account's 全年实现“零事故” / 已全部完成整改,实现…清零 reports the year's result)
AIM_VERB = re.compile(r"(?:做到|推动)(?!了)|(?<![促行致迫即假])使(?![用得命])")


def _aimed(target: Target, text: str) -> bool:
    """In a news piece or report, a number is usually a result: keep it only where the sentence aims."""
    at = text.find(target.text)
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in "。；;!！?？\n") + 1
    opens = max(text.rfind(c, 0, at) for c in "，,。；;!！?？\n") + 1
    if AIM_VERB.search(to_simplified(text[opens:at + 1])):
        return True
    after = _CLAUSE_STOP.search(text, at + len(target.text))      # …零事故的安全生产目标: to its clause's end
    return bool(AIMED.search(to_simplified(text[start:after.start() if after else len(text)])))


# One search that rules out targets, deadlines and frequencies at once (most items hold none): each parser
# finds nothing without its own trigger, and folding digits changes none of them but targets' 100.
_ANY_TIMED = re.compile("|".join([TARGET_TRIGGER.pattern, DEADLINE_TRIGGER.pattern, FREQUENCY_TRIGGER.pattern]))


REPORTED = re.compile(r"近日|日前|(?<!为)了|已|共|累计")
# a clause of an account that is its window alone (元旦将至,…,12月26-27日,市北区阜新路街道组织…) tells when the event
# ran, unless the sentence looks ahead (将, 拟, 计划)
_DATELINE = re.compile(r"\s*(?:本报讯|本网讯|讯)?\s*$")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_FUTURE = re.compile(r"将|拟|计划|预计")
# a document named as issued before the window's clause: the window is the document's, ahead of the account unless its
# own clause says it ran
_ISSUED = re.compile(r"(?:下发|印发|出台|发布|制定)了?《[^》]+》")


def _ahead(deadline, date: str | None, text: str = "") -> bool:
    """即日起至10月底, or a window that ends after the account's own date, or (the account undated) one its text
    does not report as done (近日…, …了, 已…)."""
    if deadline.text.startswith(("即日", "现在")):
        return True
    if date and deadline.date:
        return deadline.date > date
    at = text.find(deadline.text)
    if at < 0:
        return False
    start = max(text.rfind(c, 0, at) for c in "。；;!！?？\n") + 1
    after = at + len(deadline.text)
    opens = max(text.rfind(c, 0, at) for c in "，,。；;!！?？\n") + 1
    if _DATELINE.match(text, opens, at) and text[after:after + 1] in ",，":
        end = _SENTENCE_END.search(text, after)       # 12月26-27日,市北区阜新路街道组织…开展: when the event ran
        return bool(_FUTURE.search(to_simplified(text[after:end.start() if end else len(text)])))
    stop = _CLAUSE_STOP.search(text, after)
    if _ISSUED.search(to_simplified(text[start:opens])):
        start = opens                     # 近日,县政府安委会下发《…》,从3月7日开始至6月30日结束,在全县…开展: the window
    return not REPORTED.search(text, start, stop.start() if stop else len(text))   # is the issued document's


def _may_hold_fields(text: str, own: str) -> bool:
    simple = to_simplified(text)                               # (杜絕…事故: a Traditional copy's words)
    own = simple if own is text else to_simplified(own)
    return bool(_ANY_TIMED.search(fold_digits(simple)) or (own is not simple and _ANY_TIMED.search(fold_digits(own))))


def _rule(item: Item, doc: Document, vocabulary: Vocabulary, hint: int | None,
          inherited: tuple[list[str], list[str]]) -> Rule:
    text = _item_text(item, doc)
    own = text if not item.cells else item.text
    targets, deadlines, frequencies = [], [], []
    if _may_hold_fields(text, own):
        targets = parse_targets(own, year_hint=hint)
        if doc.meta.genre in ACCOUNTS:
            targets = [t for t in targets if _aimed(t, own)]
        deadlines = [d for _, d in find_deadlines(text, hint, standing_limits=doc.meta.genre == "law")]
        if doc.meta.genre in ACCOUNTS:                   # a window in an account is work that ran, unless it
            deadlines = [d for d in deadlines if not is_window(d) or _ahead(d, doc.meta.date, text)]   # is ahead
        frequencies = parse_frequencies(own)
    # a news piece's closing bracket is its byline, (澧县城头山镇政府) / (记者 张学通): no unit of the rule
    own_units = BYLINE_OPEN.sub("", BYLINE.sub("", own)) if doc.meta.genre in (*ACCOUNTS, "other") else own
    lead, support = _own_responsible(item, doc.meta.genre, own_units,
                                     demanded=doc.meta.genre in ACCOUNTS and demanded_item(item, doc))
    if not lead and not support:
        lead, support = inherited
    sectors = vocabulary.match_titled(item.title or "", item.text)
    return Rule(id=item.id, path=list(item.path), number=item.number, title=item.title, text=item.text,
                kind=kind(item, doc), obligation=obligation(item.text), sectors=sectors,
                source=Source(doc.path, item.line, item.start, item.end), targets=targets, deadlines=deadlines,
                frequencies=frequencies, responsible=Responsible(lead, support))


def extract_document(doc: Document, vocabulary: Vocabulary | None = None) -> RuleFile:
    """The rule file of one document (one part of a file)."""
    walk = _RuleWalk(doc, vocabulary or load_vocabulary())
    for top in doc.items:
        walk.visit(top, ([], []))
    rules = walk.rules
    if all(item.style in ("preamble", "paragraph") for item in doc.walk()):
        # no numbered item at all: the text is a rule only where it states a target, deadline or frequency
        # (a notice's 9月29日18时前) or names who is to act (各乡镇、各部门要…, heldback README convention 2), or, in a
        # body's own rules (a company's 制度: genre other), where a paragraph states a duty (安全部负责…, 员工必须…);
        # otherwise the document entry with an honest empty rule list
        own_rules = doc.meta.genre == "other"
        rules[:] = [r for r in rules if r.targets or r.deadlines or r.frequencies or r.responsible.lead
                    or r.responsible.support or own_rules and r.kind != "background" and LAW_DUTY.search(r.text)]
    m = doc.meta
    document = DocumentInfo(
        id=doc.id, title=m.title, issuer=m.issuer, doc_number=m.doc_number, index_number=m.index_number,
        date=m.date, level=m.level, region=m.region, genre=m.genre, period_start=m.period_start,
        period_end=m.period_end, template=m.template, source={"path": doc.path, "sha256": doc.sha256, "part": doc.part},
        extra={"extractor": EXTRACTOR_VERSION, "counts": counts(rules)})
    return RuleFile(document=document, rules=rules)


class _RuleWalk:
    """The rules of one document, item by item in document order. (A class rather than a nested recursive
    function, which is a reference cycle: it kept every document and its rules alive until the cycle
    collector came by.)"""

    def __init__(self, doc: Document, vocabulary: Vocabulary):
        self.doc = doc
        self.vocabulary = vocabulary
        self.hint = year_hint(doc)
        self.named: list[tuple[int, int]] | None = None      # the years the text names, when it gives none
        self.rules: list[Rule] = []
        self.seen: dict[str, int] = {}

    def visit(self, item: Item, inherited, parent_obligation=None) -> None:
        doc, seen = self.doc, self.seen
        own = _own_responsible(item, doc.meta.genre) if item.responsible_lines else None
        # a document that gives no year: a yearless date takes the year its text names last before the item
        # (县水务局召开2015年汛前检查…。…计划在3月20日以前全面完成: README convention 9), else the only one it names
        hint = self.hint
        if hint is None:
            if self.named is None:
                self.named = years_named(doc.text)
            # (not a law's: the year of its 施行 or 通过 after 每年的九月三十日以前 is no year of the work)
            hint = year_at(self.named, item.start, after=doc.meta.genre != "law")
        rule = _rule(item, doc, self.vocabulary, hint, inherited)
        if doc.meta.genre == "law" and rule.obligation == "should" and parent_obligation in ("must", "prohibited"):
            rule.obligation = parent_obligation     # (三) under 应当履行下列职责 binds as its article does
        base = rule.id
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:                     # a number that repeats: -2, -3 (rules-format.md)
            rule.id = f"{base}-{seen[base]}"
        self.rules.append(rule)
        law = doc.meta.genre == "law"          # (a law's chapters and duty lists name no unit: README convention 1)
        heading = _heading_lead(item) if not law else None
        passed = own if own and (own[0] or own[1]) else (heading or inherited)
        # 指挥部工作职责: closing the item's text leads the numbered duties below it; closing a childless child's
        # (…。\n办公室工作职责:), the siblings after it
        owner = duties_owner(item.text) if not law else []
        for child in item.children:
            self.visit(child, (owner, []) if owner else passed, rule.obligation)
            owner = (duties_owner(child.text) if not law and not child.children else []) or owner


def _heading_lead(item: Item) -> tuple[list[str], list[str]] | None:
    """一、各级政府 over 1.…(1)…: a heading that is only units' names leads the items below it that name none."""
    if not item.children or not item.title or item.text.strip() != item.title.strip():
        return None
    units = heading_units(item.title)
    return (units, []) if units else None


def counts(rules: list[Rule]) -> dict:
    return {"rules": len(rules), "targets": sum(len(r.targets) for r in rules),
            "deadlines": sum(len(r.deadlines) for r in rules), "frequencies": sum(len(r.frequencies) for r in rules)}


def document_files(paths, workspace=None) -> Found:
    """Files as given; folders become the documents in them (recursively, sorted), with the files passed
    over and why (corpus/files.py)."""
    roots = roots_of(workspace) if workspace is not None else ()
    shown = workspace.relative if workspace is not None else str
    found = Found()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            find_documents(p, roots, shown, found=found)
        else:
            found.documents.append(p)
    return found


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _header(path: Path) -> dict | None:
    """The `document:` block of an existing rule file, read without reading its rules (fast). None when
    it does not read: the merge then reads the whole file and says what is wrong."""
    from safeplan.errors import SafeplanError
    from safeplan.yamlfiles import load_yaml_text

    try:
        with open(path, "rb") as handle:
            head = handle.read(16384)
            while b"\nrules:" not in head:
                more = handle.read(65536)
                if not more:
                    break
                head += more
        cut = head.find(b"\nrules:")
        text = head[: cut if cut >= 0 else len(head)].decode("utf-8-sig")   # cut first: never mid-character
    except (OSError, UnicodeDecodeError):
        return None
    try:
        data = load_yaml_text(text, str(path))
    except SafeplanError:
        return None
    doc = data.get("document") if isinstance(data, dict) else None
    return doc if isinstance(doc, dict) else None


def _existing(out_dir: Path) -> dict[str, list[tuple[Path, dict]]]:
    """source path → [(rule file, its document block)] for the rule files already in `out_dir`."""
    found: dict[str, list[tuple[Path, dict]]] = {}
    if not out_dir.is_dir():
        return found
    for path in sorted(out_dir.glob("*.yaml")):
        doc = _header(path)
        if doc and isinstance(doc.get("source"), dict):
            found.setdefault(str(doc["source"].get("path")), []).append((path, doc))
    return found


def _up_to_date(entries: list[tuple[Path, dict]], sha: str) -> bool:
    return bool(entries) and all(isinstance(doc.get("extra"), dict) and "counts" in doc["extra"] and
        doc["source"].get("sha256") == sha and (doc.get("extra") or {}).get("extractor") == EXTRACTOR_VERSION
        for _, doc in entries)


def extract_corpus(workspace, out_dir=None, paths=None, force: bool = False, progress=None,
                   errors: list | None = None, warnings: list | None = None) -> list[dict]:
    """Extract the documents under `paths` (default: the workspace corpus) into `out_dir` (default: the
    workspace's rules/), merging into existing files. Returns one summary per document:
    {doc_id, path, part, rules_file, rules, targets, deadlines, frequencies, skipped, added, updated,
    stale, vanished}. Bad input raises SafeplanError before anything is written for that file; with an
    `errors` list, the error is appended there and the other files go on. Files in a format not read yet
    (.doc, .pdf …) found in a folder are appended to `warnings` (one SafeplanError each) when given."""
    from safeplan.corpus import read_documents
    from safeplan.corpus.files import confined
    from safeplan.errors import SafeplanError
    from safeplan.workspace import Workspace

    ws = workspace if isinstance(workspace, Workspace) else Workspace.at(workspace)
    out = Path(out_dir) if out_dir is not None else ws.root / "rules"
    found = document_files(paths or [ws.folder("corpus")], ws)
    if warnings is not None:
        warnings.extend(found.not_read)
    if found.refused and errors is None:
        raise found.refused[0]
    if errors is not None:
        errors.extend(found.refused)
    files = found.documents
    if not files and not found.refused:
        hint = f" ({found.not_read[0]})" if found.not_read else ""
        raise SafeplanError(f"no documents to extract ({SUFFIXES_SHOWN}){hint}",
                            path=str(paths[0]) if paths else None)
    vocabulary = load_vocabulary(ws)
    existing = _existing(out)
    owners = {d["id"]: src for src, entries in existing.items() for _, d in entries}
    claimed: dict[str, str] = {}
    summary: list[dict] = []
    roots = roots_of(ws)
    for path in files:
        try:
            if existing and not force and path.is_file():      # (a fresh output folder has nothing to skip)
                shown = ws.relative(path)
                entries = existing.get(shown, [])
                if entries and _up_to_date(entries, sha256_file(confined(path, roots, shown))):
                    for rule_path, doc in entries:
                        summary.append(_skipped_summary(ws.relative(rule_path), doc, shown))
                    if progress:
                        progress(path)
                    continue
            kept = {d["source"].get("part"): d["id"] for _, d in existing.get(ws.relative(path), [])
                    if isinstance(d.get("id"), str)} if existing else {}
            for doc in read_documents(path, workspace=ws):
                doc.id = kept.get(doc.part) or doc.id      # a file keeps the id its rule file has
                doc.id = _unique_id(doc, owners, claimed)
                fresh = extract_document(doc, vocabulary)
                summary.append(write_document(out / f"{doc.id}.yaml", fresh, doc, ws))
        except SafeplanError as exc:
            if errors is None:
                raise
            errors.append(exc)
        if progress:
            progress(path)
    return summary


def _unique_id(doc: Document, owners: dict[str, str], claimed: dict[str, str]) -> str:
    """Two files with one stem (a/_index.md, b/_index.md) must not share a rule file: the later one gets
    -2, -3 … — stable as long as the files keep their order."""
    candidate, n = doc.id, 1
    while claimed.get(candidate, doc.path) != doc.path or owners.get(candidate, doc.path) != doc.path:
        n += 1
        candidate = f"{doc.id}-{n}"
    claimed[candidate] = doc.path
    return candidate


def _skipped_summary(rule_path: str, doc: dict, shown: str) -> dict:
    """What the last extraction counted (document.extra.counts), without reading the rules."""
    found = (doc.get("extra") or {}).get("counts") or {}
    return {"doc_id": doc.get("id"), "path": shown, "part": doc["source"].get("part"),
            "rules_file": str(rule_path),
            **{k: found.get(k, 0) for k in ("rules", "targets", "deadlines", "frequencies")},
            "skipped": True, "added": [], "updated": [], "stale": [], "vanished": []}


HEADER = ("# safeplan rule file (rules-format.md). Generated by `safeplan extract`; edit freely —\n"
          "# set `reviewed: true` on a rule you checked and re-extraction keeps it as it is.\n")


def write_document(target: Path, fresh: RuleFile, doc: Document, ws=None) -> dict:
    """Write a fresh extraction to `target`, merging into the file when it exists (under the rules
    folder's lock, re-reading the file there: a review saved meanwhile is merged, never overwritten)."""
    from safeplan.fileio import locked
    from safeplan.rules.merge import MergeReport, merge
    from safeplan.rules.model import rule_file_to_dict
    from safeplan.rules.rulefiles import (
        load_for_rewrite,
        rewrite_loaded,
        write_rule_file,
    )

    report = MergeReport(added=[r.id for r in fresh.rules])
    with locked(target.parent):
        if target.exists():
            loaded = load_for_rewrite(target, str(target))   # a broken file stops here: nothing is overwritten
            merged, report = merge(loaded.rule_file, fresh)
            rewrite_loaded(loaded, rule_file_to_dict(merged, like=loaded.data))
        else:
            write_rule_file(target, rule_file_to_dict(fresh), HEADER)
    shown = ws.relative(target) if ws is not None else str(target)
    counted = fresh.document.extra["counts"]      # (extract_document counted them)
    return {"doc_id": doc.id, "path": doc.path, "part": doc.part, "rules_file": shown, **counted,
            "skipped": False, "added": report.added, "updated": report.updated, "stale": report.stale,
            "vanished": report.vanished}
