"""The register table model: pages, sorting in SQL, and what an officer reads in each cell."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import text

from glo_act_desktop.domain.records import Grant, Training, Tranche
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import delete_records, save_record
from glo_act_desktop.store.repositories.registers import PAGE_SIZE
from glo_act_desktop.ui.models.register_model import RECORD_ID_ROLE, RegisterModel


def loaded_ids(model: RegisterModel) -> list[str]:
    return [model.record_id(row) for row in range(model.rowCount())]


def cells(model: RegisterModel, row: int = 0, role=Qt.ItemDataRole.DisplayRole) -> dict:
    return {model.column_key(c): model.data(model.index(row, c), role)
            for c in range(model.columnCount())}


def sql_ids(ctx, query: str) -> list[str]:
    with ctx.db.reading() as session:
        return list(session.scalars(text(query)))


def model_column(model: RegisterModel, key: str) -> int:
    return [model.column_key(c) for c in range(model.columnCount())].index(key)


def test_only_the_first_page_is_read_until_more_is_asked_for(qtbot, ctx):
    generate_demo(ctx, 1000, seed=4)
    model = RegisterModel(ctx, "consultations")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert model.total() == sql_ids(ctx, "SELECT count(*) FROM consultations")[0] == 450
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE


def test_scrolling_reaches_every_record_in_sql_order(qtbot, ctx):
    generate_demo(ctx, 2300, seed=5)  # about 1,000 consultations
    view = QTableView()
    qtbot.addWidget(view)
    model = RegisterModel(ctx, "consultations", view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(model_column(model, "women"), Qt.SortOrder.AscendingOrder)
    view.resize(800, 400)
    view.show()
    for _ in range(100):  # the view fetches a page each time it is scrolled to the end
        if not model.canFetchMore():
            break
        view.scrollToBottom()
        qtbot.wait(1)
    expected = sql_ids(ctx, "SELECT id FROM consultations WHERE deleted = 0 "
                            "ORDER BY participants_female, id")
    assert len(expected) > 1000
    assert loaded_ids(model) == expected
    last = model.index(model.rowCount() - 1, 0)
    assert model.data(last, RECORD_ID_ROLE) == expected[-1]


def test_sorting_reads_the_first_page_again_in_the_new_order(qtbot, ctx):
    generate_demo(ctx, 800, seed=6)
    model = RegisterModel(ctx, "grants")
    model.sort(model_column(model, "disbursed"), Qt.SortOrder.DescendingOrder)
    expected = sql_ids(ctx, """
        SELECT g.id FROM grants g WHERE g.deleted = 0
        ORDER BY (SELECT coalesce(sum(t.amount), 0) FROM grant_tranches t
                  WHERE t.grant_id = g.id AND t.deleted = 0) DESC, g.id DESC""")
    while model.canFetchMore():
        model.fetchMore()
    assert loaded_ids(model) == expected
    model.sort(model_column(model, "grantee"), Qt.SortOrder.AscendingOrder)
    assert loaded_ids(model) == sql_ids(
        ctx, "SELECT id FROM grants WHERE deleted = 0 ORDER BY grantee COLLATE NOCASE, id")


def test_cells_show_names_labels_and_amounts_in_minor_units(qtbot, ctx):
    save_record(ctx, Grant(
        programme="PROTECT", country="IQ", grantee="Safe Migration Alliance", currency="IQD",
        committed_amount=Decimal("1250000.5"), start_date=date(2025, 1, 1),
        end_date=date(2025, 12, 31), status="active",
        tranches=[Tranche(date(2025, 2, 1), Decimal("1000"))]))
    save_record(ctx, Training(programme="GLOACT-SA", country="NP", title="Victim identification",
                              start_date=date(2025, 3, 4), end_date=date(2025, 3, 6),
                              pillar="protection", delivery="in_person",
                              participants_female=1234))
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()

    grants = RegisterModel(ctx, "grants")
    grants.refresh()
    grant = cells(grants)
    assert grant["country"] == "Iraq" and grant["status"] == "Active"
    assert grant["programme"] == ctx.reference.programmes["PROTECT"].name
    assert grant["committed"] == f"1{group}250{group}000{point}500"  # the dinar has 3 decimals
    assert grant["disbursed"] == f"1{group}000{point}000"
    assert grant["start"] == "2025-01-01"
    assert cells(grants, role=Qt.ItemDataRole.ToolTipRole)["currency"] == "Iraqi Dinar"
    alignment = cells(grants, role=Qt.ItemDataRole.TextAlignmentRole)
    assert alignment["committed"] & Qt.AlignmentFlag.AlignTrailing
    assert alignment["grantee"] is None

    trainings = RegisterModel(ctx, "trainings")
    trainings.refresh()
    training = cells(trainings)
    assert training["pillar"] == ctx.reference.pillars["protection"]
    assert training["delivery"] == "In person"
    assert training["women"] == f"1{group}234"


def test_refresh_drops_deleted_records_and_recounts(qtbot, ctx):
    generate_demo(ctx, 100, seed=7)
    model = RegisterModel(ctx, "trainings")
    totals = []
    model.total_changed.connect(totals.append)
    model.refresh()
    first = model.record_id(0)
    delete_records(ctx, "trainings", [first])
    model.refresh()
    assert totals == [40, 39]
    assert first not in loaded_ids(model)


# --- filters ------------------------------------------------------------------------------------

from glo_act_desktop.domain.filters import Filters  # noqa: E402


def test_filters_show_the_first_page_at_once_and_the_count_follows(qtbot, ctx):
    generate_demo(ctx, 2000, seed=8)
    model = RegisterModel(ctx, "consultations")
    counts = []
    model.counts_changed.connect(lambda shown, total: counts.append((shown, total)))
    model.refresh()
    total = model.total()
    assert counts == [(total, total)] and model.count_text() == QLocale().toString(total)

    model.set_filters(Filters(text="with", country="NP"))
    expected = sql_ids(ctx, """
        SELECT c.id FROM consultations c WHERE c.deleted = 0 AND c.country = 'NP' AND (
            c.title LIKE '%with%' OR c.place LIKE '%with%' OR c.summary LIKE '%with%' OR
            EXISTS (SELECT 1 FROM consultation_counterparts k WHERE k.consultation_id = c.id
                    AND k.deleted = 0 AND k.organisation LIKE '%with%'))
        ORDER BY c.date DESC, c.id DESC""")
    assert 0 < len(expected) < total
    # the rows are there before the count: the count runs in a worker
    assert [model.record_id(r) for r in range(model.rowCount())] == expected[:PAGE_SIZE]
    if model.is_counting():
        assert model.count_text().startswith("…")
        qtbot.waitUntil(lambda: not model.is_counting(), timeout=5000)
    assert counts[-1] == (len(expected), total)
    locale = QLocale()
    assert model.count_text() == f"{locale.toString(len(expected))} of {locale.toString(total)}"
    while model.canFetchMore():
        model.fetchMore()
    assert loaded_ids(model) == expected

    model.sort(model_column(model, "title"), Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    by_title = sql_ids(ctx, "SELECT id FROM consultations WHERE deleted = 0 "
                            "ORDER BY title COLLATE NOCASE, id")
    assert loaded_ids(model) == [i for i in by_title if i in set(expected)]

    model.set_filters(Filters())
    assert model.rowCount() == PAGE_SIZE and counts[-1] == (total, total)


def test_a_count_that_finishes_after_the_filters_changed_is_dropped(qtbot, ctx):
    generate_demo(ctx, 600, seed=9)
    model = RegisterModel(ctx, "trainings")
    model.refresh()
    counts = []
    model.counts_changed.connect(lambda shown, total: counts.append(shown))
    model.set_filters(Filters(text="a"))
    model.set_filters(Filters(text="zzzz-nothing"))
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=5000)
    qtbot.wait(200)  # let any stale count arrive
    assert model.rowCount() == 0 and model.shown_count() == 0
    assert counts[-1] == 0
