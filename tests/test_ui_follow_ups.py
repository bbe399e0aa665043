"""Follow-ups due: open actions and unreceived grant reports, most overdue first, marked, filtered
with the filter bar, and a double click or Enter opens the record."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.ui.follow_ups import FollowUpsView
from glo_act_desktop.ui.models.due_model import OVERDUE_COLOUR, RECORD_ROLE
from glo_act_desktop.ui.widgets.filter_bar import DEBOUNCE_MS

TODAY = date(2026, 11, 22)


def sql(ctx, query: str, *params) -> list[tuple]:
    con = sqlite3.connect(ctx.db.path)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def all_rows(view: FollowUpsView) -> list[str]:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_item(r).id for r in range(model.rowCount())]


def cell(view, row, key, role=Qt.ItemDataRole.DisplayRole):
    model = view.model
    column = [model.column_key(c) for c in range(model.columnCount())].index(key)
    return model.data(model.index(row, column), role)


def test_open_actions_soonest_due_first_with_overdue_marked(qtbot, ctx):
    generate_demo(ctx, 1500, seed=31, today=TODAY)
    view = FollowUpsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.counts() is not None, timeout=5000)
    expected = sql(ctx, """
        SELECT f.id, f.due_date, f.action, f.owner, c.date, c.title FROM follow_ups f
        JOIN consultations c ON c.id = f.consultation_id
        WHERE f.deleted = 0 AND c.deleted = 0 AND f.status IN ('open', 'in_progress')
        ORDER BY f.due_date IS NULL, f.due_date, f.id""")
    assert all_rows(view) == [row[0] for row in expected]
    overdue = [row for row in expected if row[1] and row[1] < TODAY.isoformat()]
    assert view.model.counts() == (len(expected), len(overdue))
    assert view.filter_bar.count_label.text().startswith(f"{len(expected):,}".split(",")[0])
    first = expected[0]
    assert cell(view, 0, "due") == first[1] and cell(view, 0, "what") == first[2]
    assert cell(view, 0, "owner") == first[3] and cell(view, 0, "record_date") == first[4]
    assert cell(view, 0, "record_title") == first[5]
    if first[1] < TODAY.isoformat():
        late = (TODAY - date.fromisoformat(first[1])).days
        assert cell(view, 0, "late") == view.model._locale.toString(late)
        assert cell(view, 0, "due", Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR

    # overdue only, for one country, through the real widgets
    view.filter_bar.country.setCurrentIndex(view.filter_bar.country.findData("NP"))
    view.filter_bar.overdue.setChecked(True)
    np_overdue = sql(ctx, """
        SELECT f.id FROM follow_ups f JOIN consultations c ON c.id = f.consultation_id
        WHERE f.deleted = 0 AND c.deleted = 0 AND f.status IN ('open', 'in_progress')
        AND c.country = 'NP' AND f.due_date < ? ORDER BY f.due_date, f.id""",
        TODAY.isoformat())
    assert all_rows(view) == [row[0] for row in np_overdue]

    # free text typed into the search box (action, owner or the consultation's text)
    qtbot.keyClicks(view.filter_bar.search, "report")
    qtbot.waitUntil(lambda: view.model.filters().text == "report", timeout=DEBOUNCE_MS * 10)
    with_text = sql(ctx, """
        SELECT f.id FROM follow_ups f JOIN consultations c ON c.id = f.consultation_id
        WHERE f.deleted = 0 AND c.deleted = 0 AND f.status IN ('open', 'in_progress')
        AND c.country = 'NP' AND f.due_date < ? AND (f.action LIKE '%report%' OR
            f.owner LIKE '%report%' OR c.title LIKE '%report%' OR c.place LIKE '%report%' OR
            c.summary LIKE '%report%' OR EXISTS (SELECT 1 FROM consultation_counterparts k
            WHERE k.consultation_id = c.id AND k.deleted = 0 AND k.organisation LIKE '%report%'))
        ORDER BY f.due_date, f.id""", TODAY.isoformat())
    assert all_rows(view) == [row[0] for row in with_text]


def test_double_click_and_enter_open_the_record(qtbot, ctx):
    generate_demo(ctx, 300, seed=32, today=TODAY)
    view = FollowUpsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    opened = []
    view.openRecord.connect(lambda kind, rid: opened.append((kind, rid)))
    index = view.model.index(0, 2)
    rect = view.table.visualRect(index)
    # Qt's test double click needs the press-release before it, as a real one has
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    consultation = view.model.row_item(0).record_id
    assert opened == [("consultations", consultation)]

    view.show_kind("grant_reports")
    assert view.filter_bar.pillar.isHidden() and not view.filter_bar.overdue.isHidden()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened[-1] == ("grants", view.model.data(view.model.index(0, 0), RECORD_ROLE)[1])


def test_grant_reports_not_received_match_sql(qtbot, ctx):
    generate_demo(ctx, 1500, seed=33, today=TODAY)
    view = FollowUpsView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.set_filters(Filters(overdue=True), "grant_reports")
    expected = sql(ctx, """
        SELECT r.id FROM grant_reports r JOIN grants g ON g.id = r.grant_id
        WHERE r.deleted = 0 AND g.deleted = 0 AND r.received_date IS NULL AND r.due_date < ?
        ORDER BY r.due_date, r.id""", TODAY.isoformat())
    assert expected and all_rows(view) == [row[0] for row in expected]
    assert view.reports_button.isChecked() and view.filter_bar.overdue.isChecked()
    qtbot.waitUntil(lambda: view.model.counts() == (len(expected), len(expected)), timeout=5000)
    assert "overdue" in view.filter_bar.count_label.text()
