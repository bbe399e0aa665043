"""A layout that places its widgets in a row and wraps them onto more rows when the row is too
narrow (Qt's flow layout example), mirrored in right-to-left mode.

    row = FlowLayout()
    for widget in (programme, country, dates):
        row.addWidget(widget)

A filter bar in it never makes the window wider than a small screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt naming)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one row."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single widget: everything else can go onto another row."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        parent = self.parentWidget()
        style = (widget or parent).style() if (widget or parent) else None
        if style is None:
            return 6
        control = widget.sizePolicy().controlType() if widget else \
            QSizePolicy.ControlType.DefaultType
        gap = style.layoutSpacing(control, control, orientation)
        return gap if gap >= 0 else 6

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (if `move`); return the height they need."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        rows: list[list[tuple[QLayoutItem, QRect]]] = [[]]
        for item in self._visible():
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), 1), item.sizeHint().height()))
            hint = hint.expandedTo(item.minimumSize())
            across = self._gap(item, Qt.Orientation.Horizontal)
            down = self._gap(item, Qt.Orientation.Vertical)
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + down
                line_height = 0
                rows.append([])
            rows[-1].append((item, QRect(QPoint(x, y), hint)))
            x += hint.width() + across
            line_height = max(line_height, hint.height())
        if move:
            direction = self.parentWidget().layoutDirection() if self.parentWidget() else \
                Qt.LayoutDirection.LeftToRight
            for row in rows:
                tallest = max((place.height() for _item, place in row), default=0)
                for item, place in row:  # centred on the row, mirrored right to left
                    place.moveTop(place.top() + (tallest - place.height()) // 2)
                    item.setGeometry(QStyle.visualRect(direction, area, place))
        return y + line_height - rect.y() + margins.bottom()
