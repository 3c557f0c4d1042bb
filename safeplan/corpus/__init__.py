"""Reading policy documents (.txt/.md/.html/.docx) into Documents: metadata + a tree of numbered items."""
