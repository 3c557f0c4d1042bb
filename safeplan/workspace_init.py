"""`safeplan init`: copy the packaged defaults into a new workspace, never overwriting a file."""

from __future__ import annotations

from pathlib import Path

from safeplan.fileio import atomic_write_bytes
from safeplan.workspace import FOLDERS, defaults_root


def init_workspace(target: str | Path) -> tuple[list[Path], list[Path]]:
    """Writes the default corpus/, rules/, profiles/, generators/, search/, checks/ into `target`.

    Returns (written, kept): files written, and files that already existed and were left alone.
    """
    root = Path(target)
    source_root = defaults_root()
    written: list[Path] = []
    kept: list[Path] = []
    for folder in FOLDERS:
        base = source_root / folder
        if not base.is_dir():
            continue
        for src in sorted(base.rglob("*")):
            if not src.is_file() or src.name == ".gitkeep" or "__pycache__" in src.parts:
                continue
            dest = root / folder / src.relative_to(base)
            if dest.exists():
                kept.append(dest)
                continue
            atomic_write_bytes(dest, src.read_bytes())
            written.append(dest)
    return written, kept
