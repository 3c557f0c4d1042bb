"""Paths to the embedded corpus and the development texts (copied unchanged from ../shared/corpus/dev/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeplan.corpus import read_documents

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
DEV = Path(__file__).resolve().parent / "dev"


@pytest.fixture(scope="session")
def read():
    """read("plans/x.txt") → the Documents of an embedded corpus file (cached for the session)."""
    cache: dict[str, list] = {}

    def _read(relative: str):
        if relative not in cache:
            cache[relative] = read_documents(CORPUS / relative)
        return cache[relative]

    return _read


@pytest.fixture(scope="session")
def item():
    """item(doc, "3.1.1") → the item of doc with that id."""

    def _item(doc, item_id):
        for it in doc.walk():
            if it.id == item_id:
                return it
        raise AssertionError(f"{doc.id} has no item {item_id}: {[i.id for i in doc.walk()]}")

    return _item
