"""The dashboard: key figures of a programme, country and period, at a glance, each one a way into
the records behind it.

Figures are computed in SQL (store/repositories/figures.py) in a worker; the view shows them when
they arrive, and a change of scope recomputes after a short pause (typing a date does not start
five queries). The first figures are asked for right after the view's first paint (at once when
no window shows it): the window does not wait for them, nor for SQLAlchemy's import, which the
worker pays (bench/README.md, start-up). Clicking a figure emits `openRecords(kind, filters)`;
the main window opens the register with those filters.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget,
)

from glo_act_desktop.domain.filters import ANY, NO, YES, Filters
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import AGE_GROUPS, ASSISTED_KINDS, SEXES
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.figures import figures_for
from glo_act_desktop.ui.forms_gen.ui_dashboard import Ui_DashboardView
from glo_act_desktop.ui.tasks import run_task
from glo_act_desktop.ui.widgets.flow_layout import FlowLayout
from glo_act_desktop.ui.widgets.charts import BarChart, BarRow, ColumnChart, ColumnGroup, Segment

if TYPE_CHECKING:
    from glo_act_desktop.domain.figures import KeyFigures  # read by the worker, after the paint

DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any date": no limit
SEX_COLORS = {"female": "#a23b86", "male": "#2f6fb0", "other": "#8a8f94"}
OUTSIDE_COLOR = "#1b8a7a"
CAPITAL_COLOR = "#d5dbe0"
COMMITTED_COLOR = "#9dbbd9"
DISBURSED_COLOR = "#1d5a96"
KIND_COLOR = "#5b6fa8"
WARNING_COLOR = "#b3261e"
WARNING_BACKGROUND = "#fdecea"
PERIODS = ("custom", "this_quarter", "last_quarter", "this_year", "last_12_months", "all_time")
CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid #d5d9dd;"
              " border-radius: 6px; }")
WARNING_CARD_STYLE = (f"QFrame#card {{ background: {WARNING_BACKGROUND};"
                      f" border: 1px solid {WARNING_COLOR}; border-radius: 6px; }}")


def period_dates(key: str, today: date) -> tuple[date | None, date | None]:
    """First and last day of a quick period choice, relative to today."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if key == "this_quarter":
        end_month = quarter_start.month + 2
        return quarter_start, _month_end(quarter_start.year, end_month)
    if key == "last_quarter":
        end = quarter_start - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if key == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "last_12_months":
        return _year_ago_next_day(today), today
    return None, None


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _year_ago_next_day(today: date) -> date:
    """The day after today's date a year ago (twelve whole months up to and including today)."""
    try:
        return date(today.year - 1, today.month, today.day) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(today.year - 1, 3, 1)


def as_register_filters(filters: dict) -> Filters:
    """An openRecords filters dict as the register filter bar's Filters. The bar has no currency
    filter: a currency's grants open as all the scope's grants."""
    outside = filters.get("outside_capital")
    return Filters(programme=filters.get("programme"), country=filters.get("country"),
                   date_from=filters.get("date_from"), date_to=filters.get("date_to"),
                   outside_capital=ANY if outside is None else (YES if outside else NO),
                   overdue=bool(filters.get("overdue")))


class FigureLabel(QLabel):
    """A number (or text) that opens the records behind it: click, or Enter/Space when focused."""

    clicked = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class DashboardView(QWidget):
    """Key figures of a scope. `openRecords(kind, filters)`: kind is consultations, trainings,
    grants, follow_ups or grant_reports; filters has programme, country, date_from, date_to
    (None = any) and may add outside_capital, overdue or currency."""

    openRecords = Signal(str, object)
    figuresShown = Signal(object)  # the KeyFigures now on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._fixed_today = today
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self.reference = ctx.reference  # loaded here, read by the worker
        self._generation = 0
        self._figures: KeyFigures | None = None
        self._shown_scope = Scope()
        self._locale = QLocale()
        self._locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits ","
        self._separators = str.maketrans({",": self._locale.groupSeparator(),
                                          ".": self._locale.decimalPoint()})
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._build_scope_bar()
        self._wrap_scope_bar()
        self._build_cards()
        self._first_read = True  # until the first figures are asked for
        self._set_state(self.tr("Updating…"))
        QTimer.singleShot(0, self, self._read_unless_on_screen)

    def _read_unless_on_screen(self) -> None:
        """A view whose window is not on screen (used alone, in tests) will not be painted
        soon: read the figures now. On screen, they are read after its first paint (when its
        window opened on another page: when it is first shown)."""
        if self._first_read and not self.window().isVisible():
            self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        if self._first_read:  # the window is on screen: now the figures
            self._first_read = False
            QTimer.singleShot(0, self, self.refresh)  # once this paint is done

    def today(self) -> date:
        return self._fixed_today or date.today()

    # --- scope bar ---------------------------------------------------------------------------

    def _build_scope_bar(self) -> None:
        ui = self.ui
        ui.programmeCombo.addItem(self.tr("All programmes"), None)
        for code, programme in self.reference.programmes.items():
            ui.programmeCombo.addItem(programme.name, code)
            ui.programmeCombo.setItemData(ui.programmeCombo.count() - 1, programme.name,
                                          Qt.ItemDataRole.ToolTipRole)
        labels = {"custom": self.tr("Chosen dates"), "this_quarter": self.tr("This quarter"),
                  "last_quarter": self.tr("Last quarter"), "this_year": self.tr("This year"),
                  "last_12_months": self.tr("Last 12 months"), "all_time": self.tr("All time")}
        for key in PERIODS:
            ui.periodCombo.addItem(labels[key], key)
        for edit in (ui.fromDate, ui.toDate):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("any date"))
        self._fill_countries(None)
        country = self.ctx.settings().get("country")
        self._select(ui.countryCombo, country if ui.countryCombo.findData(country) >= 0 else None)
        self._select(ui.periodCombo, "this_year")
        self._apply_period("this_year")
        ui.programmeCombo.currentIndexChanged.connect(self._programme_changed)
        ui.countryCombo.currentIndexChanged.connect(self._schedule)
        ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)

    def _wrap_scope_bar(self) -> None:
        """Each label with its field, wrapping onto another row in a narrow window (one row of
        them would set the window's smallest width); the hint or state on a line of its own
        under them, so a change of its text does not move the controls."""
        ui = self.ui
        flow = FlowLayout()
        flow.setContentsMargins(0, 0, 0, 0)
        for label, field in ((ui.programmeLabel, ui.programmeCombo),
                             (ui.countryLabel, ui.countryCombo),
                             (ui.periodLabel, ui.periodCombo),
                             (ui.fromLabel, ui.fromDate), (ui.toLabel, ui.toDate)):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            for widget in (label, field):
                ui.scopeBar.removeWidget(widget)
                row.addWidget(widget)
            flow.addWidget(pair)
        ui.scopeBar.removeWidget(ui.stateLabel)
        ui.mainLayout.removeItem(ui.scopeBar)
        ui.scopeBar.setParent(None)
        ui.mainLayout.insertLayout(0, flow)
        ui.mainLayout.insertWidget(1, ui.stateLabel)

    def _fill_countries(self, programme: str | None) -> None:
        combo = self.ui.countryCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All countries"), None)
        if programme:
            codes = set(self.reference.programme_countries(programme))
        else:
            codes = {cc for p in self.reference.programmes.values() for cc in p.countries}
        names = sorted((self.reference.countries.get(cc, cc), cc) for cc in codes)
        for name, code in names:
            combo.addItem(name, code)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    @staticmethod
    def _select(combo, value) -> None:
        combo.blockSignals(True)
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _programme_changed(self) -> None:
        self._fill_countries(self.ui.programmeCombo.currentData())
        self._schedule()

    def _period_changed(self) -> None:
        key = self.ui.periodCombo.currentData()
        if key != "custom":
            self._apply_period(key)
            self._schedule()

    def _apply_period(self, key: str) -> None:
        start, end = period_dates(key, self.today())
        self._set_dates(start, end)

    def _set_dates(self, start: date | None, end: date | None) -> None:
        for edit, day in ((self.ui.fromDate, start), (self.ui.toDate, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day) if day else NO_DATE)
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self._select(self.ui.periodCombo, "custom")
        self._schedule()

    def _schedule(self) -> None:
        self._debounce.start()

    def scope(self) -> Scope:
        """What the scope bar shows now."""
        def day(edit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()
        return Scope(programme=self.ui.programmeCombo.currentData(),
                     country=self.ui.countryCombo.currentData(),
                     date_from=day(self.ui.fromDate), date_to=day(self.ui.toDate))

    def set_scope(self, scope: Scope) -> None:
        """Show this scope in the bar and compute its figures now."""
        self._select(self.ui.programmeCombo, scope.programme)
        self._fill_countries(scope.programme)
        combo = self.ui.countryCombo
        if scope.country and combo.findData(scope.country) < 0:  # outside the programme's list
            combo.blockSignals(True)
            combo.addItem(self.reference.countries.get(scope.country, scope.country),
                          scope.country)
            combo.blockSignals(False)
        self._select(combo, scope.country)
        self._set_dates(scope.date_from, scope.date_to)
        matching = [key for key in PERIODS[1:]
                    if period_dates(key, self.today()) == (scope.date_from, scope.date_to)]
        self._select(self.ui.periodCombo, matching[0] if matching else "custom")
        self.refresh()

    # --- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures of the scope shown, in a worker; older results are dropped."""
        self._first_read = False
        self._debounce.stop()
        self._generation += 1
        generation, scope, today = self._generation, self.scope(), self.today()
        problems = scope.problems(self.reference)
        if problems:
            dates_crossed = scope.date_from and scope.date_to and scope.date_from > scope.date_to
            self._set_state(self.tr("The period starts after it ends: change “from” or “to”.")
                            if dates_crossed else "; ".join(problems), warning=True)
            return
        self._set_state(self.tr("Updating…"))
        ctx = self.ctx
        task = None

        def done(figures: KeyFigures) -> None:
            if task is not None:
                task.deleteLater()
            if generation == self._generation:
                self._show(scope, figures)

        def failed(exc: BaseException) -> None:
            if task is not None:
                task.deleteLater()
            if generation == self._generation:
                self._set_state(self.tr("The figures could not be read: {reason}")
                                .format(reason=exc), warning=True)

        task = run_task(self, self.tr("Reading the figures"),
                        lambda control: figures_for(ctx, scope, today), done, failed,
                        show_progress=False)

    def figures(self) -> KeyFigures | None:
        return self._figures

    def _set_state(self, text: str, warning: bool = False) -> None:
        self.ui.stateLabel.setText(text or self.tr("Click a figure or a bar to see its records"))
        self.ui.stateLabel.setStyleSheet(f"color: {WARNING_COLOR};" if warning else "")

    # --- building the cards ------------------------------------------------------------------

    def _card(self, title: str, explanation: str = "") -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(self.ui.cardsArea)
        card.setObjectName("card")
        card.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        heading = QLabel(title, card)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setStyleSheet("background: transparent; border: none;")
        layout.addWidget(heading)
        if explanation:
            note = QLabel(explanation, card)
            note.setWordWrap(True)
            note.setStyleSheet("background: transparent; border: none;")
            small = note.font()
            small.setPointSizeF(small.pointSizeF() * 0.9)
            note.setFont(small)
            layout.addWidget(note)
        card.heading = heading  # type: ignore[attr-defined]
        return card, layout

    def _big(self, name: str, parent: QWidget, scale: float = 2.0) -> FigureLabel:
        label = FigureLabel("–", parent)
        label.setObjectName(name)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setStyleSheet("background: transparent; border: none;")
        return label

    def _legend(self, card: QWidget, layout: QVBoxLayout,
                entries: tuple[tuple[str, str], ...]) -> QHBoxLayout:
        """A row of colour swatches and their labels under a chart."""
        legend = QHBoxLayout()
        for color, text in entries:
            legend.addWidget(self._swatch(card, color))
            legend.addWidget(self._plain(card, text))
            legend.addSpacing(12)
        legend.addStretch(1)
        layout.addLayout(legend)
        return legend

    def _sex_legend(self, card: QWidget, layout: QVBoxLayout, name: str, kind: str,
                    texts: tuple[str, str, str]) -> dict[str, FigureLabel]:
        """The legend of a by-sex chart, each entry followed by its clickable figure."""
        legend = self._legend(card, layout, tuple(
            (SEX_COLORS[sex], text) for sex, text in zip(SEXES, texts)))
        values: dict[str, FigureLabel] = {}
        for position, sex in enumerate(SEXES):
            value = FigureLabel("–", card)
            value.setObjectName(f"{name}_{sex}Value")
            value.setStyleSheet("background: transparent; border: none; font-weight: bold;")
            value.clicked.connect(lambda: self._open(kind))
            values[sex] = value
            legend.insertWidget(position * 4 + 2, value)  # after its swatch and label
        return values

    def _plain(self, parent: QWidget, text: str = "", name: str = "") -> QLabel:
        label = QLabel(text, parent)
        if name:
            label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("background: transparent; border: none;")
        return label

    def _tile(self, name: str, title: str, explanation: str, kind: str,
              extra: dict | None = None, dated: bool = True) -> tuple[QFrame, FigureLabel]:
        card, layout = self._card(title)
        value = self._big(name, card)
        value.setAccessibleName(title)
        value.setToolTip(self.tr("Open these records"))
        value.clicked.connect(lambda: self._open(kind, extra or {}, dated=dated))
        layout.addWidget(value)
        layout.addWidget(self._plain(card, explanation, name.replace("Value", "Note")))
        layout.addStretch(1)
        return card, value

    def _build_cards(self) -> None:
        grid = self.ui.cardsGrid
        self.tiles: dict[str, tuple[QFrame, FigureLabel]] = {}
        self.tiles["consultations"] = self._tile(
            "consultationsValue", self.tr("Consultations held"),
            self.tr("meetings with counterparts in the period"), "consultations")
        self.tiles["trainings"] = self._tile(
            "trainingsValue", self.tr("Trainings delivered"),
            self.tr("trainings that started in the period"), "trainings")
        self.tiles["follow_ups"] = self._tile(
            "followUpsValue", self.tr("Follow-up actions overdue"),
            self.tr("open actions past their due date, from consultations of any date"),
            "follow_ups", {"overdue": True}, dated=False)
        self.tiles["grant_reports"] = self._tile(
            "reportsValue", self.tr("Grant reports overdue"),
            self.tr("reports past their due date and not yet received, any grant"),
            "grant_reports", {"overdue": True}, dated=False)
        for column, key in enumerate(("consultations", "trainings", "follow_ups",
                                      "grant_reports")):
            grid.addWidget(self.tiles[key][0], 0, column)

        # People trained by sex
        card, layout = self._card(self.tr("People trained"),
                                  self.tr("participants of those trainings, by sex"))
        row = QHBoxLayout()
        self.trained_value = self._big("trainedValue", card)
        self.trained_value.clicked.connect(lambda: self._open("trainings"))
        self.women_share = self._big("womenShareValue", card, 1.4)
        self.women_share.clicked.connect(lambda: self._open("trainings"))
        row.addWidget(self.trained_value)
        row.addWidget(self._plain(card, self.tr("people"), "trainedUnit"))
        row.addStretch(1)
        row.addWidget(self.women_share)
        row.addWidget(self._plain(card, self.tr("women"), "womenShareUnit"))
        layout.addLayout(row)
        self.trained_chart = BarChart(card, stacked=True, per_row=True)
        self.trained_chart.setObjectName("trainedChart")
        self.trained_chart.clicked.connect(self._open_payload)
        layout.addWidget(self.trained_chart)
        self.trained_by_sex = self._sex_legend(
            card, layout, "trained", "trainings",
            (self.tr("Women"), self.tr("Men"), self.tr("Other or not recorded")))
        layout.addStretch(1)
        grid.addWidget(card, 1, 0, 1, 2)

        # Outside capitals
        card, layout = self._card(self.tr("Activities outside capitals"),
                                  self.tr("consultations and trainings held away from the "
                                          "capital city"))
        row = QHBoxLayout()
        self.outside_share = self._big("outsideShareValue", card)
        self.outside_share.clicked.connect(
            lambda: self._open("consultations", {"outside_capital": True}))
        self.outside_note = self._plain(card, "", "outsideShareNote")
        row.addWidget(self.outside_share)
        row.addWidget(self.outside_note, 1)
        layout.addLayout(row)
        self.outside_chart = BarChart(card, stacked=True, per_row=True)
        self.outside_chart.setObjectName("outsideChart")
        self.outside_chart.clicked.connect(self._open_payload)
        layout.addWidget(self.outside_chart)
        self._legend(card, layout, ((OUTSIDE_COLOR, self.tr("Outside the capital")),
                                    (CAPITAL_COLOR, self.tr("In the capital"))))
        layout.addStretch(1)
        grid.addWidget(card, 1, 2, 1, 2)

        # Money per currency
        card, layout = self._card(self.tr("Grants: committed and disbursed"),
                                  self.tr("per currency: amounts committed by grants running "
                                          "in the period, and tranches paid in it"))
        self.grants_note = self._plain(card, "", "grantsNote")
        layout.addWidget(self.grants_note)
        self.money_grid = QGridLayout()
        self.money_grid.setHorizontalSpacing(12)
        self.money_grid.setVerticalSpacing(2)
        layout.addLayout(self.money_grid)
        self._legend(card, layout, ((COMMITTED_COLOR, self.tr("Committed")),
                                    (DISBURSED_COLOR, self.tr("Disbursed"))))
        layout.addStretch(1)
        self.money_card = card
        self.money_labels: dict[tuple[str, str], QLabel] = {}
        self.money_charts: dict[str, BarChart] = {}
        grid.addWidget(card, 2, 0, 1, 2)

        # People assisted
        card, layout = self._card(self.tr("People assisted by grants"),
                                  self.tr("by age group (children: under 18) and sex, and by "
                                          "kind of person; grants running in the period"))
        row = QHBoxLayout()
        self.assisted_value = self._big("assistedValue", card)
        self.assisted_value.clicked.connect(lambda: self._open("grants"))
        self.disability_note = self._plain(card, "", "assistedNote")
        row.addWidget(self.assisted_value)
        row.addWidget(self.disability_note, 1)
        layout.addLayout(row)
        charts = QHBoxLayout()
        self.assisted_chart = ColumnChart(card)
        self.assisted_chart.setObjectName("assistedChart")
        self.assisted_chart.clicked.connect(self._open_payload)
        self.kind_chart = BarChart(card, stacked=True)
        self.kind_chart.setObjectName("assistedKindChart")
        self.kind_chart.clicked.connect(self._open_payload)
        charts.addWidget(self.assisted_chart, 1)
        charts.addSpacing(16)
        charts.addWidget(self.kind_chart, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(charts)
        self.assisted_by_sex = self._sex_legend(
            card, layout, "assisted", "grants",
            (self.tr("Women and girls"), self.tr("Men and boys"), self.tr("Other or not recorded")))
        layout.addStretch(1)
        grid.addWidget(card, 2, 2, 1, 2)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(3, 1)

    def _swatch(self, parent: QWidget, color: str) -> QLabel:
        swatch = QLabel(parent)
        size = self.fontMetrics().height() * 2 // 3
        swatch.setFixedSize(size, size)
        swatch.setStyleSheet(f"background: {color}; border: none; border-radius: 2px;")
        return swatch

    # --- showing figures ---------------------------------------------------------------------

    def _number(self, value: int | float) -> str:
        return self._locale.toString(int(value))

    def _percent(self, share: float | None) -> str:
        if share is None:
            return "–"
        return self.tr("{percent}%").format(percent=self._locale.toString(share * 100, "f", 0))

    def _money(self, amount: Decimal, currency: str) -> str:
        found = self.reference.currencies.get(currency)
        digits = found.minor_units if found else 2
        return f"{amount:,.{digits}f}".translate(self._separators)  # exact, no float

    def _show(self, scope: Scope, f: KeyFigures) -> None:
        self._figures = f
        self._shown_scope = scope
        self._set_state("")
        self.tiles["consultations"][1].setText(self._number(f.consultations))
        self.tiles["trainings"][1].setText(self._number(f.trainings))
        for key, count in (("follow_ups", f.follow_ups_overdue),
                           ("grant_reports", f.reports_overdue)):
            card, value = self.tiles[key]
            value.setText(self._number(count))
            card.setStyleSheet(WARNING_CARD_STYLE if count > 0 else CARD_STYLE)
            value.setStyleSheet("background: transparent; border: none;"
                                + (f" color: {WARNING_COLOR};" if count > 0 else ""))

        # trained
        self.trained_value.setText(self._number(f.trained_total))
        self.women_share.setText(self._percent(f.women_share))
        names = {"female": self.tr("Women"), "male": self.tr("Men"),
                 "other": self.tr("Other or not recorded")}
        segments = []
        for sex in SEXES:
            count = f.trained_by_sex.get(sex, 0)
            self.trained_by_sex[sex].setText(self._number(count))
            segments.append(Segment(count, SEX_COLORS[sex],
                                    self.tr("{who}: {count}").format(
                                        who=names[sex], count=self._number(count)),
                                    ("trainings", {})))
        self.trained_chart.set_rows([BarRow("", tuple(segments))] if f.trained_total else [])

        # outside capitals
        self.outside_share.setText(self._percent(f.outside_capital_share))
        outside = f.consultations_outside_capital + f.trainings_outside_capital
        self.outside_note.setText(
            self.tr("{outside} of {total} activities were held outside the capital")
            .format(outside=self._number(outside), total=self._number(f.activities))
            if f.activities else self.tr("Nothing recorded in this period"))
        rows = []
        for kind, label, total, away in (
                ("consultations", self.tr("Consultations"), f.consultations,
                 f.consultations_outside_capital),
                ("trainings", self.tr("Trainings"), f.trainings, f.trainings_outside_capital)):
            rows.append(BarRow(label, (
                Segment(away, OUTSIDE_COLOR,
                        self.tr("{count} outside the capital").format(count=self._number(away)),
                        (kind, {"outside_capital": True})),
                Segment(total - away, CAPITAL_COLOR,
                        self.tr("{count} in the capital").format(count=self._number(total - away)),
                        (kind, {"outside_capital": False}))),
                self.tr("{outside} of {total}").format(outside=self._number(away),
                                                  total=self._number(total))))
        self.outside_chart.set_rows(rows if f.activities else [])

        self._show_money(f)

        # assisted
        self.assisted_value.setText(self._number(f.assisted_total))
        self.disability_note.setText(
            self.tr("people assisted, {count} of them with a disability")
            .format(count=self._number(f.assisted_with_disability)))
        ages = {"child": self.tr("Children"), "adult": self.tr("Adults")}
        groups = []
        for age in AGE_GROUPS:
            groups.append(ColumnGroup(ages[age], tuple(
                Segment(f.assisted_by(sex=sex, age=age), SEX_COLORS[sex],
                        self.tr("{who}, {age}: {count}").format(
                            who=names[sex], age=ages[age],
                            count=self._number(f.assisted_by(sex=sex, age=age))),
                        ("grants", {})) for sex in SEXES)))
        self.assisted_chart.set_groups(groups)
        for sex in SEXES:
            self.assisted_by_sex[sex].setText(self._number(f.assisted_by(sex=sex)))
        kinds = {"trafficking": self.tr("Victims of trafficking"),
                 "smuggled": self.tr("Smuggled migrants"),
                 "vulnerable": self.tr("Vulnerable migrants")}
        self.kind_chart.set_rows([
            BarRow(kinds[kind], (Segment(f.assisted_by(kind=kind), KIND_COLOR,
                                         kinds[kind], ("grants", {})),),
                   self._number(f.assisted_by(kind=kind)))
            for kind in ASSISTED_KINDS] if f.assisted_total else [])
        self.figuresShown.emit(f)

    def _show_money(self, f: KeyFigures) -> None:
        grid = self.money_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget()
            if widget is not None:  # out of the card now, not at the next event loop turn
                widget.setParent(None)
                widget.deleteLater()
        self.money_labels = {}
        self.money_charts = {}
        card = self.money_card
        self.grants_note.setText(self.tr("{count} grants running in the period")
                                 .format(count=self._number(f.grants)))
        if not f.money:
            grid.addWidget(self._plain(card, self.tr("Nothing committed or paid in this period"),
                                       "moneyEmpty"), 0, 0)
            return
        headers = (self.tr("Currency"), self.tr("Committed"), self.tr("Disbursed"),
                   self.tr("Balance"))
        for column, text in enumerate(headers):
            label = self._plain(card, text)
            label.setWordWrap(False)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft if column == 0
                               else Qt.AlignmentFlag.AlignRight)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for row, line in enumerate(f.money, start=1):
            extra = {"currency": line.currency}
            code = FigureLabel(line.currency, card)
            code.setObjectName(f"money_{line.currency}")
            code.setToolTip(self.reference.currencies[line.currency].name
                            if line.currency in self.reference.currencies else line.currency)
            code.setStyleSheet("background: transparent; border: none;")
            code.clicked.connect(lambda extra=extra: self._open("grants", extra))
            grid.addWidget(code, row, 0)
            for column, (key, amount) in enumerate(
                    (("committed", line.committed), ("disbursed", line.disbursed),
                     ("balance", line.balance)), start=1):
                label = FigureLabel(self._money(amount, line.currency), card)
                label.setObjectName(f"money_{line.currency}_{key}")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                label.setStyleSheet("background: transparent; border: none;"
                                    + (f" color: {WARNING_COLOR};"
                                       if key == "balance" and amount < 0 else ""))
                label.clicked.connect(lambda extra=extra: self._open("grants", extra))
                self.money_labels[(line.currency, key)] = label
                grid.addWidget(label, row, column)
            chart = BarChart(card, stacked=False, per_row=True,
                             bar_height=max(self.fontMetrics().height() // 2, 6))
            chart.setObjectName(f"moneyChart_{line.currency}")
            chart.setMinimumWidth(80)
            chart.set_rows([BarRow("", (
                Segment(float(line.committed), COMMITTED_COLOR,
                        self.tr("Committed: {amount} {currency}").format(
                            amount=self._money(line.committed, line.currency),
                            currency=line.currency), ("grants", extra)),
                Segment(float(line.disbursed), DISBURSED_COLOR,
                        self.tr("Disbursed: {amount} {currency}").format(
                            amount=self._money(line.disbursed, line.currency),
                            currency=line.currency), ("grants", extra))),
                self.tr("{percent} paid").format(percent=self._percent(
                    float(line.disbursed / line.committed) if line.committed else None)))])
            chart.clicked.connect(self._open_payload)
            self.money_charts[line.currency] = chart
            grid.addWidget(chart, row, 4)
        grid.setColumnStretch(4, 1)

    # --- opening records -----------------------------------------------------------------------

    def _open_payload(self, payload: object) -> None:
        kind, extra = payload  # type: ignore[misc]
        self._open(kind, extra)

    def filters(self, extra: dict | None = None, *, dated: bool = True) -> dict:
        """The filters of the records behind a figure of the scope on screen."""
        scope = self._shown_scope
        found = {"programme": scope.programme, "country": scope.country,
                 "date_from": scope.date_from if dated else None,
                 "date_to": scope.date_to if dated else None}
        found.update(extra or {})
        return found

    def _open(self, kind: str, extra: dict | None = None, *, dated: bool = True) -> None:
        self.openRecords.emit(kind, self.filters(extra, dated=dated))

