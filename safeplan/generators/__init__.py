"""Generators: the street's 实施方案 and the 任务清单/责任清单/检查清单 of the street and its communities.

Everything is rendered in memory first; only when every file of the run is ready (no template error, no
placeholder left) are they written, each atomically, to `OUT/<unit>/<name>.<fmt>` (cli.md).
"""

from __future__ import annotations

from pathlib import Path

from safeplan.errors import SafeplanError
from safeplan.generators import content
from safeplan.generators.cascade import Cascade, cascade
from safeplan.generators.docx_writer import write_docx
from safeplan.generators.inspection import inspection_list
from safeplan.generators.output import unit_folders, write_outputs
from safeplan.generators.plan_view import plan_view
from safeplan.generators.register_xlsx import write_register
from safeplan.generators.templates import (
    environment,
    html_tree,
    markdown_to_html,
    plain_markdown,
    render,
    template_dirs,
)
from safeplan.generators.xlsx_writer import write_xlsx
from safeplan.profiles import Profile, Unit, check_overrides
from safeplan.rules.model import RuleFile
from safeplan.uppers import select_uppers
from safeplan.workspace import Workspace

PLAN_FORMATS = ("md", "html", "docx")
LIST_FORMATS = ("md", "html", "docx", "xlsx")
KINDS = {"tasks": "任务清单", "duties": "责任清单", "inspection": "检查清单"}
PLAN_NAME = "实施方案"
_TEMPLATES = {"tasks": "tasks.md.j2", "duties": "duties.md.j2", "inspection": "inspection.md.j2"}
_LEFTOVER = ("20__", "__", "{{", "}}", "【待补】")

__all__ = ["generate_plan", "generate_checklists", "PLAN_FORMATS", "LIST_FORMATS", "KINDS", "build_cascade", "check_choices"]


def _workspace(workspace) -> Workspace | None:
    if workspace is None or isinstance(workspace, Workspace):
        return workspace
    return Workspace.at(workspace)


def _formats(formats, allowed: tuple[str, ...], what: str) -> list[str]:
    chosen = list(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    bad = [f for f in chosen if f not in allowed]
    if bad or not chosen:
        raise SafeplanError(f"{what} formats are {', '.join(allowed)}; got {', '.join(bad) or 'none'}")
    return chosen


def build_cascade(rule_files: list[RuleFile], profile: Profile, report=None) -> Cascade:
    """Select the documents upper to the profile's unit (safeplan.uppers), check the profile's overrides
    against them, then cascade them onto the unit. `report`, when given, receives one line per document
    saying whether it was used, and why not."""
    selection = select_uppers(rule_files, profile)
    if report is not None:
        for line in selection.report_lines():
            report(line)
    uppers = selection.ordered()
    if not uppers:
        aside = "; ".join(f"{s.rule_file.document.id}: {s.reason}" for s in selection.set_aside)
        raise SafeplanError("no upper-level plan among the rule files (laws, news, reports, peer units' plans "
                            "and other districts' documents give no tasks); pass --rules with an upper plan's "
                            f"rule file{' (' + aside + ')' if aside else ''}")
    check_overrides(profile, uppers)
    return cascade(uppers, profile)


def _check_output(text: str, where: str) -> None:
    for mark in _LEFTOVER:
        if mark in text:
            at = text.index(mark)
            raise SafeplanError(f"the generated text still holds a placeholder {mark!r} near "
                                f"“{text[max(at - 15, 0):at + 15]}”; nothing was written", path=where)


def _render_all(env, template: str, where: str, page_title: str, landscape: bool, formats: list[str],
                **context) -> dict[str, bytes]:
    md_text = render(env, template, **context)
    body = markdown_to_html(md_text)
    tree = html_tree(body)
    _check_output("".join(tree.itertext()), where)
    out: dict[str, bytes] = {}
    for fmt in formats:
        if fmt == "md":
            out[fmt] = plain_markdown(md_text).encode("utf-8")
        elif fmt == "html":
            out[fmt] = render(env, "page.html.j2", title=page_title, body=body, landscape=landscape).encode("utf-8")
        elif fmt == "docx":
            out[fmt] = write_docx(tree, landscape=landscape)
    return out


def generate_plan(rule_files: list[RuleFile], profile: Profile, formats, out_dir, units=None,
                  workspace=None, report=None) -> list[Path]:
    """Write the profile's street's 实施方案 as OUT/<street>/实施方案.<fmt> for each of md, html, docx.

    `units`, when given, must name the profile's unit (the plan is the street's); anything else is an error.
    """
    ws = _workspace(workspace)
    formats = _formats(formats, PLAN_FORMATS, "plan")
    if units and not set(units) & {profile.unit.name}:
        raise SafeplanError(f"a plan is written for the profile's unit {profile.unit.name!r} only; "
                            f"--unit {', '.join(units)} is not it", path=profile.path)
    c = build_cascade(rule_files, profile, report)
    view = plan_view(c)
    env = environment(ws)
    rendered = _render_all(env, "plan.md.j2", f"{profile.unit.name}/{PLAN_NAME}", view.title, False, formats,
                           profile=profile, plan=view)
    folder = Path(out_dir) / unit_folders(profile)[profile.unit.name]
    return write_outputs([(folder / f"{PLAN_NAME}.{fmt}", rendered[fmt]) for fmt in formats])


CHECKLIST_KEYS = ("schema", "high_risk_sectors", "shared_sectors")


def _checklist_settings(ws: Workspace | None) -> dict:
    """generators/checklist.yaml (the workspace's copy first): the high-risk sectors a 高危行业领域 frequency binds,
    and the sectors whose general items are printed once per 检查清单 (shared_sectors)."""
    from safeplan import yamlfiles

    for folder in template_dirs(ws):
        path = folder / "checklist.yaml"
        if path.is_file():
            label = str(path)
            data = yamlfiles.load_yaml_file(path, label)
            if not isinstance(data, dict):
                raise SafeplanError("must be a mapping", path=label, line=1)
            yamlfiles.check_keys(data, CHECKLIST_KEYS, label)
            for key in ("high_risk_sectors", "shared_sectors"):
                sectors = data.get(key) or []
                if not isinstance(sectors, list) or not all(isinstance(x, str) for x in sectors):
                    raise SafeplanError(f"{key} must be a list of sector names", path=label, line=data.line_of(key))
            return data
    return {}


def _library(ws: Workspace | None, rule_files: list[RuleFile]):
    """The inspection-item library, and a resolver linking its 依据 to the rule files at hand (the shipped
    library's 依据 all resolve against the shipped rules/: tests/inspection checks it)."""
    from safeplan.inspection import Resolver, load_library

    return load_library(ws), Resolver(rule_files)


def _select_units(profile: Profile, units) -> list[Unit | None]:
    """None stands for the street itself; by default the street and every community."""
    if not units:
        return [None, *profile.communities]
    chosen: dict[str, Unit | None] = {}
    for name in units:
        if name == profile.unit.name:
            chosen[name] = None
            continue
        community = next((c for c in profile.communities if name in c.names), None)
        if community is None:
            raise SafeplanError(f"--unit {name!r} is neither the street nor one of its communities",
                                path=profile.path)
        chosen[community.name] = community
    return list(chosen.values())


def generate_checklists(rule_files: list[RuleFile], profile: Profile, kinds, formats, out_dir, units=None,
                        workspace=None, progress=None) -> list[Path]:
    """Write OUT/<unit>/任务清单|责任清单|检查清单.<fmt> for the street and (by default) every community.

    kinds ⊆ tasks, duties, inspection; formats ⊆ md, html, docx, xlsx. The 检查清单 comes from the
    inspection-item library (checks/): its forms per place and place type, tightened by the upper rules; the
    laws among the rule files no longer give rows, they resolve the library's 依据 to their rules. The other
    rule files are cascaded as for the plan (once, for every unit). `progress(done, total)` is called
    after each unit's lists are rendered.
    """
    ws = _workspace(workspace)
    formats = _formats(formats, LIST_FORMATS, "checklist")
    kinds = list(dict.fromkeys(kinds))
    if not kinds or any(k not in KINDS for k in kinds):
        raise SafeplanError(f"checklist kinds are {', '.join(KINDS)}; got {', '.join(kinds) or 'none'}")
    c = build_cascade(rule_files, profile)
    subject = content.theme(c.rule_files)
    library = resolver = settings = None
    if "inspection" in kinds:
        library, resolver = _library(ws, rule_files)
        settings = _checklist_settings(ws)
    env = environment(ws)
    folders = unit_folders(profile)
    files: list[tuple[Path, bytes]] = []
    selected = _select_units(profile, units)
    for done, unit in enumerate(selected, 1):
        name = unit.name if unit else profile.unit.name
        folder = Path(out_dir) / folders[name]
        for kind in kinds:
            if kind == "tasks":
                view = content.task_list(c, unit, subject)
            elif kind == "duties":
                view = content.duty_list(c, unit, subject)
            else:
                view = inspection_list(library, c, profile, unit, resolver, settings)
            text_formats = [f for f in formats if f != "xlsx"]
            rendered = _render_all(env, _TEMPLATES[kind], f"{name}/{KINDS[kind]}", view.title, True, text_formats,
                                   profile=profile, list=view) if text_formats else {}
            for fmt in formats:
                if fmt == "xlsx":
                    data = write_register(view) if kind == "inspection" else write_xlsx(view)
                else:
                    data = rendered[fmt]
                files.append((folder / f"{KINDS[kind]}.{fmt}", data))
        if progress is not None:
            progress(done, len(selected))
    return write_outputs(files)


def check_choices(profile: Profile, units=(), plan_formats=(), list_formats=(), kinds=()) -> None:
    """What generate_plan / generate_checklists would refuse, said before a run starts (the 生成 page):
    units the profile does not have, formats or kinds outside their lists. Raises SafeplanError."""
    _select_units(profile, units)
    if plan_formats:
        _formats(plan_formats, PLAN_FORMATS, "plan")
    if list_formats:
        _formats(list_formats, LIST_FORMATS, "checklist")
    if any(k not in KINDS for k in kinds):
        raise SafeplanError(f"checklist kinds are {', '.join(KINDS)}; got {', '.join(kinds)}")
