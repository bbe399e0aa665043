"""A register (consultations, trainings or grants) as a read-only Qt table model.

Rows are read a page at a time: the view asks for more (canFetchMore/fetchMore) as the officer
scrolls, so a register of 100,000 records opens after reading one page. Sorting is done in SQL.

Filters (domain.filters.Filters) are applied in SQL too. After `set_filters` the first page is read
at once (keyset page through an index or the FTS5 trigram search index: milliseconds), and the
number of matching records is counted in a worker (`ui.tasks.run_task`): a count may read every
matching row, and the window must not wait for it. `counts_changed(shown, total)` follows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex,
    QPersistentModelIndex, QObject, Qt, Signal,
)

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.vocab import DELIVERY_LABELS, GRANT_STATUS_LABELS
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.store.register_columns import REGISTER_COLUMNS
from glo_act_desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from glo_act_desktop.store.register_columns import RegisterRow

# The register queries (and SQLAlchemy with them) are imported when a register is first opened:
# the window's first paint on another page does not wait for them (bench/README.md, start-up).

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Column titles by the repository's column keys, translated in the "RegisterModel" context.
TITLES = {
    "date": QT_TRANSLATE_NOOP("RegisterModel", "Date"),
    "start": QT_TRANSLATE_NOOP("RegisterModel", "Start"),
    "end": QT_TRANSLATE_NOOP("RegisterModel", "End"),
    "country": QT_TRANSLATE_NOOP("RegisterModel", "Country"),
    "programme": QT_TRANSLATE_NOOP("RegisterModel", "Programme"),
    "type": QT_TRANSLATE_NOOP("RegisterModel", "Type"),
    "title": QT_TRANSLATE_NOOP("RegisterModel", "Title"),
    "place": QT_TRANSLATE_NOOP("RegisterModel", "Place"),
    "outside_capital": QT_TRANSLATE_NOOP("RegisterModel", "Outside capital"),
    "women": QT_TRANSLATE_NOOP("RegisterModel", "Women"),
    "men": QT_TRANSLATE_NOOP("RegisterModel", "Men"),
    "other": QT_TRANSLATE_NOOP("RegisterModel", "Other"),
    "pillar": QT_TRANSLATE_NOOP("RegisterModel", "Pillar"),
    "delivery": QT_TRANSLATE_NOOP("RegisterModel", "Delivery"),
    "grantee": QT_TRANSLATE_NOOP("RegisterModel", "Grantee"),
    "status": QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    "currency": QT_TRANSLATE_NOOP("RegisterModel", "Currency"),
    "committed": QT_TRANSLATE_NOOP("RegisterModel", "Committed"),
    "disbursed": QT_TRANSLATE_NOOP("RegisterModel", "Disbursed"),
    "assisted": QT_TRANSLATE_NOOP("RegisterModel", "People assisted"),
}

# Closed vocabularies are stored as codes; their English labels are translated in "vocab".
LABELS = {"delivery": DELIVERY_LABELS, "status": GRANT_STATUS_LABELS}

NUMBER_COLUMNS = frozenset({"women", "men", "other", "committed", "disbursed", "assisted"})

# Text that may be cut off in a narrow column: the tooltip shows it whole.
LONG_TEXT = frozenset({"programme", "title", "place", "grantee", "type", "pillar", "country"})

NUMBERS = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
CENTRED = Qt.AlignmentFlag.AlignCenter


class RegisterModel(QAbstractTableModel):
    """One register; newest first until the officer sorts by another column."""

    total_changed = Signal(int)  # records in the register, after each refresh
    counts_changed = Signal(int, int)  # (records passing the filters, records in the register)

    def __init__(self, ctx: AppContext, kind: str, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.kind = kind
        self._keys = REGISTER_COLUMNS[kind]
        self._rows: list[RegisterRow] = []
        self._after: tuple[Any, str] | None = None
        self._sort_column, self._sort_order = 0, Qt.SortOrder.DescendingOrder
        self._total = 0
        self._loaded = False
        self._held = False  # filters and order are taken, the first read waits (hold_first_read)
        self._currencies = ctx.reference.currencies
        self._locale = QLocale()
        self._locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits ","
        self._separators = str.maketrans({",": self._locale.groupSeparator(),
                                          ".": self._locale.decimalPoint()})
        self._currency_column = self._keys.index("currency") if "currency" in self._keys else None
        self._filters = Filters()
        self._shown: int | None = 0  # records passing the filters; None while being counted
        self._count_generation = 0  # a count that finishes after the filters changed is dropped
        self._count_tasks: set[Task] = set()

    # --- reading --------------------------------------------------------------------------

    def hold_first_read(self) -> None:
        """Take filters and order without reading until `release_first_read`: a window that
        starts on this register paints first (the read imports the queries and SQLAlchemy, about
        half a second; bench/README.md, start-up)."""
        if not self._loaded:
            self._held = True

    def read_first_page_plainly(self) -> bool:
        """At a window's start: the first page and the total read with plain SQL, before the
        first paint, when the register shows its default order without filters (what
        store/first_pages.py holds). False: they wait for `release_first_read`."""
        if self._loaded or not self._filters.is_empty() \
                or (self._sort_column, self._sort_order) != (0, Qt.SortOrder.DescendingOrder):
            return False
        from glo_act_desktop.store.register_columns import read_first_page

        self._total, page = read_first_page(self._ctx.db.read_rows, self.kind)
        self._held = False
        self.beginResetModel()
        self._rows, self._after, self._loaded = page.rows, page.after, True
        self.endResetModel()
        self._shown = self._total
        self.total_changed.emit(self._total)
        self.counts_changed.emit(self._shown, self._total)
        return True

    def release_first_read(self) -> None:
        if self._held:
            self._held = False
            self._read_first_page(with_total=True)

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        """Read the total and the first page again."""
        self._held = False
        self._read_first_page(with_total=True)

    def set_filters(self, filters: Filters) -> None:
        """Show only the records passing `filters`: the first page now, the count when ready."""
        if filters == self._filters and self._loaded:
            return
        self._filters = filters
        if self._held:
            return
        self._read_first_page(with_total=not self._loaded)

    def filters(self) -> Filters:
        return self._filters

    def _read_first_page(self, with_total: bool) -> None:
        from glo_act_desktop.store.repositories.registers import count_records, read_page

        filtered = not self._filters.is_empty()
        with self._ctx.db.reading() as session:  # one snapshot: the total and rows agree
            if with_total:  # the unfiltered count reads a covering index: fast at any size
                self._total = count_records(session, self.kind)
            page = read_page(session, self.kind, self._keys[self._sort_column],
                             self._sort_order == Qt.SortOrder.DescendingOrder,
                             filters=self._filters if filtered else None)
        self.beginResetModel()
        self._rows, self._after, self._loaded = page.rows, page.after, True
        self.endResetModel()
        if with_total:
            self.total_changed.emit(self._total)
        self._count_generation += 1
        if not filtered:
            self._shown = self._total
            self.counts_changed.emit(self._shown, self._total)
        elif page.after is None:
            # Everything passing the filters is on this page: no need to count.
            self._shown = len(page.rows)
            self.counts_changed.emit(self._shown, self._total)
        else:
            self._shown = None
            self._count_in_worker(self._filters, self._count_generation)

    def _count_in_worker(self, filters: Filters, generation: int) -> None:
        db, kind = self._ctx.db, self.kind
        from glo_act_desktop.store.repositories.registers import count_records

        def job(_control):
            with db.reading() as session:
                return count_records(session, kind, filters)

        def done(count: int) -> None:
            self._count_tasks.discard(task)
            if generation == self._count_generation:
                self._shown = count
                self.counts_changed.emit(count, self._total)

        def failed(_exc: BaseException) -> None:
            self._count_tasks.discard(task)

        task = run_task(None, self.tr("Counting records"), job, done, failed,
                        show_progress=False)
        self._count_tasks.add(task)

    def is_counting(self) -> bool:
        return self._shown is None

    def shown_count(self) -> int | None:
        """Records passing the filters; None while they are being counted."""
        return self._shown

    def count_text(self) -> str:
        """"1,284 of 100,000" when filtered, "100,000" when not, "… of 100,000" while counting."""
        total = self._locale.toString(self._total)
        if self._filters.is_empty():
            return total
        shown = "…" if self._shown is None else self._locale.toString(self._shown)
        return self.tr("%1 of %2").replace("%1", shown).replace("%2", total)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._after is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        from glo_act_desktop.store.repositories.registers import read_page

        with self._ctx.db.reading() as session:
            page = read_page(session, self.kind, self._keys[self._sort_column],
                             self._sort_order == Qt.SortOrder.DescendingOrder, self._after,
                             filters=None if self._filters.is_empty() else self._filters)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._after = page.after

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._loaded and (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        if not self._held:
            self._read_first_page(with_total=not self._loaded)  # another order, the same total

    def total(self) -> int:
        return self._total

    def total_text(self) -> str:
        return self._locale.toString(self._total)

    def record_id(self, row: int) -> str:
        return self._rows[row].id

    def column_key(self, column: int) -> str:
        return self._keys[column]

    # --- presenting -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RegisterModel", TITLES[self._keys[section]])
        if role == Qt.ItemDataRole.TextAlignmentRole and self._keys[section] in NUMBER_COLUMNS:
            return NUMBERS
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self._keys[index.column()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, value, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, bool):
                return CENTRED
            return NUMBERS if key in NUMBER_COLUMNS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in LONG_TEXT:
                return value
            if key == "currency" and value in self._currencies:
                return self._currencies[value].name
            return None
        if role == RECORD_ID_ROLE:
            return row.id
        return None

    def _text(self, key: str, value: Any, row: RegisterRow) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, int):
            return self._locale.toString(value)
        if isinstance(value, Decimal):
            return self._amount(value, row.values[self._currency_column])
        if isinstance(value, date):
            return value.isoformat()  # unambiguous in every country the programme works in
        if key in LABELS:
            return QCoreApplication.translate("vocab", LABELS[key].get(value, value))
        return value

    def _amount(self, value: Decimal, currency: str) -> str:
        """Grouped, with exactly the currency's minor units, in the locale's separators."""
        found = self._currencies.get(currency)
        minor_units = found.minor_units if found else 2
        text = format(value.quantize(Decimal(1).scaleb(-minor_units)), ",f")
        return text.translate(self._separators)
