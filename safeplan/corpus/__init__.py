"""Reading policy documents (.txt/.md/.html/.docx) into Documents: metadata + a tree of numbered items."""

from safeplan.corpus.model import Document, Item, Metadata
from safeplan.corpus.reader import read_documents, read_text

__all__ = ["Document", "Item", "Metadata", "read_documents", "read_text"]
