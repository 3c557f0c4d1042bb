"""Atomic writes: temp file in the same folder, then os.replace. A crash never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from safeplan.errors import SafeplanError


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as exc:  # the target is held open (WPS/Word on Windows)
            raise SafeplanError(
                f"cannot replace the file ({exc.strerror}); is it open in Word/WPS? "
                "Close it and run again — the old file is kept.",
                path=str(target),
            ) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
