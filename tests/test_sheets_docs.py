"""docs/sheets.md and docs/templates stay true to the code."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from glo_act_desktop.services import sheets
from glo_act_desktop.services.sheets.columns import SHEETS
from glo_act_desktop.services.records import save_record
from tests import factories

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDE = (DOCS / "sheets.md").read_text(encoding="utf-8")


def test_every_column_and_child_sheet_is_documented():
    for spec in SHEETS.values():
        for column in spec.columns:
            if not column.name.startswith("assisted_") or column.name.endswith("disability"):
                assert f"| `{column.name}` |" in GUIDE, column.name
            else:
                assert f"`{column.name}`" in GUIDE, column.name
        for child in spec.children:
            assert f"Sheet **{child.name}**" in GUIDE
            for column in child.columns:
                assert f"| `{column.name}` |" in GUIDE, (child.name, column.name)


def csv_examples() -> list[str]:
    blocks = re.findall(r"```\n(id,programme,.*?)```", GUIDE, re.DOTALL)
    assert len(blocks) == 2
    return blocks


def test_the_examples_import(ctx, tmp_path):
    added, corrected = csv_examples()
    path = tmp_path / "trainings.csv"
    path.write_text(added, encoding="utf-8")
    plan = sheets.plan_import(ctx, "trainings", path)
    assert plan.ok and plan.new == 2, plan.summary()
    save_record(ctx, factories.consultation(id="3f2b8c1e-5d4a-4b7e-9c1f-2a6e8d0b4c71"))
    path = tmp_path / "consultations.csv"
    path.write_text(corrected, encoding="utf-8")
    plan = sheets.plan_import(ctx, "consultations", path)
    assert plan.ok and plan.updated == 1, plan.summary()


@pytest.mark.parametrize("kind", list(SHEETS))
def test_published_templates_are_current(tmp_path, kind):
    for suffix in (".csv", ".xlsx"):
        fresh = tmp_path / f"{kind}{suffix}"
        sheets.write_template(kind, fresh)
        published = DOCS / "templates" / f"{kind}{suffix}"
        if suffix == ".csv":
            assert published.read_bytes() == fresh.read_bytes()
        else:
            def cells(path):
                workbook = openpyxl.load_workbook(path, read_only=True)
                return {ws.title: list(ws.iter_rows(values_only=True))
                        for ws in workbook.worksheets}
            assert cells(published) == cells(fresh), \
                "regenerate docs/templates with sheets.write_template"
