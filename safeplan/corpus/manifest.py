"""`original_name` of an embedded corpus file, from the nearest corpus/manifest.yaml above it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from safeplan.yamlfiles import check_known_keys, load_yaml_file


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


# The keys of corpus/manifest.yaml (files: path → entry)
MANIFEST_KEYS = {"": ("schema", "files"), "files.*": ("original_name", "note")}


@lru_cache(maxsize=8)
def _load(manifest: str, _mtime: int) -> dict:
    data = load_yaml_file(manifest)             # a broken manifest is bad input naming its line
    check_known_keys(data, MANIFEST_KEYS, manifest)
    files = data.get("files") if isinstance(data, dict) else None
    return files if isinstance(files, dict) else {}
