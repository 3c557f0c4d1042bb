"""`original_name` of an embedded corpus file, from the nearest corpus/manifest.yaml above it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml


def original_name(path: Path) -> str | None:
    path = path.resolve()
    for folder in list(path.parents)[:4]:
        manifest = folder / "manifest.yaml"
        if manifest.is_file():
            files = _load(str(manifest), manifest.stat().st_mtime_ns)
            entry = files.get(path.relative_to(folder).as_posix())
            if isinstance(entry, dict) and entry.get("original_name"):
                return str(entry["original_name"])
            return None
    return None


@lru_cache(maxsize=8)
def _load(manifest: str, _mtime: int) -> dict:
    try:
        with open(manifest, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return files if isinstance(files, dict) else {}
