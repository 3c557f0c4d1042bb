"""One document's metadata, field by field, each read by its own module."""

from __future__ import annotations

import re

from safeplan.corpus.clean import without_glosses
from safeplan.corpus.metadata.admin import document_region
from safeplan.corpus.metadata.chrome import KEY_LIST, head_end_of, head_lines
from safeplan.corpus.metadata.dates import date_of, news_date, period
from safeplan.corpus.metadata.doc_number import doc_number_of, index_number
from safeplan.corpus.metadata.genre import covering_only, enacts_rules, folded_title, genre_of
from safeplan.corpus.metadata.info_table import table_values
from safeplan.corpus.metadata.issuer import closing_organ, issuer_of
from safeplan.corpus.metadata.level import document_level, law_place, writer_kind
from safeplan.corpus.metadata.signature import closing_lines, date_above_attachments, run_in_signature, signature
from safeplan.corpus.metadata.title import cited_only, document_title
from safeplan.corpus.model import Item, Metadata
from safeplan.hanzi import to_simplified

_TEMPLATE = re.compile(r"20__|__[\u4e00-\u9fff]|[\u4e00-\u9fff]__|_{3,}|(?:[×X]{2}|xx)(?:市|区|县|镇|街道|社区)|某某")


def extract_metadata(text: str, items: list[Item], raw: str, kind: str, part_title: str | None = None) -> Metadata:
    """Metadata of one document (or one part of a file) from its cleaned text."""
    meta = Metadata()
    head_end = head_end_of(items, len(text), text)
    listed = KEY_LIST.match(text, head_end)          # 1. 【颁布时间】… 6. 【法规来源】…: a law site's numbered keys
    head_end = listed.end() if listed else head_end
    # title, issuer, 文号 and dates are read on the text folded to Simplified (a copy in Traditional: 吉府發〔2022〕2號,
    # 發布時間:…; the fold keeps the length) and given as written; the raw page without a spam copy's pinyin glosses
    written_raw = without_glosses(raw)
    plain, plain_raw = to_simplified(text), to_simplified(written_raw)
    head = plain[:head_end]
    lines = head_lines(head)
    table = table_values(lines)
    law = kind == "md" and "<!-- INFO END -->" in raw[:5000] or _is_law(items)
    law_raw = plain_raw if law else ""

    meta.title = document_title(lines, plain, plain_raw, kind, law, table, part_title)
    meta.doc_number = table.get("doc_number") or doc_number_of(lines, law_raw)
    meta.index_number = index_number(head)
    signed = signature(closing_lines(plain, head_end))  # the 落款 that closes the text: before the page's 发布机构 / 发布日期
    if signed[1] is None and "附" in plain:
        signed = signed[0], date_above_attachments(plain)   # (…or its date above the attachments printed after it)
    run_in = run_in_signature(lines) if signed[0] is None and "。" in head else (None, None)
    signed = run_in if run_in[0] else (signed[0], signed[1] or run_in[1])    # (…or run into a flattened copy's line,
                                                                                # its document after it)
    meta.issuer = issuer_of(lines, table, law_raw, signed[0], meta.title) \
        or (None if law else closing_organ([ln.strip() for ln in plain[-600:].split("\n") if ln.strip()],
                                            meta.title))
    if meta.issuer and "__" in meta.issuer:
        meta.issuer = None                  # ____人民政府办公室: a template's blank, no one named
    meta.date = date_of(lines, table, law_raw, signed=signed[1])
    if plain != text or plain_raw != raw:
        meta.title, meta.issuer, meta.doc_number = (_as_written(value, ((plain, text), (plain_raw, written_raw)))
                                                    for value in (meta.title, meta.issuer, meta.doc_number))
    meta.template = _is_template(text)
    # genre and level are read on the text folded to Simplified (a copy in Traditional: 儀隴新聞網訊(記者 …),
    # every fold keeps the length); the values given (title, issuer) stay as written
    plain_title = folded_title(meta.title or "", plain is not text)
    meta.genre = genre_of(plain_title, plain, plain_raw, law, lines)
    if meta.genre not in ("notice", "news") and covering_only(meta.title, text, items):
        meta.genre = "notice"               # 现将《…方案》印发给你们 and the plan is not on the page
    law = law and meta.genre == "law"       # (numbered in 条 but a notice about a law or a body's 制度: read as neither's)
    if meta.genre == "news" and cited_only(meta.title, plain):
        meta.title = None                   # …印发《…要点》(以下简称《要点》): the document told of is not the item's headline
    if meta.genre == "news" and not signed[1]:   # a news item is dated by its byline, not by the event it reports
        meta.date = news_date(lines, table, plain_raw)
    own = writer_kind(text, meta.title, meta.issuer)
    if own == "enterprise":                 # a company's 制度 numbered in 条 is the company's rule, not a law
        law = False
        meta.genre = "other" if meta.genre == "law" else meta.genre
    elif own and meta.genre == "other" and enacts_rules(text):
        meta.genre = "law"                  # 制定本规定 / 本条例: a regulation whose 条 run together
    place = law_place(plain_title) if law else None
    meta.level = document_level(meta.issuer, meta.title, plain_title, meta.genre, law, place, lines, plain, text, own)
    meta.region = document_region(meta.issuer, table.get("issuer"), place if law else None, meta.level)
    if meta.genre == "news":
        meta.issuer = None                  # a news item is published, not issued: 来源 / 发布机构 posted it
    meta.period_start, meta.period_end = period(meta, text)
    return meta


def _as_written(value: str | None, folds: tuple[tuple[str, str], ...]) -> str | None:
    """A value read on a folded text, as its original writes it: the same span, the fold keeping every length (a
    value joined from two lines, or a 文号 read without its blanks, 川安辦?2006?80 號, is looked for with the line
    breaks and blanks left out)."""
    if not value:
        return value
    for folded, original in folds:
        at = folded.find(value)
        if at >= 0:
            return original[at:at + len(value)]
        if "\n" in folded or " " in folded:
            kept = [k for k, ch in enumerate(folded) if not ch.isspace()]
            at = "".join(folded[k] for k in kept).find(value)
            if at >= 0:
                return "".join(original[k] for k in kept[at:at + len(value)])
    return value


def _is_template(text: str) -> bool:
    # every branch of _TEMPLATE holds "__", "某某", "×", "X" or "xx": substring tests (fast, in C) clear most texts
    # before the regex, whose [\u4e00-\u9fff]__ branch is tried at every Chinese character
    if "__" not in text and "某某" not in text and "×" not in text and "X" not in text and "xx" not in text:
        return False
    return _TEMPLATE.search(text) is not None


def _is_law(items: list[Item]) -> bool:
    return sum(1 for it in items[:50] for sub in it.walk() if sub.style == "article") >= 3
