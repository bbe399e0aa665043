"""The training editor, driven through its widgets; the database is checked afterwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from glo_act_desktop.domain.records import InstitutionCount
from glo_act_desktop.services.records import get_record, save_record
from glo_act_desktop.ui.editors import TrainingEditor
from tests import factories
from tests.editor_helpers import (
    Answers, choose, click, open_editor, press_space, retype, tick,
)

Yes = QMessageBox.StandardButton.Yes


def test_create_a_training_with_a_breakdown_by_institution(qtbot, ctx):
    editor = open_editor(qtbot, TrainingEditor(ctx))
    ui = editor.ui
    assert editor.save_blocked_reason() == \
        "To save, fill in: Pillar, Title, Start date, End date."

    choose(ui.countryCombo, "BD")
    choose(ui.objectiveCombo, "GLOACT-SA.OC2")
    choose(ui.pillarCombo, "capacity")
    qtbot.keyClicks(ui.titleEdit, "Financial investigations")
    qtbot.keyClicks(ui.topicsEdit, "Following the money")
    qtbot.keyClick(ui.topicsEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.topicsEdit, "Digital evidence")
    qtbot.keyClicks(ui.startDateEdit, "2025-05-05")
    qtbot.keyClicks(ui.endDateEdit, "2025-05-07")
    qtbot.keyClicks(ui.venueEdit, "Cox's Bazar")
    press_space(qtbot, ui.outsideCapitalCheck)
    choose(ui.deliveryCombo, "blended")
    tick(qtbot, ui.targetGroupsList, "women")

    ui.tabs.setCurrentIndex(1)
    grid = ui.institutionsGrid
    retype(qtbot, grid.spin("police_border", "female"), "6")
    retype(qtbot, grid.spin("police_border", "male"), "10")
    retype(qtbot, grid.spin("prosecution", "female"), "4")
    # totals follow the typing
    assert grid.row_total_label("police_border").text() == "16"
    assert grid.column_total_label("female").text() == "10"
    assert grid.grand_total_label().text() == "20"
    assert "Female is 0 but the institutions add up to 10" in \
        editor.field_message("participants_female")
    assert not ui.saveButton.isEnabled()
    click(qtbot, ui.copyTotalsButton)  # the participant counts take the breakdown's totals
    assert ui.participantsFemaleSpin.value() == 10 and ui.participantsMaleSpin.value() == 10
    assert ui.participantsTotalValue.text() == "20"
    assert editor.field_message("participants_female") == ""
    retype(qtbot, ui.trainersFemaleSpin, "1")
    retype(qtbot, ui.preTestEdit, "48.5")
    retype(qtbot, ui.postTestEdit, "77")

    assert ui.saveButton.isEnabled(), editor.save_blocked_reason()
    click(qtbot, ui.saveButton)
    rec = get_record(ctx, "trainings", editor.record_id())
    assert (rec.programme, rec.country, rec.objective, rec.pillar) == (
        "GLOACT-SA", "BD", "GLOACT-SA.OC2", "capacity")
    assert rec.title == "Financial investigations"
    assert rec.topics == ("Following the money", "Digital evidence")
    assert (rec.start_date, rec.end_date) == (date(2025, 5, 5), date(2025, 5, 7))
    assert (rec.venue, rec.outside_capital, rec.delivery) == ("Cox's Bazar", True, "blended")
    assert rec.target_groups == ("women",)
    assert (rec.participants_female, rec.participants_male, rec.participants_other) == (10, 10, 0)
    assert (rec.trainers_female, rec.trainers_male) == (1, 0)
    assert (rec.pre_test_avg, rec.post_test_avg) == (48.5, 77.0)
    assert rec.institutions == [InstitutionCount("police_border", 6, 10, 0),
                                InstitutionCount("prosecution", 4, 0, 0)]


def test_edit_a_saved_training(qtbot, ctx):
    original = factories.training()
    save_record(ctx, original)
    editor = open_editor(qtbot, TrainingEditor(ctx))
    editor.load(original.id)
    ui = editor.ui
    assert ui.institutionsGrid.column_total("female") == 10 and not editor.is_dirty()
    retype(qtbot, ui.endDateEdit, "2025-05-08")
    ui.tabs.setCurrentIndex(1)
    retype(qtbot, ui.institutionsGrid.spin("judiciary", "other"), "2")
    retype(qtbot, ui.participantsOtherSpin, "2")
    retype(qtbot, ui.postTestEdit, "")  # no post-test after all
    qtbot.keyClick(ui.postTestEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    rec = get_record(ctx, "trainings", original.id)
    assert rec.end_date == date(2025, 5, 8) and rec.post_test_avg is None
    assert rec.participants_other == 2
    assert InstitutionCount("judiciary", 0, 0, 2) in rec.institutions
    assert rec.title == original.title and rec.topics == original.topics
    assert not editor.is_dirty()


def test_problems_next_to_fields_and_the_reason_save_is_off(qtbot, ctx):
    original = factories.training()
    save_record(ctx, original)
    editor = open_editor(qtbot, TrainingEditor(ctx))
    editor.load(original.id)
    ui = editor.ui
    retype(qtbot, ui.endDateEdit, "2025-05-01")  # before the start
    assert editor.field_message("end_date") == (
        "✖ End date 2025-05-01 is before start date 2025-05-05; "
        "the end must be on or after the start")
    assert ui.endDateEdit.property("problem") == "error"
    assert ui.endDateEdit.toolTip() == editor.field_message("end_date")
    retype(qtbot, ui.preTestEdit, "140")
    assert "Pre-test is 140.0; scores are averages between 0 and 100" in \
        editor.field_message("pre_test_avg")
    retype(qtbot, ui.participantsMaleSpin, "15")  # the breakdown says 14
    assert "Male is 15 but the institutions add up to 14" in \
        editor.field_message("participants_male")
    ui.topicsEdit.moveCursor(ui.topicsEdit.textCursor().MoveOperation.End)
    qtbot.keyClick(ui.topicsEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.topicsEdit, "Law; practice")
    assert "may not contain ';'" in editor.field_message("topics")

    assert not ui.saveButton.isEnabled()
    reason = editor.save_blocked_reason()
    # in the order the form reads: topics (left column), end date (right column), then tab 2
    assert reason.startswith("Fix 4 problems to save: Topics (line 3) may not contain ';'")
    assert "; End date 2025-05-01 is before start date 2025-05-05" in reason
    assert "; Male is 15 but the institutions add up to 14" in reason
    assert reason.endswith("(and 1 more)")
    assert ui.tabs.tabText(0) == "Training (2 to fix)"
    assert ui.tabs.tabText(1) == "Participants and results (2 to fix)"
    before = get_record(ctx, "trainings", original.id)
    assert editor.save() is False  # Ctrl+S does not save; it goes to the first problem
    assert get_record(ctx, "trainings", original.id) == before
    assert ui.tabs.currentIndex() == 0

    retype(qtbot, ui.endDateEdit, "2025-05-07")
    retype(qtbot, ui.preTestEdit, "48.5")
    retype(qtbot, ui.participantsMaleSpin, "14")
    ui.topicsEdit.setPlainText("Law and practice")
    assert ui.saveButton.isEnabled() and editor.save_blocked_reason() == ""
    assert ui.tabs.tabText(0) == "Training"


def test_delete_and_undo(qtbot, ctx, monkeypatch):
    original = factories.training()
    save_record(ctx, original)
    editor = open_editor(qtbot, TrainingEditor(ctx))
    editor.load(original.id)
    Answers(monkeypatch, Yes)
    click(qtbot, editor.ui.deleteButton)
    assert get_record(ctx, "trainings", original.id) is None
    assert "Deleted the training “Financial investigations”" in editor.ui.undoBar.message()
    click(qtbot, editor.ui.undoBar.undoButton)
    assert get_record(ctx, "trainings", original.id) == original
    assert editor.ui.titleEdit.text() == original.title and not editor.is_deleted()


def test_a_retired_institution_type_is_kept(qtbot, ctx):
    original = factories.training(
        institutions=[InstitutionCount("police_border", 6, 10, 0),
                      InstitutionCount("prosecution", 4, 4, 0)])
    save_record(ctx, original)
    rec = get_record(ctx, "trainings", original.id)
    rec.institutions[0].institution_type = "coast_guard"  # as if HQ had removed the code
    editor = open_editor(qtbot, TrainingEditor(ctx))
    editor._set_record(rec, existing=True)
    assert "coast_guard" in editor.ui.institutionsGrid.row_keys()
    assert editor.record().institutions[-1] == InstitutionCount("coast_guard", 6, 10, 0)
    assert not editor.is_dirty()
