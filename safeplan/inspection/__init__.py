"""The inspection-item library (checks/) and the 检查清单 built from it: forms a grid worker ticks on site.

`library` loads and validates checks/*.yaml; `resolve` finds the rule a 依据 names in the corpus; `forms`
picks a unit's items per place and place type and applies the upper rules' stricter frequencies and deadlines.
The XLSX 隐患排查台账 is written by safeplan.generators.register_xlsx (its columns: safeplan.register).
"""

from safeplan.inspection.forms import Form, Row, unit_forms, uppers
from safeplan.inspection.library import (
           Citation,
           Item,
           Library,
           PlaceType,
           Source,
           load_library,
)
from safeplan.inspection.resolve import Resolver, dangling

__all__ = ["Citation", "Form", "Item", "Library", "PlaceType", "Resolver", "Row", "Source", "dangling",
           "load_library", "unit_forms", "uppers"]
