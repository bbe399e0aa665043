"""What all three editors share: keyboard use, accessible names, right-to-left layout, and the
reusable widgets. (That forms_gen/ matches forms/*.ui is checked in test_forms_current.py.)"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCalendarWidget,
    QCheckBox, QComboBox, QHeaderView, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox,
)

from glo_act_desktop.services.records import save_record
from glo_act_desktop.ui.editors import EDITORS, ConsultationEditor, GrantEditor, TrainingEditor
from glo_act_desktop.ui.editors.screenshots import demo_records
from glo_act_desktop.ui.widgets.inputs import AmountEdit, DateEdit
from glo_act_desktop.ui.widgets.undo_bar import UndoBar
from tests import factories
from tests.editor_helpers import click, open_editor

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QListWidget, QCheckBox,
          QAbstractItemView)


def _focus_walk(qtbot, editor, start, steps: int) -> list[str]:
    start.setFocus()
    seen = [start.objectName()]
    for _ in range(steps):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        seen.append(editor.focusWidget().objectName())
    return seen


def test_tab_walks_each_form_in_reading_order(qtbot, ctx):
    training = open_editor(qtbot, TrainingEditor(ctx))
    ui = training.ui
    assert _focus_walk(qtbot, training, ui.programmeCombo, 13) == [
        "programmeCombo", "countryCombo", "objectiveCombo", "pillarCombo", "titleEdit",
        "topicsEdit", "startDateEdit", "endDateEdit", "venueEdit", "outsideCapitalCheck",
        "deliveryCombo", "targetGroupsList", "notesEdit", "closeButton"]  # Save is off: skipped
    ui.tabs.setCurrentIndex(1)
    walk = _focus_walk(qtbot, training, ui.participantsFemaleSpin, 10)
    assert walk == ["participantsFemaleSpin", "participantsMaleSpin", "participantsOtherSpin",
                    "trainersFemaleSpin", "trainersMaleSpin", "preTestEdit", "postTestEdit",
                    "cell_1_0", "cell_1_1", "cell_1_2", "cell_2_0"]  # the grid, row by row

    grant = open_editor(qtbot, GrantEditor(ctx))
    grant.ui.tabs.setCurrentIndex(2)
    walk = _focus_walk(qtbot, grant, grant.ui.assistedGrid.spins()[-1], 1)
    assert walk == ["cell_6_2", "disabilitySpin"]


def test_every_input_has_an_accessible_name_and_labels_have_buddies(qtbot, ctx):
    for cls in EDITORS.values():
        editor = open_editor(qtbot, cls(ctx))
        for widget in (w for kind in INPUTS for w in editor.findChildren(kind)):
            parent = widget.parentWidget()
            if isinstance(parent, (QAbstractSpinBox, QComboBox)) \
                    or isinstance(widget, QHeaderView) or widget.window() is not editor:
                continue  # parts of a spin box, combo box (its popup) or table (its header)
            assert widget.accessibleName(), f"{cls.__name__}.{widget.objectName()} has no name"
        for label in editor.findChildren(QLabel):
            if re.search(r"&[^&]", label.text()):
                assert label.buddy() is not None, f"{label.objectName()} has no buddy"
        # mnemonics are unique on every tab (Alt+letter never has two targets)
        for tab in range(editor.ui.tabs.count()):
            page = editor.ui.tabs.widget(tab)
            keys = [m.group(1).lower() for label in page.findChildren(QLabel)
                    for m in [re.search(r"&([^&])", label.text())] if m]
            keys += [m.group(1).lower() for button in page.findChildren(QAbstractButton)
                     for m in [re.search(r"&([^&])", button.text())] if m]
            keys += ["s"]  # &Save
            assert len(keys) == len(set(keys)), f"{cls.__name__} tab {tab}: {sorted(keys)}"


@pytest.mark.parametrize("kind", list(EDITORS))
def test_each_editor_opens_right_to_left(qtbot, ctx, kind):
    rec = demo_records()[kind]
    save_record(ctx, rec)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = open_editor(qtbot, EDITORS[kind](ctx))
        assert editor.load(rec.id)
        assert editor.isRightToLeft() and editor.ui.tabs.isRightToLeft()
        for tab in range(editor.ui.tabs.count()):
            editor.ui.tabs.setCurrentIndex(tab)
            assert not editor.grab().isNull()
        # a problem still shows under its field
        first = next(iter(editor._slots.values()))
        assert first.widget.isRightToLeft()
        assert not editor.is_dirty()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_insert_and_delete_keys_work_on_rows_not_on_the_record(qtbot, ctx):
    original = factories.consultation()
    save_record(ctx, original)
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    editor.load(original.id)
    table = editor.ui.followUpsTable
    editor.ui.tabs.setCurrentIndex(1)
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    assert table.model.rowCount() == 2 and table.current_editor() is not None
    table.finish_editing()
    table.view.selectRow(1)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert table.model.rowCount() == 1 and not editor.is_deleted()
    assert not editor.is_dirty()  # added and removed again: nothing changed


def test_ctrl_s_from_a_combo_box_saves(qtbot, ctx):
    original = factories.training()
    save_record(ctx, original)
    editor = open_editor(qtbot, TrainingEditor(ctx))
    editor.load(original.id)
    combo = editor.ui.deliveryCombo
    combo.setCurrentIndex(combo.findData("online"))
    saved = []
    editor.saved.connect(lambda *args: saved.append(args))
    qtbot.keyClick(combo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [("trainings", original.id)]


def test_date_edit_reads_types_and_picks(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "2025/3/7")
    assert edit.date_value() == date(2025, 3, 7) and edit.parse_problem() is None
    edit.setText("2025-02-30")
    assert edit.date_value() is None and "is not a date" in edit.parse_problem()
    edit.setText("")
    assert edit.date_value() is None and edit.parse_problem() is None
    edit.show()
    qtbot.keyClick(edit, Qt.Key.Key_F4)  # the calendar, from the keyboard
    calendar = edit._popup.findChild(QCalendarWidget)
    assert calendar.selectedDate() == QDate.currentDate()
    calendar.clicked.emit(QDate(2024, 12, 24))
    assert edit.text() == "2024-12-24" and not edit._popup.isVisible()


def test_amount_edit_is_exact(qtbot):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1,234,567.89x")  # the x is refused
    assert edit.text() == "1,234,567.89"
    assert edit.amount() == Decimal("1234567.89") and isinstance(edit.amount(), Decimal)
    edit.set_amount(Decimal("0.1"), 2)
    assert edit.text() == "0.10"
    edit.set_amount(Decimal("0.125"), 2)  # never rounded away on display
    assert edit.text() == "0.125"


def test_undo_bar(qtbot):
    bar = UndoBar()
    qtbot.addWidget(bar)
    calls = []
    bar.show_message("Deleted the training “X”.", lambda: calls.append("undo"))
    assert bar.isVisible() and bar.undoButton.isVisible()
    with qtbot.waitSignal(bar.undone):
        click(qtbot, bar.undoButton)
    assert calls == ["undo"] and not bar.isVisible()
    bar.show_message("Deleted again.", lambda: calls.append("again"), timeout_ms=20)
    with qtbot.waitSignal(bar.dismissed, timeout=2000):
        pass
    assert calls == ["undo"] and not bar.isVisible()
