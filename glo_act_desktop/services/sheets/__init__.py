"""Spreadsheets in and out: templates, all-or-nothing import and scoped export, CSV or XLSX.

`plan_import` checks a whole file and writes nothing; `apply_import` writes a clean plan in one
transaction. Column definitions: columns.py; one cell's format: cells.py.
"""

from glo_act_desktop.services.sheets.exporting import export_sheet
from glo_act_desktop.services.sheets.importing import apply_import, plan_import
from glo_act_desktop.services.sheets.plan import ImportPlan, SheetProblem
from glo_act_desktop.services.sheets.template import write_template

__all__ = ["ImportPlan", "SheetProblem", "apply_import", "export_sheet", "plan_import",
           "write_template"]
