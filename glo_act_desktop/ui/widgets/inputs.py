"""Inputs that hold domain values: dates that may be empty, exact amounts, scores, vocabulary
codes shown by name, and counts.

None of them enforces a domain rule: they only turn text into a value (or say why they cannot),
and validation in `domain/validation.py` says whether the value is acceptable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QPoint, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap, QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QComboBox, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget, QFrame,
)

from glo_act_desktop.domain.money import AmountError, format_amount, parse_amount
from glo_act_desktop.domain.validation import MAX_COUNT

NOT_A_NUMBER = Decimal("NaN")
_DATE_TEXT = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")


def _calendar_icon(size: int = 16) -> QIcon:
    """A small calendar drawn with QPainter: no image files to ship."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    ink = QColor("#505a64")
    painter.setPen(QPen(ink, 1))
    painter.drawRect(1, 3, size - 3, size - 5)
    painter.fillRect(1, 3, size - 2, 4, ink)
    for x in (4, 8, 12):
        for y in (9, 12):
            if x < size - 2:
                painter.fillRect(x - 1, y - 1, 2, 2, ink)
    painter.drawLine(4, 1, 4, 4)
    painter.drawLine(size - 5, 1, size - 5, 4)
    painter.end()
    return QIcon(pixmap)


class _NoWheelUnlessFocused:
    """Scrolling a long form with the mouse wheel must not change the value under the pointer."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt naming)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DateEdit(QLineEdit):
    """A date typed as YYYY-MM-DD or picked from a calendar (button, Alt+Down or F4); may be empty.

    Unlike QDateEdit it can be empty (an optional date, or a required one not yet known) and
    takes plain typing and pasting.
    """

    dateEdited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\s*\d{0,4}([-/.]\d{0,2}([-/.]\d{0,2})?)?\s*"), self))
        self.setMaxLength(12)
        self._pick = QAction(_calendar_icon(), self.tr("Choose a date from a calendar"), self)
        self._pick.triggered.connect(self.show_calendar)
        self.addAction(self._pick, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: QFrame | None = None
        self.textChanged.connect(self.dateEdited)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance("0000-00-00") + 48
        return QSize(max(wanted, 120), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def date_value(self) -> date | None:
        """The date, or None when empty or not a date (see `parse_problem`)."""
        match = _DATE_TEXT.match(self.text())
        if not match:
            return None
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None

    def set_date_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def parse_problem(self) -> str | None:
        """Why the text is not a date, or None (an empty field is not a parse problem)."""
        text = self.text().strip()
        if not text or self.date_value() is not None:
            return None
        return self.tr("'%1' is not a date: write it as YYYY-MM-DD, for example 2025-03-14"
                       ).replace("%1", text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        popup.setLayoutDirection(self.layoutDirection())
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        calendar = QCalendarWidget(popup)
        calendar.setObjectName("calendarPopup")
        calendar.setGridVisible(True)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        current = self.date_value() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        layout.addWidget(calendar)

        def choose(qdate: QDate) -> None:
            self.set_date_value(date(qdate.year(), qdate.month(), qdate.day()))
            self.editingFinished.emit()
            popup.close()
            self.setFocus()

        calendar.clicked.connect(choose)
        calendar.activated.connect(choose)
        popup.adjustSize()
        below = self.rect().bottomRight() if self.isRightToLeft() else self.rect().bottomLeft()
        corner = self.mapToGlobal(below)
        if self.isRightToLeft():
            corner -= QPoint(popup.width(), 0)
        popup.move(corner)
        self._popup = popup
        popup.show()
        calendar.setFocus()


class AmountEdit(QLineEdit):
    """An exact amount: typed text parsed with `domain.money.parse_amount` into a Decimal.

    Any number of decimals may be typed: the currency's rule (validation) says whether it is too
    many, next to the field, rather than the field silently refusing a key.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\s*[0-9][0-9,\x{00A0} ]*(\.[0-9]*)?\s*"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("0,000,000,000.00") + 24,
                     super().sizeHint().height())

    def amount(self) -> Decimal:
        """The Decimal typed; NaN when empty or not a number (validation then says so)."""
        try:
            return parse_amount(self.text())
        except AmountError:
            return NOT_A_NUMBER

    def set_amount(self, value: Decimal | None, minor_units: int | None = None) -> None:
        self.setText(amount_text(value, minor_units))


def amount_text(value: Decimal | None, minor_units: int | None = None) -> str:
    """How an amount is shown for editing: the currency's decimals when known, never a float."""
    if value is None or not value.is_finite():
        return ""
    if minor_units is not None:
        try:
            rounded = format_amount(value, minor_units)
            if Decimal(rounded) == value:
                return rounded
        except ArithmeticError:
            pass
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


class ScoreEdit(QLineEdit):
    """An average test score; empty when no test was given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\s*\d{0,4}([.,]\d{0,2})?\s*"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("no test"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("no test 000") + 24,
                     super().sizeHint().height())

    def score(self) -> float | None:
        text = self.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return None

    def set_score(self, value: float | None) -> None:
        self.setText("" if value is None else f"{value:g}")

    def parse_problem(self) -> str | None:
        if self.text().strip() and self.score() is None:
            return self.tr("'%1' is not a number").replace("%1", self.text().strip())
        return None


class CodeCombo(_NoWheelUnlessFocused, QComboBox):
    """Shows names, holds codes. A code not in the list (old or unknown) is kept and shown as such,
    so opening and saving a record never changes it silently."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.currentIndexChanged.connect(self._tooltip)

    def set_choices(self, choices: Iterable[tuple[str, str]], placeholder: str | None = None,
                    keep: bool = True) -> None:
        """Fill with (code, label) pairs; `placeholder` is a first empty choice ('' code)."""
        current = self.code() if keep else ""
        blocked = self.blockSignals(True)
        self.clear()
        if placeholder is not None:
            self.addItem(placeholder, "")
        for code, label in choices:
            self.addItem(label, code)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(blocked)
        self.set_code(current, add_unknown=False)
        self._tooltip()

    def code(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str, add_unknown: bool = True) -> None:
        index = self.findData(code)
        if index < 0 and code and add_unknown:
            self.addItem(self.tr("%1 (not in the list)").replace("%1", code), code)
            index = self.count() - 1
        if index < 0:
            index = self.findData("")
        self.setCurrentIndex(max(index, 0) if self.count() else -1)

    def _tooltip(self) -> None:
        self.setToolTip(self.currentText())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Ctrl+S and the like belong to the editor: a combo would take them as a search.
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.MetaModifier):
            event.ignore()
            return
        super().keyPressEvent(event)

    def showPopup(self) -> None:  # noqa: N802
        # the list is as wide as its longest name, so long objective titles are readable
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i))
                      for i in range(self.count())), default=0)
        screen = self.screen().availableGeometry().width() if self.screen() else 1200
        self.view().setMinimumWidth(min(widest + 48, int(screen * 0.8)))
        super().showPopup()


class CodeChecklist(QListWidget):
    """Several codes chosen from a short vocabulary (tick boxes; Space ticks the current one).

    Keeps the order the record listed its codes in, so opening and saving changes nothing."""

    codesChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._order: list[str] = []
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(lambda _item: self.codesChanged.emit())

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        codes = self.codes()
        blocked = self.blockSignals(True)
        self.clear()
        for code, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.blockSignals(blocked)
        self.set_codes(codes)
        self.updateGeometry()

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def set_codes(self, codes: Iterable[str]) -> None:
        codes = list(codes)
        self._order = list(codes)
        blocked = self.blockSignals(True)
        known = {item.data(Qt.ItemDataRole.UserRole) for item in self._items()}
        for code in codes:
            if code not in known:  # an old or unknown code: keep it visible and ticked
                item = QListWidgetItem(self.tr("%1 (not in the list)").replace("%1", code), self)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(blocked)
        self.codesChanged.emit()

    def codes(self) -> tuple[str, ...]:
        ticked = [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                  if item.checkState() == Qt.CheckState.Checked]
        kept = [code for code in self._order if code in ticked]
        return tuple(kept + [code for code in ticked if code not in kept])

    def set_checked(self, code: str, checked: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(self.count(), 3)
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        return QSize(super().sizeHint().width(), rows * row_height + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.sizeHint()
        return QSize(super().minimumSizeHint().width(), hint.height())


class CountSpinBox(_NoWheelUnlessFocused, QSpinBox):
    """A count of people: a whole number, 0 up to the domain's largest count."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, MAX_COUNT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccelerated(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("0000000") + 40),
                     hint.height())
