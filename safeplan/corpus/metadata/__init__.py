"""Metadata of a policy document read off its text: 标题, issuer (落款/发布机构), 文号, 索引号, date,
level, region, genre, period, template.

Everything is looked for in the document's head (the text before its first numbered item) and in the
lines around the signature; the body is not searched for a 文号, since bodies cite other documents.
extract.py puts the fields together; each field has a module of its own (title, issuer, doc_number, dates, level,
genre) over the shapes they share: the page around a document (chrome, info_table), days as written (days),
agencies' names (agencies), a 落款 (signature) and the lines of a head (shapes)."""

from safeplan.corpus.metadata.extract import extract_metadata

__all__ = ["extract_metadata"]
