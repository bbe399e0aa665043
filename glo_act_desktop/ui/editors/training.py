"""The training editor: what was taught, when and where, who came (by sex and institution) and
how the tests went. Layout: forms/editors/training.ui."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from glo_act_desktop.domain.records import InstitutionCount, Training
from glo_act_desktop.domain.validation import Problem
from glo_act_desktop.domain.vocab import DELIVERY_LABELS, DELIVERY_MODES, SEX_LABELS, SEXES
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.editors.base import (
    DRAFT_INTERVAL_MS, RecordEditor, reference_choices, vocab, vocab_choices,
)
from glo_act_desktop.ui.forms_gen.editors.ui_training import Ui_TrainingEditor

_INSTITUTION_FIELD = re.compile(r"^institutions\[(\d+)\](?:\.(\w+))?$")


class TrainingEditor(RecordEditor):
    kind = "trainings"
    record_type = Training

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 draft_interval_ms: int = DRAFT_INTERVAL_MS):
        self._institution_types: list[str] = []
        super().__init__(ctx, parent, draft_interval_ms=draft_interval_ms)

    def _make_ui(self) -> Ui_TrainingEditor:
        return Ui_TrainingEditor()

    def noun(self) -> str:
        return self.tr("training")

    def _setup(self) -> None:
        ui, ref = self.ui, self.ref
        self.setup_programme_fields(ui.programmeCombo, ui.countryCombo, ui.objectiveCombo,
                                    ui.objectiveLabel)
        ui.pillarCombo.set_choices(reference_choices(ref.pillars),
                                   placeholder=self.tr("Choose a pillar…"))
        ui.deliveryCombo.set_choices(vocab_choices(DELIVERY_MODES, DELIVERY_LABELS))
        ui.targetGroupsList.set_choices(reference_choices(ref.target_groups))
        self._configure_grid(list(ref.counterpart_types))
        for key, widget in (
                ("programme", ui.programmeCombo), ("country", ui.countryCombo),
                ("objective", ui.objectiveCombo), ("pillar", ui.pillarCombo),
                ("title", ui.titleEdit), ("topics", ui.topicsEdit),
                ("start_date", ui.startDateEdit), ("end_date", ui.endDateEdit),
                ("venue", ui.venueEdit), ("outside_capital", ui.outsideCapitalCheck),
                ("delivery", ui.deliveryCombo), ("target_groups", ui.targetGroupsList),
                ("notes", ui.notesEdit),
                ("participants_female", ui.participantsFemaleSpin),
                ("participants_male", ui.participantsMaleSpin),
                ("participants_other", ui.participantsOtherSpin),
                ("trainers_female", ui.trainersFemaleSpin),
                ("trainers_male", ui.trainersMaleSpin),
                ("pre_test_avg", ui.preTestEdit), ("post_test_avg", ui.postTestEdit)):
            self.register_field(key, widget)
        self.register_other("institutions", ui.institutionsGrid)
        for spin in (ui.participantsFemaleSpin, ui.participantsMaleSpin,
                     ui.participantsOtherSpin):
            spin.valueChanged.connect(self._show_total)
        ui.copyTotalsButton.clicked.connect(self.copy_institution_totals)
        ui.institutionsGrid.changed.connect(self._update_copy_button)

    def _configure_grid(self, types: list[str]) -> None:
        self._institution_types = list(types)
        names = dict(reference_choices(self.ref.counterpart_types))
        self.ui.institutionsGrid.configure(
            [(code, names.get(code, code), "") for code in types],
            [(sex, vocab(SEX_LABELS[sex])) for sex in SEXES],
            total_label=self.tr("Total"), row_heading=self.tr("Institution"))
        ui = self.ui
        self.chain_tab_order(ui.postTestEdit, *ui.institutionsGrid.spins(), ui.copyTotalsButton,
                             ui.saveButton, ui.closeButton, ui.deleteButton, ui.tabs)

    def _show_total(self, *_args) -> None:
        ui = self.ui
        ui.participantsTotalValue.setText(self.locale().toString(
            ui.participantsFemaleSpin.value() + ui.participantsMaleSpin.value()
            + ui.participantsOtherSpin.value()))
        self._update_copy_button()

    def _update_copy_button(self, *_args) -> None:
        grid, ui = self.ui.institutionsGrid, self.ui
        participants = (ui.participantsFemaleSpin.value(), ui.participantsMaleSpin.value(),
                        ui.participantsOtherSpin.value())
        totals = tuple(grid.column_total(sex) for sex in SEXES)
        ui.copyTotalsButton.setEnabled(grid.total() > 0 and totals != participants)

    def copy_institution_totals(self) -> None:
        """Set the participant counts to the breakdown's totals (one click instead of three)."""
        grid, ui = self.ui.institutionsGrid, self.ui
        for sex, spin in zip(SEXES, (ui.participantsFemaleSpin, ui.participantsMaleSpin,
                                     ui.participantsOtherSpin), strict=True):
            spin.setValue(grid.column_total(sex))

    def _new_record(self) -> Training:
        programme, country = self.default_programme_and_country()
        return Training(programme=programme, country=country, title="", start_date=None,
                        end_date=None)

    def _populate(self, rec: Training) -> None:
        ui = self.ui
        self._record_id = rec.id
        self.set_programme_and_country(rec.programme, rec.country)
        ui.objectiveCombo.set_code(rec.objective)
        ui.pillarCombo.set_code(rec.pillar)
        ui.titleEdit.setText(rec.title)
        ui.topicsEdit.setPlainText("\n".join(rec.topics))
        ui.startDateEdit.set_date_value(rec.start_date)
        ui.endDateEdit.set_date_value(rec.end_date)
        ui.venueEdit.setText(rec.venue)
        ui.outsideCapitalCheck.setChecked(rec.outside_capital)
        ui.deliveryCombo.set_code(rec.delivery)
        ui.targetGroupsList.set_codes(rec.target_groups)
        ui.notesEdit.setPlainText(rec.notes)
        ui.participantsFemaleSpin.setValue(rec.participants_female)
        ui.participantsMaleSpin.setValue(rec.participants_male)
        ui.participantsOtherSpin.setValue(rec.participants_other)
        ui.trainersFemaleSpin.setValue(rec.trainers_female)
        ui.trainersMaleSpin.setValue(rec.trainers_male)
        ui.preTestEdit.set_score(rec.pre_test_avg)
        ui.postTestEdit.set_score(rec.post_test_avg)
        # an institution type HQ has since retired keeps its row, so nothing is lost on save
        types = list(self.ref.counterpart_types)
        types += [i.institution_type for i in rec.institutions if i.institution_type not in types]
        if types != self._institution_types:
            self._configure_grid(types)
        ui.institutionsGrid.set_values({
            (inst.institution_type, sex): getattr(inst, sex)
            for inst in rec.institutions for sex in SEXES})
        self._show_total()

    def _topics(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.ui.topicsEdit.toPlainText().splitlines()
                     if line.strip())

    def _institutions(self) -> list[InstitutionCount]:
        grid = self.ui.institutionsGrid
        rows = []
        for code in self._institution_types:
            counts = [grid.spin(code, sex).value() for sex in SEXES]
            if any(counts):
                rows.append(InstitutionCount(code, *counts))
        return rows

    def record(self) -> Training:
        ui = self.ui
        return Training(
            programme=ui.programmeCombo.code(), country=ui.countryCombo.code(),
            title=ui.titleEdit.text(), start_date=ui.startDateEdit.date_value(),
            end_date=ui.endDateEdit.date_value(), id=self._record_id,
            pillar=ui.pillarCombo.code(), objective=ui.objectiveCombo.code(),
            topics=self._topics(), venue=ui.venueEdit.text(),
            outside_capital=ui.outsideCapitalCheck.isChecked(), delivery=ui.deliveryCombo.code(),
            participants_female=ui.participantsFemaleSpin.value(),
            participants_male=ui.participantsMaleSpin.value(),
            participants_other=ui.participantsOtherSpin.value(),
            trainers_female=ui.trainersFemaleSpin.value(),
            trainers_male=ui.trainersMaleSpin.value(),
            pre_test_avg=ui.preTestEdit.score(), post_test_avg=ui.postTestEdit.score(),
            target_groups=ui.targetGroupsList.codes(), notes=ui.notesEdit.toPlainText(),
            institutions=self._institutions())

    def _display_name(self, rec: Training) -> str:
        return rec.title

    def _route_other(self, problems: list[Problem]) -> list[Problem]:
        """Problems of `institutions[i].<sex>` go to their cell in the grid."""
        institutions = self._institutions()
        cells, general, rest = {}, [], []
        for p in problems:
            match = _INSTITUTION_FIELD.match(p.field)
            if match and int(match.group(1)) <= len(institutions):
                code = institutions[int(match.group(1)) - 1].institution_type
                if match.group(2) in SEXES:
                    cells[(code, match.group(2))] = (self.problem_text(p), p.severity)
                else:
                    general.append((self.describe(p), p.severity))
            elif p.field.startswith("institutions"):
                general.append((self.describe(p), p.severity))
            else:
                rest.append(p)
        self.ui.institutionsGrid.show_problems(cells, general)
        return rest

    def widget_for_other(self, key: str) -> QWidget | None:
        return self.ui.institutionsGrid if key.startswith("institutions") else None

    def other_field_name(self, key: str) -> str:
        match = _INSTITUTION_FIELD.match(key)
        institutions = self._institutions()
        if match and int(match.group(1)) <= len(institutions):
            code = institutions[int(match.group(1)) - 1].institution_type
            name = self.ref.counterpart_types.get(code, code)
            return f"{name}, {vocab(SEX_LABELS[match.group(2)])}" if match.group(2) in SEX_LABELS \
                else name
        return self.tr("Participants by institution")
