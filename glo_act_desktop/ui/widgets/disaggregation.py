"""Counts broken down two ways (rows × columns) with row and column totals that follow typing.

Trainings: institution type × sex. Grants: (age group, sex) × kind of person assisted. Rows may be
grouped (the age group spans its sex rows). Counts only: never names.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from glo_act_desktop.ui.widgets.inputs import CountSpinBox

ERROR_TEXT = "#b00020"
WARNING_TEXT = "#7a4a00"
NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # mirrored in RTL


class DisaggregationGrid(QWidget):
    """A grid of count boxes. `configure()` sets its axes; `values()` reads every cell."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[Hashable, str, str]] = []
        self._columns: list[tuple[Hashable, str]] = []
        self._spins: dict[tuple[Hashable, Hashable], CountSpinBox] = {}
        self._row_totals: dict[Hashable, QLabel] = {}
        self._column_totals: dict[Hashable, QLabel] = {}
        self._grand_total: QLabel | None = None
        self._frame = QFrame(self)
        self._frame.setObjectName("gridFrame")
        self._grid = QGridLayout(self._frame)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setObjectName("problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.problemsLabel.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._frame)
        layout.addWidget(self.problemsLabel)
        self._locale = QLocale()

    def configure(self, rows: Sequence[tuple[Hashable, str, str]],
                  columns: Sequence[tuple[Hashable, str]], *, total_label: str,
                  row_heading: str = "", group_heading: str = "") -> None:
        """rows: (key, label, group label or ''); columns: (key, label)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._rows, self._columns = list(rows), list(columns)
        self._spins.clear()
        self._row_totals.clear()
        self._column_totals.clear()
        grouped = any(group for _k, _l, group in self._rows)
        first = 2 if grouped else 1
        bold = QFont(self.font())
        bold.setBold(True)

        def heading(text: str, row: int, column: int, align=Qt.AlignmentFlag.AlignBottom) -> QLabel:
            label = QLabel(text, self._frame)
            label.setWordWrap(True)
            label.setFont(bold)
            label.setAlignment(align)
            self._grid.addWidget(label, row, column)
            return label

        if grouped and group_heading:
            heading(group_heading, 0, 0)
        if row_heading:
            heading(row_heading, 0, first - 1)
        for c, (_key, label) in enumerate(self._columns):
            heading(label, 0, first + c, NUMBER_ALIGN | Qt.AlignmentFlag.AlignBottom)
        heading(total_label, 0, first + len(self._columns),
                NUMBER_ALIGN | Qt.AlignmentFlag.AlignBottom)

        previous = None
        group_start = 1
        for r, (row_key, label, group) in enumerate(self._rows, 1):
            if grouped and group != previous:
                span = sum(1 for _k, _l, g in self._rows[r - 1:] if g == group) if group else 1
                group_label = QLabel(group, self._frame)
                group_label.setWordWrap(True)
                group_label.setFont(bold)
                group_label.setAlignment(Qt.AlignmentFlag.AlignTop)
                self._grid.addWidget(group_label, r, 0, span, 1)
                previous, group_start = group, r
            row_label = QLabel(label, self._frame)
            row_label.setWordWrap(False)
            self._grid.addWidget(row_label, r, first - 1)
            for c, (column_key, column_label) in enumerate(self._columns):
                spin = CountSpinBox(self._frame)
                spin.setButtonSymbols(CountSpinBox.ButtonSymbols.NoButtons)
                # as wide as its column, so the totals line up under the numbers
                spin.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000000") + 12)
                name = ", ".join(part for part in (group, label, column_label) if part)
                spin.setAccessibleName(name)
                spin.setToolTip(name)
                spin.setObjectName(f"cell_{r}_{c}")
                spin.valueChanged.connect(self._value_changed)
                self._grid.addWidget(spin, r, first + c)
                self._spins[(row_key, column_key)] = spin
            total = QLabel("0", self._frame)
            total.setAlignment(NUMBER_ALIGN)
            total.setAccessibleName(self.tr("Total of %1").replace("%1", label))
            self._grid.addWidget(total, r, first + len(self._columns))
            self._row_totals[row_key] = total
        _ = group_start
        last = len(self._rows) + 1
        line = QFrame(self._frame)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._grid.addWidget(line, last, 0, 1, first + len(self._columns) + 1)
        heading(total_label, last + 1, 0 if grouped else first - 1, Qt.AlignmentFlag.AlignVCenter)
        for c, (column_key, column_label) in enumerate(self._columns):
            total = QLabel("0", self._frame)
            total.setFont(bold)
            total.setAlignment(NUMBER_ALIGN)
            total.setAccessibleName(self.tr("Total of %1").replace("%1", column_label))
            self._grid.addWidget(total, last + 1, first + c)
            self._column_totals[column_key] = total
        self._grand_total = QLabel("0", self._frame)
        self._grand_total.setFont(bold)
        self._grand_total.setAlignment(NUMBER_ALIGN)
        self._grand_total.setAccessibleName(total_label)
        self._grid.addWidget(self._grand_total, last + 1, first + len(self._columns))
        # numbers stay compact; the space left over goes to an empty last column
        self._grid.setColumnStretch(first + len(self._columns) + 1, 1)
        self._grid.setColumnMinimumWidth(first + len(self._columns), 48)
        # Tab walks the cells row by row: the order they were created in
        spins = list(self._spins.values())
        if spins:
            self.setFocusProxy(spins[0])
        self._update_totals()

    # values
    def spin(self, row: Hashable, column: Hashable) -> CountSpinBox:
        return self._spins[(row, column)]

    def spins(self) -> list[CountSpinBox]:
        return list(self._spins.values())

    def row_keys(self) -> list[Hashable]:
        return [key for key, _l, _g in self._rows]

    def column_keys(self) -> list[Hashable]:
        return [key for key, _l in self._columns]

    def values(self) -> dict[tuple[Hashable, Hashable], int]:
        return {cell: spin.value() for cell, spin in self._spins.items()}

    def set_values(self, values: dict[tuple[Hashable, Hashable], int]) -> None:
        for cell, spin in self._spins.items():
            blocked = spin.blockSignals(True)
            spin.setValue(int(values.get(cell, 0)))
            spin.blockSignals(blocked)
        self._update_totals()
        self.changed.emit()

    def row_total(self, row: Hashable) -> int:
        return sum(v for (r, _c), v in self.values().items() if r == row)

    def column_total(self, column: Hashable) -> int:
        return sum(v for (_r, c), v in self.values().items() if c == column)

    def total(self) -> int:
        return sum(self.values().values())

    def row_total_label(self, row: Hashable) -> QLabel:
        return self._row_totals[row]

    def column_total_label(self, column: Hashable) -> QLabel:
        return self._column_totals[column]

    def grand_total_label(self) -> QLabel:
        assert self._grand_total is not None
        return self._grand_total

    def _value_changed(self, _value: int) -> None:
        self._update_totals()
        self.changed.emit()

    def _update_totals(self) -> None:
        for row in self.row_keys():
            self._row_totals[row].setText(self._locale.toString(self.row_total(row)))
        for column in self.column_keys():
            self._column_totals[column].setText(self._locale.toString(self.column_total(column)))
        if self._grand_total is not None:
            self._grand_total.setText(self._locale.toString(self.total()))

    # problems
    def show_problems(self, cells: dict[tuple[Hashable, Hashable], tuple[str, str]],
                      general: list[tuple[str, str]]) -> None:
        """Mark cells (message, severity) and list every message under the grid."""
        lines = []
        for cell, spin in self._spins.items():
            problem = cells.get(cell)
            severity = problem[1] if problem else ""
            if spin.property("problem") != severity:
                spin.setProperty("problem", severity)
                spin.style().unpolish(spin)
                spin.style().polish(spin)
            spin.setToolTip(problem[0] if problem else spin.accessibleName())
        for cell, (message, severity) in cells.items():
            spin = self._spins.get(cell)
            lines.append((f"{spin.accessibleName()}: {message}" if spin else message, severity))
        lines.extend(general)
        html = []
        for message, severity in lines:
            colour = ERROR_TEXT if severity == "error" else WARNING_TEXT
            mark = "✖" if severity == "error" else "⚠"
            text = message.replace("&", "&amp;").replace("<", "&lt;")
            html.append(f'<span style="color:{colour}">{mark} {text}</span>')
        self.problemsLabel.setText("<br>".join(html))
        self.problemsLabel.setVisible(bool(html))
