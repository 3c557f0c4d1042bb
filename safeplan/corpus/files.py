"""Which files are documents, and reading one safely: the one home of the suffix lists, the rule that a
file of the workspace may not lead out of it (a symlink to /etc/passwd), and the read that stops at a limit
(a FIFO, /dev/zero, a file that grows while it is read).

Every face that finds or reads a corpus document goes through here: the reader (`read_documents`),
`safeplan extract`'s folder walk, the check's plan folders, and the workbench's source view.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from safeplan.errors import SafeplanError

# suffix → how the text is marked up (txt | md | html), and .docx read from its XML
TEXT_KINDS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
DOCUMENT_SUFFIXES = (*TEXT_KINDS, ".docx")
# formats people save policy documents in that the reader does not read: what to call them
NOT_YET = {".pdf": "PDF", ".doc": "Word 97-2003 (.doc)", ".wps": "WPS", ".xlsx": "Excel (.xlsx)",
           ".xls": "Excel (.xls)", ".et": "WPS spreadsheet", ".rtf": "RTF", ".odt": "OpenDocument (.odt)"}
SUFFIXES_SHOWN = ".txt .md .html .docx"
MAX_BYTES = 200 * 1024 * 1024
_LOOP = "symlink loop: the link points back to itself; replace it with the file"


def convert_hint(name: str) -> str:
    return f"convert it first with `libreoffice --headless --convert-to docx {name}`"


def not_yet_message(path: Path) -> str | None:
    """The one line for a file in a format the reader does not read (None for every other file)."""
    what = NOT_YET.get(path.suffix.lower())
    return f"{what} files are not read yet: {convert_hint(path.name)}" if what else None


def is_document_name(path: Path) -> bool:
    """A name the folder walks take for a document (hidden files, Office lock files and README.md are not)."""
    return (path.suffix.lower() in DOCUMENT_SUFFIXES and not path.name.startswith((".", "~$"))
            and path.name.upper() != "README.MD")


def roots_of(workspace) -> tuple[Path, ...]:
    """The folders a workspace's files may lead into: the workspace and the packaged defaults."""
    from safeplan.workspace import defaults_root

    return (Path(workspace.root).resolve(), defaults_root().resolve())


def _inside(path: Path, roots: Iterable[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def confined(path: str | os.PathLike, roots: Iterable[Path], shown: str | None = None) -> Path:
    """`path` resolved, when it is a regular file that stays inside `roots` (as given: a file that lies in
    one of them must not lead out of it through a symlink; a file the user named outside them is theirs).

    SafeplanError naming the file for a symlink loop, a path that leads out, or anything but a regular file
    (a FIFO would block the read, /dev/zero never ends it)."""
    p = Path(path)
    shown = shown or str(path)
    roots = tuple(roots)
    try:
        resolved = p.resolve(strict=True)
    except FileNotFoundError:
        raise SafeplanError("no such file" + (" (a symlink to a missing file)" if p.is_symlink() else ""),
                            shown) from None
    except RuntimeError:        # Python < 3.13: "Symlink loop from …"
        raise SafeplanError(_LOOP, shown) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SafeplanError(_LOOP, shown) from None
        raise SafeplanError(f"cannot read: {exc.strerror or exc}", shown) from None
    given = Path(os.path.abspath(p))
    if roots and _inside(given, roots) and not _inside(resolved, roots):
        raise SafeplanError(f"leads outside the workspace (a symlink to {resolved}): not read; copy the "
                            "document into the workspace instead of linking to it", shown)
    mode = resolved.stat().st_mode
    if stat.S_ISDIR(mode):
        raise SafeplanError("is a folder, not a document", shown)
    if not stat.S_ISREG(mode):
        raise SafeplanError("not a regular file (a FIFO, socket or device): not read", shown)
    return resolved


def read_limited(path: Path, shown: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refusing one that is (or grows) larger than `limit` while it is read:
    the size on disk is checked, and the read itself stops one byte past the limit."""
    too_large = f"file too large (more than {limit // 1048576} MB; the limit is {limit // 1048576} MB)"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise SafeplanError("no such file", shown) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SafeplanError(_LOOP, shown) from None
        raise SafeplanError(f"cannot read: {exc.strerror or exc}", shown) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())         # what was opened, not what the name pointed at before
        if stat.S_ISDIR(info.st_mode):
            raise SafeplanError("is a folder, not a document", shown)
        if not stat.S_ISREG(info.st_mode):
            raise SafeplanError("not a regular file (a FIFO, socket or device): not read", shown)
        if info.st_size > limit:
            raise SafeplanError(f"file too large ({info.st_size // 1048576} MB; the limit is "
                                f"{limit // 1048576} MB)", shown)
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise SafeplanError(f"cannot read: {exc.strerror or exc}", shown) from None
    if len(data) > limit:
        raise SafeplanError(too_large, shown)
    return data


@dataclass
class Found:
    """What a folder walk found: the documents, the files in formats not read yet (.doc, .pdf …: a warning
    each), and the files refused (a symlink leading out of the workspace, a loop, a FIFO: an error each)."""

    documents: list[Path] = field(default_factory=list)
    not_read: list[SafeplanError] = field(default_factory=list)
    refused: list[SafeplanError] = field(default_factory=list)


def find_documents(folder: Path, roots: Iterable[Path] = (), shown=str, recursive: bool = True,
                   found: Found | None = None) -> Found:
    """The documents in `folder` (sorted; recursively unless told not to), each checked by `confined`.
    Nothing is passed over silently but hidden files, Office lock files (~$…) and README.md."""
    found = found if found is not None else Found()
    roots = tuple(roots)
    for p in sorted(folder.rglob("*") if recursive else folder.iterdir()):
        if p.name.startswith((".", "~$")):
            continue
        label = shown(p)
        if p.is_dir():
            if p.is_symlink():
                found.refused.append(SafeplanError(
                    "a symlink to a folder: not followed; copy the documents into the workspace", label))
            continue
        message = not_yet_message(p)
        if message:
            found.not_read.append(SafeplanError(message, label))
            continue
        if not is_document_name(p):
            continue
        try:
            confined(p, roots, label)
        except SafeplanError as exc:
            found.refused.append(exc)
            continue
        found.documents.append(p)
    return found
