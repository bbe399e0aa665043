"""A small table for a record's child rows (follow-up actions, counterparts, tranches, reports):
add, remove, and edit in place with the right input for each column (date, a vocabulary choice
shown by name, an exact amount, text).

Keyboard: arrows move between cells, typing or F2 edits, Enter keeps, Esc cancels the cell,
Tab inside an open cell moves to the next cell; Insert adds a row and Delete removes the selected
rows while the table has focus. Tab alone leaves the table, so the form's tab order stays short.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QSize, Qt, Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from glo_act_desktop.ui.widgets.inputs import AmountEdit, CodeCombo, CountSpinBox, DateEdit

ERROR_BACKGROUND = QColor("#fde4e7")
WARNING_BACKGROUND = QColor("#fff1d0")
ERROR_TEXT = "#b00020"
WARNING_TEXT = "#7a4a00"


@dataclass
class Column:
    key: str
    title: str
    kind: str = "text"  # "text", "date", "choice", "amount" or "count"
    choices: Sequence[tuple[str, str]] = ()  # (code, name) for "choice"
    width: int = 0  # 0: fit the contents; the last "stretch" column takes the rest
    stretch: bool = False
    hint: str = ""  # tooltip on the header: what to write, what never to write


@dataclass
class CellProblem:
    row: int | None  # None: about the whole table
    column: str | None  # None: about the whole row
    message: str
    severity: str = "error"


@dataclass
class _Problems:
    cells: dict[tuple[int, str | None], tuple[str, str]] = field(default_factory=dict)


class ChildRowsModel(QAbstractTableModel):
    """Rows are plain dicts: column key -> value (date | None, code, text, amount text, int);
    keys that are not columns (a child's id) ride along untouched."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[dict[str, Any]] = []
        self.problems = _Problems()

    # structure
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole and column.hint:
                return column.hint
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def display(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == "date":
            return value.isoformat() if isinstance(value, date) else str(value)
        if column.kind == "choice":
            return dict(column.choices).get(value, value)
        return str(value)

    def _problem(self, row: int, key: str) -> tuple[str, str] | None:
        return self.problems.cells.get((row, key)) or self.problems.cells.get((row, None))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        problem = self._problem(index.row(), column.key)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return ERROR_BACKGROUND if problem[1] == "error" else WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and problem:
            return QColor("#000000")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if problem:
                return problem[0]
            if column.kind == "text" and value:
                return str(value)
            return column.hint or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("amount", "count"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()].key
        if self.rows[index.row()].get(key) == value:
            return False
        self.rows[index.row()][key] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.problems = _Problems()
        self.endResetModel()

    def append(self, row: dict[str, Any]) -> int:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(dict(row))
        self.endInsertRows()
        return position

    def remove(self, positions: Sequence[int]) -> None:
        for position in sorted(set(positions), reverse=True):
            if 0 <= position < len(self.rows):
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()

    def set_problems(self, cells: dict[tuple[int, str | None], tuple[str, str]]) -> None:
        if cells == self.problems.cells:
            return
        self.problems = _Problems(dict(cells))
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])


class ChildRowsDelegate(QStyledItemDelegate):
    """The editor of each column kind, so a date is typed as a date and a choice is chosen."""

    def __init__(self, model: ChildRowsModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.open_editor: QWidget | None = None
        self._filling = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        column = self.model.columns[index.column()]
        if column.kind == "date":
            editor: QWidget = DateEdit(parent)
        elif column.kind == "choice":
            editor = CodeCombo(parent)
            editor.setMinimumContentsLength(10)
            editor.set_choices(column.choices, placeholder=self.tr("Choose…"))
            # a choice counts the moment it is made: no extra Enter needed
            editor.currentIndexChanged.connect(lambda _i, e=editor: self._commit_choice(e))
        elif column.kind == "amount":
            editor = AmountEdit(parent)
        elif column.kind == "count":
            editor = CountSpinBox(parent)
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(column.title)
        if column.hint:
            editor.setToolTip(column.hint)
        self.open_editor = editor
        token = object()
        self._token = token
        # the previous cell's editor is destroyed after the next one opens: forget only our own
        editor.destroyed.connect(lambda *_args, t=token: self._forget(t))
        return editor

    def _commit_choice(self, editor: QWidget) -> None:
        if editor is self.open_editor and not self._filling:
            self.commitData.emit(editor)

    def _forget(self, token: object) -> None:
        if getattr(self, "_token", None) is token:
            self.open_editor = None

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        self._filling = True
        try:
            self._fill(editor, index)
        finally:
            self._filling = False

    def _fill(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateEdit):
            editor.set_date_value(value if isinstance(value, date) else None)
            if value is not None and not isinstance(value, date):
                editor.setText(str(value))
        elif isinstance(editor, CodeCombo):
            editor.set_code(value or "")
        elif isinstance(editor, CountSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, DateEdit):
            value: Any = editor.date_value()
            if value is None and editor.text().strip():
                value = editor.text().strip()  # kept as typed; the editor reports it
        elif isinstance(editor, CodeCombo):
            value = editor.code()
        elif isinstance(editor, CountSpinBox):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class _Table(QTableView):
    """The view: a hint when empty; Insert adds and Delete removes rows while it has focus."""

    def __init__(self, owner: "ChildRowsEditor"):
        super().__init__(owner)
        self.owner = owner
        self.empty_text = ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != \
                QAbstractItemView.State.EditingState:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Insert) and \
                    key_event.modifiers() == Qt.KeyboardModifier.NoModifier:
                event.accept()  # ours, not the window's "delete record"
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_Insert:
                self.owner.add_row()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.owner.remove_selected()
                return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.state() != \
                QAbstractItemView.State.EditingState:
            event.ignore()  # leave the table: Tab walks the form, arrows walk the cells
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text))
            painter.drawText(self.viewport().rect().adjusted(12, 8, -12, -8),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.empty_text)
            painter.end()

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802
        # a closed editor lingers until deleted; it must not commit again when it loses focus
        editor.removeEventFilter(self.itemDelegate())
        super().closeEditor(editor, hint)

    # make the protected slots reachable for the owner
    def finish_editing(self) -> None:
        editor = self.owner.delegate.open_editor
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)


class ChildRowsEditor(QWidget):
    """Table + Add/Remove buttons + the problems of its rows listed underneath."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ChildRowsModel(self)
        self.view = _Table(self)
        self.view.setObjectName("rowsView")
        self.view.setModel(self.model)
        self.delegate = ChildRowsDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(
            max(self.view.verticalHeader().defaultSectionSize(), self.fontMetrics().height() + 12))
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setMinimumHeight(self.fontMetrics().height() * 7)

        self.addButton = QPushButton(self.tr("&Add"), self)
        self.addButton.setObjectName("addButton")
        self.removeButton = QPushButton(self.tr("Remove"), self)
        self.removeButton.setObjectName("removeButton")
        self.removeButton.setEnabled(False)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setObjectName("problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addSpacing(12)
        buttons.addWidget(self.summaryLabel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problemsLabel)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.setTabOrder(self.view, self.addButton)
        self.setTabOrder(self.addButton, self.removeButton)

        self._new_row: Callable[[], dict[str, Any]] = dict
        self.addButton.clicked.connect(self.add_row)
        self.removeButton.clicked.connect(self.remove_selected)
        self.model.dataChanged.connect(self._data_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)

    # configuration
    def configure(self, columns: list[Column], *, add_text: str, remove_text: str,
                  empty_text: str = "", new_row: Callable[[], dict[str, Any]] = dict) -> None:
        self.model.beginResetModel()
        self.model.columns = list(columns)
        self.model.endResetModel()
        self.addButton.setText(add_text)
        self.addButton.setAccessibleName(add_text.replace("&", ""))
        self.removeButton.setText(remove_text)
        self.removeButton.setAccessibleName(remove_text.replace("&", ""))
        self.view.empty_text = empty_text
        self._new_row = new_row
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                width = column.width or max(
                    self.fontMetrics().horizontalAdvance(column.title) + 32, 90)
                header.resizeSection(i, width)

    def set_column_choices(self, key: str, choices: Sequence[tuple[str, str]]) -> None:
        for column in self.model.columns:
            if column.key == key:
                column.choices = list(choices)
        self.view.viewport().update()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (called by the generated form)
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802
        super().setAccessibleDescription(text)
        self.view.setAccessibleDescription(text)

    # values
    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.model.rows]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.problemsLabel.clear()
        self.problemsLabel.setVisible(False)
        self._update_buttons()

    def columns(self) -> list[Column]:
        return list(self.model.columns)

    def column_title(self, key: str) -> str:
        for column in self.model.columns:
            if column.key == key:
                return column.title
        return key

    # editing
    def add_row(self) -> int:
        self.finish_editing()
        position = self.model.append(self._new_row())
        self.view.setFocus()
        index = self.model.index(position, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)
        self._update_buttons()
        self.changed.emit()
        return position

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return sorted(rows)

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.finish_editing()
        self.model.remove(rows)
        if self.model.rows:
            next_row = min(rows[0], len(self.model.rows) - 1)
            self.view.setCurrentIndex(self.model.index(next_row, 0))
        self._update_buttons()
        self.changed.emit()

    def edit_cell(self, row: int, key: str) -> QWidget | None:
        """Open the cell's editor (as a double-click would) and return it."""
        column = next(i for i, c in enumerate(self.model.columns) if c.key == key)
        index = self.model.index(row, column)
        self.finish_editing()
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return self.delegate.open_editor

    def current_editor(self) -> QWidget | None:
        return self.delegate.open_editor

    def finish_editing(self) -> None:
        """Keep what is typed in an open cell (before saving, adding or removing)."""
        self.view.finish_editing()

    def _data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex,
                      roles: list[int] = ()) -> None:
        if not roles or Qt.ItemDataRole.EditRole in roles:
            self.changed.emit()

    def _update_buttons(self, *_args) -> None:
        self.removeButton.setEnabled(bool(self.model.rows) and bool(self.selected_rows()))

    # problems
    def show_problems(self, problems: list[CellProblem]) -> None:
        cells: dict[tuple[int, str | None], tuple[str, str]] = {}
        lines = []
        for p in problems:
            colour = ERROR_TEXT if p.severity == "error" else WARNING_TEXT
            mark = "✖" if p.severity == "error" else "⚠"
            if p.row is None:
                text = p.message
            else:
                cells.setdefault((p.row, p.column), (p.message, p.severity))
                where = self.tr("Row %1").replace("%1", str(p.row + 1))
                if p.column:
                    where += " · " + self.column_title(p.column)
                text = f"{where}: {p.message}"
            lines.append(f'<span style="color:{colour}">{mark} {_escape(text)}</span>')
        self.model.set_problems(cells)
        self.problemsLabel.setText("<br>".join(lines))
        self.problemsLabel.setVisible(bool(lines))
        self.view.setProperty("problem", _worst(problems))
        self.view.style().unpolish(self.view)
        self.view.style().polish(self.view)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, self.fontMetrics().height() * 12)


def _worst(problems: list[CellProblem]) -> str:
    if any(p.severity == "error" for p in problems):
        return "error"
    return "warning" if problems else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["CellProblem", "ChildRowsEditor", "ChildRowsModel", "Column"]
