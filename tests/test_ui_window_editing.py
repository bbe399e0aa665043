"""Editing from the main window as an officer does it: open a record from a register (double
click, Enter), edit and save it, start a new one (Ctrl+N), delete rows (Del) and undo, close the
window with unsaved work; the first run (set-up, demo data, quit) and recovered drafts through the
same functions `glo-act` runs before its event loop; every page right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.drafts import list_drafts, save_draft
from glo_act_desktop.services.records import get_record
from glo_act_desktop.services.setup import demo_data_dir
from glo_act_desktop.ui.app import offer_recovered_drafts, prepare_window
from glo_act_desktop.ui.editors import ConsultationEditor, TrainingEditor
from glo_act_desktop.ui.first_run import FirstRunChoice
from glo_act_desktop.ui.main_window import DIRTY_MARK, MainWindow
from glo_act_desktop.ui.sync_page import SyncPage
from tests import factories
from tests.editor_helpers import Answers, choose, retype

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)
Open = QMessageBox.StandardButton.Open


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 300, seed=5)
    return ctx


def _throw_edits_away(window: MainWindow) -> None:
    """pytest-qt closes the window after the test: no question about edits left open."""
    for editor in list(window.editors):
        editor.revert()


def open_window(qtbot, ctx, **options) -> MainWindow:
    window = MainWindow(ctx, **options)
    qtbot.addWidget(window, before_close_func=_throw_edits_away)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    return window


def show_register(window: MainWindow, kind: str):
    window.show_page(kind)
    return window.views[kind], window.models[kind]


def title_column(model) -> int:
    return [model.column_key(c) for c in range(model.columnCount())].index("title")


def register_ids(model) -> list[str]:
    return [model.record_id(r) for r in range(model.rowCount())]


def tab_texts(window: MainWindow) -> list[str]:
    tabs = window.ui.workTabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_double_click_opens_a_record_and_saving_shows_in_the_register(qtbot, demo):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "trainings")
    record_id = model.record_id(2)
    rect = view.visualRect(model.index(2, title_column(model)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    editor = window.current_editor()
    assert isinstance(editor, TrainingEditor) and editor.record_id() == record_id
    assert window.ui.workTabs.count() == 2 and window.ui.workTabs.tabBar().isVisible()
    old_title = get_record(demo, "trainings", record_id).title
    assert tab_texts(window)[1] == old_title[:32].replace("&", "&&") or \
        tab_texts(window)[1].endswith("…")

    retype(qtbot, editor.ui.titleEdit, "Victim identification, refresher")
    assert tab_texts(window)[1] == DIRTY_MARK + "Victim identification, refresher"
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert get_record(demo, "trainings", record_id).title == "Victim identification, refresher"
    assert tab_texts(window)[1] == "Victim identification, refresher"  # no mark: saved
    row = view.currentIndex().row()
    assert model.record_id(row) == record_id  # the register kept its cursor on the record
    assert model.data(model.index(row, title_column(model))) == \
        "Victim identification, refresher"


def test_enter_opens_the_current_row_once(qtbot, demo):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "grants")
    view.setFocus()
    view.setCurrentIndex(model.index(4, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = window.current_editor()
    assert editor is not None and editor.record_id() == model.record_id(4)
    window.show_page("grants")  # back to the register; Enter again shows the same tab
    assert window.ui.workTabs.currentWidget() is window.ui.registerTab
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert window.current_editor() is editor and len(window.editors) == 1

    # Ctrl+S from the window (the focus on the tab bar, not in the form) saves the editor in front
    retype(qtbot, editor.ui.granteeEdit, "Shakti Samuha")
    window.ui.workTabs.tabBar().setFocus()
    qtbot.keyClick(window.ui.workTabs.tabBar(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_record(demo, "grants", editor.record_id()).grantee == "Shakti Samuha"

    # Ctrl+W (or the tab's ×) closes it; the register comes back in front
    qtbot.keyClick(window.ui.workTabs.tabBar(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.editors == [] and window.ui.workTabs.currentWidget() is window.ui.registerTab


def test_ctrl_n_starts_a_new_record_of_the_register_shown(qtbot, demo):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "consultations")
    before = model.total()
    assert window.ui.newAction.text() == "&New consultation"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.current_editor()
    assert isinstance(editor, ConsultationEditor) and editor.is_new()
    assert tab_texts(window)[1] == "New consultation"
    choose(editor.ui.typeCombo, "technical_meeting")
    qtbot.keyClicks(editor.ui.titleEdit, "Meeting with the district prosecutor")
    assert window.ui.saveAction.isEnabled()
    window.ui.saveAction.trigger()

    saved = get_record(demo, "consultations", editor.record_id())
    assert saved is not None and saved.title == "Meeting with the district prosecutor"
    assert model.total() == before + 1
    assert model.record_id(view.currentIndex().row()) == editor.record_id()
    assert window.count_label.text().endswith(model.total_text())

    # File › New grant works from any page, the Sync page too
    window.show_page("sync")
    window.ui.newGrantAction.trigger()
    assert window.current_editor().kind == "grants"


def test_del_asks_deletes_the_selected_rows_and_undo_brings_them_back(qtbot, demo, monkeypatch):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "trainings")
    view.setFocus()
    first, second = model.record_id(0), model.record_id(1)
    total = model.total()

    answers = Answers(monkeypatch, No)
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert get_record(demo, "trainings", first).title in answers.asked[0]
    assert first in register_ids(model)  # No keeps it

    answers = Answers(monkeypatch, Yes)
    view.selectRow(0)
    view.selectionModel().select(model.index(1, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Delete 2 trainings?" in answers.asked[0]
    assert get_record(demo, "trainings", first) is None  # deleted: not loaded as live
    assert {first, second}.isdisjoint(register_ids(model)) and model.total() == total - 2
    bar = window.undo_bar
    assert bar.isVisible() and bar.message() == "Deleted 2 trainings."

    qtbot.mouseClick(bar.undoButton, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert get_record(demo, "trainings", first) is not None
    assert register_ids(model)[:2] == [first, second] and model.total() == total
    assert model.record_id(view.currentIndex().row()) == first


def test_deleting_one_row_names_it(qtbot, demo, monkeypatch):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "consultations")
    view.setFocus()
    view.selectRow(3)
    record_id = model.record_id(3)
    title = model.data(model.index(3, title_column(model)))
    Answers(monkeypatch, Yes)
    window.ui.deleteAction.trigger()  # the menu and the toolbar do what Del does
    assert window.undo_bar.message() == f"Deleted the consultation “{title}”."
    assert record_id not in register_ids(model)
    assert model.record_id(view.currentIndex().row()) == register_ids(model)[3]  # the next one


def test_del_in_an_editor_field_deletes_text_not_the_record(qtbot, demo, monkeypatch):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "trainings")
    editor = window.open_row("trainings", 0)
    Answers(monkeypatch)  # no question may come
    editor.ui.titleEdit.setFocus()
    editor.ui.titleEdit.setCursorPosition(0)
    title = editor.ui.titleEdit.text()
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Delete)
    assert editor.ui.titleEdit.text() == title[1:]
    assert get_record(demo, "trainings", editor.record_id()) is not None


def test_deleting_a_row_open_in_an_editor_closes_the_editor_first(qtbot, demo, monkeypatch):
    window = open_window(qtbot, demo)
    view, model = show_register(window, "grants")
    editor = window.open_row("grants", 0)
    retype(qtbot, editor.ui.granteeEdit, "Changed")
    window.show_page("grants")
    view.setFocus()
    view.selectRow(0)
    answers = Answers(monkeypatch, Yes, Cancel)  # delete? yes; save the open edit? cancel
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(answers.asked) == 2 and editor in window.editors
    assert get_record(demo, "grants", editor.record_id()) is not None  # nothing deleted


def test_closing_the_window_asks_about_unsaved_editors(qtbot, demo, monkeypatch):
    window = open_window(qtbot, demo)
    show_register(window, "trainings")
    editor = window.open_row("trainings", 1)
    record_id = editor.record_id()
    before = get_record(demo, "trainings", record_id).title
    retype(qtbot, editor.ui.titleEdit, "Unsaved title")
    window.new_record("consultations")  # new and untouched: closes without a question

    answers = Answers(monkeypatch, Cancel)
    window.close()
    assert window.isVisible() and editor in window.editors and len(answers.asked) == 1
    assert window.current_editor() is editor  # shown while asked about

    Answers(monkeypatch, Discard)
    window.close()
    assert not window.isVisible() and window.editors == []
    assert get_record(demo, "trainings", record_id).title == before


def test_saving_on_close_keeps_the_work(qtbot, demo, monkeypatch):
    window = open_window(qtbot, demo)
    show_register(window, "consultations")
    editor = window.open_row("consultations", 0)
    retype(qtbot, editor.ui.titleEdit, "Kept on close")
    Answers(monkeypatch, Save)
    window.close()
    assert not window.isVisible()
    assert get_record(demo, "consultations", editor.record_id()).title == "Kept on close"


# --- first run and start-up --------------------------------------------------------------

def test_first_run_set_up_then_the_window(qtbot, data_dir):
    asked = []
    window = prepare_window(str(data_dir), ask=lambda ctx: asked.append(ctx) or
                            FirstRunChoice(False, "BD", "Cox's Bazar laptop"))
    assert isinstance(window, MainWindow) and len(asked) == 1
    qtbot.addWidget(window)
    try:
        assert window.ctx.settings()["country"] == "BD"
        assert not window.demo and "DEMO" not in window.windowTitle()
        assert window.ctx.data_dir.root == data_dir
    finally:
        window.ctx.close()
    # set up now: the next start asks nothing
    again = prepare_window(str(data_dir), ask=lambda ctx: pytest.fail("asked twice"))
    qtbot.addWidget(again)
    again.ctx.close()


def test_first_run_demo_opens_separate_demo_data(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr("glo_act_desktop.services.setup.DEMO_RECORDS", 40)
    window = prepare_window(str(data_dir), ask=lambda ctx: FirstRunChoice(True))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.demo and window.ctx.data_dir.root == demo_data_dir(data_dir)
        assert "DEMO DATA" in window.windowTitle()
        assert "DEMO DATA" in [label.text() for label in
                               window.statusBar().findChildren(QLabel)]
        window.show()
        qtbot.waitExposed(window)
        assert window.current_page() == "dashboard"
        qtbot.waitUntil(lambda: window.dashboard.figures() is not None, timeout=10_000)
        window.show_page("consultations")
        assert window.models["consultations"].total() > 0
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        window.ctx.close()
    assert QApplication.overrideCursor() is None  # the wait cursor is gone


def test_first_run_quit_exits_cleanly(data_dir):
    assert prepare_window(str(data_dir), ask=lambda ctx: None) == 0


def test_recovered_drafts_open_in_tabs_or_are_discarded(qtbot, demo, monkeypatch):
    draft_new = factories.training(title="Half-typed training")
    save_draft(demo, "trainings", draft_new, existing=False)
    window = open_window(qtbot, demo)
    _view, model = show_register(window, "consultations")
    existing = get_record(demo, "consultations", model.record_id(0))
    existing.title = "Edited before the power cut"
    save_draft(demo, "consultations", existing, existing=True)

    answers = Answers(monkeypatch, Open)
    assert offer_recovered_drafts(window) == 2
    assert "2 unsaved edits were recovered" in answers.asked[0]
    assert "Half-typed training" in answers.asked[0]
    titles = [editor.title() for editor in window.editors]
    assert sorted(titles) == ["Edited before the power cut", "Half-typed training"]
    assert all(editor.is_dirty() for editor in window.editors)
    assert all(text.startswith(DIRTY_MARK) for text in tab_texts(window)[1:])


def test_recovered_drafts_can_be_discarded(qtbot, demo, monkeypatch):
    save_draft(demo, "trainings", factories.training(title="Throw me away"), existing=False)
    window = open_window(qtbot, demo)
    Answers(monkeypatch, Discard)
    assert offer_recovered_drafts(window) == 0
    assert list_drafts(demo) == [] and window.editors == []
    Answers(monkeypatch)  # nothing left: no question
    assert offer_recovered_drafts(window) == 0


# --- pages ----------------------------------------------------------------------------------

def test_sync_page_says_a_laptop_not_enrolled_offers_enrolment(qtbot, demo):
    window = open_window(qtbot, demo)
    assert window.pages() == ["dashboard", "consultations", "trainings", "grants", "follow_ups",
                              "sync"]
    item = window.ui.navigationList.item(5)
    assert item.text() == "Sync"
    window.ui.navigationList.setCurrentItem(item)
    page = window.page("sync")
    assert isinstance(page, SyncPage) and page.isVisible()
    text = page.text()
    assert "not enrolled" in text and "enrolment file" in text
    # Only what works here can be pressed: set up from HQ's enrolment file.
    assert page.ui.enrolButton.isVisible()
    assert not page.ui.exportButton.isEnabled() and not page.ui.importButton.isVisible()
    assert window.count_label.text() == "" and not window.ui.deleteAction.isEnabled()


def test_a_page_is_inserted_with_one_call(qtbot, demo):
    window = open_window(qtbot, demo)
    window.show_page("trainings")
    label = QLabel("Conflicts here")
    window.add_page("conflicts", "Conflicts", label, position=0)
    assert window.pages()[:2] == ["conflicts", "dashboard"]
    assert window.current_page() == "trainings"  # what was shown stays shown
    window.ui.navigationList.setCurrentRow(0)
    assert window.current_page() == "conflicts" and label.isVisible()
    assert window.current_kind() == "trainings"  # Ctrl+N still adds a training
    window.show_page("grants")
    assert window.ui.pageStack.currentWidget().isAncestorOf(window.views["grants"])


def test_every_page_and_an_editor_open_right_to_left(qtbot, demo):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window(qtbot, demo)
        for key in window.pages():
            window.show_page(key)
            page = window.page(key)
            assert page.isVisible() and page.isRightToLeft()
            assert not window.grab().isNull()
        editor = window.new_record("trainings")
        assert editor.isRightToLeft() and editor.isVisible()
        assert not window.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
