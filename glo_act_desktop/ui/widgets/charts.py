"""Small charts painted with QPainter (no charting library): horizontal bars and grouped columns.

Every bar is a click target: `clicked(payload)` carries what the caller attached to it (the
dashboard attaches the filters of the records behind the figure). Charts are laid out left to
right and mirrored as a whole when the widget's layout is right to left; text stays readable
because only the rectangles are mirrored, never the glyphs. Numbers are formatted with QLocale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolTip, QWidget

GRID_GREY = QColor("#c7ccd1")
EMPTY_SHARE = QColor("#dfe3e6")  # the part of a 100% bar that is not the figure


@dataclass(frozen=True)
class Segment:
    """One piece of a bar: its value, colour, tooltip and what a click on it reports."""
    value: float
    color: QColor | str
    tooltip: str = ""
    payload: object = None


@dataclass(frozen=True)
class BarRow:
    """One row of a BarChart: a label, its segments, and the text printed after the bar."""
    label: str
    segments: tuple[Segment, ...]
    text: str = ""


@dataclass(frozen=True)
class ColumnGroup:
    label: str
    segments: tuple[Segment, ...]


@dataclass
class _Hit:
    rect: QRectF
    segment: Segment


class Chart(QWidget):
    """What both charts share: click targets, hover cursor and tooltips, mirroring, the empty
    message."""

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._hits: list[_Hit] = []
        self.empty_text = self.tr("Nothing recorded")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # --- geometry helpers ---------------------------------------------------------------

    def visual(self, rect: QRectF) -> QRectF:
        """A rectangle laid out left to right, mirrored when the layout is right to left."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def align(self, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        return QStyle.visualAlignment(self.layoutDirection(), flags) | \
            Qt.AlignmentFlag.AlignAbsolute  # the painter must not flip it again

    def hit_regions(self) -> list[tuple[QRectF, object]]:
        """Where each clickable bar is on screen (widget coordinates) and what it reports."""
        return [(hit.rect, hit.segment.payload) for hit in self._hits]

    def _hit_at(self, point: QPointF) -> _Hit | None:
        for hit in self._hits:
            if hit.rect.adjusted(-1, -1, 1, 1).contains(point):
                return hit
        return None

    # --- events ----------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit_at(event.position())
        clickable = hit is not None and hit.segment.payload is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                       else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self._hit_at(event.position())
            if hit is not None and hit.segment.payload is not None:
                self.clicked.emit(hit.segment.payload)
                return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            hit = self._hit_at(QPointF(help_event.pos()))
            if hit is not None and hit.segment.tooltip:
                QToolTip.showText(help_event.globalPos(), hit.segment.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled,
                                            QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _text_pen(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)


class BarChart(Chart):
    """Horizontal bars, one row per item. `stacked`: a row's segments follow each other along one
    bar; otherwise each segment is its own thinner bar under the previous one. `per_row`: each
    row is scaled to its own total (shares; rows in different currencies), else all rows share
    one scale."""

    ROW_GAP = 6
    LABEL_GAP = 8

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = True,
                 per_row: bool = False, bar_height: int | None = None):
        super().__init__(parent)
        self.stacked = stacked
        self.per_row = per_row
        self._rows: tuple[BarRow, ...] = ()
        self._bar_height = bar_height or round(self.fontMetrics().height() * 1.2)

    def set_rows(self, rows: list[BarRow] | tuple[BarRow, ...]) -> None:
        self._rows = tuple(rows)
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[BarRow, ...]:
        return self._rows

    def _row_height(self, row: BarRow) -> float:
        bars = 1 if self.stacked else max(len(row.segments), 1)
        return bars * self._bar_height + (bars - 1) * 2

    def sizeHint(self) -> QSize:
        height = sum(self._row_height(r) + self.ROW_GAP for r in self._rows) or \
            self.fontMetrics().height() * 2
        return QSize(240, round(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Each text reads in its own direction (an English label stays "10 of 22" in a
        # right-to-left layout); only the positions are mirrored.
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self._hits = []
        total_value = sum(s.value for r in self._rows for s in r.segments)
        if not self._rows or total_value <= 0:
            self._paint_empty(painter)
            return
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0)
        label_width = label_width + self.LABEL_GAP if label_width else 0
        text_width = max((metrics.horizontalAdvance(r.text) for r in self._rows), default=0)
        text_width = text_width + self.LABEL_GAP if text_width else 0
        bar_left = label_width
        bar_room = max(self.width() - label_width - text_width, 10)

        def row_total(row: BarRow) -> float:
            values = [s.value for s in row.segments]
            return sum(values) if self.stacked else max(values, default=0)

        shared_max = max((row_total(r) for r in self._rows), default=0)
        y = 0.0
        for row in self._rows:
            height = self._row_height(row)
            scale_max = row_total(row) if self.per_row else shared_max
            painter.setPen(self._text_pen())
            painter.drawText(self.visual(QRectF(0, y, label_width - self.LABEL_GAP, height)),
                             self.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             row.label)
            end = bar_left
            x = bar_left
            for index, segment in enumerate(row.segments):
                width = bar_room * segment.value / scale_max if scale_max > 0 else 0
                if self.stacked:
                    rect = QRectF(x, y, width, height)
                    x += width
                    end = x
                else:
                    top = y + index * (self._bar_height + 2)
                    rect = QRectF(bar_left, top, width, self._bar_height)
                    end = max(end, bar_left + width)
                if width <= 0:
                    continue
                shown = self.visual(rect)
                painter.fillRect(shown, QColor(segment.color))
                self._hits.append(_Hit(shown, segment))
            if row.text:
                painter.setPen(self._text_pen())
                painter.drawText(
                    self.visual(QRectF(end + self.LABEL_GAP / 2, y, text_width, height)),
                    self.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    row.text)
            y += height + self.ROW_GAP
        painter.end()


class ColumnChart(Chart):
    """Vertical columns in groups (e.g. age group), one column per series (e.g. sex) with its
    value above it and the group's label below; one common scale."""

    GROUP_GAP = 24
    COLUMN_GAP = 4

    def __init__(self, parent: QWidget | None = None, *, plot_height: int | None = None):
        super().__init__(parent)
        self._groups: tuple[ColumnGroup, ...] = ()
        self._plot_height = plot_height or self.fontMetrics().height() * 6

    def set_groups(self, groups: list[ColumnGroup] | tuple[ColumnGroup, ...]) -> None:
        self._groups = tuple(groups)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, self._plot_height + self.fontMetrics().height() * 2 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Each text reads in its own direction (an English label stays "10 of 22" in a
        # right-to-left layout); only the positions are mirrored.
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self._hits = []
        values = [s.value for g in self._groups for s in g.segments]
        if not values or max(values) <= 0:
            self._paint_empty(painter)
            return
        metrics = self.fontMetrics()
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits ","
        line = metrics.height()
        top = line + 2  # room for the tallest column's value
        base = top + self._plot_height
        biggest = max(values)
        count = len(self._groups)
        group_width = (self.width() - self.GROUP_GAP * (count - 1)) / count
        painter.setPen(GRID_GREY)
        painter.drawLine(self.visual(QRectF(0, base, self.width(), 0)).topLeft(),
                         self.visual(QRectF(0, base, self.width(), 0)).topRight())
        for g_index, group in enumerate(self._groups):
            left = g_index * (group_width + self.GROUP_GAP)
            n = max(len(group.segments), 1)
            column_width = min((group_width - self.COLUMN_GAP * (n - 1)) / n, line * 3)
            used = n * column_width + (n - 1) * self.COLUMN_GAP
            x = left + (group_width - used) / 2
            for segment in group.segments:
                height = self._plot_height * segment.value / biggest
                rect = QRectF(x, base - height, column_width, height)
                shown = self.visual(rect)
                if height > 0:
                    painter.fillRect(shown, QColor(segment.color))
                    self._hits.append(_Hit(shown, segment))
                painter.setPen(self._text_pen())
                painter.drawText(self.visual(QRectF(x - 10, base - height - line - 1,
                                                    column_width + 20, line)),
                                 Qt.AlignmentFlag.AlignCenter, locale.toString(int(segment.value)))
                x += column_width + self.COLUMN_GAP
            painter.setPen(self._text_pen())
            painter.drawText(self.visual(QRectF(left, base + 4, group_width, line)),
                             Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(group.label, Qt.TextElideMode.ElideRight,
                                                round(group_width)))
        painter.end()
