"""The main window's pages working together as an officer uses them: the filter bar over each
register (typing narrows the rows to what the database holds, Ctrl+F), a dashboard figure opening
the records behind it, the follow-ups due opening a record, F5 and saves reading the figures and
the items due again, and every page, editor and the first-run dialog right to left."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from glo_act_desktop.domain.filters import YES, Filters
from glo_act_desktop.domain.records import Consultation
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import save_record
from glo_act_desktop.ui.dashboard import as_register_filters
from glo_act_desktop.ui.editors import ConsultationEditor, GrantEditor, RecordEditor
from glo_act_desktop.ui.first_run import FirstRunDialog
from glo_act_desktop.ui.main_window import REGISTERS, MainWindow
from glo_act_desktop.ui.models.due_model import RECORD_ROLE
from tests.editor_helpers import choose, retype
from tests.test_registers import expected_ids

WAIT_MS = 10_000
TITLES = {"consultations": "Consultations", "trainings": "Trainings", "grants": "Grants"}


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 900, seed=21)  # records up to today: "this year" has some
    return ctx


def _throw_edits_away(window: MainWindow) -> None:
    for editor in list(window.editors):
        editor.revert()


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=_throw_edits_away)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    return window


def all_ids(model) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.record_id(row) for row in range(model.rowCount())]


def number(n: int) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(n)


def settled(qtbot, model, filters: Filters) -> None:
    """The model shows `filters` and has counted the records passing them."""
    qtbot.waitUntil(lambda: model.filters() == filters and not model.is_counting(),
                    timeout=WAIT_MS)


def figure(window: MainWindow, name: str) -> QLabel:
    label = window.dashboard.findChild(QLabel, name)
    assert label is not None, name
    return label


# --- filter bars over the registers ---------------------------------------------------------

def test_each_register_has_its_filter_bar_above_the_table(qtbot, demo):
    window = open_window(qtbot, demo)
    for kind in REGISTERS:
        window.show_page(kind)
        bar, view = window.filter_bars[kind], window.views[kind]
        assert bar.isVisible() and bar.kind == kind
        assert bar.mapTo(window, QPoint(0, 0)).y() < view.mapTo(window, QPoint(0, 0)).y()
        assert bar.count_label.text() == number(window.models[kind].total())


def test_typing_in_the_filter_bar_narrows_the_rows_to_what_the_database_holds(qtbot, demo):
    window = open_window(qtbot, demo)
    window.show_page("trainings")
    bar, model = window.filter_bars["trainings"], window.models["trainings"]
    total = model.total()

    qtbot.keyClicks(bar.search, "invest")
    wanted = Filters(text="invest")
    settled(qtbot, model, wanted)  # once typing pauses
    expected = expected_ids(demo, "trainings", wanted)
    assert 0 < len(expected) < total
    assert all_ids(model) == expected
    assert bar.count_label.text() == f"{number(len(expected))} of {number(total)}"
    assert window.count_label.text() == \
        f"Trainings: {number(len(expected))} of {number(total)}"

    choose(bar.country, "NP")  # a choice applies at once, with the text still there
    wanted = Filters(text="invest", country="NP")
    settled(qtbot, model, wanted)
    expected = expected_ids(demo, "trainings", wanted)
    assert 0 < len(expected) and all_ids(model) == expected
    assert bar.count_label.text() == f"{number(len(expected))} of {number(total)}"

    bar.clear_button.click()
    settled(qtbot, model, Filters())
    assert model.rowCount() > 0 and bar.count_label.text() == number(total)
    assert window.count_label.text() == f"Trainings: {number(total)}"


def test_filters_stay_with_their_register(qtbot, demo):
    window = open_window(qtbot, demo)
    window.show_page("grants")
    bar, model = window.filter_bars["grants"], window.models["grants"]
    choose(bar.status, "active")
    settled(qtbot, model, Filters(status="active"))
    window.show_page("consultations")
    assert window.models["consultations"].filters().is_empty()
    assert window.count_label.text() == \
        f"Consultations: {number(window.models['consultations'].total())}"
    window.show_page("grants")
    expected = expected_ids(demo, "grants", Filters(status="active"))
    assert all_ids(model) == expected
    assert window.count_label.text() == \
        f"Grants: {number(len(expected))} of {number(model.total())}"


def test_ctrl_f_puts_the_cursor_in_the_search_of_the_page_shown(qtbot, demo):
    window = open_window(qtbot, demo)
    find = window.ui.findAction
    assert find in window.ui.editMenu.actions() and find.shortcut().toString() == "Ctrl+F"
    window.show_page("grants")
    qtbot.keyClick(window.views["grants"], Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.filter_bars["grants"].search

    window.show_page("follow_ups")
    window.follow_ups.table.setFocus()
    qtbot.keyClick(window.follow_ups.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.follow_ups.filter_bar.search

    window.show_page("dashboard")  # no search there: the register shown last
    qtbot.keyClick(window.dashboard, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "grants"
    assert QApplication.focusWidget() is window.filter_bars["grants"].search

    editor = window.new_record("consultations")  # from an editor: back to its register
    assert window.current_editor() is editor
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_editor() is None
    assert QApplication.focusWidget() is window.filter_bars["grants"].search


# --- the dashboard and the items due ----------------------------------------------------------

def test_the_dashboard_comes_first_and_a_figure_opens_its_register_filtered(qtbot, demo):
    window = open_window(qtbot, demo)
    assert window.current_page() == "dashboard"
    qtbot.waitUntil(lambda: window.dashboard.figures() is not None, timeout=WAIT_MS)
    held = figure(window, "consultationsValue")
    shown = int(held.text().replace(",", ""))
    assert shown > 0

    qtbot.mouseClick(held, Qt.MouseButton.LeftButton)
    assert window.current_page() == "consultations"
    bar, model = window.filter_bars["consultations"], window.models["consultations"]
    wanted = as_register_filters(window.dashboard.filters())
    assert wanted.country == "NP" and wanted.date_from == date(date.today().year, 1, 1)
    assert bar.filters() == wanted  # the bar shows what is applied
    settled(qtbot, model, wanted)
    expected = expected_ids(demo, "consultations", wanted)
    assert all_ids(model) == expected and len(expected) == shown
    assert window.count_label.text() == \
        f"Consultations: {number(shown)} of {number(model.total())}"


def test_a_chart_bar_opens_the_register_with_its_extra_filter(qtbot, demo):
    window = open_window(qtbot, demo)
    qtbot.waitUntil(lambda: window.dashboard.figures() is not None, timeout=WAIT_MS)
    filters = window.dashboard.filters({"outside_capital": True})
    window.dashboard.openRecords.emit("trainings", filters)
    wanted = as_register_filters(filters)
    assert wanted.outside_capital == YES
    model = window.models["trainings"]
    settled(qtbot, model, wanted)
    assert all_ids(model) == expected_ids(demo, "trainings", wanted)


@pytest.mark.parametrize("name, kind", [("followUpsValue", "follow_ups"),
                                        ("reportsValue", "grant_reports")])
def test_an_overdue_figure_opens_the_items_due(qtbot, demo, name, kind):
    window = open_window(qtbot, demo)
    qtbot.waitUntil(lambda: window.dashboard.figures() is not None, timeout=WAIT_MS)
    label = figure(window, name)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.current_page() == "follow_ups"
    due = window.follow_ups
    assert due.model.kind == kind
    assert (due.follow_ups_button if kind == "follow_ups" else due.reports_button).isChecked()
    assert due.filter_bar.overdue.isChecked()
    qtbot.waitUntil(lambda: due.model.counts() is not None, timeout=WAIT_MS)
    matching, overdue = due.model.counts()
    assert matching == overdue == int(label.text().replace(",", ""))


def test_an_item_due_opens_its_record_in_an_editor(qtbot, demo):
    window = open_window(qtbot, demo)
    window.show_page("follow_ups")
    due = window.follow_ups
    qtbot.waitUntil(lambda: due.model.rowCount() > 0, timeout=WAIT_MS)
    index = due.model.index(0, 2)
    kind, record_id = due.model.data(index, RECORD_ROLE)
    assert kind == "consultations"
    rect = due.table.visualRect(index)
    qtbot.mouseClick(due.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(due.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.current_editor()
    assert isinstance(editor, ConsultationEditor) and editor.record_id() == record_id

    window.show_page("follow_ups")
    qtbot.mouseClick(due.reports_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: due.model.kind == "grant_reports" and due.model.rowCount() > 0,
                    timeout=WAIT_MS)
    due.table.setFocus()
    due.table.setCurrentIndex(due.model.index(0, 0))
    kind, record_id = due.model.data(due.model.index(0, 0), RECORD_ROLE)
    qtbot.keyClick(due.table, Qt.Key.Key_Return)
    editor = window.current_editor()
    assert kind == "grants" and isinstance(editor, GrantEditor)
    assert editor.record_id() == record_id


def test_saving_a_record_reads_the_items_due_again_when_they_are_shown(qtbot, demo):
    window = open_window(qtbot, demo)
    window.show_page("follow_ups")
    due = window.follow_ups
    qtbot.waitUntil(lambda: due.model.rowCount() > 0, timeout=WAIT_MS)
    title = [due.model.column_key(c) for c in range(due.model.columnCount())] \
        .index("record_title")
    kind, record_id = due.model.data(due.model.index(0, title), RECORD_ROLE)
    editor = window.open_record(kind, record_id)
    retype(qtbot, editor.ui.titleEdit, "Renamed while its actions are due")
    assert editor.save()
    window.show_page("follow_ups")
    row = next(r for r in range(due.model.rowCount())
               if due.model.data(due.model.index(r, title), RECORD_ROLE)[1] == record_id)
    assert due.model.data(due.model.index(row, title)) == "Renamed while its actions are due"


def test_f5_reads_the_figures_again(qtbot, demo):
    window = open_window(qtbot, demo)
    qtbot.waitUntil(lambda: window.dashboard.figures() is not None, timeout=WAIT_MS)
    before = window.dashboard.figures().consultations
    save_record(demo, Consultation(programme="GLOACT-SA", country="NP", date=date.today(),
                                   type="workshop", title="Held today"))
    with qtbot.waitSignal(window.dashboard.figuresShown, timeout=WAIT_MS):
        qtbot.keyClick(window.dashboard, Qt.Key.Key_F5)
    assert window.dashboard.figures().consultations == before + 1
    assert figure(window, "consultationsValue").text() == number(before + 1)


# --- right to left ----------------------------------------------------------------------------

def _right_to_left_below(widget: QWidget) -> list[str]:
    """Names of the widgets under `widget` that are not right to left (and should be)."""
    return [child.objectName() or type(child).__name__
            for child in widget.findChildren(QWidget)
            if not child.isRightToLeft()]


def test_every_page_editor_and_the_first_run_open_right_to_left(qtbot, demo):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window(qtbot, demo)
        assert window.isRightToLeft()
        for key in window.pages():
            window.show_page(key)
            page = window.page(key)
            assert page.isVisible() and page.isRightToLeft()
            assert _right_to_left_below(page) == []
            assert not window.grab().isNull()
        # The navigation list on the right, the pages on its left; the filter bar mirrored.
        navigation = window.ui.navigationList
        assert navigation.mapTo(window, QPoint(0, 0)).x() > \
            window.ui.pageStack.mapTo(window, QPoint(0, 0)).x()
        window.show_page("consultations")
        bar = window.filter_bars["consultations"]
        assert bar.count_label.mapTo(bar, QPoint(0, 0)).x() < \
            bar.search.mapTo(bar, QPoint(0, 0)).x()
        for kind in REGISTERS:
            for open_editor in (lambda k=kind: window.new_record(k),
                                lambda k=kind: window.open_row(k, 0)):
                window.show_page(kind)
                editor = open_editor()
                assert isinstance(editor, RecordEditor)
                assert editor.isVisible() and editor.isRightToLeft()
                assert _right_to_left_below(editor) == []
                for tab in range(editor.ui.tabs.count()):
                    editor.ui.tabs.setCurrentIndex(tab)
                    assert not window.grab().isNull()
        dialog = FirstRunDialog(demo.reference, suggested_name="Herat laptop")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.isRightToLeft() and _right_to_left_below(dialog) == []
        assert dialog.ui.setUpButton.mapTo(dialog, QPoint(0, 0)).x() < \
            dialog.ui.demoButton.mapTo(dialog, QPoint(0, 0)).x()
        assert not dialog.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
