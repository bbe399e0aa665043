"""The grant editor, driven through its widgets; the database is checked afterwards.
Amounts are exact: typed text becomes a Decimal, never a float."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from glo_act_desktop.services.records import get_record, save_record
from glo_act_desktop.ui.editors import GrantEditor
from tests import factories
from tests.editor_helpers import (
    Answers, choose, choose_in_cell, click, open_editor, retype, tick, type_in_cell,
)

Yes = QMessageBox.StandardButton.Yes


def test_create_a_grant_with_tranches_reports_and_people_assisted(qtbot, ctx):
    editor = open_editor(qtbot, GrantEditor(ctx))
    ui = editor.ui
    assert editor.save_blocked_reason() == (
        "To save, fill in: Grantee, Currency, Committed amount, Start date, End date.")
    choose(ui.countryCombo, "LK")
    qtbot.keyClicks(ui.granteeEdit, "Safe Migration Alliance")
    qtbot.keyClicks(ui.agreementRefEdit, "VAG/LK/2025/01")
    choose(ui.statusCombo, "active")
    choose(ui.currencyCombo, "LKR")
    qtbot.keyClicks(ui.committedEdit, "1,500,000.10")
    qtbot.keyClicks(ui.startDateEdit, "2025-01-01")
    qtbot.keyClicks(ui.endDateEdit, "2025-12-31")
    tick(qtbot, ui.servicesList, "shelter")
    tick(qtbot, ui.servicesList, "legal_aid")
    qtbot.keyClicks(ui.notesEdit, "Shelter in Negombo.")
    assert "never about assisted persons" in ui.notesEdit.placeholderText()
    assert "Do no harm" in ui.notesHint.text()

    ui.tabs.setCurrentIndex(1)
    click(qtbot, ui.tranchesTable.addButton)
    assert "Row 1 · Amount: is required: enter the amount" in \
        ui.tranchesTable.problemsLabel.text()
    type_in_cell(qtbot, ui.tranchesTable, 0, "date", "2025-02-01")
    type_in_cell(qtbot, ui.tranchesTable, 0, "amount", "500,000.05")
    type_in_cell(qtbot, ui.tranchesTable, 0, "reference", "TR-1")
    assert ui.tranchesTable.summaryLabel.text() == \
        "Disbursed so far: 500,000.05 LKR of 1,500,000.10 committed (33%)"
    click(qtbot, ui.reportsTable.addButton)
    choose_in_cell(qtbot, ui.reportsTable, 0, "kind", "financial")
    type_in_cell(qtbot, ui.reportsTable, 0, "due_date", "2025-06-30")

    ui.tabs.setCurrentIndex(2)
    grid = ui.assistedGrid
    retype(qtbot, grid.spin(("adult", "female"), "trafficking"), "12")
    retype(qtbot, grid.spin(("child", "male"), "vulnerable"), "3")
    retype(qtbot, grid.spin(("adult", "female"), "vulnerable"), "1")
    assert grid.row_total_label(("adult", "female")).text() == "13"
    assert grid.column_total_label("vulnerable").text() == "4"
    assert grid.grand_total_label().text() == "16"
    retype(qtbot, ui.disabilitySpin, "2")
    assert "By sex: Female 13 · Male 3" in ui.assistedSummary.text()

    assert ui.saveButton.isEnabled(), editor.save_blocked_reason()
    qtbot.keyClick(ui.disabilitySpin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rec = get_record(ctx, "grants", editor.record_id())
    assert (rec.programme, rec.country, rec.grantee, rec.agreement_ref, rec.status) == (
        "GLOACT-SA", "LK", "Safe Migration Alliance", "VAG/LK/2025/01", "active")
    assert rec.currency == "LKR" and rec.committed_amount == Decimal("1500000.10")
    assert isinstance(rec.committed_amount, Decimal)
    assert (rec.start_date, rec.end_date) == (date(2025, 1, 1), date(2025, 12, 31))
    assert rec.services == ("shelter", "legal_aid") and rec.notes == "Shelter in Negombo."
    [tranche] = rec.tranches
    assert (tranche.date, tranche.amount, tranche.reference) == (
        date(2025, 2, 1), Decimal("500000.05"), "TR-1")
    [report] = rec.reports
    assert (report.kind, report.due_date, report.received_date) == (
        "financial", date(2025, 6, 30), None)
    assert rec.assisted["assisted_female_adult_trafficking"] == 12
    assert rec.assisted["assisted_male_child_vulnerable"] == 3
    assert rec.assisted["assisted_female_adult_vulnerable"] == 1
    assert rec.assisted_total == 16 and rec.assisted_with_disability == 2


def test_edit_a_saved_grant(qtbot, ctx):
    original = factories.grant()
    save_record(ctx, original)
    editor = open_editor(qtbot, GrantEditor(ctx))
    editor.load(original.id)
    ui = editor.ui
    assert ui.committedEdit.text() == "1500000.00"  # the currency's two decimals
    assert not editor.is_dirty()
    retype(qtbot, ui.committedEdit, "1600000")
    ui.tabs.setCurrentIndex(1)
    click(qtbot, ui.tranchesTable.addButton)
    type_in_cell(qtbot, ui.tranchesTable, 1, "date", "2025-07-01")
    type_in_cell(qtbot, ui.tranchesTable, 1, "amount", "250000.25")
    type_in_cell(qtbot, ui.reportsTable, 0, "received_date", "2025-07-02")
    click(qtbot, ui.saveButton)

    rec = get_record(ctx, "grants", original.id)
    assert rec.committed_amount == Decimal("1600000")
    assert [t.amount for t in rec.tranches] == [Decimal("500000.50"), Decimal("250000.25")]
    assert rec.tranches[0].id == original.tranches[0].id
    assert rec.reports[0].received_date == date(2025, 7, 2)
    assert rec.disbursed_amount == Decimal("750000.75")


def test_amount_and_count_problems(qtbot, ctx):
    original = factories.grant()
    save_record(ctx, original)
    editor = open_editor(qtbot, GrantEditor(ctx))
    editor.load(original.id)
    ui = editor.ui
    retype(qtbot, ui.committedEdit, "1500000.125")  # LKR has two decimals
    assert editor.field_message("committed_amount") == (
        "✖ Committed amount 1500000.125 has 3 decimals but LKR has 2; round it to 2 decimals")
    assert not ui.saveButton.isEnabled()
    assert editor.save_blocked_reason().startswith("Fix 1 problem to save: Committed amount")
    choose(ui.currencyCombo, "JOD")  # a three-decimal currency: fine
    assert editor.field_message("committed_amount") == "" and ui.saveButton.isEnabled()
    choose(ui.currencyCombo, "LKR")
    retype(qtbot, ui.committedEdit, "abc")  # the validator refuses letters
    assert ui.committedEdit.text() == ""
    assert "Committed amount must be a number" in editor.field_message("committed_amount")
    retype(qtbot, ui.committedEdit, "400000")

    # paid out more than committed: a warning in amber, Save stays on
    ui.tabs.setCurrentIndex(1)
    assert "more than the 400000 LKR committed" in ui.tranchesTable.problemsLabel.text()
    assert ui.saveButton.isEnabled()
    assert editor.save_blocked_reason() == ""
    assert "You can save, but check: Tranches paid: 500000.50 LKR disbursed" in \
        ui.problemSummary.text()
    type_in_cell(qtbot, ui.tranchesTable, 0, "amount", "0.001")
    assert "Row 1 · Amount: is 0.001; it must be above zero" not in \
        ui.tranchesTable.problemsLabel.text()  # positive, but three decimals:
    assert "Row 1 · Amount: 0.001 has 3 decimals but LKR has 2" in \
        ui.tranchesTable.problemsLabel.text()
    type_in_cell(qtbot, ui.tranchesTable, 0, "date", "2024-12-01")
    assert "before the grant starts (2025-01-01)" in ui.tranchesTable.problemsLabel.text()

    ui.tabs.setCurrentIndex(2)
    retype(qtbot, ui.disabilitySpin, "40")  # only 15 people were assisted
    assert "is 40 but only 15 people were assisted in all" in \
        editor.field_message("assisted_with_disability")
    assert "(1 to fix)" in ui.tabs.tabText(2) and not ui.saveButton.isEnabled()


def test_delete_and_undo(qtbot, ctx, monkeypatch):
    original = factories.grant()
    save_record(ctx, original)
    editor = open_editor(qtbot, GrantEditor(ctx))
    editor.load(original.id)
    answers = Answers(monkeypatch, Yes)
    click(qtbot, editor.ui.deleteButton)
    assert "Delete the grant “Safe Migration Alliance”?" in answers.asked[0]
    assert get_record(ctx, "grants", original.id) is None
    assert editor.ui.undoBar.isVisible()
    click(qtbot, editor.ui.undoBar.undoButton)
    restored = get_record(ctx, "grants", original.id)
    assert restored == original and restored.tranches[0].amount == Decimal("500000.50")
