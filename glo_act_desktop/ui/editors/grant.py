"""The victim-assistance grant editor: the agreement, money committed and paid in tranches,
reports due, and people assisted, counted by sex, age group and kind (counts only, never names).
Layout: forms/editors/grant.ui."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from glo_act_desktop.domain.money import AmountError, parse_amount
from glo_act_desktop.domain.records import Grant, GrantReport, Tranche, new_id
from glo_act_desktop.domain.validation import Problem
from glo_act_desktop.domain.vocab import (
    AGE_GROUPS, AGE_LABELS, ASSISTED_COLUMNS, ASSISTED_KIND_LABELS, ASSISTED_KINDS,
    GRANT_STATUS_LABELS, GRANT_STATUSES, REPORT_KIND_LABELS, REPORT_KINDS, SERVICE_LABELS,
    SERVICES, SEX_LABELS, SEXES, assisted_column,
)
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.editors.base import (
    DRAFT_INTERVAL_MS, RecordEditor, optional_date, vocab, vocab_choices,
)
from glo_act_desktop.ui.forms_gen.editors.ui_grant import Ui_GrantEditor
from glo_act_desktop.ui.widgets.child_rows import Column
from glo_act_desktop.ui.widgets.inputs import NOT_A_NUMBER, amount_text

# assisted_<sex>_<age>_<kind> -> the grid cell ((age, sex), kind)
_CELL_OF_COLUMN = {assisted_column(sex, age, kind): ((age, sex), kind)
                   for sex in SEXES for age in AGE_GROUPS for kind in ASSISTED_KINDS}


def _amount(text: object) -> Decimal:
    try:
        return parse_amount(str(text or ""))
    except AmountError:
        return NOT_A_NUMBER


class GrantEditor(RecordEditor):
    kind = "grants"
    record_type = Grant

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 draft_interval_ms: int = DRAFT_INTERVAL_MS):
        super().__init__(ctx, parent, draft_interval_ms=draft_interval_ms)

    def _make_ui(self) -> Ui_GrantEditor:
        return Ui_GrantEditor()

    def noun(self) -> str:
        return self.tr("grant")

    def _setup(self) -> None:
        ui, ref = self.ui, self.ref
        self.setup_programme_fields(ui.programmeCombo, ui.countryCombo)
        ui.statusCombo.set_choices(vocab_choices(GRANT_STATUSES, GRANT_STATUS_LABELS))
        ui.currencyCombo.set_choices(
            [(code, f"{code} — {c.name}") for code, c in sorted(ref.currencies.items())],
            placeholder=self.tr("Choose a currency…"))
        ui.servicesList.set_choices(vocab_choices(SERVICES, SERVICE_LABELS))
        do_no_harm = self.tr("Never names or details of assisted persons")
        ui.tranchesTable.configure(
            [Column("date", self.tr("Date paid"), "date", width=130),
             Column("amount", self.tr("Amount"), "amount", width=170),
             Column("reference", self.tr("Reference"), stretch=True,
                    hint=self.tr("Payment or voucher reference. ") + do_no_harm)],
            add_text=self.tr("&Add tranche"), remove_text=self.tr("Remove"),
            empty_text=self.tr("No tranches paid yet. Press Add tranche (or Insert) for each "
                               "payment to the grantee."),
            new_row=lambda: {"id": new_id(), "date": None, "amount": "", "reference": ""})
        ui.reportsTable.configure(
            [Column("kind", self.tr("Report"), "choice",
                    vocab_choices(REPORT_KINDS, REPORT_KIND_LABELS), width=170),
             Column("due_date", self.tr("Due by"), "date", width=130),
             Column("received_date", self.tr("Received on"), "date", width=130,
                    hint=self.tr("Leave empty until the report arrives")),
             Column("notes", self.tr("Notes"), stretch=True, hint=do_no_harm)],
            add_text=self.tr("Add re&port"), remove_text=self.tr("Remove"),
            empty_text=self.tr("No reports due yet. Press Add report for each narrative, "
                               "financial or final report the grantee owes."),
            new_row=lambda: {"id": new_id(), "kind": "narrative", "due_date": None,
                             "received_date": None, "notes": ""})
        ui.assistedGrid.configure(
            [((age, sex), vocab(SEX_LABELS[sex]), vocab(AGE_LABELS[age]))
             for age in AGE_GROUPS for sex in SEXES],
            [(kind, vocab(ASSISTED_KIND_LABELS[kind])) for kind in ASSISTED_KINDS],
            total_label=self.tr("Total"), group_heading=self.tr("Age group"),
            row_heading=self.tr("Sex"))
        self.chain_tab_order(ui.reportsTable.removeButton, *ui.assistedGrid.spins(),
                             ui.disabilitySpin, ui.saveButton, ui.closeButton, ui.deleteButton,
                             ui.tabs)
        for key, widget in (
                ("programme", ui.programmeCombo), ("country", ui.countryCombo),
                ("grantee", ui.granteeEdit), ("agreement_ref", ui.agreementRefEdit),
                ("status", ui.statusCombo), ("currency", ui.currencyCombo),
                ("committed_amount", ui.committedEdit), ("start_date", ui.startDateEdit),
                ("end_date", ui.endDateEdit), ("services", ui.servicesList),
                ("notes", ui.notesEdit), ("assisted_with_disability", ui.disabilitySpin)):
            self.register_field(key, widget)
        self.register_table("tranches", ui.tranchesTable)
        self.register_table("reports", ui.reportsTable)
        self.register_other("assisted", ui.assistedGrid)
        ui.assistedGrid.changed.connect(self._show_assisted_summary)
        ui.disabilitySpin.valueChanged.connect(self._show_assisted_summary)
        for signal in (ui.tranchesTable.changed, ui.committedEdit.textChanged,
                       ui.currencyCombo.currentIndexChanged):
            signal.connect(self._show_disbursed)

    def _new_record(self) -> Grant:
        programme, country = self.default_programme_and_country()
        return Grant(programme=programme, country=country, grantee="", currency="",
                     committed_amount=NOT_A_NUMBER, start_date=None, end_date=None)

    def _minor_units(self, currency: str) -> int | None:
        found = self.ref.currencies.get(currency)
        return found.minor_units if found else None

    def _populate(self, rec: Grant) -> None:
        ui = self.ui
        self._record_id = rec.id
        self.set_programme_and_country(rec.programme, rec.country)
        ui.granteeEdit.setText(rec.grantee)
        ui.agreementRefEdit.setText(rec.agreement_ref)
        ui.statusCombo.set_code(rec.status)
        ui.currencyCombo.set_code(rec.currency)
        minor = self._minor_units(rec.currency)
        ui.committedEdit.set_amount(rec.committed_amount, minor)
        ui.startDateEdit.set_date_value(rec.start_date)
        ui.endDateEdit.set_date_value(rec.end_date)
        ui.servicesList.set_codes(rec.services)
        ui.notesEdit.setPlainText(rec.notes)
        ui.tranchesTable.set_rows([{"id": t.id, "date": t.date,
                                    "amount": amount_text(t.amount, minor),
                                    "reference": t.reference} for t in rec.tranches])
        ui.reportsTable.set_rows([{"id": r.id, "kind": r.kind, "due_date": r.due_date,
                                   "received_date": r.received_date, "notes": r.notes}
                                  for r in rec.reports])
        ui.assistedGrid.set_values({cell: rec.assisted.get(column, 0)
                                    for column, cell in _CELL_OF_COLUMN.items()})
        ui.disabilitySpin.setValue(rec.assisted_with_disability)
        self._show_assisted_summary()
        self._show_disbursed()

    def record(self) -> Grant:
        ui = self.ui
        values = ui.assistedGrid.values()
        return Grant(
            programme=ui.programmeCombo.code(), country=ui.countryCombo.code(),
            grantee=ui.granteeEdit.text(), currency=ui.currencyCombo.code(),
            committed_amount=ui.committedEdit.amount(),
            start_date=ui.startDateEdit.date_value(), end_date=ui.endDateEdit.date_value(),
            id=self._record_id, agreement_ref=ui.agreementRefEdit.text(),
            status=ui.statusCombo.code(), services=ui.servicesList.codes(),
            assisted={column: values.get(_CELL_OF_COLUMN[column], 0)
                      for column in ASSISTED_COLUMNS},
            assisted_with_disability=ui.disabilitySpin.value(), notes=ui.notesEdit.toPlainText(),
            tranches=[Tranche(optional_date(r["date"]), _amount(r["amount"]), r["reference"],
                              id=r["id"]) for r in ui.tranchesTable.rows()],
            reports=[GrantReport(r["kind"], optional_date(r["due_date"]),
                                 optional_date(r["received_date"]), r["notes"], id=r["id"])
                     for r in ui.reportsTable.rows()])

    def _display_name(self, rec: Grant) -> str:
        return rec.grantee

    def _for_validation(self, rec: Grant) -> Grant:
        # A tranche amount that is not a number is reported as such by the editor (it is typed
        # text it cannot read); validation sees 0 there, because comparing a NaN total with the
        # commitment raises decimal.InvalidOperation in validate_grant.
        if all(t.amount.is_finite() for t in rec.tranches):
            return rec
        return dataclasses.replace(rec, tranches=[
            t if t.amount.is_finite() else dataclasses.replace(t, amount=Decimal(0))
            for t in rec.tranches])

    # live summaries --------------------------------------------------------------------------
    def _show_assisted_summary(self, *_args) -> None:
        grid = self.ui.assistedGrid
        values = grid.values()
        locale = self.locale()

        def total(pred) -> str:
            return locale.toString(sum(v for ((age, sex), _kind), v in values.items()
                                       if pred(age, sex)))

        by_sex = " · ".join(f"{vocab(SEX_LABELS[s])} {total(lambda a, x, s=s: x == s)}"
                            for s in SEXES)
        by_age = " · ".join(f"{vocab(AGE_LABELS[g])} {total(lambda a, x, g=g: a == g)}"
                            for g in AGE_GROUPS)
        self.ui.assistedSummary.setText(
            self.tr("By sex: %1.  By age: %2.  In all: %3, of whom %4 with disabilities.")
            .replace("%1", by_sex).replace("%2", by_age)
            .replace("%3", locale.toString(grid.total()))
            .replace("%4", locale.toString(self.ui.disabilitySpin.value())))

    def _show_disbursed(self, *_args) -> None:
        rec_currency = self.ui.currencyCombo.code()
        committed = self.ui.committedEdit.amount()
        amounts = [_amount(r["amount"]) for r in self.ui.tranchesTable.rows()]
        if any(not a.is_finite() for a in amounts):
            self.ui.tranchesTable.summaryLabel.setText(
                self.tr("Disbursed: enter every tranche's amount to see the total."))
            return
        disbursed = sum(amounts, Decimal(0))
        text = self.tr("Disbursed so far: %1 %2").replace(
            "%1", _grouped(disbursed)).replace("%2", rec_currency)
        if committed.is_finite() and committed > 0:
            share = (disbursed / committed * 100).quantize(Decimal(1))
            text += " " + self.tr("of %1 committed (%2%)").replace(
                "%1", _grouped(committed)).replace("%2", str(share))
        self.ui.tranchesTable.summaryLabel.setText(text.strip())

    # problems of the grid ---------------------------------------------------------------------
    def _route_other(self, problems: list[Problem]) -> list[Problem]:
        cells, general, rest = {}, [], []
        for p in problems:
            if p.field in _CELL_OF_COLUMN:
                cells[_CELL_OF_COLUMN[p.field]] = (self.problem_text(p), p.severity)
            elif p.field == "assisted":
                general.append((self.describe(p), p.severity))
            else:
                rest.append(p)
        self.ui.assistedGrid.show_problems(cells, general)
        return rest

    def widget_for_other(self, key: str) -> QWidget | None:
        return self.ui.assistedGrid if key.startswith("assisted") else None

    def other_field_name(self, key: str) -> str:
        if key in _CELL_OF_COLUMN:
            (age, sex), kind = _CELL_OF_COLUMN[key]
            return ", ".join((vocab(AGE_LABELS[age]), vocab(SEX_LABELS[sex]),
                              vocab(ASSISTED_KIND_LABELS[kind])))
        return self.tr("People assisted")


def _grouped(value: Decimal) -> str:
    """12,500.50: exact, grouped for reading (never through float)."""
    return f"{value:,f}"
