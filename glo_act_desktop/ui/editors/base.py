"""What the three record editors share: loading and saving through `services.records`, inline
validation from `domain.validation`, the draft kept every few seconds, delete with Undo, and the
keys (Ctrl+S saves, Esc asks before discarding).

An editor is a QWidget to embed in the main window (or show on its own). Its form is compiled
from `forms/editors/<kind>.ui`; the subclass maps fields to widgets in `_setup()`, and converts
between its widgets and the domain record in `_populate()` / `record()`.

Signals: `saved(kind, id)`, `deleted(kind, id)`, `restored(kind, id)`, `closed()`,
`dirtyChanged(bool)`, `titleChanged(str)`.
"""

from __future__ import annotations

import html
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton, QBoxLayout, QCheckBox, QComboBox, QFormLayout, QLabel, QLayout, QLineEdit,
    QMessageBox, QPlainTextEdit, QScrollArea, QSpinBox, QWidget,
)

from glo_act_desktop.domain.money import AmountError, parse_amount
from glo_act_desktop.domain.records import Record
from glo_act_desktop.domain.validation import Problem, validate
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.drafts import (
    Draft, discard_draft, list_drafts, load_draft, record_to_json, save_draft,
)
from glo_act_desktop.services.records import (
    RecordInvalid, delete_records, get_record, restore_records, save_record,
)
from glo_act_desktop.ui.widgets.child_rows import CellProblem, ChildRowsEditor
from glo_act_desktop.ui.widgets.disaggregation import DisaggregationGrid
from glo_act_desktop.ui.widgets.inputs import CodeChecklist, CodeCombo

log = logging.getLogger(__name__)

DRAFT_INTERVAL_MS = 3000
ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#7a4a00"
HEADING_CHARS = 90  # of the record's title in the editor's heading
_CHILD_FIELD = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")

# Problem marks on inputs. Colours pass WCAG AA on white; the mark (✖ / ⚠) and the words carry the
# meaning too, not only the colour.
STYLE = f"""
QLineEdit[problem="error"], QPlainTextEdit[problem="error"], QSpinBox[problem="error"],
QListWidget[problem="error"], QTableView[problem="error"] {{ border: 2px solid {ERROR_COLOUR}; }}
QLineEdit[problem="warning"], QPlainTextEdit[problem="warning"], QSpinBox[problem="warning"],
QListWidget[problem="warning"], QTableView[problem="warning"] {{ border: 2px solid #c77700; }}
"""


def undo_delete(ctx: AppContext, kind: str, record_id: str) -> bool:
    """Bring a deleted record back (what an Undo button calls). True if it was restored."""
    return restore_records(ctx, kind, [record_id]) > 0


def pending_drafts(ctx: AppContext) -> list[Draft]:
    """Drafts left by editors that never saved nor discarded (a crash, a flat battery), newest
    first: offer them at start-up and open each with `open_draft_editor`."""
    return list_drafts(ctx)


def vocab(label: str) -> str:
    """A closed-vocabulary label from domain/vocab.py, translated in the "vocab" context."""
    return QCoreApplication.translate("vocab", label)


def _plain(text: str) -> str:
    """A label's text without its mnemonic marker (also the "Name (&N)" form translations use
    for scripts without the letter) or trailing colon."""
    text = re.sub(r"\s*\(&[^&)]\)", "", text)
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip().rstrip(":").strip()


def _find_layout(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    stack = [parent.layout()]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None:
                stack.append(child)
    return None


@dataclass
class FieldSlot:
    """One input, its name as the officer reads it, and the message line under it."""

    key: str
    widget: QWidget
    name: str
    message: QLabel | None = None
    layout: QLayout | None = None
    shown: tuple[tuple[str, str], ...] = ()

    def show(self, problems: list[tuple[str, str]]) -> None:
        """problems: (text, severity); empty hides the line."""
        shown = tuple(problems)
        if shown == self.shown:
            return
        self.shown = shown
        severity = "error" if any(s == "error" for _t, s in shown) else (
            "warning" if shown else "")
        text = "\n".join(f"{'✖' if s == 'error' else '⚠'} {t}" for t, s in shown)
        if self.widget.property("problem") != severity:
            self.widget.setProperty("problem", severity)
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)
            self.widget.update()
        self.widget.setToolTip(text)
        self.widget.setAccessibleDescription(text)
        if self.message is not None:
            self.message.setText(text)
            colour = ERROR_COLOUR if severity == "error" else WARNING_COLOUR
            self.message.setStyleSheet(f"color: {colour};")
            if isinstance(self.layout, QFormLayout):
                self.layout.setRowVisible(self.message, bool(shown))
            else:
                self.message.setVisible(bool(shown))


@dataclass
class _Routed:
    fields: dict[str, list[Problem]] = field(default_factory=lambda: defaultdict(list))
    tables: dict[str, list[CellProblem]] = field(default_factory=lambda: defaultdict(list))
    other: list[Problem] = field(default_factory=list)


class RecordEditor(QWidget):
    """Base of ConsultationEditor, TrainingEditor and GrantEditor."""

    saved = Signal(str, str)
    deleted = Signal(str, str)
    restored = Signal(str, str)
    closed = Signal()
    dirtyChanged = Signal(bool)
    titleChanged = Signal(str)

    kind: ClassVar[str] = ""
    record_type: ClassVar[type] = object

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 draft_interval_ms: int = DRAFT_INTERVAL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.ref = ctx.reference
        self.ui = self._make_ui()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE)
        self._slots: dict[str, FieldSlot] = {}
        self._tables: dict[str, ChildRowsEditor] = {}
        self._parsers: dict[str, QWidget] = {}
        self._order: list[str] = []  # fields as the form reads, top to bottom, tab by tab
        self._loading = False
        self._existing = False
        self._deleted = False
        self._dirty = False
        self._record_id = ""
        self._baseline: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._reveal_all = False
        self._problems: list[Problem] = []
        self._hidden: list[Problem] = []
        self._last_draft: dict[str, Any] | None = None
        self._draft_at: datetime | None = None
        self._saved_at: datetime | None = None
        self._draft_error = ""
        self._last_title: str | None = None
        self._tab_titles = [self.ui.tabs.tabText(i) for i in range(self.ui.tabs.count())]
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(draft_interval_ms)
        self._draft_timer.timeout.connect(self._autosave)
        self.ui.problemSummary.setVisible(False)
        self.ui.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self._setup()
        self._attachments = getattr(self.ui, "attachmentsPanel", None)
        if self._attachments is not None:
            self._attachments.set_context(ctx)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.request_close)
        self.ui.deleteButton.clicked.connect(lambda: self.delete())
        self.new()

    # -- what a subclass provides ---------------------------------------------------------------
    def _make_ui(self) -> Any:
        raise NotImplementedError

    def _setup(self) -> None:
        """Fill choices, configure tables and grids, and register every field."""
        raise NotImplementedError

    def _new_record(self) -> Record:
        raise NotImplementedError

    def _populate(self, rec: Record) -> None:
        raise NotImplementedError

    def record(self) -> Record:
        """The record as the widgets show it now (what Save would write)."""
        raise NotImplementedError

    def _display_name(self, rec: Record) -> str:
        """How the record is called in titles and messages (its title or grantee)."""
        raise NotImplementedError

    def _route_other(self, problems: list[Problem]) -> list[Problem]:
        """Show problems of fields that are not plain inputs or tables (grids); return the rest."""
        return problems

    def noun(self) -> str:
        """'consultation', 'training' or 'grant', translated."""
        raise NotImplementedError

    def _for_validation(self, rec: Record) -> Record:
        """The record validation sees; a subclass may stand in for values it reports itself."""
        return rec

    # -- registering fields ---------------------------------------------------------------------
    def register_field(self, key: str, widget: QWidget, name: str | None = None) -> FieldSlot:
        """Map a record field (as validation names it) to its input; adds the message line under
        the input and marks the field as touched when the officer changes it."""
        slot = FieldSlot(key, widget, name or self._name_of(widget))
        layout = _find_layout(widget)
        message = QLabel(widget.parentWidget())
        message.setObjectName(f"{widget.objectName()}Problem")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setAccessibleName(self.tr("Problem with %1").replace("%1", slot.name))
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(widget)
            layout.insertRow(row + 1, QLabel(widget.parentWidget()), message)
            layout.setRowVisible(message, False)
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(widget) + 1, message)
            message.setVisible(False)
        else:
            message.deleteLater()
            message = None
        slot.message, slot.layout = message, layout
        self._slots[key] = slot
        self._order.append(key)
        self._connect(widget, key)
        if hasattr(widget, "parse_problem"):
            self._parsers[key] = widget
        return slot

    def register_table(self, key: str, table: ChildRowsEditor) -> None:
        self._tables[key] = table
        self._order.append(key)
        self._connect(table, key)

    def register_other(self, key: str, widget: QWidget) -> None:
        """An input whose problems the subclass shows itself (a grid)."""
        self._order.append(key)
        self._connect(widget, key)

    @staticmethod
    def chain_tab_order(*widgets: QWidget) -> None:
        """Tab order for inputs made in code (a grid's cells): each after the one before it."""
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _position(self, p: Problem) -> tuple[int, int, int]:
        """Where a problem's field is on the form: tab, then the order fields were registered."""
        root = re.split(r"[\[.]", p.field, maxsplit=1)[0]
        order = next((i for i, key in enumerate(self._order)
                      if root == key or root.startswith(key)), len(self._order))
        match = _CHILD_FIELD.match(p.field)
        return (self._tab_of(self._widget_for(p)) % 100, order,
                int(match.group(2)) if match else 0)

    def _connect(self, widget: QWidget, key: str) -> None:
        changed = lambda *_args, k=key: self._changed(k)  # noqa: E731
        if isinstance(widget, (ChildRowsEditor, DisaggregationGrid)):
            widget.changed.connect(changed)
        elif isinstance(widget, CodeChecklist):
            widget.codesChanged.connect(changed)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(changed)

    def _name_of(self, widget: QWidget) -> str:
        for label in self.findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return _plain(label.text())
        if isinstance(widget, QCheckBox):
            return _plain(widget.text())
        return widget.accessibleName() or widget.objectName()

    def field_slot(self, key: str) -> FieldSlot:
        return self._slots[key]

    def field_message(self, key: str) -> str:
        """The message shown under a field ('' when none): what tests and screen readers read."""
        slot = self._slots[key]
        return slot.message.text() if slot.message is not None and slot.shown else ""

    # -- programme, country, objective: shared by all three ------------------------------------
    def setup_programme_fields(self, programme: CodeCombo, country: CodeCombo,
                               objective: CodeCombo | None = None,
                               objective_label: QLabel | None = None) -> None:
        self._programme_combo, self._country_combo = programme, country
        self._objective_combo, self._objective_label = objective, objective_label
        programmes = sorted(self.ref.programmes.values(),
                            key=lambda p: (-(p.start_year or 0), p.code))
        programme.set_choices([(p.code, p.name) for p in programmes],
                              placeholder=self.tr("Choose a programme…"))
        programme.currentIndexChanged.connect(self._programme_changed)
        self._programme_changed()

    def _programme_changed(self) -> None:
        found = self.ref.programmes.get(self._programme_combo.code())
        countries = found.countries if found else {}
        self._country_combo.set_choices(
            sorted(((cc, f"{self.ref.countries.get(cc, cc)} ({cc})") for cc in countries),
                   key=lambda item: item[1]),
            placeholder=self.tr("Choose a country…") if found else
            self.tr("Choose a programme first"))
        if self._objective_combo is not None:
            objectives = found.objectives if found else {}
            self._objective_combo.set_choices(
                [(code, f"{code.split('.', 1)[-1]} — {title}")
                 for code, title in objectives.items()],
                placeholder=self.tr("(none)"))
            framework = found.framework if found else "objective"
            text = {"outcome": self.tr("&Outcome"), "pillar": self.tr("Programme pilla&r")}.get(
                framework, self.tr("&Objective"))
            if self._objective_label is not None:
                self._objective_label.setText(text)
            self._objective_combo.setAccessibleName(_plain(text))
            slot = self._slots.get("objective")
            if slot is not None:
                slot.name = _plain(text)

    def default_programme_and_country(self) -> tuple[str, str]:
        """The newest programme that works in this laptop's country, and that country."""
        country = self.ctx.settings().get("country", "")
        candidates = [p for p in self.ref.programmes.values() if country in p.countries]
        if not candidates:
            return "", ""
        best = max(candidates, key=lambda p: (p.end_year or 9999, p.start_year or 0))
        return best.code, country

    def set_programme_and_country(self, programme: str, country: str) -> None:
        self._programme_combo.set_code(programme)
        self._programme_changed()
        self._country_combo.set_code(country)

    # -- opening ---------------------------------------------------------------------------------
    def new(self) -> None:
        """Start a new, unsaved record with sensible defaults."""
        self._set_record(self._new_record(), existing=False)
        self._focus_first_field()

    def load(self, record_id: str, *, offer_draft: bool = True) -> bool:
        """Open a saved record; if a draft of it was left behind, offer it back.

        A record that was never saved but has a draft opens from the draft. Returns False when
        there is neither (deleted or unknown id)."""
        rec = get_record(self.ctx, self.kind, record_id)
        draft = load_draft(self.ctx, record_id, self.kind) if offer_draft else None
        if rec is None:
            if draft is None:
                return False
            self.open_draft(draft)
            return True
        self._set_record(rec, existing=True)
        if draft is not None and record_to_json(draft.record) != self._baseline:
            if self.ask_restore_draft(draft):
                self._apply_draft(draft)
            else:
                discard_draft(self.ctx, record_id)
        self._focus_first_field()
        return True

    def open_draft(self, draft: Draft) -> None:
        """Open a draft (from `pending_drafts`) over its saved record, or as a new record."""
        if draft.kind != self.kind:
            raise ValueError(f"a draft of {draft.kind} cannot open in the {self.kind} editor")
        saved = get_record(self.ctx, self.kind, draft.record_id)
        if saved is not None:
            self._set_record(saved, existing=True)
        else:
            base = self._new_record()
            base.id = draft.record_id
            self._set_record(base, existing=False)
        self._apply_draft(draft)
        self._focus_first_field()

    def ask_restore_draft(self, draft: Draft) -> bool:
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes found"),
            self.tr("Changes to this %1 made on %2 were never saved (the app may have closed "
                    "unexpectedly). They were kept as a draft.\n\nRestore them? Choose No to "
                    "throw the draft away and open the saved version.")
            .replace("%1", self.noun()).replace("%2", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _apply_draft(self, draft: Draft) -> None:
        self._loading = True
        try:
            self._populate(draft.record)
        finally:
            self._loading = False
        self._reveal_all = True
        self._last_draft = record_to_json(self.record())
        self._draft_at = draft.saved_at.astimezone()
        self._refresh()

    def _set_record(self, rec: Record, *, existing: bool) -> None:
        self._draft_timer.stop()
        self._loading = True
        try:
            self._populate(rec)
        finally:
            self._loading = False
        self._existing, self._deleted = existing, False
        self._record_id = rec.id
        self._touched.clear()
        self._reveal_all = existing
        self._last_draft = None
        self._draft_at = self._saved_at = None
        self._baseline = record_to_json(self.record())
        self._set_deleted_look(False)
        self._refresh()
        self._show_attachments()
        self.titleChanged.emit(self.title())

    def _show_attachments(self) -> None:
        """The Attachments tab follows the record: files are listed (and can be added) once it
        is saved, since they are stored at once, not with Save (ui/widgets/attachments.py)."""
        if self._attachments is not None:
            self._attachments.set_record(self.kind, self._record_id, saved=self._existing)

    # -- state -----------------------------------------------------------------------------------
    def record_id(self) -> str:
        return self._record_id

    def is_new(self) -> bool:
        """Never saved: nothing of it is in the database yet."""
        return not self._existing

    def is_deleted(self) -> bool:
        return self._deleted

    def is_dirty(self) -> bool:
        """True when the form differs from what is saved (or from a fresh new record)."""
        return self._dirty

    def problems(self) -> list[Problem]:
        """Everything validation and input parsing say now (errors and warnings)."""
        return list(self._problems)

    def can_save(self) -> bool:
        return not self._deleted and not any(p.is_error for p in self._problems)

    def title(self) -> str:
        """A short title for a tab or window: 'New training' or the record's name."""
        rec = self.record()
        name = self._display_name(rec).strip()
        if not self._existing:
            return name or self.tr("New %1").replace("%1", self.noun())
        return name or self.noun().capitalize()

    # -- change → validate → show ---------------------------------------------------------------
    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self._refresh()

    def _parse_problems(self, rec: Record) -> list[Problem]:
        problems = []
        for key, widget in self._parsers.items():
            message = widget.parse_problem()
            if message:
                problems.append(Problem(key, message))
        for key, table in self._tables.items():
            for i, row in enumerate(table.rows(), 1):
                for column in table.columns():
                    value = row.get(column.key)
                    where = f"{key}[{i}].{column.key}"
                    if column.kind == "date" and isinstance(value, str) and value.strip():
                        problems.append(Problem(where, self.tr(
                            "'%1' is not a date: write it as YYYY-MM-DD").replace("%1", value)))
                    elif column.kind == "amount":
                        try:
                            parse_amount(str(value or ""))
                        except AmountError:
                            problems.append(Problem(where, self.tr("is required: enter the amount")
                                                    if not str(value or "").strip() else
                                                    self.tr("'%1' is not an amount")
                                                    .replace("%1", str(value))))
        return problems

    def _refresh(self) -> None:
        if self._loading:
            return
        rec = self.record()
        parsed = self._parse_problems(rec)
        parsed_fields = {p.field for p in parsed}
        problems = parsed + [p for p in validate(self._for_validation(rec), self.ref)
                             if p.field not in parsed_fields]
        problems.sort(key=self._position)  # as the officer reads the form
        self._problems = problems
        self._show_problems(problems)
        dirty = record_to_json(rec) != self._baseline
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        if dirty and not self._deleted:
            if not self._draft_timer.isActive():
                self._draft_timer.start()
        else:
            self._draft_timer.stop()
            if self._last_draft is not None:
                discard_draft(self.ctx, self._record_id)
                self._last_draft = None
                self._draft_at = None
        self._update_status()
        title = self.title()
        if title != self._last_title:
            self._last_title = title
            self.titleChanged.emit(title)
            self._update_heading()

    def _is_blank(self, widget: QWidget) -> bool:
        if isinstance(widget, QLineEdit):
            return not widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return not widget.toPlainText().strip()
        if isinstance(widget, CodeCombo):
            return not widget.code()
        return False

    def _hidden_for_now(self, p: Problem) -> bool:
        """On a new record, an empty field the officer has not reached yet is not shouted at:
        it is listed in the Save line instead."""
        slot = self._slots.get(p.field)
        return (slot is not None and not self._reveal_all and p.field not in self._touched
                and self._is_blank(slot.widget))

    def describe(self, p: Problem) -> str:
        """'End date 2025-05-01 is before start date …': the field's name, then the message."""
        message = self.problem_text(p)
        match = _CHILD_FIELD.match(p.field)
        if p.field in self._slots:
            return f"{self._slots[p.field].name} {message}"
        if match and match.group(1) in self._slots:
            line = self.tr("line %1").replace("%1", match.group(2))
            return f"{self._slots[match.group(1)].name} ({line}) {message}"
        if match and match.group(1) in self._tables:
            table = self._tables[match.group(1)]
            where = f"{table.accessibleName()}, " + self.tr("row %1").replace("%1", match.group(2))
            if match.group(3):
                where += f", {table.column_title(match.group(3)).lower()}"
            return f"{where}: {message}"
        if p.field in self._tables:
            return f"{self._tables[p.field].accessibleName()}: {message}"
        return f"{self.other_field_name(p.field)}: {message}"

    def other_field_name(self, key: str) -> str:
        return key

    def problem_text(self, p: Problem) -> str:
        """A problem's message in the window's language, field names as the form's labels."""
        return self._humanise(p.localized(QCoreApplication.translate))

    def _humanise(self, message: str) -> str:
        """Field names inside a message ('before start_date') read as the form's labels."""
        def name(match: re.Match[str]) -> str:
            slot = self._slots.get(match.group(0))
            return slot.name[:1].lower() + slot.name[1:] if slot else match.group(0)
        return re.sub(r"\b[a-z]+_[a-z_]+\b", name, message)

    def _route(self, problems: list[Problem]) -> _Routed:
        routed = _Routed()
        for p in problems:
            match = _CHILD_FIELD.match(p.field)
            if p.field in self._slots:
                routed.fields[p.field].append(p)
            elif match and match.group(1) in self._slots:  # "topics[2]": a line of a text field
                routed.fields[match.group(1)].append(p)
            elif match and match.group(1) in self._tables:
                routed.tables[match.group(1)].append(CellProblem(
                    int(match.group(2)) - 1, match.group(3), self.problem_text(p), p.severity))
            elif p.field in self._tables:
                routed.tables[p.field].append(CellProblem(
                    None, None, self.problem_text(p), p.severity))
            else:
                routed.other.append(p)
        return routed

    def _show_problems(self, problems: list[Problem]) -> None:
        hidden = [p for p in problems if p.is_error and self._hidden_for_now(p)]
        visible = [p for p in problems if p not in hidden]
        self._hidden = hidden
        routed = self._route(visible)
        for key, slot in self._slots.items():
            slot.show([(self.describe(p), p.severity) for p in routed.fields.get(key, [])])
        for key, table in self._tables.items():
            table.show_problems(routed.tables.get(key, []))
        self._route_other(routed.other)
        self._update_tabs(visible)
        self._update_summary(visible, hidden)

    def _widget_for(self, p: Problem) -> QWidget | None:
        match = _CHILD_FIELD.match(p.field)
        if p.field in self._slots:
            return self._slots[p.field].widget
        if match and match.group(1) in self._slots:
            return self._slots[match.group(1)].widget
        if match and match.group(1) in self._tables:
            return self._tables[match.group(1)]
        if p.field in self._tables:
            return self._tables[p.field]
        return self.widget_for_other(p.field)

    def widget_for_other(self, key: str) -> QWidget | None:
        return None

    def _tab_of(self, widget: QWidget | None) -> int:
        tabs = self.ui.tabs
        while widget is not None:
            index = tabs.indexOf(widget)
            if index >= 0:
                return index
            widget = widget.parentWidget()
        return -1

    def _update_tabs(self, visible: list[Problem]) -> None:
        counts: dict[int, int] = defaultdict(int)
        for p in visible:
            if p.is_error:
                counts[self._tab_of(self._widget_for(p))] += 1
        bar = self.ui.tabs.tabBar()
        for i, title in enumerate(self._tab_titles):
            n = counts.get(i, 0)
            text = title if not n else self.tr("%1 (%2 to fix)").replace("%1", title).replace(
                "%2", str(n))
            if self.ui.tabs.tabText(i) != text:
                self.ui.tabs.setTabText(i, text)
            bar.setTabTextColor(i, QColor(ERROR_COLOUR) if n else QColor())

    def _update_summary(self, visible: list[Problem], hidden: list[Problem]) -> None:
        errors = [p for p in visible if p.is_error]
        warnings = [p for p in visible if not p.is_error]
        parts: list[tuple[str, str]] = []
        if hidden:
            names = ", ".join(dict.fromkeys(self._slots[p.field].name for p in hidden))
            parts.append((self.tr("To save, fill in: %1.").replace("%1", names), "#303030"))
        if errors:
            lead = (self.tr("Fix 1 problem to save:") if len(errors) == 1 else
                    self.tr("Fix %1 problems to save:").replace("%1", str(len(errors))))
            details = "; ".join(self.describe(p) for p in errors[:3])
            more = "" if len(errors) <= 3 else " " + self.tr("(and %1 more)").replace(
                "%1", str(len(errors) - 3))
            parts.append((f"{lead} {details}{more}", ERROR_COLOUR))
        if warnings and not errors:
            parts.append((self.tr("You can save, but check: %1").replace(
                "%1", "; ".join(self.describe(p) for p in warnings)), WARNING_COLOUR))
        if self._deleted:
            parts = [(self.tr("This %1 is deleted. Undo to bring it back.").replace(
                "%1", self.noun()), "#303030")]
        html = "<br>".join(f'<span style="color:{colour}">{_escape(text)}</span>'
                           for text, colour in parts)
        self.ui.problemSummary.setText(html)
        self.ui.problemSummary.setVisible(bool(parts))
        plain = "\n".join(text for text, _c in parts)
        can_save = not errors and not hidden and not self._deleted
        self.ui.saveButton.setEnabled(can_save)
        self.ui.saveButton.setToolTip(self.tr("Save (Ctrl+S)") if can_save else plain)
        self.ui.deleteButton.setEnabled(not self._deleted)

    def save_blocked_reason(self) -> str:
        """Why Save is off, as the line under the form says it ('' when Save is on)."""
        if self.ui.saveButton.isEnabled():
            return ""
        return html.unescape(re.sub(r"<[^>]+>", "", self.ui.problemSummary.text()
                                    .replace("<br>", "\n")))

    def _update_heading(self) -> None:
        # A long title would widen the whole window (a label is as wide as its text): the
        # heading shows its beginning, the tooltip all of it.
        full = self.title()
        title = _escape(full if len(full) <= HEADING_CHARS else full[:HEADING_CHARS - 1] + "…")
        self.ui.headingLabel.setToolTip(full if len(full) > HEADING_CHARS else "")
        kind = _escape(self.noun().capitalize())
        deleted = f' <span style="color:{ERROR_COLOUR}">({_escape(self.tr("deleted"))})</span>' \
            if self._deleted else ""
        heading = title if not self._existing and not self._display_name(self.record()).strip() \
            else f"{kind}: {title}"
        self.ui.headingLabel.setText(
            f'<span style="font-size:large; font-weight:600">{heading}</span>{deleted}')

    def _update_status(self) -> None:
        if self._deleted:
            text = self.tr("Deleted")
        elif self._dirty:
            text = self.tr("Unsaved changes")
            if self._draft_error:
                text += " · " + self._draft_error
            elif self._draft_at is not None:
                text += " · " + self.tr("draft kept at %1").replace(
                    "%1", self._draft_at.strftime("%H:%M:%S"))
        elif not self._existing:
            text = self.tr("New, not saved yet")
        elif self._saved_at is not None:
            text = self.tr("Saved at %1").replace("%1", self._saved_at.strftime("%H:%M"))
        else:
            text = self.tr("No unsaved changes")
        self.ui.statusLabel.setText(text)

    # -- focus ---------------------------------------------------------------------------------
    def _focus_first_field(self) -> None:
        if self._slots:
            self.ui.tabs.setCurrentIndex(0)
            first = next(iter(self._slots.values())).widget
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_widget(self, widget: QWidget) -> None:
        """Bring a widget into view (its tab, its scroll position) and give it the focus."""
        index = self._tab_of(widget)
        if index >= 0:
            self.ui.tabs.setCurrentIndex(index)
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_problem(self) -> bool:
        for p in self._problems:
            if p.is_error:
                widget = self._widget_for(p)
                if widget is not None:
                    self.focus_widget(widget)
                    return True
        return False

    # -- saving, drafts --------------------------------------------------------------------------
    def _finish_cell_editing(self) -> None:
        for table in self._tables.values():
            table.finish_editing()

    def save(self) -> bool:
        """Validate and save; on errors, show them and put the cursor on the first.
        True if saved."""
        if self._deleted:
            return False
        self._finish_cell_editing()
        self._reveal_all = True
        self._refresh()
        if not self.can_save():
            self.focus_first_problem()
            return False
        rec = self.record()
        try:
            save_record(self.ctx, rec)
        except RecordInvalid as exc:  # the form and the service disagree: show what it said
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(exc.details))
            return False
        except Exception as exc:  # noqa: BLE001 (a disk or database failure: keep the work)
            log.exception("saving %s %s failed", self.kind, rec.id)
            self.keep_draft()
            QMessageBox.critical(
                self, self.tr("Not saved"),
                self.tr("The %1 could not be saved: %2\n\nYour changes are kept as a draft and "
                        "will be offered back when you open it again.")
                .replace("%1", self.noun()).replace("%2", str(exc)))
            return False
        discard_draft(self.ctx, rec.id)
        self._existing = True
        self._last_draft, self._draft_at = None, None
        self._baseline = record_to_json(rec)
        self._saved_at = datetime.now()
        self._refresh()
        self._update_heading()
        self._show_attachments()
        self.saved.emit(self.kind, rec.id)
        self.titleChanged.emit(self.title())
        return True

    def keep_draft(self) -> bool:
        """Write the draft now if there are unsaved changes (the timer does this on its own)."""
        if self._deleted or not self._dirty:
            return False
        return self._write_draft()

    def _autosave(self) -> None:
        if self._loading or self._deleted or not self._dirty:
            self._draft_timer.stop()
            return
        self._write_draft()

    def _write_draft(self) -> bool:
        rec = self.record()
        snapshot = record_to_json(rec)
        if snapshot == self._last_draft:
            return True
        try:
            save_draft(self.ctx, self.kind, rec, existing=self._existing)
        except OSError as exc:
            log.warning("could not write the draft of %s: %s", rec.id, exc)
            self._draft_error = self.tr("could not keep a draft: %1").replace(
                "%1", exc.strerror or str(exc))
            self._update_status()
            return False
        self._draft_error = ""
        self._last_draft = snapshot
        self._draft_at = datetime.now()
        self._update_status()
        return True

    def revert(self) -> None:
        """Throw away unsaved changes (and their draft): back to the saved record, or a new one."""
        discard_draft(self.ctx, self._record_id)
        self._last_draft = None
        saved = get_record(self.ctx, self.kind, self._record_id) if self._existing else None
        if saved is not None:
            self._set_record(saved, existing=True)
        else:
            self.new()

    def request_close(self) -> bool:
        """Close (Esc or the Close button): asks first when there are unsaved changes.

        Emits `closed` and returns True when the editor may go away."""
        self._finish_cell_editing()
        self._refresh()
        if self._dirty and not self._deleted:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to this %1 before closing?").replace("%1", self.noun()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    return False
            elif answer == QMessageBox.StandardButton.Discard:
                discard_draft(self.ctx, self._record_id)
                self._last_draft = None
            else:
                return False
        self._draft_timer.stop()
        self.closed.emit()
        return True

    # -- delete and undo -----------------------------------------------------------------------
    def delete(self, *, confirm: bool = True) -> bool:
        """Delete after asking (through services.records); the Undo bar offers it back.

        A record never saved is simply discarded (nothing is in the database)."""
        if self._deleted:
            return False
        self._finish_cell_editing()
        name = self._display_name(self.record()).strip() or self.noun()
        if not self._existing:
            if confirm and self._dirty and QMessageBox.question(
                    self, self.tr("Discard new %1").replace("%1", self.noun()),
                    self.tr("Throw away this new %1? It was never saved.").replace(
                        "%1", self.noun()),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return False
            discard_draft(self.ctx, self._record_id)
            self._last_draft = None
            self._draft_timer.stop()
            self.closed.emit()
            return True
        if confirm and QMessageBox.question(
                self, self.tr("Delete %1").replace("%1", self.noun()),
                self.tr("Delete the %1 “%2”?\n\nYou can undo this right after.")
                .replace("%1", self.noun()).replace("%2", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_records(self.ctx, self.kind, [self._record_id])
        except Exception as exc:  # noqa: BLE001
            log.exception("deleting %s %s failed", self.kind, self._record_id)
            QMessageBox.critical(self, self.tr("Not deleted"), str(exc))
            return False
        discard_draft(self.ctx, self._record_id)
        self._last_draft = None
        self._deleted = True
        self._draft_timer.stop()
        self._set_deleted_look(True)
        self._refresh()
        self._update_heading()
        self.ui.undoBar.show_message(
            self.tr("Deleted the %1 “%2”.").replace("%1", self.noun()).replace("%2", name),
            self.undo_delete)
        self.deleted.emit(self.kind, self._record_id)
        return True

    def undo_delete(self) -> bool:
        """Bring the deleted record back and show it again."""
        if not self._deleted:
            return False
        undo_delete(self.ctx, self.kind, self._record_id)
        rec = get_record(self.ctx, self.kind, self._record_id)
        self.ui.undoBar.dismiss()
        if rec is None:
            return False
        self._set_record(rec, existing=True)
        self._update_heading()
        self.restored.emit(self.kind, self._record_id)
        return True

    def _set_deleted_look(self, deleted: bool) -> None:
        self.ui.tabs.setEnabled(not deleted)
        self.ui.deleteButton.setEnabled(not deleted)
        self.ui.deleteButton.setText(self.tr("Delete…") if self._existing else self.tr("Discard…"))
        self.ui.deleteButton.setToolTip(
            self.tr("Delete this %1 (you can undo it)").replace("%1", self.noun())
            if self._existing else self.tr("Throw away this new %1").replace("%1", self.noun()))

    # -- keys ----------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Save):
            event.accept()  # the editor's own Save wins over a window-wide shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.request_close()
            return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vocab_choices(codes: Iterable[str], labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(code, vocab(labels[code])) for code in codes]


def reference_choices(names: dict[str, str]) -> list[tuple[str, str]]:
    """(code, name) of reference data (pillars, target groups…), names translated in the
    "reference" context (glo_act_<lang>.ts)."""
    return [(code, QCoreApplication.translate("reference", name)) for code, name in names.items()]


def optional_date(value: Any) -> date | None:
    return value if isinstance(value, date) else None
