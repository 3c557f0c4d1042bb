"""Atomic writes: temp file in the same folder, then os.replace. A crash never leaves a half-written file.
The file gets the mode a plain `open` would give it: an existing file keeps its mode, a new one gets
0666 less the umask (mkstemp's own 0600 would hide every generated file from the rest of the team).

`locked(folder)` is the one lock every writer of a folder's files (the rules/ folder: extraction, review
saves) holds while it reads, checks and replaces a file, so that no acknowledged edit is overwritten.
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from safeplan.errors import SafeplanError

LOCK_NAME = ".safeplan.lock"


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:                  # (no /proc: read it the only portable way, setting it back at once)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


_UMASK_LOCK = threading.Lock()


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
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


_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@contextmanager
def locked(folder: str | os.PathLike):
    """Hold the folder's writer lock (a `.safeplan.lock` file in it, locked with flock/msvcrt, plus a
    thread lock: flock does not exclude threads of one process that open the file separately)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = str(folder.resolve())
    with _THREAD_LOCKS_GUARD:
        thread_lock = _THREAD_LOCKS.setdefault(key, threading.Lock())
    with thread_lock:
        with open(folder / LOCK_NAME, "a+b") as handle:
            _lock_file(handle)
            try:
                yield
            finally:
                _unlock_file(handle)


def _lock_file(handle) -> None:
    try:
        import fcntl
    except ImportError:                # Windows
        import msvcrt

        handle.seek(0)
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock_file(handle) -> None:
    try:
        import fcntl
    except ImportError:
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
