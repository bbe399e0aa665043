"""Helpers for the editor tests: drive the real widgets as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

EDITOR_SIZE = (1120, 640)


def open_editor(qtbot, editor: QWidget) -> QWidget:
    qtbot.addWidget(editor)
    editor.resize(*EDITOR_SIZE)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select what is in a field and type over it, key by key."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    elif hasattr(widget, "lineEdit"):
        widget.lineEdit().selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)


def choose(combo, code: str) -> None:
    """Pick the entry whose code is `code` (as a person picks it from the list)."""
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)


def tick(qtbot, checklist, code: str) -> None:
    """Put the cursor on an entry of a tick list and press Space."""
    for i in range(checklist.count()):
        if checklist.item(i).data(Qt.ItemDataRole.UserRole) == code:
            checklist.setFocus()
            checklist.setCurrentRow(i)
            qtbot.keyClick(checklist.viewport(), Qt.Key.Key_Space)
            return
    raise AssertionError(f"{code} is not offered by {checklist.objectName()}")


def press_space(qtbot, widget) -> None:
    """Toggle a check box from the keyboard."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_in_cell(qtbot, table, row: int, key: str, text: str) -> None:
    """Open a cell's editor (as a double click does), type, and press Enter."""
    editor = table.edit_cell(row, key)
    assert editor is not None, "no cell editor opened"
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    qtbot.keyClicks(editor, text)
    _enter(qtbot, table, editor)


def _enter(qtbot, table, editor) -> None:
    """Enter keeps the cell: the view closes its editor on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState, timeout=2000)


def choose_in_cell(qtbot, table, row: int, key: str, code: str) -> None:
    editor = table.edit_cell(row, key)
    assert editor is not None, "no cell editor opened"
    choose(editor, code)
    _enter(qtbot, table, editor)


class Answers:
    """Stands in for QMessageBox.question: answers with the buttons given, records the texts."""

    def __init__(self, monkeypatch, *answers: QMessageBox.StandardButton):
        self.answers = list(answers)
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, parent, title, text, *args, **kwargs):
        self.asked.append(f"{title}: {text}")
        assert self.answers, f"unexpected question: {title}: {text}"
        return self.answers.pop(0)


def process_events() -> None:
    QApplication.processEvents()
