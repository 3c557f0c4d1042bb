"""The one helper the metadata tests share: a page's text read as one document, its metadata."""

from safeplan.corpus import read_text


def meta(text):
    """The metadata the extractor reads off one page's text (a single document)."""
    [doc] = read_text(text, "page.txt")
    return doc.meta
