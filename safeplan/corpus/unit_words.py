"""The words a 公文 names a task's units with: who leads (责任单位, 牵头部门), who supports (配合单位, 协助部门).

One list, read in two places that each add their own: a 责任单位:/配合部门: line's label (structure.py) and a task
table's column name (tables.py). rules/responsible.py reads whole labels in running text instead (LEAD_LABELS).
"""

from __future__ import annotations

# the words both a label line and a column name are read by
LEAD_WORDS = ("责任", "牵头", "主责", "主办")
SUPPORT_WORDS = ("配合", "协助", "协办", "参与")
