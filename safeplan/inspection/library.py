"""The inspection-item library (checks/*.yaml): what a grid worker checks at a place, and why.

Three kinds of file, told apart by `schema` and checked against checks/schema.json: item files
(`safeplan.checks/v1`, one per sector or place type), `sources.yaml` (the laws, rules and standards items
cite) and `places.yaml` (the place types a profile's places name). The packaged files are the defaults; a
workspace's checks/ file of the same name replaces one, a new name adds one. Every problem is a
SafeplanError naming the file and line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from safeplan import yamlfiles
from safeplan.errors import SafeplanError
from safeplan.rules.yamlio import element_lines, line_of, plain
from safeplan.workspace import Workspace, defaults_root

FOLDER = "checks"
ITEMS_SCHEMA = "safeplan.checks/v1"
SOURCES_SCHEMA = "safeplan.check-sources/v1"
PLACES_SCHEMA = "safeplan.check-places/v1"
MAJOR = "重大事故隐患"
# words of a law's own text: an item is a question a grid worker answers, never a copied article
LAW_WORDS = ("前款", "本条", "本法", "本规定", "本办法", "本条例", "本标准", "应当", "依照", "下列")


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    cite: str                  # how a 依据 names it: 《消防法》, 公安部令第61号, GB 35181-2017
    rules: str | None = None   # the id of its rule file when the document is in the corpus


@dataclass(frozen=True)
class Citation:
    source: Source
    ref: str                   # 第二十八条, 第十六条第一款(三), 5.5, 三(三)4

    @property
    def text(self) -> str:
        gap = "" if self.source.cite.endswith("》") else " "
        return f"{self.source.cite}{gap}{self.ref}"


@dataclass(frozen=True)
class PlaceType:
    name: str
    sectors: tuple[str, ...]   # the first is the sector it is listed under
    aliases: tuple[str, ...] = ()

    @property
    def sector(self) -> str:
        return self.sectors[0]


@dataclass(frozen=True)
class Item:
    id: str
    sectors: tuple[str, ...]
    places: tuple[str, ...]    # place types; empty: every place type of its sectors
    item: str                  # 检查项目
    question: str              # 检查内容
    method: str                # 查看/询问/测试/查阅资料
    finding: str               # 一般隐患/重大事故隐患
    judged_by: Citation | None
    basis: tuple[Citation, ...]
    frequency: str
    frequency_basis: Citation
    keywords: tuple[str, ...] = ()
    path: str = ""
    line: int | None = None

    @property
    def major(self) -> bool:
        return self.finding == MAJOR


@dataclass
class Library:
    items: list[Item]
    places: dict[str, PlaceType]            # by name
    sources: dict[str, Source]
    files: list[str] = field(default_factory=list)
    _aliases: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for place in self.places.values():
            for word in (place.name, *place.aliases):
                self._aliases.setdefault(word, place.name)

    def place(self, name: str) -> PlaceType | None:
        """A place type by its name or an alias."""
        found = self._aliases.get((name or "").strip())
        return self.places[found] if found else None

    def place_types(self, sector: str) -> list[PlaceType]:
        """The place types listed under a sector, in places.yaml order."""
        return [p for p in self.places.values() if p.sector == sector]

    def items_for(self, place: PlaceType) -> list[Item]:
        """The items checked at a place of this type: those naming it, and those of its sectors naming none."""
        sectors = set(place.sectors)
        return [i for i in self.items
                if place.name in i.places or (not i.places and sectors & set(i.sectors))]

    def by_id(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


def library_files(workspace: Workspace | None) -> list[tuple[str, Path]]:
    """(label, path) of every library file: the packaged defaults, each replaced by the workspace's file of the
    same name, and the workspace's new files; sorted by name."""
    files: dict[str, tuple[str, Path]] = {}
    default = defaults_root() / FOLDER
    folders = [(default, f"{FOLDER}/")]
    if workspace is not None and (workspace.root / FOLDER).is_dir() and (workspace.root / FOLDER) != default:
        folders.append((workspace.root / FOLDER, f"{FOLDER}/"))
    for folder, prefix in folders:
        if folder.is_dir():
            for path in folder.glob("*.yaml"):
                files[path.name] = (prefix + path.name, path)
    return [files[name] for name in sorted(files)]


@lru_cache(maxsize=2)
def _validator(schema_path: str, mtime_ns: int):  # noqa: ARG001 (mtime_ns: the cache key)
    import jsonschema

    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _schema_path(workspace: Workspace | None) -> Path:
    if workspace is not None:
        return Path(workspace.file(FOLDER, "schema.json"))
    return defaults_root() / FOLDER / "schema.json"


def _read(label: str, path: Path, workspace: Workspace | None) -> tuple[dict, str]:
    text = yamlfiles.read_text(path, label)
    data = yamlfiles.load_yaml_text(text, label)
    if not isinstance(data, dict):
        raise SafeplanError("a library file must be a mapping with a schema: key", path=label, line=1)
    data = plain(data)
    schema = _schema_path(workspace)
    errors = sorted(_validator(str(schema), schema.stat().st_mtime_ns).iter_errors(data),
                    key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        error = min(errors, key=lambda e: line_of(text, list(e.absolute_path)) or 0)
        where = list(error.absolute_path)
        name = ".".join(str(p) for p in where) or "(top)"
        raise SafeplanError(f"{name}: {_short(error)}", path=label, line=line_of(text, where))
    return data, text


def _short(error) -> str:
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown key(s)")
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "not" and isinstance(error.instance, dict) and "judged_by" in error.instance:
        return "judged_by is only for a 重大事故隐患 finding"
    if error.validator == "maxLength":
        return f"{error.instance!r} is longer than {error.validator_value} characters"
    return error.message


class _Builder:
    def __init__(self, workspace: Workspace | None):
        from safeplan.rules.sectors import load_vocabulary

        self.vocabulary = load_vocabulary(workspace)
        self.sources: dict[str, Source] = {}
        self.places: dict[str, PlaceType] = {}
        self.item_files: list[tuple[str, dict, str]] = []
        self.ids: dict[str, str] = {}

    def sector(self, name: str, label: str, line: int | None) -> str:
        canonical = self.vocabulary.canonical(name)
        if canonical is None:
            raise SafeplanError(f"unknown sector {name!r} (the sector vocabulary is rules/sectors.yaml)",
                                path=label, line=line)
        return canonical

    def add_sources(self, data: dict, text: str, label: str) -> None:
        for n, entry in enumerate(data["sources"]):
            if entry["key"] in self.sources:
                raise SafeplanError(f"source {entry['key']!r} is listed twice", path=label,
                                    line=line_of(text, ["sources", n]))
            self.sources[entry["key"]] = Source(entry["key"], entry["title"], entry["cite"], entry.get("rules"))

    def add_places(self, data: dict, text: str, label: str) -> None:
        for entry, line in zip(data["places"], element_lines(text, ["places"]), strict=True):
            if entry["type"] in self.places:
                raise SafeplanError(f"place type {entry['type']!r} is listed twice", path=label, line=line)
            sectors = tuple(dict.fromkeys(self.sector(s, label, line) for s in entry["sectors"]))
            self.places[entry["type"]] = PlaceType(entry["type"], sectors, tuple(entry.get("aliases") or ()))

    def citation(self, value: str, label: str, line: int | None) -> Citation:
        key, ref = value.split(" ", 1)
        source = self.sources.get(key)
        if source is None:
            raise SafeplanError(f"依据 {value!r} names no source of checks/sources.yaml ({key!r})",
                                path=label, line=line)
        return Citation(source, ref.strip())

    def items(self, data: dict, text: str, label: str) -> list[Item]:
        defaults = data.get("defaults") or {}
        out = []
        for entry, line in zip(data["items"], element_lines(text, ["items"]), strict=True):
            merged = {**defaults, **entry}
            if merged["id"] in self.ids:
                raise SafeplanError(f"item id {merged['id']!r} is used twice (first in {self.ids[merged['id']]})",
                                    path=label, line=line)
            self.ids[merged["id"]] = label
            for key in ("sectors", "frequency", "frequency_basis"):
                if not merged.get(key):
                    raise SafeplanError(f"item {merged['id']}: no {key} (give it, or the file's defaults)",
                                        path=label, line=line)
            places = tuple(merged.get("places") or ())
            for place in places:
                if place not in self.places:
                    raise SafeplanError(f"item {merged['id']}: unknown place type {place!r} (checks/places.yaml)",
                                        path=label, line=line)
            question = merged["question"]
            for word in LAW_WORDS:
                if word in question:
                    raise SafeplanError(f"item {merged['id']}: 检查内容 reads as a law's text ({word!r}); ask a "
                                        "question a grid worker can answer on site", path=label, line=line)
            out.append(Item(
                id=merged["id"],
                sectors=tuple(dict.fromkeys(self.sector(s, label, line) for s in merged["sectors"])),
                places=places, item=merged["item"], question=question, method=merged["method"],
                finding=merged["finding"],
                judged_by=self.citation(merged["judged_by"], label, line) if merged.get("judged_by") else None,
                basis=tuple(self.citation(b, label, line) for b in merged["basis"]),
                frequency=merged["frequency"],
                frequency_basis=self.citation(merged["frequency_basis"], label, line),
                keywords=tuple(merged.get("keywords") or ()), path=label, line=line))
        return out


_CACHE: dict[tuple, Library] = {}


def load_library(workspace=None) -> Library:
    """The library of a workspace (its checks/ files over the packaged ones), validated; cached by the files'
    paths and modification times."""
    ws = workspace if isinstance(workspace, Workspace) or workspace is None else Workspace.at(workspace)
    files = library_files(ws)
    key = tuple((label, str(path), path.stat().st_mtime_ns) for label, path in files)
    key += (str(_schema_path(ws)), str(ws.file("rules", "sectors.yaml")) if ws else "")
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = _load(files, ws)
    return _CACHE[key]


def _load(files: list[tuple[str, Path]], ws: Workspace | None) -> Library:
    if not files:
        raise SafeplanError("the inspection-item library is missing (no checks/*.yaml)", path=FOLDER)
    builder = _Builder(ws)
    read = [(label, *_read(label, path, ws)) for label, path in files]
    for label, data, text in read:
        if data["schema"] == SOURCES_SCHEMA:
            builder.add_sources(data, text, label)
    for label, data, text in read:
        if data["schema"] == PLACES_SCHEMA:
            builder.add_places(data, text, label)
    items: list[Item] = []
    for label, data, text in read:
        if data["schema"] == ITEMS_SCHEMA:
            items.extend(builder.items(data, text, label))
    if not items:
        raise SafeplanError("the inspection-item library has no items", path=FOLDER)
    return Library(items=items, places=builder.places, sources=builder.sources, files=[f[0] for f in files])
