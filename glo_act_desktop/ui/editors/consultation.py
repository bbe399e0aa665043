"""The consultation editor: a meeting with counterparts, who took part, and what follows from it.
Layout: forms/editors/consultation.ui."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from glo_act_desktop.domain.records import Consultation, Counterpart, FollowUp, new_id
from glo_act_desktop.domain.vocab import FOLLOW_UP_STATUS_LABELS, FOLLOW_UP_STATUSES
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.editors.base import (
    DRAFT_INTERVAL_MS, RecordEditor, optional_date, reference_choices, vocab_choices,
)
from glo_act_desktop.ui.forms_gen.editors.ui_consultation import Ui_ConsultationEditor
from glo_act_desktop.ui.widgets.child_rows import Column


class ConsultationEditor(RecordEditor):
    kind = "consultations"
    record_type = Consultation

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 draft_interval_ms: int = DRAFT_INTERVAL_MS):
        super().__init__(ctx, parent, draft_interval_ms=draft_interval_ms)

    def _make_ui(self) -> Ui_ConsultationEditor:
        return Ui_ConsultationEditor()

    def noun(self) -> str:
        return self.tr("consultation")

    def _setup(self) -> None:
        ui, ref = self.ui, self.ref
        self.setup_programme_fields(ui.programmeCombo, ui.countryCombo, ui.objectiveCombo,
                                    ui.objectiveLabel)
        ui.typeCombo.set_choices(sorted(reference_choices(ref.consultation_types),
                                        key=lambda kv: kv[1]),
                                 placeholder=self.tr("Choose a type…"))
        ui.pillarsList.set_choices(reference_choices(ref.pillars))
        ui.targetGroupsList.set_choices(reference_choices(ref.target_groups))
        ui.counterpartsTable.configure(
            [Column("organisation", self.tr("Organisation"), stretch=True,
                    hint=self.tr("The organisation's name, not a person's")),
             Column("type", self.tr("Type"), "choice",
                    sorted(reference_choices(ref.counterpart_types), key=lambda kv: kv[1]),
                    width=320)],
            add_text=self.tr("&Add counterpart"), remove_text=self.tr("Remove"),
            empty_text=self.tr("No counterparts yet. Press Add counterpart (or Insert) to add "
                               "the organisations that took part."),
            new_row=lambda: {"organisation": "", "type": ""})
        ui.followUpsTable.configure(
            [Column("action", self.tr("Action"), stretch=True),
             Column("owner", self.tr("Who"), width=180,
                    hint=self.tr("An organisation or a role, e.g. UNODC or Ministry of Home "
                                 "Affairs")),
             Column("due_date", self.tr("Due by"), "date", width=130),
             Column("status", self.tr("Status"), "choice",
                    vocab_choices(FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS), width=130)],
            add_text=self.tr("Add ac&tion"), remove_text=self.tr("Remove"),
            empty_text=self.tr("No follow-up actions yet. Press Add action (or Insert) for each "
                               "action agreed at the meeting."),
            new_row=lambda: {"id": new_id(), "action": "", "owner": "", "due_date": None,
                             "status": "open"})
        for key, widget in (
                ("programme", ui.programmeCombo), ("country", ui.countryCombo),
                ("objective", ui.objectiveCombo), ("date", ui.dateEdit), ("type", ui.typeCombo),
                ("title", ui.titleEdit), ("place", ui.placeEdit),
                ("outside_capital", ui.outsideCapitalCheck),
                ("participants_female", ui.participantsFemaleSpin),
                ("participants_male", ui.participantsMaleSpin),
                ("participants_other", ui.participantsOtherSpin),
                ("pillars", ui.pillarsList), ("target_groups", ui.targetGroupsList),
                ("summary", ui.summaryEdit)):
            self.register_field(key, widget)
        self.register_table("counterparts", ui.counterpartsTable)
        self.register_table("follow_ups", ui.followUpsTable)
        for spin in (ui.participantsFemaleSpin, ui.participantsMaleSpin,
                     ui.participantsOtherSpin):
            spin.valueChanged.connect(self._show_total)

    def _show_total(self, *_args) -> None:
        ui = self.ui
        ui.participantsTotalValue.setText(self.locale().toString(
            ui.participantsFemaleSpin.value() + ui.participantsMaleSpin.value()
            + ui.participantsOtherSpin.value()))

    def _new_record(self) -> Consultation:
        programme, country = self.default_programme_and_country()
        return Consultation(programme=programme, country=country, date=date.today())

    def _populate(self, rec: Consultation) -> None:
        ui = self.ui
        self._record_id = rec.id
        self.set_programme_and_country(rec.programme, rec.country)
        ui.objectiveCombo.set_code(rec.objective)
        ui.dateEdit.set_date_value(rec.date)
        ui.typeCombo.set_code(rec.type)
        ui.titleEdit.setText(rec.title)
        ui.placeEdit.setText(rec.place)
        ui.outsideCapitalCheck.setChecked(rec.outside_capital)
        ui.participantsFemaleSpin.setValue(rec.participants_female)
        ui.participantsMaleSpin.setValue(rec.participants_male)
        ui.participantsOtherSpin.setValue(rec.participants_other)
        ui.pillarsList.set_codes(rec.pillars)
        ui.targetGroupsList.set_codes(rec.target_groups)
        ui.summaryEdit.setPlainText(rec.summary)
        ui.counterpartsTable.set_rows([{"organisation": c.organisation, "type": c.type}
                                       for c in rec.counterparts])
        ui.followUpsTable.set_rows([{"id": f.id, "action": f.action, "owner": f.owner,
                                     "due_date": f.due_date, "status": f.status}
                                    for f in rec.follow_ups])
        self._show_total()

    def record(self) -> Consultation:
        ui = self.ui
        return Consultation(
            programme=ui.programmeCombo.code(), country=ui.countryCombo.code(),
            date=ui.dateEdit.date_value(), id=self._record_id,
            title=ui.titleEdit.text(), type=ui.typeCombo.code(), place=ui.placeEdit.text(),
            outside_capital=ui.outsideCapitalCheck.isChecked(),
            objective=ui.objectiveCombo.code(),
            participants_female=ui.participantsFemaleSpin.value(),
            participants_male=ui.participantsMaleSpin.value(),
            participants_other=ui.participantsOtherSpin.value(),
            pillars=ui.pillarsList.codes(), target_groups=ui.targetGroupsList.codes(),
            summary=ui.summaryEdit.toPlainText(),
            counterparts=[Counterpart(r["organisation"], r["type"])
                          for r in ui.counterpartsTable.rows()],
            follow_ups=[FollowUp(r["action"], owner=r["owner"],
                                 due_date=optional_date(r["due_date"]), status=r["status"],
                                 id=r["id"])
                        for r in ui.followUpsTable.rows()])

    def _display_name(self, rec: Consultation) -> str:
        if rec.title.strip():
            return rec.title.strip()
        if rec.type:
            kind = self.ref.consultation_types.get(rec.type, rec.type)
            return f"{kind}, {rec.date.isoformat()}" if rec.date else kind
        return ""
