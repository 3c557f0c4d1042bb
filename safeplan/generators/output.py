"""Where a run's files go: `OUT/<unit>/<name>.<fmt>` (cli.md), one folder per unit, never two units in one.

Unit names are made safe for the file system (safeplan.names); two names that come out alike (A/B and A:B,
or 东湖社区 and 东湖社区. on Windows, Abc and abc where case is ignored) are refused before anything is
written, naming the profile's lines. A temporary file left by a run that was killed mid-write is removed
when the same file is written again.
"""

from __future__ import annotations

from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.fileio import atomic_write_bytes
from safeplan.names import folder_key, safe_name


def unit_folders(profile) -> dict[str, str]:
    """The folder name of the street and of each community of the profile, by unit name.

    SafeplanError (the profile's file and line) when two units would share a folder."""
    units = [(profile.unit.name, None), *((c.name, c.line) for c in profile.communities)]
    folders: dict[str, str] = {}
    seen: dict[str, tuple[str, int | None]] = {}
    for name, line in units:
        folder = safe_name(name)
        key = folder_key(folder)
        if key in seen and seen[key][0] != name:
            other, other_line = seen[key]
            where = f" (line {other_line})" if other_line else " (the street)"
            raise SafeplanError(f"units {other!r}{where} and {name!r} would both be written to the folder "
                                f"{folder!r}: names must stay apart once made safe for file names "
                                "(/ \\ : * ? \" < > | become _); rename one", path=profile.path, line=line)
        seen[key] = (name, line)
        folders[name] = folder
    return folders


def _stray_temporaries(target: Path) -> list[Path]:
    """What safeplan.fileio's atomic write leaves of `target` when the process is killed: .NAME.*.tmp."""
    if not target.parent.is_dir():
        return []
    return [p for p in target.parent.glob(f".{target.name}.*.tmp") if p.is_file()]


def write_outputs(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write each file atomically (after removing what a killed run left of it); the files written."""
    targets = [path for path, _ in files]
    if len(set(targets)) != len(targets):
        raise SafeplanError("two outputs of one run would be written to the same file: nothing was written")
    for path, data in files:
        for stray in _stray_temporaries(path):
            stray.unlink(missing_ok=True)
        atomic_write_bytes(path, data)
    return targets
