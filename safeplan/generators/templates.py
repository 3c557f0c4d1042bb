"""The prose templates: jinja2, sandboxed, the workspace's generators/ folder first, then the packaged one.

Templates write Markdown (the .md output). HTML is that Markdown through the `markdown` package with raw
HTML switched off, so every character of source text arrives escaped; the DOCX writer walks the same HTML.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jinja2
import markdown
from jinja2.sandbox import SandboxedEnvironment
from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder

from safeplan.corpus.numerals import int_to_cn
from safeplan.errors import SafeplanError
from safeplan.generators.phrasing import gongwen_text
from safeplan.workspace import Workspace, defaults_root

_BLOCK_START = re.compile(r"[#>+*-]|\d+[.)] ")
_CLASS_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def md_text(value) -> str:
    """Source text as Markdown text, on one line. Only backslashes and braces need escaping: the converter
    keeps no inline syntax but escapes (no links, emphasis or HTML), so 安委会[2024]2号 stays as written;
    a brace could open an attribute list ({: …}) meant for the templates' own marks."""
    text = " ".join(str(value).split()).replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    # a value that opens a line must not open a block (# heading, > quote, - list, 1. list)
    return "\\" + text if _BLOCK_START.match(text) else text


def md_cell(value) -> str:
    """A table cell: like md_text with | escaped, never empty (an empty cell is written as —)."""
    return md_text(value).replace("|", "\\|") or "—"


def cn_date(iso: str) -> str:
    """2024-03-15 → 2024年3月15日 (Arabic numerals, no leading zeros, as GB/T 9704 writes 成文日期)."""
    year, month, day = (int(p) for p in iso.split("-"))
    return f"{year}年{month}月{day}日"


def cn_number(value) -> str:
    """3 → 三 (for （三）)."""
    return int_to_cn(int(value))


def template_dirs(workspace: Workspace | None) -> list[Path]:
    dirs = []
    if workspace is not None and (workspace.root / "generators").is_dir():
        dirs.append(workspace.root / "generators")
    dirs.append(defaults_root() / "generators")
    return dirs


def environment(workspace: Workspace | None) -> SandboxedEnvironment:
    """The sandboxed environment for a workspace; one per template search path, so compiled templates are
    reused across calls (jinja2 still reloads a template whose file changed)."""
    return _environment(tuple(str(d) for d in template_dirs(workspace)))


@functools.lru_cache(maxsize=16)
def _environment(dirs: tuple[str, ...]) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(d) for d in dirs]),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html", "html.j2"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md_text, cell=md_cell, cn_date=cn_date, cn=cn_number, gw=gongwen_text)
    return env


def render(env: SandboxedEnvironment, name: str, **context) -> str:
    """Render one template; a template error is a SafeplanError naming the template file (and line)."""
    try:
        template = env.get_template(name)
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise SafeplanError(f"template error: {exc.message}", path=exc.filename or name, line=exc.lineno) from None
    except jinja2.TemplateNotFound:
        raise SafeplanError("template not found in generators/", path=name) from None
    except (jinja2.UndefinedError, jinja2.exceptions.SecurityError, TypeError, ValueError) as exc:
        filename = getattr(locals().get("template"), "filename", None) or name
        raise SafeplanError(f"template error: {exc}", path=filename, line=_template_line(exc, filename)) from None


def _template_line(exc: BaseException, filename: str) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


# the plan template's data for the DOCX writer: a title's line breaks, the 印发日期 beside the 印发机关
_DATA_ATTRIBUTES = ("data-lines", "data-right")


class _ClassesOnly(AttrListTreeprocessor):
    """The templates' {: .class } marks (and the two data-* of _DATA_ATTRIBUTES), nothing else an attribute
    list can say: no id, no onmouseover, no style (a name or heading that still carried one would otherwise become an HTML attribute)."""

    def assign_attrs(self, elem, attrs_string: str, *, strict: bool = False) -> str:
        attrs, remainder = get_attrs_and_remainder(attrs_string)
        if strict and remainder:
            return remainder
        for key, value in attrs:
            if key == "." and _CLASS_NAME.fullmatch(value or ""):
                elem.set("class", f"{elem.get('class')} {value}" if elem.get("class") else value)
            elif key in _DATA_ATTRIBUTES:
                elem.set(key, value or "")       # plain data for the DOCX writer, escaped like any attribute
        return remainder


def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "attr_list"], output_format="xhtml")
    md.treeprocessors.register(_ClassesOnly(md), "attr_list", 8)
    # source text must never become markup: no raw HTML blocks, inline tags or entities; and the
    # documents are plain text (the DOCX writer has no links or emphasis), so of the inline syntax only
    # backslash escapes stay — which also spares the inline pass over every cell of a long table
    md.preprocessors.deregister("html_block")
    for name in [item.name for item in md.inlinePatterns._priority]:
        if name != "escape":
            md.inlinePatterns.deregister(name)
    return md


_ATTR_LINE = re.compile(r"^\{:[^}\n]*\}\n", re.M)
_ATTR_TAIL = re.compile(r" *(?<!\\)\{:[^}\n]*\}$", re.M)   # not an escaped \{ of source text


def plain_markdown(text: str) -> str:
    """The .md file as people read it: without the {: .class } marks meant for the HTML/DOCX writers."""
    return _ATTR_TAIL.sub("", _ATTR_LINE.sub("", text))


_CONVERTER: list[markdown.Markdown] = []


def markdown_to_html(text: str) -> str:
    if not _CONVERTER:
        _CONVERTER.append(_markdown())
    return _CONVERTER[0].reset().convert(text)


def html_tree(body_html: str) -> ET.Element:
    """The HTML body Markdown produced, as an element tree (the DOCX writer walks it)."""
    return ET.fromstring(f"<div>{body_html}</div>")
