"""Follow-ups due: what an officer has promised and what grantees owe, most overdue first.

    view = FollowUpsView(ctx)
    view.openRecord.connect(window.open_record)   # ("consultations" | "grants", record id)

Two lists behind a switch: open follow-up actions of consultations (open or in progress), and grant
reports not yet received. Both are filtered with the same FilterBar as the registers (its dates
apply to the due date; "Overdue only" keeps what was due before today).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView, QRadioButton, QTableView,
    QVBoxLayout, QWidget,
)

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.models.due_model import DUE_KINDS, RECORD_ROLE, DueModel
from glo_act_desktop.ui.widgets.filter_bar import FilterBar


LONG_COLUMNS = ("what", "record_title")  # give up room first when the table is too wide
SHORTEST_TEXT_CHARS = 24  # they shrink no further (their tooltip has the whole text)
ROW_PADDING = 8  # pixels above the text height, as in the registers


class _DueTable(QTableView):
    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FollowUpsView(QWidget):
    openRecord = Signal(str, str)  # record kind ("consultations" or "grants"), record id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter_bar = FilterBar(ctx.reference, "follow_ups", self)
        self.model = DueModel(ctx, "follow_ups", self, today=today)

        self.follow_ups_button = QRadioButton(self.tr("Follow-up actions"), self)
        self.reports_button = QRadioButton(self.tr("Grant reports"), self)
        self.follow_ups_button.setChecked(True)
        self._switch = QButtonGroup(self)
        self._switch.addButton(self.follow_ups_button, 0)
        self._switch.addButton(self.reports_button, 1)
        self._switch.idClicked.connect(lambda i: self.show_kind(DUE_KINDS[i]))

        self.table = _DueTable(self)
        self.table.setObjectName("dueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a row, like the registers; tooltips have it all
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + ROW_PADDING)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(self.tr("Items due"))
        self.table.doubleClicked.connect(self._open)
        self.table.activated_row.connect(self._open)

        switch = QHBoxLayout()
        switch.addWidget(self.follow_ups_button)
        switch.addWidget(self.reports_button)
        switch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(switch)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)

        self.filter_bar.filtersChanged.connect(self.model.set_filters)
        self.model.counts_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self._loaded = False

    # --- public -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read again (after a save elsewhere, F5, or when the page is first shown)."""
        self._loaded = True
        self.model.set_filters(self.filter_bar.filters())
        self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def show_kind(self, kind: str) -> None:
        """"follow_ups" or "grant_reports"."""
        (self.follow_ups_button if kind == "follow_ups" else self.reports_button).setChecked(True)
        actions = kind == "follow_ups"
        for widget in (self.filter_bar.pillar, self.filter_bar.outside_capital,
                       self.filter_bar.status):
            widget.setVisible(actions)  # these apply to consultations and actions only
        self._loaded = True
        self.model.set_kind(kind)
        self._fit_columns()

    def set_filters(self, filters: Filters, kind: str | None = None) -> None:
        """A dashboard click-through: e.g. Filters(country="NP", overdue=True), "grant_reports"."""
        if kind:
            self.show_kind(kind)
        self._loaded = True
        self.filter_bar.set_filters(filters)

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def _fit_columns(self) -> None:
        """Columns fitted to their text; if that is wider than the table, the action and the
        record's title give up room in proportion, so every column shows."""
        table, model = self.table, self.model
        table.resizeColumnsToContents()
        excess = table.horizontalHeader().length() - table.viewport().width()
        room = SHORTEST_TEXT_CHARS * table.fontMetrics().averageCharWidth()
        slack = {column: table.columnWidth(column) - room for column in range(model.columnCount())
                 if model.column_key(column) in LONG_COLUMNS and table.columnWidth(column) > room}
        if excess > 0 and slack:
            share = min(1.0, excess / sum(slack.values()))
            for column, spare in slack.items():
                table.setColumnWidth(column, table.columnWidth(column) - round(spare * share))

    # --- reacting -----------------------------------------------------------------------

    def _show_count(self, *_args) -> None:
        self.filter_bar.set_count_text(self.model.count_text())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            kind, record_id = self.model.data(index, RECORD_ROLE)
            self.openRecord.emit(kind, record_id)
