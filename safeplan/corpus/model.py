"""The reader's model: a Document is metadata plus a tree of numbered Items over the cleaned text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Metadata:
    """A document's metadata, as the reader recognises it and as a rule file's `document:` block holds it
    (rules.model.DocumentInfo adds the rule file's id and source): its one shape."""

    title: str | None = None
    issuer: str | None = None            # 发布机构 / 印发单位 / 落款
    doc_number: str | None = None        # 文号, e.g. 浔安委〔2021〕2号
    index_number: str | None = None      # 索引号
    date: str | None = None              # ISO 发文/成文日期
    level: str = "unknown"               # national|province|city|district|street|community|enterprise|unknown
    region: str | None = None
    genre: str = "other"                 # plan|work_points|law|notice|report|news|checklist|other
    period_start: int | None = None
    period_end: int | None = None
    template: bool = False               # 20__, ____, __街道 placeholders
    original_name: str | None = None     # the name the file came under (corpus/manifest.yaml)


@dataclass(slots=True)
class Item:
    """One numbered item (or law article/款/项, inline 一是…, table row) of a document."""

    id: str                   # rule id from the numbers as written: "3.3.6", "12.2.3", "t1.r3", "0"
    number: str               # as written: 一、 (三) 6. 第十二条 ① 一是
    style: str                # numbering style: cn-dun | cn-paren | arabic-dot | arabic-paren | circled | decimal-N | stage | heading | book | subbook | chapter | section | article | clause | item | inline | row | paragraph | preamble
    title: str                # the heading words (first sentence, or the whole short heading)
    text: str                 # the item's own text, cleaned, without its children (== Document.text[start:end];
                              # inline 一是… sub-items lie inside it when more of its text follows them)
    line: int                 # 1-based raw line (DOCX: paragraph index, a table row counting as one)
    start: int                # offset of the item's text in Document.text
    end: int
    path: list[str] = field(default_factory=list)       # headings of the ancestors, as written
    children: list["Item"] = field(default_factory=list)
    cells: dict[str, str] | None = None                  # a table row: column name → cell text
    responsible_lines: list[str] = field(default_factory=list)  # 责任单位:/牵头单位:/配合单位: lines that follow it

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Document:
    id: str                   # stable slug [a-z0-9-]+: the file stem, "-p2" for part 2
    path: str                 # as given / relative to the workspace
    meta: Metadata
    text: str                 # the cleaned text; Item offsets point into it
    items: list[Item]         # top-level items (a "0" preamble item first when there is text before the first heading)
    sha256: str               # of the raw bytes of the file
    part: int | None = None   # 1-based for 篇N, None for a one-document file
    raw_text: str = ""        # the decoded raw text
    # cleaned offset → raw offset (len(text) + 1 entries); the reader gives an OffsetMap, a read-only
    # Sequence[int] stored as runs (indexing and len() work as on a list; it is not a list)
    raw_offsets: Sequence[int] = field(default_factory=list)

    def walk(self):
        for item in self.items:
            yield from item.walk()
