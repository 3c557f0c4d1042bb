"""rules/subject_list.py reads rules/responsible.py through its public names only (the seam the module docstring of
responsible.py lists): a private name read across the two modules would tie the reader to responsible.py's insides."""

import ast
from pathlib import Path

import safeplan.rules.subject_list as subject_list


def test_subject_list_reads_no_private_name_of_responsible():
    tree = ast.parse(Path(subject_list.__file__).read_text(encoding="utf-8"))
    private = sorted({node.attr for node in ast.walk(tree)
                      if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                      and node.value.id == "r" and node.attr.startswith("_")})
    assert private == []
