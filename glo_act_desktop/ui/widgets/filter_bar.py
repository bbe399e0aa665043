"""The filter bar above a register or the follow-ups list.

    bar = FilterBar(ctx.reference, "consultations")
    bar.filtersChanged.connect(model.set_filters)
    model.counts_changed.connect(lambda *_: bar.set_count_text(model.count_text()))

Typing in the search field is debounced (the filters are emitted once typing pauses for
DEBOUNCE_MS; Enter emits at once, Esc clears); every other control emits at once. The country list
follows the programme chosen (its core and regional countries). Controls that do not apply to the
kind of list are not shown: pillar and "outside capital" on grants, status where there is none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from glo_act_desktop.domain.filters import ANY, NO, YES, Filters
from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.domain.vocab import (
    FOLLOW_UP_STATUS_LABELS, GRANT_STATUS_LABELS, GRANT_STATUSES,
)
from glo_act_desktop.ui.widgets.flow_layout import FlowLayout
from glo_act_desktop.ui.widgets.inputs import CodeCombo, DateEdit

DEBOUNCE_MS = 200
PROGRAMME_CHARS = 28  # the programme list is as wide as its longest name, up to this
KINDS = ("consultations", "trainings", "grants", "follow_ups")
OPEN_FOLLOW_UP_STATUSES = ("open", "in_progress")
WITH_PILLAR = ("consultations", "trainings", "follow_ups")  # and "outside capital"
WITH_STATUS = ("grants", "follow_ups")  # and "overdue only"


class SearchEdit(QLineEdit):
    """A search field: Esc clears it (and lets the bar apply that at once)."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Filters for one kind of list ("consultations", "trainings", "grants", "follow_ups")."""

    filtersChanged = Signal(object)  # a domain.filters.Filters

    def __init__(self, reference: Reference, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"no filter bar for {kind!r}")
        self.kind = kind
        self._reference = reference
        self._emitted = Filters()
        self._applying = False  # set_filters fills the controls without emitting each change

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)

        self.search = SearchEdit(self)
        self.search.setObjectName("filterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self._search_placeholder())
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._emit_now)
        self.search.escaped.connect(self._emit_now)

        self.programme = CodeCombo(self)
        self.programme.setAccessibleName(self.tr("Programme"))
        self.programme.set_choices(
            ((code, p.name) for code, p in reference.programmes.items()),
            placeholder=self.tr("All programmes"))
        self._fit(self.programme, PROGRAMME_CHARS)
        self.programme.currentIndexChanged.connect(self._programme_changed)

        self.country = CodeCombo(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setMinimumContentsLength(12)
        self._fill_countries()
        self.country.currentIndexChanged.connect(self._changed)

        self.pillar = CodeCombo(self)
        self.pillar.setAccessibleName(self.tr("Pillar"))
        self.pillar.setMinimumContentsLength(12)
        self.pillar.set_choices(((code, QCoreApplication.translate("reference", name))
                                 for code, name in reference.pillars.items()),
                                placeholder=self.tr("All pillars"))
        self.pillar.currentIndexChanged.connect(self._changed)

        self.date_from = DateEdit(self)
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_from.setToolTip(self.tr("From (inclusive)"))
        self.date_to = DateEdit(self)
        self.date_to.setAccessibleName(self.tr("To date"))
        self.date_to.setToolTip(self.tr("To (inclusive)"))
        for edit in (self.date_from, self.date_to):
            edit.dateEdited.connect(self._date_edited)

        self.outside_capital = CodeCombo(self)
        self.outside_capital.setAccessibleName(self.tr("Outside capital"))
        self.outside_capital.setMinimumContentsLength(10)
        self.outside_capital.set_choices(
            [(YES, self.tr("Outside capital")), (NO, self.tr("In the capital"))],
            placeholder=self.tr("Anywhere"))
        self.outside_capital.currentIndexChanged.connect(self._changed)

        self.status = CodeCombo(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setMinimumContentsLength(10)
        if kind == "grants":
            self.status.set_choices(
                ((code, QCoreApplication.translate("vocab", GRANT_STATUS_LABELS[code]))
                 for code in GRANT_STATUSES), placeholder=self.tr("Any status"))
        elif kind == "follow_ups":
            self.status.set_choices(
                ((code, QCoreApplication.translate("vocab", FOLLOW_UP_STATUS_LABELS[code]))
                 for code in OPEN_FOLLOW_UP_STATUSES), placeholder=self.tr("Open or in progress"))
        self._fit(self.status, PROGRAMME_CHARS)
        self.status.currentIndexChanged.connect(self._changed)

        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setToolTip(self.tr("Only what was due before today and is not done")
                                if kind == "follow_ups" else
                                self.tr("Only grants with a report due before today and not "
                                        "received"))
        self.overdue.toggled.connect(self._changed)

        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("filterCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pillar.setVisible(kind in WITH_PILLAR)
        self.outside_capital.setVisible(kind in WITH_PILLAR)
        self.status.setVisible(kind in WITH_STATUS)
        self.overdue.setVisible(kind in WITH_STATUS)

        # Box layouts mirror themselves in right-to-left mode; nothing here is placed by pixels.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        # The controls wrap onto a second row in a narrow window rather than widen it.
        row = FlowLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.programme, self.country, self.pillar, self.outside_capital,
                       self.status):
            row.addWidget(widget)
        dates = QWidget(self)  # "Dates: from – to" wraps as one
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        self.dates_label = QLabel(self.tr("Dates:"), dates)
        self.dash = QLabel("–", dates)
        for widget in (self.dates_label, self.date_from, self.dash, self.date_to):
            dates_row.addWidget(widget)
        row.addWidget(dates)
        row.addWidget(self.overdue)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)

    @staticmethod
    def _fit(combo: CodeCombo, most: int) -> None:
        """As wide as the longest choice (up to `most` characters; the tooltip has it whole)."""
        longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=0)
        combo.setMinimumContentsLength(min(most, max(longest, combo.minimumContentsLength())))

    def _search_placeholder(self) -> str:
        return {
            "consultations": self.tr("Search title, place, summary, counterparts (Ctrl+F)"),
            "trainings": self.tr("Search title, venue, notes (Ctrl+F)"),
            "grants": self.tr("Search grantee, agreement, notes (Ctrl+F)"),
            "follow_ups": self.tr("Search action, owner, consultation (Ctrl+F)"),
        }[self.kind]

    # --- public -------------------------------------------------------------------------

    def filters(self) -> Filters:
        """The filters the controls show now (dates that are not dates are left out)."""
        return Filters(
            text=self.search.text(),
            programme=self.programme.code() or None,
            country=self.country.code() or None,
            pillar=(self.pillar.code() or None) if self.kind in WITH_PILLAR else None,
            date_from=self.date_from.date_value(),
            date_to=self.date_to.date_value(),
            outside_capital=(self.outside_capital.code() or ANY)
            if self.kind in WITH_PILLAR else ANY,
            status=(self.status.code() or None) if self.kind in WITH_STATUS else None,
            overdue=self.overdue.isChecked() if self.kind in WITH_STATUS else False,
        )

    def set_filters(self, filters: Filters) -> None:
        """Show `filters` (a dashboard click-through) and emit them once."""
        self._applying = True
        try:
            self._debounce.stop()
            self.search.setText(filters.text)
            self.programme.set_code(filters.programme or "")
            self._fill_countries()
            self.country.set_code(filters.country or "")
            self.pillar.set_code(filters.pillar or "")
            self.date_from.set_date_value(filters.date_from)
            self.date_to.set_date_value(filters.date_to)
            self.outside_capital.set_code(
                filters.outside_capital if filters.outside_capital in (YES, NO) else "")
            self.status.set_code(filters.status or "")
            self.overdue.setChecked(filters.overdue)
        finally:
            self._applying = False
        self._emit(force=True)

    def clear(self) -> None:
        self.set_filters(Filters())

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field with its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_count_text(self, text: str) -> None:
        self.count_label.setText(text)

    def current(self) -> Filters:
        """The filters last emitted."""
        return self._emitted

    # --- reacting -----------------------------------------------------------------------

    def _fill_countries(self) -> None:
        programme = self.programme.code()
        if programme:
            codes = set(self._reference.programme_countries(programme))
        else:
            codes = {code for p in self._reference.programmes.values() for code in p.countries}
        names = self._reference.countries
        choices = sorted(((code, names.get(code, code)) for code in codes),
                         key=lambda pair: pair[1].casefold())
        self.country.set_choices(choices, placeholder=self.tr("All countries"))

    def _programme_changed(self) -> None:
        if self._applying:
            return
        blocked = self.country.blockSignals(True)
        self._fill_countries()  # keeps the country if the programme works there
        self.country.blockSignals(blocked)
        self._changed()

    def _typed(self) -> None:
        if not self._applying:
            self._debounce.start()

    def _date_edited(self) -> None:
        if self._applying:
            return
        for edit in (self.date_from, self.date_to):
            problem = edit.parse_problem()
            edit.setToolTip(problem or "")
        # a half-typed date is not a date yet: emit when it is complete or empty
        self._debounce.start()

    def _changed(self, *_args) -> None:
        if not self._applying:
            self._emit_now()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self, force: bool = False) -> None:
        filters = self.filters()
        if force or filters != self._emitted:
            self._emitted = filters
            self.filtersChanged.emit(filters)
