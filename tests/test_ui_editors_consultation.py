"""The consultation editor, driven through its widgets; the database is checked afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from glo_act_desktop.domain.records import Counterpart
from glo_act_desktop.services.records import get_record, save_record
from glo_act_desktop.ui.editors import ConsultationEditor
from tests import factories
from tests.editor_helpers import (
    Answers, choose, choose_in_cell, click, open_editor, press_space, retype, tick, type_in_cell,
)

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_create_a_consultation_through_the_form(qtbot, ctx):
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    ui = editor.ui
    assert editor.is_new() and not editor.is_dirty()
    # a new record starts in the laptop's country (NP) and the newest programme working there
    assert ui.programmeCombo.code() == "GLOACT-SA" and ui.countryCombo.code() == "NP"
    assert ui.dateEdit.date_value() == date.today()
    assert not ui.saveButton.isEnabled()
    assert "Type" in editor.save_blocked_reason()

    retype(qtbot, ui.dateEdit, "2025-03-14")
    choose(ui.typeCombo, "technical_meeting")
    choose(ui.objectiveCombo, "GLOACT-SA.OC1")
    qtbot.keyClicks(ui.titleEdit, "National action plan review")
    qtbot.keyClicks(ui.placeEdit, "Nepalgunj")
    press_space(qtbot, ui.outsideCapitalCheck)
    retype(qtbot, ui.participantsFemaleSpin, "7")
    retype(qtbot, ui.participantsMaleSpin, "9")
    assert ui.participantsTotalValue.text() == "16"
    tick(qtbot, ui.pillarsList, "policy")
    tick(qtbot, ui.targetGroupsList, "women")
    qtbot.keyClicks(ui.summaryEdit, "Reviewed the draft.")

    ui.tabs.setCurrentIndex(1)
    click(qtbot, ui.counterpartsTable.addButton)
    type_in_cell(qtbot, ui.counterpartsTable, 0, "organisation", "Ministry of Home Affairs")
    choose_in_cell(qtbot, ui.counterpartsTable, 0, "type", "ministry")
    click(qtbot, ui.followUpsTable.addButton)
    type_in_cell(qtbot, ui.followUpsTable, 0, "action", "Send comments")
    type_in_cell(qtbot, ui.followUpsTable, 0, "owner", "UNODC")
    type_in_cell(qtbot, ui.followUpsTable, 0, "due_date", "2025-04-01")

    assert editor.is_dirty() and ui.saveButton.isEnabled(), editor.save_blocked_reason()
    saved = []
    editor.saved.connect(lambda kind, rid: saved.append((kind, rid)))
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert saved == [("consultations", editor.record_id())]
    assert not editor.is_dirty() and not editor.is_new()

    rec = get_record(ctx, "consultations", editor.record_id())
    assert (rec.programme, rec.country, rec.date) == ("GLOACT-SA", "NP", date(2025, 3, 14))
    assert (rec.type, rec.objective, rec.title, rec.place) == (
        "technical_meeting", "GLOACT-SA.OC1", "National action plan review", "Nepalgunj")
    assert rec.outside_capital is True
    assert (rec.participants_female, rec.participants_male, rec.participants_other) == (7, 9, 0)
    assert rec.pillars == ("policy",) and rec.target_groups == ("women",)
    assert rec.summary == "Reviewed the draft."
    assert rec.counterparts == [Counterpart("Ministry of Home Affairs", "ministry")]
    [follow_up] = rec.follow_ups
    assert (follow_up.action, follow_up.owner, follow_up.due_date, follow_up.status) == (
        "Send comments", "UNODC", date(2025, 4, 1), "open")


def test_edit_a_saved_consultation(qtbot, ctx):
    original = factories.consultation()
    save_record(ctx, original)
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    assert editor.load(original.id)
    ui = editor.ui
    assert ui.titleEdit.text() == original.title and not editor.is_dirty()
    assert ui.followUpsTable.model.rowCount() == 1

    retype(qtbot, ui.titleEdit, "Action plan, second reading")
    ui.counterpartsTable.view.selectRow(1)
    click(qtbot, ui.counterpartsTable.removeButton)  # Nepal Police goes
    choose_in_cell(qtbot, ui.followUpsTable, 0, "status", "done")
    tick(qtbot, ui.pillarsList, "policy")  # untick
    assert editor.is_dirty()
    click(qtbot, ui.saveButton)

    rec = get_record(ctx, "consultations", original.id)
    assert rec.title == "Action plan, second reading"
    assert rec.counterparts == [Counterpart("Ministry of Home Affairs", "ministry")]
    assert rec.follow_ups[0].status == "done" and rec.follow_ups[0].id == original.follow_ups[0].id
    assert rec.pillars == ("cooperation",)
    assert rec.summary == original.summary  # untouched fields stay as they were


def test_problems_show_next_to_their_field_and_block_save(qtbot, ctx):
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    ui = editor.ui
    choose(ui.typeCombo, "workshop")
    retype(qtbot, ui.dateEdit, "1985-06-01")
    assert "1985-06-01 is outside 1990–2100" in editor.field_message("date")
    assert ui.dateEdit.property("problem") == "error"
    assert not ui.saveButton.isEnabled()
    assert editor.save_blocked_reason().startswith("Fix 1 problem to save: Date 1985-06-01")

    retype(qtbot, ui.dateEdit, "2025-13-40")  # not a date at all: said as such, not "required"
    assert "is not a date" in editor.field_message("date")

    retype(qtbot, ui.dateEdit, "2025-03-01")
    ui.tabs.setCurrentIndex(1)
    click(qtbot, ui.counterpartsTable.addButton)
    choose_in_cell(qtbot, ui.counterpartsTable, 0, "type", "ministry")
    assert "Row 1 · Organisation: is required" in ui.counterpartsTable.problemsLabel.text()
    assert "(1 to fix)" in ui.tabs.tabText(1)
    assert "Counterparts, row 1, organisation: is required" in editor.save_blocked_reason()
    assert not ui.saveButton.isEnabled()

    # the programme decides the countries and objectives offered
    choose(ui.programmeCombo, "GLOACT-2015")
    countries = {ui.countryCombo.itemData(i) for i in range(ui.countryCombo.count())}
    assert "BR" in countries and "BD" not in countries and "NP" in countries
    assert ui.countryCombo.code() == "NP"  # still a country of the new programme: kept
    assert ui.objectiveLabel.text() == "&Objective"
    assert ui.objectiveCombo.findData("GLOACT-2015.O2") >= 0
    assert ui.objectiveCombo.findData("GLOACT-SA.OC1") < 0


def test_new_form_does_not_shout_before_it_is_touched(qtbot, ctx):
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    ui = editor.ui
    assert editor.field_message("type") == ""
    assert editor.save_blocked_reason() == "To save, fill in: Type."
    click(qtbot, ui.saveButton)  # disabled: nothing happens
    editor.save()  # Ctrl+S on an incomplete form shows everything and goes to the first problem
    assert "Type is required: choose a consultation type" in editor.field_message("type")


def test_delete_asks_then_undo_brings_it_back(qtbot, ctx, monkeypatch):
    original = factories.consultation()
    save_record(ctx, original)
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    editor.load(original.id)
    deleted, restored = [], []
    editor.deleted.connect(lambda kind, rid: deleted.append(rid))
    editor.restored.connect(lambda kind, rid: restored.append(rid))

    answers = Answers(monkeypatch, No, Yes)
    click(qtbot, editor.ui.deleteButton)  # No: nothing happens
    assert get_record(ctx, "consultations", original.id) is not None and not deleted
    click(qtbot, editor.ui.deleteButton)  # Yes
    assert "Delete the consultation “Meeting on the national action plan”?" in answers.asked[1]
    assert get_record(ctx, "consultations", original.id) is None
    assert deleted == [original.id] and editor.is_deleted()
    assert editor.ui.undoBar.isVisible() and "Deleted the consultation" in \
        editor.ui.undoBar.message()
    assert not editor.ui.saveButton.isEnabled() and not editor.ui.tabs.isEnabled()

    click(qtbot, editor.ui.undoBar.undoButton)
    assert get_record(ctx, "consultations", original.id) == original
    assert restored == [original.id] and not editor.is_deleted()
    assert not editor.ui.undoBar.isVisible() and editor.ui.tabs.isEnabled()


def test_escape_asks_before_throwing_changes_away(qtbot, ctx, monkeypatch):
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    closed = []
    editor.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert closed == [True]

    qtbot.keyClicks(editor.ui.titleEdit, "Half typed")
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Cancel,
                      QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert closed == [True] and len(answers.asked) == 1  # Cancel: stays open, nothing lost
    assert editor.ui.titleEdit.text() == "Half typed"
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert closed == [True, True]
    assert "Save the changes to this consultation" in answers.asked[1]


def test_a_long_title_does_not_widen_the_editor(qtbot, ctx):
    long_title = "Coordination meeting " * 14  # 294 characters, within the limit
    rec = factories.consultation(title=long_title.strip())
    save_record(ctx, rec)
    editor = open_editor(qtbot, ConsultationEditor(ctx))
    assert editor.load(rec.id)
    heading = editor.ui.headingLabel
    assert heading.minimumSizeHint().width() < 1000  # about 2,400 pixels in full
    assert "…" in heading.text() and heading.toolTip() == rec.title


def test_field_names_in_messages_drop_a_translations_mnemonic():
    from glo_act_desktop.ui.editors.base import _plain

    assert _plain("शीर्षक (&T)") == "शीर्षक"
    assert _plain("&Title:") == "Title"
    assert _plain("Save && close") == "Save & close"
