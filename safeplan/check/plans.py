"""The plans a `safeplan check` run reads: files as given, a folder standing for the plans in it.

Nothing in a folder is passed over silently: a document the reader cannot read (.doc, .pdf …) stops the
run (exit 2, with how to convert it), and sub-folders and other files are listed as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from safeplan.corpus.files import DOCUMENT_SUFFIXES, NOT_YET
from safeplan.errors import SafeplanError

PLAN_SUFFIXES = DOCUMENT_SUFFIXES           # one list for every face (corpus/files.py)
SHOWN = ".docx .md .txt .html"


@dataclass
class PlanInputs:
    plans: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)    # (path as shown, why)


def expand_plan_paths(paths, label=str) -> PlanInputs:
    """Plan files as given; a folder stands for the plans in it (sorted, not recursive).

    SafeplanError for a folder holding a document in a format the reader does not read, or no plan at all.
    """
    out = PlanInputs()
    for path in paths:
        p = Path(path)
        if not p.is_dir():
            out.plans.append(p)
            continue
        found = []
        for f in sorted(p.iterdir()):
            if f.name.startswith("."):
                continue                                  # hidden files: .DS_Store, .safeplan-ignore.yaml
            if f.is_dir():
                out.skipped.append((label(f) + "/", "a sub-folder: its plans are not checked (name it to check them)"))
            elif f.suffix.lower() in NOT_YET:
                raise SafeplanError(f"{NOT_YET[f.suffix.lower()]} files are not read yet: convert it first with "
                                    f"`libreoffice --headless --convert-to docx {f.name}`", label(f))
            elif f.name.startswith("~$"):
                out.skipped.append((label(f), "an Office lock file"))
            elif f.suffix.lower() in PLAN_SUFFIXES:
                found.append(f)
            else:
                out.skipped.append((label(f), f"not a plan ({SHOWN})"))
        if not found:
            raise SafeplanError(f"no plans ({SHOWN}) in this folder", path=str(path))
        out.plans += found
    return out
