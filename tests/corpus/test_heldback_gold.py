"""The held-back gold (tests/corpus/heldback/gold.yaml) is well-formed and agrees with its texts.

Every entry's fields take the values rules-format.md allows, every anchor is a verbatim piece of its text, and every
responsible unit is named in the text as written (spaces aside, as in 农 办). The values come from the files, so a
typo in a unit, an invalid date or an unknown period makes this fail.
"""

import datetime
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from safeplan.corpus.clean import without_glosses

HELDBACK = Path(__file__).resolve().parent / "heldback"
LEVELS = {"national", "province", "city", "district", "street", "community", "enterprise", "unknown", None}
GENRES = {"plan", "work_points", "law", "notice", "report", "news", "checklist", "other"}
PERIODS = {"day", "week", "half_month", "month", "quarter", "half_year", "year"}
OPS = {">=", ">", "<=", "<", "=="}
METADATA = {"title", "issuer", "date", "doc_number", "index_number", "level", "genre", "period", "template"}
DOCUMENT = {"id", "source", "category", "split", "metadata", "title_alternatives", "min_items", "notes",
            "deadlines", "frequencies", "targets", "responsible", "scored"}
# the classes an entry may be scored on alone (README, "Format": a metadata-only batch says scored: [metadata])
CLASSES = {"metadata", "deadlines", "frequencies", "targets", "responsible", "structure"}


class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A safe loader that refuses a key given twice in one mapping (PyYAML keeps the last one silently). On
    libyaml's parser when PyYAML has it: the gold is read at collection, in each xdist worker (0.02 s, not 0.16)."""


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise yaml.constructor.ConstructorError(None, None, f"duplicate key {sorted(duplicates)}", node.start_mark)
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _documents() -> list[dict]:
    return yaml.load((HELDBACK / "gold.yaml").read_text(encoding="utf-8"), Loader=UniqueKeyLoader)["documents"]


DOCUMENTS = _documents()


def _iso(value) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def test_the_gold_has_no_duplicate_key_and_unique_ids():
    ids = [d["id"] for d in DOCUMENTS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["id"] for d in DOCUMENTS])
def test_every_entry_validates_against_its_text(doc):
    assert set(doc) <= DOCUMENT, set(doc) - DOCUMENT
    assert doc["category"] in {"street", "upper", "news", "regulation"}
    assert doc["split"] in {"dev", "held", "probe"}
    assert set(doc.get("scored", CLASSES)) <= CLASSES, doc["scored"]
    meta = doc["metadata"]
    assert set(meta) <= METADATA and {"title", "issuer", "date", "doc_number", "level", "genre"} <= set(meta)
    assert meta["level"] in LEVELS and meta["genre"] in GENRES
    if meta["date"] is not None:
        _iso(meta["date"])
    raw = (HELDBACK / "texts" / f"{doc['id']}.txt").read_text(encoding="utf-8")
    source = without_glosses(raw)          # a reader reads past a spam copy's pinyin glosses (鎮(zhèn)), as the extractor does
    folded = fold(source)
    for cls in ("deadlines", "frequencies", "targets", "responsible"):
        for entry in doc.get(cls, []):
            assert isinstance(entry["text"], str) and entry["text"] in source, (cls, entry["text"])
    for d in doc.get("deadlines", []):
        kinds = [k for k in ("date", "relative", "month") if k in d]
        assert len(kinds) == 1, d
        if "date" in d:
            _iso(d["date"])
        elif "month" in d:
            datetime.date(2000, d["month"], d["day"])          # a leap year: any real month/day passes
        else:
            assert fold(d["relative"]) in fold(d["text"]), d
    for f in doc.get("frequencies", []):
        assert f["period"] in PERIODS and isinstance(f["min_count"], int) and f["min_count"] >= 1, f
    for t in doc.get("targets", []):
        assert t["op"] in OPS and isinstance(t["value"], (int, float)), t
        assert t.get("unit") is None or isinstance(t["unit"], str), t
        if "due" in t:
            _iso(t["due"])
    for r in doc.get("responsible", []):
        units = r.get("lead", []) + r.get("support", [])
        assert units, r
        for unit in units:
            assert isinstance(unit, str) and fold(unit) in folded, (r["text"], unit)


# An item's number ((一), 一、, 1., (1), ①, 第三条, 一是) is not part of the item's rule text, so an anchor that
# starts with one can never be found in a rule (README, "Format").
ITEM_NUMBER = re.compile(r"(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)"
                         r"|[①-⑳⑴-⒇❶-❿]|第[一二三四五六七八九十百\d]+[条章节]|[一二三四五六七八九十]是)")


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d["id"] for d in DOCUMENTS])
def test_no_anchor_starts_with_an_item_number(doc):
    for cls in ("deadlines", "frequencies", "targets", "responsible"):
        for entry in doc.get(cls, []):
            assert not ITEM_NUMBER.match(entry["text"].lstrip()), (cls, entry["text"])
