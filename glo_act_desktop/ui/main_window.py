"""The main window: a navigation list of pages, and beside it tabs: the page shown, then one tab
per open record editor.

    window.add_page("conflicts", window.tr("Conflicts"), ConflictsPage(ctx), position=5)

Pages: Dashboard, the three registers, Follow-ups due, Sync. Registers are read-only tables read
page by page under a filter bar (Ctrl+F searches); a double click or Enter opens the record in an
editor tab, Ctrl+N starts a new one, Del deletes the selected rows (with Undo). A dashboard figure
opens the register (or the items due) filtered to the records behind it.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QThreadPool, QTimer, qVersion
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QTabBar, QTableView, QWidget,
)

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.dashboard import DashboardView, as_register_filters
from glo_act_desktop.ui.forms_gen.ui_main_window import Ui_MainWindow
from glo_act_desktop.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from glo_act_desktop.ui.editors import RecordEditor
    from glo_act_desktop.ui.models.register_model import RegisterModel
    from glo_act_desktop.ui.follow_ups import FollowUpsView
    from glo_act_desktop.ui.sync_page import SyncPage
    from glo_act_desktop.ui.widgets.filter_bar import FilterBar

# Record services, the register model, the editors, sheet import, exports, the filter bars and the
# pages other than the dashboard are imported when first used, and those pages and bars are built
# when first shown or asked for: the first paint needs none of them (bench/README.md, start-up).

log = logging.getLogger(__name__)

REGISTERS = ("consultations", "trainings", "grants")  # the order of the list and of the pages
FIRST_PAGE = "dashboard"  # shown at the first start; later the page shown last
LATER_PAGES = ("follow_ups", "sync")  # built when first shown or asked for
OVERVIEWS = ("dashboard", "follow_ups")  # pages read again when records change
DUE_KINDS = ("follow_ups", "grant_reports")  # dashboard figures that open the items due
FILTER_BAR_MARGINS = (8, 6, 8, 2)  # pixels around a register's filter bar
TAB_CAPTION_CHARS = 32  # an editor tab's caption is cut to this (the tooltip has it whole)
DIRTY_MARK = "• "
MAIN_TEXT = {"consultations": "title", "trainings": "title", "grants": "grantee"}  # gets the room
SETTINGS_ORGANISATION = "UNODC"
MAIN_TEXT_CHARS = 40  # the title keeps this width (in average characters) if it can
SHORTEST_TEXT_CHARS = 12  # other text columns shrink no further (the tooltip has it whole)
ROW_PADDING = 8  # pixels above the text height: compact rows, more of them on a small screen
COLUMN_GAP = 10  # pixels added to a text column fitted to its contents
ROWS_MEASURED = 40  # to size columns: about a screenful; all 200 rows cost 60 ms at start
NAVIGATION_ITEM_HEIGHT = 2.2  # text lines
STATUS_SPACING = 8  # pixels either side of each status bar field
FOLDER_PATH_CHARS = 40  # of the data folder's path shown in the status bar
FIRST_SIZE_SHARE = 0.9  # of the screen, when there is no remembered geometry


def window_settings() -> QSettings:
    """Window state in a per-user ini file on every system (not the Windows registry), which
    tests redirect with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     SETTINGS_ORGANISATION, APP_NAME)


def _import_register_queries() -> None:
    """In a worker, after a start whose first page came in plain SQL: scrolling, sorting or
    filtering that register then finds its queries (and SQLAlchemy) imported."""
    QThreadPool.globalInstance().start(
        lambda: importlib.import_module("glo_act_desktop.store.repositories.registers"))


class _AfterFirstPaint(QObject):
    """Calls `then` once `widget` has been painted for the first time, after that paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


class _Made(dict):
    """A dict whose missing values are made (and kept) by `make(key)` when first asked for."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __missing__(self, key):
        value = self[key] = self._make(key)
        return value


def _column_list(model: RegisterModel) -> str:
    return ",".join(model.column_key(column) for column in range(model.columnCount()))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, demo: bool = False,
                 today: date | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.demo = demo
        self.views: dict[str, QTableView] = dict(zip(REGISTERS, (
            self.ui.consultationsView, self.ui.trainingsView, self.ui.grantsView)))
        self.models: dict[str, RegisterModel] = {}  # created when a register is first shown
        self.editors: list[RecordEditor] = []  # in the order they were opened
        self._pages: list[str] = list(REGISTERS)  # page keys in navigation (and stack) order
        self._titles: dict[str, str] = {
            kind: self.ui.navigationList.item(row).text() for row, kind in enumerate(REGISTERS)}
        self._last_kind = REGISTERS[0]  # the register Ctrl+N adds to when another page shows
        self._remembered_page = ""
        self._unsized: set[str] = set()  # registers whose columns wait for the view's real width
        self.count_label = QLabel()
        self.undo_bar = UndoBar(self.ui.registerTab)
        self.ui.registerTabLayout.addWidget(self.undo_bar)
        self._fill_status_bar()
        self._style_navigation()
        self._set_title()
        self.ui.splitter.setStretchFactor(1, 1)
        self._keep_register_tab_open()
        self._connect_actions()
        for kind, view in self.views.items():
            view.installEventFilter(self)
            view.doubleClicked.connect(lambda index, k=kind: self.open_row(k, index.row()))
        self.ui.navigationList.currentRowChanged.connect(self._show_page)
        self.ui.workTabs.currentChanged.connect(self._update_actions)
        self.ui.workTabs.currentChanged.connect(self._refresh_stale)
        self.ui.workTabs.tabCloseRequested.connect(self._close_tab)
        # A register's filter bar is made when it is first asked for (the register first shown).
        self.filter_bars: dict[str, FilterBar] = _Made(self._add_filter_bar)
        self._stale: set[str] = set()  # overview pages to read again when next shown
        self._today = today
        self.dashboard = DashboardView(ctx, today=today)
        self.dashboard.openRecords.connect(self.open_records)
        self._built: dict[str, QWidget] = {}  # the pages built later, when first needed
        self.add_page("dashboard", self.tr("Dashboard"), self.dashboard, position=0)
        self.add_page("follow_ups", self.tr("Follow-ups due"), QWidget())  # until built
        self.add_page("sync", self.tr("Sync"), QWidget())
        self._restore_settings()
        self._update_actions()

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.quitAction.triggered.connect(self.close)
        ui.refreshAction.triggered.connect(self.refresh)
        ui.findAction.triggered.connect(self.find)
        ui.aboutAction.triggered.connect(self._about)
        ui.newAction.triggered.connect(lambda: self.new_record())
        ui.newConsultationAction.triggered.connect(lambda: self.new_record("consultations"))
        ui.newTrainingAction.triggered.connect(lambda: self.new_record("trainings"))
        ui.newGrantAction.triggered.connect(lambda: self.new_record("grants"))
        ui.saveAction.triggered.connect(self.save_current)
        ui.closeTabAction.triggered.connect(lambda: self._close_tab(ui.workTabs.currentIndex()))
        ui.deleteAction.triggered.connect(self.delete_selected)
        ui.importSheetAction.triggered.connect(self._import_sheet)
        ui.exportSheetAction.triggered.connect(lambda: self._export("sheet"))
        ui.exportPdfAction.triggered.connect(lambda: self._export("pdf"))
        ui.exportExcelAction.triggered.connect(lambda: self._export("xlsx"))
        # Del deletes register rows only while the register has the focus: in an editor the key
        # belongs to the text being typed.
        ui.deleteAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.pageStack.addAction(ui.deleteAction)

    def _import_sheet(self) -> None:
        from glo_act_desktop.ui import sheet_import

        sheet_import.import_sheet(self)

    def _export(self, what: str) -> None:
        from glo_act_desktop.ui import exports

        if what == "sheet":
            exports.export_register_sheet(self)
        else:
            exports.export_report(self, exports.PDF if what == "pdf" else exports.XLSX)

    def _keep_register_tab_open(self) -> None:
        """The register's tab has no close button (on either side: right-to-left swaps them)."""
        bar = self.ui.workTabs.tabBar()
        index = self.ui.workTabs.indexOf(self.ui.registerTab)
        for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
            button = bar.tabButton(index, side)
            if button is not None:
                button.resize(0, 0)
                bar.setTabButton(index, side, None)

    def _set_title(self) -> None:
        title = APP_NAME
        if self.demo:
            title = self.tr("{app} — DEMO DATA (practice records, not real)").format(app=APP_NAME)
        self.setWindowTitle(title)

    def _fill_status_bar(self) -> None:
        settings = self.ctx.settings()
        if self.demo:
            demo_label = QLabel(self.tr("DEMO DATA"))
            demo_label.setObjectName("demoLabel")
            demo_label.setStyleSheet("#demoLabel { background: #8a1c00; color: white; "
                                     "font-weight: bold; padding: 1px 8px; }")
            demo_label.setToolTip(self.tr("These are made-up practice records, kept apart from "
                                          "real data. Nothing here is sent anywhere."))
            self.statusBar().addWidget(demo_label)
        self.count_label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
        self.statusBar().addWidget(self.count_label, 1)
        self.device_label = QLabel()
        self.device_label.setObjectName("deviceLabel")
        self.device_label.setToolTip(self.tr("This laptop's name and the country it works in"))
        self.device_label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
        self.statusBar().addPermanentWidget(self.device_label)
        self._show_device(settings)
        folder = str(self.ctx.data_dir.root)
        folder_label = QLabel()
        # A deep path must not make the window wider than a small screen: cut its middle.
        room = folder_label.fontMetrics().averageCharWidth() * FOLDER_PATH_CHARS
        folder_label.setText(self.tr("Data folder: {path}").format(
            path=folder_label.fontMetrics().elidedText(folder, Qt.TextElideMode.ElideMiddle, room)))
        folder_label.setToolTip(self.tr("Data folder (database, backups and logs): {path}")
                                .format(path=folder))
        folder_label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
        self.statusBar().addPermanentWidget(folder_label)

    def _show_device(self, settings: dict[str, str] | None = None) -> None:
        """The device's name and country in the status bar (again after an enrolment)."""
        settings = settings if settings is not None else self.ctx.settings()
        device, country = settings.get("device_name"), settings.get("country")
        self.device_label.setVisible(bool(device and country))
        if device and country:
            self.device_label.setText(self.tr("{device} · {country}").format(
                device=device, country=self.ctx.reference.countries.get(country, country)))

    def _style_navigation(self) -> None:
        """A sidebar rather than a mostly empty white list: window background, roomy items."""
        navigation = self.ui.navigationList
        palette = navigation.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        navigation.setPalette(palette)
        for row in range(navigation.count()):
            navigation.item(row).setSizeHint(QSize(0, self._navigation_item_height()))

    def _navigation_item_height(self) -> int:
        return round(self.ui.navigationList.fontMetrics().height() * NAVIGATION_ITEM_HEIGHT)

    # --- pages ----------------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget,
                 position: int | None = None) -> QListWidgetItem:
        """Add a page to the navigation list and the page stack (at the end, or at `position`)."""
        if key in self._pages:
            raise ValueError(f"there is already a page '{key}'")
        position = len(self._pages) if position is None else max(0, min(position, len(self._pages)))
        navigation = self.ui.navigationList
        current = self.current_page() if navigation.currentRow() >= 0 else None
        blocked = navigation.blockSignals(True)  # the shown page does not change
        try:
            self._pages.insert(position, key)
            self._titles[key] = title
            self.ui.pageStack.insertWidget(position, widget)
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, self._navigation_item_height()))
            navigation.insertItem(position, item)
            if current is not None:
                navigation.setCurrentRow(self._pages.index(current))
        finally:
            navigation.blockSignals(blocked)
        if current is not None:
            self.ui.pageStack.setCurrentIndex(self._pages.index(current))
        if key == self._remembered_page and not self.isVisible():
            self.show_page(key)
        return item

    def pages(self) -> list[str]:
        return list(self._pages)

    def page(self, key: str) -> QWidget:
        if key in LATER_PAGES:
            return self._build(key)
        return self.ui.pageStack.widget(self._pages.index(key))

    @property
    def follow_ups(self) -> FollowUpsView:
        return self._build("follow_ups")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self._build("sync")  # type: ignore[return-value]

    def _build(self, key: str) -> QWidget:
        """A page of LATER_PAGES, built the first time it is shown or asked for, in place of the
        empty widget that kept its place in the page stack (the Sync page reads every open
        conflict: the first paint does not wait for it)."""
        page = self._built.get(key)
        if page is not None:
            return page
        if key == "follow_ups":
            from glo_act_desktop.ui.follow_ups import FollowUpsView

            page = FollowUpsView(self.ctx, today=self._today)
            page.openRecord.connect(self.open_record)
        else:
            from glo_act_desktop.ui.sync_page import SyncPage

            page = SyncPage(self.ctx)
            page.dataChanged.connect(self.refresh)  # an import or a settled conflict
            page.enrolled.connect(self._show_device)
        stack = self.ui.pageStack
        index = self._pages.index(key)
        placeholder = stack.widget(index)
        shown = stack.currentIndex() == index
        stack.insertWidget(index, page)
        stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if shown:
            stack.setCurrentIndex(index)
        self._built[key] = page
        return page

    def current_page(self) -> str:
        return self._pages[max(self.ui.navigationList.currentRow(), 0)]

    def show_page(self, key: str) -> None:
        """Bring a page in front (and the register's tab before any editor)."""
        row = self._pages.index(key)
        if self.ui.navigationList.currentRow() == row:
            self._show_page(row)  # no signal comes when the row does not change
        else:
            self.ui.navigationList.setCurrentRow(row)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = self._pages[row]
        if key in LATER_PAGES:
            self._build(key)  # before it is shown
        elif key in REGISTERS:
            self.filter_bars[key]  # noqa: B018 (made before its register is shown)
        self.ui.pageStack.setCurrentIndex(row)
        tabs = self.ui.workTabs
        tabs.setTabText(tabs.indexOf(self.ui.registerTab), self._titles[key])
        tabs.setCurrentWidget(self.ui.registerTab)
        if key in REGISTERS:
            self._last_kind = key
            if key not in self.models:
                self._open_register(key)
            self._size_pending_columns()
        else:
            self.undo_bar.dismiss()
        self.ui.newAction.setText(self._new_text(self._last_kind))
        self._show_count()
        self._update_actions()
        self._refresh_stale()

    # --- dashboard, items due, filters --------------------------------------------------------

    def _add_filter_bar(self, kind: str) -> FilterBar:
        """A filter bar above the register's table; it filters the model once there is one."""
        from glo_act_desktop.ui.widgets.filter_bar import FilterBar

        view = self.views[kind]
        bar = FilterBar(self.ctx.reference, kind, view.parentWidget())
        bar.setObjectName(f"{kind}FilterBar")
        bar.layout().setContentsMargins(*FILTER_BAR_MARGINS)
        view.parentWidget().layout().insertWidget(0, bar)
        bar.filtersChanged.connect(lambda filters, k=kind: self._filter(k, filters))
        return bar

    def _filter(self, kind: str, filters: Filters) -> None:
        model = self.models.get(kind)
        if model is not None:
            model.set_filters(filters)

    def open_records(self, kind: str, filters: dict) -> None:
        """A dashboard figure: the register (or the items due) showing the records behind it."""
        wanted = as_register_filters(filters)
        if kind in DUE_KINDS:
            self.show_page("follow_ups")
            self.follow_ups.set_filters(wanted, kind)
            return
        self.filter_bars[kind].set_filters(wanted)  # before showing: the register is read once
        self.show_page(kind)

    def find(self) -> None:
        """Ctrl+F: the search field of the register shown (or shown last), or of the items due."""
        self.ui.workTabs.setCurrentWidget(self.ui.registerTab)
        if self.current_page() == "follow_ups":
            self.follow_ups.focus_search()
            return
        if self.current_page() not in REGISTERS:
            self.show_page(self.current_kind())
        self.filter_bars[self.current_kind()].focus_search()

    def _records_changed(self) -> None:
        """A save or delete: the figures and items due are read again, now if one is in front,
        else when it is next shown."""
        self._stale.update(OVERVIEWS)
        self._refresh_stale()

    def _refresh_stale(self, *_args) -> None:
        key = self.current_page() if self.ui.navigationList.currentRow() >= 0 else None
        if key in self._stale and self.ui.workTabs.currentWidget() is self.ui.registerTab:
            self._stale.discard(key)
            self.page(key).refresh()

    # --- registers ------------------------------------------------------------------------

    def current_kind(self) -> str:
        """The register shown, or the one shown last when another page is."""
        return self._last_kind

    def current_view(self) -> QTableView:
        return self.views[self.current_kind()]

    def _register_shown(self) -> str | None:
        """The register in front of the officer now, if any (not an editor, not another page)."""
        if self.ui.workTabs.currentWidget() is not self.ui.registerTab:
            return None
        page = self.current_page()
        return page if page in REGISTERS else None

    def _open_register(self, kind: str) -> None:
        """Read a register for the first time: only its total and first page."""
        from glo_act_desktop.ui.models.register_model import RegisterModel

        model = RegisterModel(self.ctx, kind, self)
        model.counts_changed.connect(lambda *_counts, k=kind: self._counts_changed(k))
        self.models[kind] = model
        view = self.views[kind]
        view.setModel(model)
        view.selectionModel().selectionChanged.connect(self._update_actions)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
        header = view.horizontalHeader()
        settings = window_settings()
        saved = settings.value(f"registers/{kind}/header")
        # Widths and sort saved for other columns (an older version) would land on the wrong ones.
        same_columns = settings.value(f"registers/{kind}/columns") == _column_list(model)
        restored = saved is not None and same_columns and header.restoreState(saved)
        if not restored:
            header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first
        starting = not self.isVisible()
        if starting:  # the register's queries import SQLAlchemy: not before the first paint
            model.hold_first_read()
        # The first read: with any filters a dashboard click set before the register was shown.
        model.set_filters(self.filter_bars[kind].current())
        view.setSortingEnabled(True)  # sorts by the indicator (reads again only if not newest first)
        if starting:
            if model.read_first_page_plainly():  # newest first: its first page in plain SQL
                _AfterFirstPaint(view.viewport(), _import_register_queries)
            else:  # another order: the window paints, then the rows are read
                _AfterFirstPaint(view.viewport(), lambda: self._first_rows(kind))
                QTimer.singleShot(0, self, lambda: self._first_rows_unless_on_screen(kind))
        if not restored:
            self._unsized.add(kind)

    def _first_rows(self, kind: str) -> None:
        self.models[kind].release_first_read()
        self._size_pending_columns()

    def _first_rows_unless_on_screen(self, kind: str) -> None:
        """A window not on screen (used alone, in tests) will not be painted soon: read now."""
        if not self.isVisible():
            self._first_rows(kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_pending_columns()

    def _size_pending_columns(self) -> None:
        """Columns are fitted to the width of the view, which is known once it is on screen."""
        kind = self.current_kind()
        if kind in self._unsized and self.views[kind].isVisible() \
                and self.models[kind].is_loaded():  # fitted to the first rows too
            self._unsized.discard(kind)
            self._size_columns(self.views[kind], self.models[kind])

    def _size_columns(self, view: QTableView, model: RegisterModel) -> None:
        """Fit columns to their header and first rows. If that is wider than the view, the
        long text columns give up room in proportion to their width, so every column shows and
        the main text (the title) keeps a readable width; it also takes any room left over.
        Done once: the officer's own widths are remembered from then on."""
        from glo_act_desktop.ui.models.register_model import LONG_TEXT, NUMBER_COLUMNS

        header = view.horizontalHeader()
        header.setResizeContentsPrecision(ROWS_MEASURED)
        view.resizeColumnsToContents()
        char = view.fontMetrics().averageCharWidth()
        main = [model.column_key(c) for c in range(model.columnCount())] \
            .index(MAIN_TEXT[model.kind])
        widths = {}
        for column in range(model.columnCount()):
            if column != main:  # text fitted tightly runs into the next column: add a gap
                gap = 0 if model.column_key(column) in NUMBER_COLUMNS else COLUMN_GAP
                widths[column] = view.columnWidth(column) + gap
        main_needs = min(view.columnWidth(main) + COLUMN_GAP, MAIN_TEXT_CHARS * char)
        excess = sum(widths.values()) - (view.viewport().width() - main_needs)
        slack = {column: width - SHORTEST_TEXT_CHARS * char for column, width in widths.items()
                 if model.column_key(column) in LONG_TEXT and width > SHORTEST_TEXT_CHARS * char}
        if excess > 0 and slack:
            share = min(1.0, excess / sum(slack.values()))
            for column, spare in slack.items():
                widths[column] -= round(spare * share)
        for column, width in widths.items():
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)

    def _counts_changed(self, kind: str) -> None:
        self.filter_bars[kind].set_count_text(self.models[kind].count_text())
        self._show_count()

    def _show_count(self, *_args) -> None:
        """"Consultations: 100,000", or with filters "Consultations: 1,284 of 100,000"."""
        kind = self.current_page()
        model = self.models.get(kind)
        if model is None:
            self.count_label.setText("")
            return
        texts = {"consultations": self.tr("Consultations: {count}"),
                 "trainings": self.tr("Trainings: {count}"),
                 "grants": self.tr("Grants: {count}")}
        self.count_label.setText(texts[kind].format(count=model.count_text()))

    def refresh(self) -> None:
        """F5: read every opened register, the figures and the items due again (another window
        or a sync may have changed them)."""
        for kind in self.models:
            self.refresh_register(kind)
        self._records_changed()

    def refresh_register(self, kind: str, near: str | None = None) -> None:
        """Read a register again, keeping the cursor on record `near` (by default the record
        selected now) if it is still among the rows read, else on the same row number."""
        model = self.models.get(kind)
        if model is None:
            return
        view = self.views[kind]
        current = view.currentIndex()
        row = current.row() if current.isValid() else -1
        if near is None and 0 <= row < model.rowCount():
            near = model.record_id(row)
        header = view.horizontalHeader().saveState()  # a model reset may forget the widths
        model.refresh()
        view.horizontalHeader().restoreState(header)
        target = self._row_of(model, near) if near else None
        if target is None and row >= 0 and model.rowCount():
            target = min(row, model.rowCount() - 1)
        if target is not None:
            index = model.index(target, max(current.column(), 0))
            view.setCurrentIndex(index)
            view.selectRow(target)
            view.scrollTo(index)
        self._update_actions()

    @staticmethod
    def _row_of(model: RegisterModel, record_id: str) -> int | None:
        for row in range(model.rowCount()):
            if model.record_id(row) == record_id:
                return row
        return None

    def selected_ids(self, kind: str) -> list[str]:
        """The records selected in a register, top to bottom (the current row if none is)."""
        model = self.models.get(kind)
        if model is None:
            return []
        view = self.views[kind]
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return [model.record_id(row) for row in rows]

    def _main_text(self, kind: str, record_id: str) -> str:
        model = self.models[kind]
        row = self._row_of(model, record_id)
        if row is None:
            return ""
        column = [model.column_key(c) for c in range(model.columnCount())].index(MAIN_TEXT[kind])
        return str(model.data(model.index(row, column)) or "")

    # --- editing ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            for kind, view in self.views.items():
                if watched is view and view.currentIndex().isValid():
                    self.open_row(kind, view.currentIndex().row())
                    return True
        return super().eventFilter(watched, event)

    def open_row(self, kind: str, row: int) -> RecordEditor | None:
        model = self.models.get(kind)
        if model is None or not 0 <= row < model.rowCount():
            return None
        return self.open_record(kind, model.record_id(row))

    def editor_for(self, kind: str, record_id: str) -> RecordEditor | None:
        return next((e for e in self.editors
                     if e.kind == kind and e.record_id() == record_id), None)

    def open_record(self, kind: str, record_id: str) -> RecordEditor | None:
        """Show the record in its editor tab, opening one if it is not open yet."""
        editor = self.editor_for(kind, record_id)
        if editor is not None:
            self.ui.workTabs.setCurrentWidget(editor)
            return editor
        from glo_act_desktop.ui.editors import create_editor

        editor = create_editor(self.ctx, kind, self)
        if not editor.load(record_id):
            editor.deleteLater()
            QMessageBox.information(self, self.tr("Not found"), self.tr(
                "This record is no longer there (it may have been deleted). The register is "
                "read again."))
            self.refresh_register(kind)
            return None
        self.add_editor(editor)
        return editor

    def new_record(self, kind: str | None = None) -> RecordEditor:
        """A new record of `kind` (by default the register shown, or last shown) in a new tab."""
        from glo_act_desktop.ui.editors import create_editor

        editor = create_editor(self.ctx, kind or self.current_kind(), self)
        self.add_editor(editor)
        return editor

    def add_editor(self, editor: RecordEditor) -> None:
        """Put an editor (new, loaded, or opened from a draft) in a tab of its own."""
        editor.titleChanged.connect(lambda _title, e=editor: self._caption(e))
        editor.dirtyChanged.connect(lambda _dirty, e=editor: self._caption(e))
        editor.saved.connect(self._record_saved)
        editor.deleted.connect(self._record_deleted)
        editor.restored.connect(self._record_saved)
        editor.closed.connect(lambda e=editor: self._remove_editor(e))
        self.editors.append(editor)
        tabs = self.ui.workTabs
        tabs.setCurrentIndex(tabs.addTab(editor, ""))
        self._caption(editor)
        editor._focus_first_field()  # now that it is on screen (load did it while hidden)

    def current_editor(self) -> RecordEditor | None:
        widget = self.ui.workTabs.currentWidget()
        return widget if widget in self.editors else None  # an editor's tab

    def _caption(self, editor: RecordEditor) -> None:
        tabs = self.ui.workTabs
        index = tabs.indexOf(editor)
        if index < 0:
            return
        title = editor.title()
        shown = title if len(title) <= TAB_CAPTION_CHARS else title[:TAB_CAPTION_CHARS - 1] + "…"
        dirty = editor.is_dirty() and not editor.is_deleted()
        tabs.setTabText(index, (DIRTY_MARK if dirty else "") + shown.replace("&", "&&"))
        tooltip = f"{editor.noun().capitalize()}: {title}"
        if dirty:
            tooltip += "\n" + self.tr("Unsaved changes")
        tabs.setTabToolTip(index, tooltip)

    def _close_tab(self, index: int) -> bool:
        widget = self.ui.workTabs.widget(index)
        if widget not in self.editors:  # the register's tab
            return False
        self.ui.workTabs.setCurrentIndex(index)
        return widget.request_close()  # emits closed, which removes the tab

    def _remove_editor(self, editor: RecordEditor) -> None:
        tabs = self.ui.workTabs
        index = tabs.indexOf(editor)
        if index >= 0:
            tabs.removeTab(index)
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()
        if not self.editors:
            tabs.setCurrentWidget(self.ui.registerTab)
            self._focus_register()

    def _focus_register(self) -> None:
        if self.current_page() in REGISTERS:
            self.views[self.current_page()].setFocus(Qt.FocusReason.OtherFocusReason)

    def _record_saved(self, kind: str, record_id: str) -> None:
        self.refresh_register(kind, near=record_id)
        self._records_changed()

    def _record_deleted(self, kind: str, _record_id: str) -> None:
        self.refresh_register(kind)
        self._records_changed()

    def save_current(self) -> bool:
        editor = self.current_editor()
        return editor.save() if editor is not None else False

    def delete_selected(self) -> bool:
        """Del: the editor in front deletes its record; in a register, the selected rows go
        (after a question), with Undo in the bar under the register."""
        editor = self.current_editor()
        if editor is not None:
            return editor.delete()
        kind = self._register_shown()
        if kind is None:
            return False
        ids = self.selected_ids(kind)
        if not ids:
            return False
        if len(ids) == 1:
            name = self._main_text(kind, ids[0]) or self._noun(kind, 1)
            question = self.tr("Delete the {noun} “{name}”?\n\nYou can undo this right after.") \
                .format(noun=self._noun(kind, 1), name=name)
        else:
            question = self.tr("Delete {count} {nouns}?\n\nYou can undo this right after.") \
                .format(count=len(ids), nouns=self._noun(kind, len(ids)))
        if QMessageBox.question(
                self, self.tr("Delete"), question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        for record_id in ids:  # an open editor of a record about to go closes first (or stops it)
            open_editor = self.editor_for(kind, record_id)
            if open_editor is not None and not self._close_tab(
                    self.ui.workTabs.indexOf(open_editor)):
                return False
        self.ui.workTabs.setCurrentWidget(self.ui.registerTab)
        from glo_act_desktop.services.records import delete_records

        try:
            deleted = delete_records(self.ctx, kind, ids)
        except Exception as exc:  # noqa: BLE001 (a disk or database failure: say it)
            log.exception("deleting %d %s failed", len(ids), kind)
            QMessageBox.critical(self, self.tr("Not deleted"), str(exc))
            return False
        self.refresh_register(kind)
        self._records_changed()
        if len(ids) == 1:
            message = self.tr("Deleted the {noun} “{name}”.").format(
                noun=self._noun(kind, 1), name=name)
        else:
            message = self.tr("Deleted {count} {nouns}.").format(
                count=deleted, nouns=self._noun(kind, deleted))
        self.undo_bar.show_message(message, lambda: self.undo_delete(kind, ids))
        return True

    def undo_delete(self, kind: str, ids: Sequence[str]) -> int:
        from glo_act_desktop.services.records import restore_records

        restored = restore_records(self.ctx, kind, list(ids))
        self.refresh_register(kind, near=ids[0] if ids else None)
        self._records_changed()
        return restored

    def _noun(self, kind: str, count: int) -> str:
        if count == 1:
            return {"consultations": self.tr("consultation"), "trainings": self.tr("training"),
                    "grants": self.tr("grant")}[kind]
        return {"consultations": self.tr("consultations"), "trainings": self.tr("trainings"),
                "grants": self.tr("grants")}[kind]

    def _new_text(self, kind: str) -> str:
        return {"consultations": self.tr("&New consultation"),
                "trainings": self.tr("&New training"), "grants": self.tr("&New grant")}[kind]

    def _update_actions(self, *_args) -> None:
        editor = self.current_editor()
        kind = self._register_shown()
        ui = self.ui
        ui.saveAction.setEnabled(editor is not None)
        ui.closeTabAction.setEnabled(editor is not None)
        ui.deleteAction.setEnabled(editor is not None or bool(kind and self.selected_ids(kind)))
        ui.newAction.setToolTip(self.tr("Start a new record in this register (Ctrl+N)"))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About GLO.ACT Field"), self.tr(
            "<h3>GLO.ACT Field {version}</h3>"
            "<p>Consultations, trainings and victim-assistance grants of the Global Action "
            "against Trafficking in Persons and the Smuggling of Migrants, recorded on this "
            "laptop and usable without internet.</p>"
            "<p>UNODC. Built with Qt {qt}.</p>").format(version=__version__, qt=qVersion()))

    # --- remembered between sessions --------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = window_settings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableSize()
            self.resize(self.size().boundedTo(screen * FIRST_SIZE_SHARE))
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("mainWindow/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([self.ui.navigationList.minimumWidth(), self.width()])
        # By key: pages added later (another version, or after this) keep their place.
        self._remembered_page = str(settings.value("mainWindow/page", FIRST_PAGE))
        page = self._remembered_page if self._remembered_page in self._pages else FIRST_PAGE
        self.show_page(page)

    def save_settings(self) -> None:
        settings = window_settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.setValue("mainWindow/splitter", self.ui.splitter.saveState())
        settings.setValue("mainWindow/page", self.current_page())
        for kind, model in self.models.items():
            settings.setValue(f"registers/{kind}/header",
                              self.views[kind].horizontalHeader().saveState())
            settings.setValue(f"registers/{kind}/columns", _column_list(model))

    def close_editors(self) -> bool:
        """Close every editor, asking about unsaved changes; False if the officer kept one."""
        for editor in list(self.editors):
            self.ui.workTabs.setCurrentWidget(editor)
            if not editor.request_close():
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_editors():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
