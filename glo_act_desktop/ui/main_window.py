"""The main window: a navigation list of registers, each a read-only table read page by page."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, qVersion
from PySide6.QtGui import QCloseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QTableView, QWidget

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.forms_gen.ui_main_window import Ui_MainWindow
from glo_act_desktop.ui.models.register_model import LONG_TEXT, NUMBER_COLUMNS, RegisterModel

REGISTERS = ("consultations", "trainings", "grants")  # the order of the list and of the pages
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


def _column_list(model: RegisterModel) -> str:
    return ",".join(model.column_key(column) for column in range(model.columnCount()))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.views: dict[str, QTableView] = dict(zip(REGISTERS, (
            self.ui.consultationsView, self.ui.trainingsView, self.ui.grantsView)))
        self.models: dict[str, RegisterModel] = {}  # created when a register is first shown
        self._unsized: set[str] = set()  # registers whose columns wait for the view's real width
        self.count_label = QLabel()
        self._fill_status_bar()
        self._style_navigation()
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.refreshAction.triggered.connect(self.refresh)
        self.ui.aboutAction.triggered.connect(self._about)
        self.ui.navigationList.currentRowChanged.connect(self._show_register)
        self._restore_settings()

    def _fill_status_bar(self) -> None:
        settings = self.ctx.settings()
        self.count_label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
        self.statusBar().addWidget(self.count_label, 1)
        device = settings.get("device_name")
        country = settings.get("country")
        if device and country:
            device_label = QLabel(self.tr("{device} · {country}").format(
                device=device, country=self.ctx.reference.countries.get(country, country)))
            device_label.setToolTip(self.tr("This laptop's name and the country it works in"))
            device_label.setContentsMargins(STATUS_SPACING, 0, STATUS_SPACING, 0)
            self.statusBar().addPermanentWidget(device_label)
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

    def _style_navigation(self) -> None:
        """A sidebar rather than a mostly empty white list: window background, roomy items."""
        navigation = self.ui.navigationList
        palette = navigation.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        navigation.setPalette(palette)
        height = round(navigation.fontMetrics().height() * NAVIGATION_ITEM_HEIGHT)
        for row in range(navigation.count()):
            navigation.item(row).setSizeHint(QSize(0, height))

    # --- registers ------------------------------------------------------------------------

    def current_kind(self) -> str:
        return REGISTERS[max(self.ui.navigationList.currentRow(), 0)]

    def current_view(self) -> QTableView:
        return self.views[self.current_kind()]

    def _show_register(self, row: int) -> None:
        kind = REGISTERS[row]
        self.ui.registerStack.setCurrentIndex(row)
        if kind not in self.models:
            self._open_register(kind)
        self._size_pending_columns()
        self._show_count()

    def _open_register(self, kind: str) -> None:
        """Read a register for the first time: only its total and first page."""
        model = RegisterModel(self.ctx, kind, self)
        model.total_changed.connect(self._show_count)
        self.models[kind] = model
        view = self.views[kind]
        view.setModel(model)
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
        view.setSortingEnabled(True)  # sorts by the indicator, which reads the first page
        if not restored:
            self._unsized.add(kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_pending_columns()

    def _size_pending_columns(self) -> None:
        """Columns are fitted to the width of the view, which is known once it is on screen."""
        kind = self.current_kind()
        if kind in self._unsized and self.views[kind].isVisible():
            self._unsized.discard(kind)
            self._size_columns(self.views[kind], self.models[kind])

    def _size_columns(self, view: QTableView, model: RegisterModel) -> None:
        """Fit columns to their header and first rows. If that is wider than the view, the
        long text columns give up room in proportion to their width, so every column shows and
        the main text (the title) keeps a readable width; it also takes any room left over.
        Done once: the officer's own widths are remembered from then on."""
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

    def _show_count(self) -> None:
        kind = self.current_kind()
        model = self.models.get(kind)
        if model is None:
            return
        texts = {"consultations": self.tr("Consultations: {count}"),
                 "trainings": self.tr("Trainings: {count}"),
                 "grants": self.tr("Grants: {count}")}
        self.count_label.setText(texts[kind].format(count=model.total_text()))

    def refresh(self) -> None:
        """Read every opened register again (another window or a sync may have changed it)."""
        for model in self.models.values():
            model.refresh()

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
        row = int(settings.value("mainWindow/register", 0))
        self.ui.navigationList.setCurrentRow(row if 0 <= row < len(REGISTERS) else 0)

    def save_settings(self) -> None:
        settings = window_settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        settings.setValue("mainWindow/splitter", self.ui.splitter.saveState())
        settings.setValue("mainWindow/register", self.ui.navigationList.currentRow())
        for kind, model in self.models.items():
            settings.setValue(f"registers/{kind}/header",
                              self.views[kind].horizontalHeader().saveState())
            settings.setValue(f"registers/{kind}/columns", _column_list(model))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
