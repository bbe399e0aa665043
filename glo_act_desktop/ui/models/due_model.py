"""What is due, as a read-only Qt table model: open follow-up actions of consultations, or grant
reports not received. Soonest due first, so the most overdue are on top; overdue rows are marked
in words (a "days overdue" column) as well as in colour. Read a page at a time like the registers;
the count is made in a worker.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
    QPersistentModelIndex, QObject, Qt, Signal,
)
from PySide6.QtGui import QColor, QFont

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.vocab import (
    FOLLOW_UP_STATUS_LABELS, GRANT_STATUS_LABELS, REPORT_KIND_LABELS,
)
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from glo_act_desktop.store.repositories.registers import DueRow

# The queries (and SQLAlchemy with them) are imported when the items due are first read, not
# with the main window: its first paint does not wait for them (bench/README.md, start-up).

DUE_KINDS = ("follow_ups", "grant_reports")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # (record kind, record id) of the row

COLUMNS = {
    "follow_ups": ("due", "late", "what", "owner", "status", "record_date", "record_title",
                   "country"),
    "grant_reports": ("due", "late", "what", "record_title", "status", "record_date", "country"),
}
TITLES = {
    "follow_ups": {
        "due": QT_TRANSLATE_NOOP("DueModel", "Due"),
        "late": QT_TRANSLATE_NOOP("DueModel", "Days overdue"),
        "what": QT_TRANSLATE_NOOP("DueModel", "Action"),
        "owner": QT_TRANSLATE_NOOP("DueModel", "Owner"),
        "status": QT_TRANSLATE_NOOP("DueModel", "Status"),
        "record_date": QT_TRANSLATE_NOOP("DueModel", "Consultation date"),
        "record_title": QT_TRANSLATE_NOOP("DueModel", "Consultation"),
        "country": QT_TRANSLATE_NOOP("DueModel", "Country"),
    },
    "grant_reports": {
        "due": QT_TRANSLATE_NOOP("DueModel", "Due"),
        "late": QT_TRANSLATE_NOOP("DueModel", "Days overdue"),
        "what": QT_TRANSLATE_NOOP("DueModel", "Report"),
        "record_title": QT_TRANSLATE_NOOP("DueModel", "Grantee"),
        "status": QT_TRANSLATE_NOOP("DueModel", "Grant status"),
        "record_date": QT_TRANSLATE_NOOP("DueModel", "Grant start"),
        "country": QT_TRANSLATE_NOOP("DueModel", "Country"),
    },
}
OVERDUE_COLOUR = QColor(176, 0, 32)  # dark red: readable on light and mid backgrounds
TRAILING = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class DueModel(QAbstractTableModel):
    counts_changed = Signal(int, int)  # (items passing the filters, of them overdue)

    def __init__(self, ctx: AppContext, kind: str = "follow_ups", parent: QObject | None = None,
                 today: date | None = None):
        super().__init__(parent)
        if kind not in DUE_KINDS:
            raise ValueError(kind)
        self._ctx = ctx
        self.kind = kind
        self._today = today
        self._filters = Filters()
        self._rows: list[DueRow] = []
        self._after: tuple[date | None, str] | None = None
        self._counts: tuple[int, int] | None = None
        self._generation = 0
        self._tasks: set[Task] = set()
        self._locale = QLocale()
        self._locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)

    def today(self) -> date:
        return self._today or date.today()

    # --- reading --------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        if kind not in DUE_KINDS:
            raise ValueError(kind)
        if kind != self.kind:
            self.kind = kind
            self.refresh()

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self.refresh()

    def filters(self) -> Filters:
        return self._filters

    def refresh(self) -> None:
        """The first page now; the count in a worker."""
        from glo_act_desktop.store.repositories.registers import count_due, read_due_page

        with self._ctx.db.reading() as session:
            page = read_due_page(session, self.kind, self._filters, today=self.today())
        self.beginResetModel()
        self._rows, self._after = page.rows, page.after
        self.endResetModel()
        self._generation += 1
        self._counts = None
        generation, kind, filters, today, db = (self._generation, self.kind, self._filters,
                                                self.today(), self._ctx.db)

        def job(_control):
            with db.reading() as session:
                return count_due(session, kind, filters, today)

        def done(counts: tuple[int, int]) -> None:
            self._tasks.discard(task)
            if generation == self._generation:
                self._counts = counts
                self.counts_changed.emit(*counts)

        def failed(_exc: BaseException) -> None:
            self._tasks.discard(task)

        task = run_task(None, self.tr("Counting"), job, done, failed, show_progress=False)
        self._tasks.add(task)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        from glo_act_desktop.store.repositories.registers import read_due_page

        with self._ctx.db.reading() as session:
            page = read_due_page(session, self.kind, self._filters, self._after,
                                 today=self.today())
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._after = page.after

    def counts(self) -> tuple[int, int] | None:
        """(items, overdue), or None while counting."""
        return self._counts

    def count_text(self) -> str:
        if self._counts is None:
            return "…"
        count, overdue = (self._locale.toString(n) for n in self._counts)
        if self.kind == "follow_ups":
            text = self.tr("%1 open actions, %2 overdue")
        else:
            text = self.tr("%1 reports not received, %2 overdue")
        return text.replace("%1", count).replace("%2", overdue)

    def row_item(self, row: int) -> DueRow:
        return self._rows[row]

    def column_key(self, column: int) -> str:
        return COLUMNS[self.kind][column]

    # --- presenting -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS[self.kind])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = COLUMNS[self.kind][section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DueModel", TITLES[self.kind][key])
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "late":
            return TRAILING
        return None

    def days_overdue(self, item: DueRow) -> int:
        return (self.today() - item.due_date).days if item.overdue and item.due_date else 0

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        key = COLUMNS[self.kind][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("what", "record_title", "owner"):
                return self._text(key, item)
            if key in ("due", "late") and item.overdue:
                return self.tr("Overdue by %1 days").replace(
                    "%1", self._locale.toString(self.days_overdue(item)))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and key in ("due", "late"):
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and item.overdue and key in ("due", "late"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "late":
            return TRAILING
        if role == RECORD_ROLE:
            return (item.record_kind, item.record_id)
        return None

    def _text(self, key: str, item: DueRow) -> str:
        if key == "due":
            return item.due_date.isoformat() if item.due_date else self.tr("No due date")
        if key == "late":
            return self._locale.toString(self.days_overdue(item)) if item.overdue else ""
        if key == "record_date":
            return item.record_date.isoformat()
        if key == "status":
            labels = FOLLOW_UP_STATUS_LABELS if self.kind == "follow_ups" else GRANT_STATUS_LABELS
            return QCoreApplication.translate("vocab", labels.get(item.status, item.status))
        if key == "what" and self.kind == "grant_reports":
            return QCoreApplication.translate("vocab", REPORT_KIND_LABELS.get(item.what, item.what))
        return getattr(item, key)
