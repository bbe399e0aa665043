"""Sheet export of exactly what a register shows: its filters, the same SQL as the register, and of
a list of ids (one record to Excel)."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest

from glo_act_desktop.domain.filters import YES, Filters
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import delete_records
from glo_act_desktop.services.sheets import export_sheet
from glo_act_desktop.store.repositories.registers import ids_matching, read_page


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 400, seed=11)
    return ctx


def shown_ids(ctx, kind: str, filters: Filters) -> set[str]:
    """Every row the register lists with these filters, page after page."""
    ids, after = set(), None
    with ctx.db.reading() as session:
        while True:
            page = read_page(session, kind, "title" if kind != "grants" else "grantee",
                             after=after, filters=filters)
            ids.update(row.id for row in page.rows)
            if page.after is None:
                return ids
            after = page.after


def csv_ids(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return [row["id"] for row in csv.DictReader(stream)]


FILTERS = [
    ("consultations", Filters(country="NP", outside_capital=YES)),
    ("trainings", Filters(date_from=date(2024, 1, 1), date_to=date(2025, 6, 30))),
    ("trainings", Filters(text="inv")),
    ("grants", Filters(status="active")),
]


@pytest.mark.parametrize(("kind", "filters"), FILTERS)
def test_export_of_filters_holds_exactly_the_rows_the_register_shows(demo, tmp_path, kind,
                                                                     filters):
    expected = shown_ids(demo, kind, filters)
    assert expected and len(expected) < len(shown_ids(demo, kind, Filters()))  # a real filter
    path = tmp_path / f"{kind}.csv"
    seen = []
    written = export_sheet(demo, kind, path, filters=filters,
                           progress=lambda done, total: seen.append((done, total)))
    ids = csv_ids(path)
    assert written == len(ids) == len(set(ids))
    assert set(ids) == expected
    assert seen[-1] == (written, written)


def test_deleted_records_are_not_exported(demo, tmp_path):
    filters = Filters(country="NP")
    expected = shown_ids(demo, "consultations", filters)
    gone = sorted(expected)[:3]
    delete_records(demo, "consultations", gone)
    export_sheet(demo, "consultations", tmp_path / "c.csv", filters=filters)
    assert set(csv_ids(tmp_path / "c.csv")) == expected - set(gone)


def test_ids_matching_comes_in_batches_oldest_first(demo):
    filters = Filters(country="NP")
    with demo.db.reading() as session:
        batches = list(ids_matching(session, "consultations", filters, batch_size=7))
    assert all(len(batch) <= 7 for batch in batches[:-1])
    flat = [rid for batch in batches for rid in batch]
    assert set(flat) == shown_ids(demo, "consultations", filters)


def test_export_of_given_ids_writes_those_records_with_their_child_sheets(demo, tmp_path):
    with demo.db.reading() as session:
        some = next(ids_matching(session, "grants", Filters(), batch_size=5))
    path = tmp_path / "one.xlsx"
    assert export_sheet(demo, "grants", path, ids=[some[0], "not-an-id", some[0]]) == 1
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book["grants"].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == some[0]
    assert {"grants", "tranches", "reports"} <= set(book.sheetnames)
    book.close()


def test_another_kinds_id_is_not_exported(demo, tmp_path):
    with demo.db.reading() as session:
        training_id = next(ids_matching(session, "trainings", Filters()))[0]
    assert export_sheet(demo, "grants", tmp_path / "g.csv", ids=[training_id]) == 0


def test_only_one_way_of_choosing_records(demo, tmp_path):
    with pytest.raises(ValueError):
        export_sheet(demo, "grants", tmp_path / "g.csv", Scope(), filters=Filters())


def test_a_row_with_an_unreadable_cell_is_not_counted_as_new(ctx, tmp_path):
    """The preview's counts: rejected rows are neither new nor updated."""
    from glo_act_desktop.services.sheets import plan_import
    from glo_act_desktop.services.sheets.columns import SHEETS
    from tests.test_sheets_helpers import row_of, valid_training, write_csv

    path = write_csv(tmp_path / "t.csv", list(SHEETS["trainings"].names), [
        row_of("trainings", valid_training(title="Good")),
        row_of("trainings", valid_training(title="Bad", participants_female="many"))])
    plan = plan_import(ctx, "trainings", path)
    assert plan.new == 1 and plan.problem_count == 1 and len(plan.records) == 1
