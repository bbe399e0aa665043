"""Sheets and exports from the window as an officer uses them: File → Import sheet… checks the
file and previews what would change before anything is written; Export sheet… writes what the
register shows; Export PDF… and Export Excel… from a record, a register and the dashboard."""

from __future__ import annotations

import csv
import threading
import time
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services import sheets
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import save_record
from glo_act_desktop.services.sheets.columns import SHEETS
from glo_act_desktop.store.repositories.scoped import count_in_scope
from glo_act_desktop.ui import exports, sheet_import
from glo_act_desktop.ui.exports import ExportOptionsDialog
from glo_act_desktop.ui.main_window import MainWindow, window_settings
from glo_act_desktop.ui.sheet_import import SheetImportDialog, guess_kind
from tests import factories
from tests.test_sheets_helpers import count, row_of, snapshot, valid_training, write_csv

TIMEOUT = 30_000


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 300, seed=5)
    return ctx


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl, recorded instead of opening a viewer."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=lambda w: [e.revert() for e in w.editors])
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_open_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def choose_save_file(monkeypatch, path: Path, chosen_filter: str = "") -> list:
    asked = []

    def ask(parent, title, suggested, filters, *rest, **kwargs):
        asked.append((title, suggested, filters))
        return str(path), chosen_filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def checked_dialog(qtbot, window) -> SheetImportDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SheetImportDialog)),
                    timeout=TIMEOUT)
    dialog = next(d for d in window.findChildren(SheetImportDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    return dialog


def done_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportDoneBox") is not None,
                    timeout=TIMEOUT)
    return window.findChild(QMessageBox, "exportDoneBox")


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def trainings_csv(path: Path, rows: list[dict]) -> Path:
    return write_csv(path, list(SHEETS["trainings"].names), [row_of("trainings", r) for r in rows])


# --- import ------------------------------------------------------------------------------------

def test_guess_kind_from_the_file_name_else_the_register_in_front():
    assert guess_kind("grants 2025.xlsx", "trainings") == "grants"
    assert guess_kind("Trainings-Q1.csv", "grants") == "trainings"
    assert guess_kind("tracker.csv", "consultations") == "consultations"


def test_preview_of_a_bad_csv_shows_counts_and_reasons_and_writes_nothing(qtbot, ctx, tmp_path,
                                                                          monkeypatch):
    path = trainings_csv(tmp_path / "tracker.csv", [
        valid_training(title="Good one"),
        valid_training(title="Bad count", participants_female="many"),
        valid_training(title="Good two"),
        valid_training(title="Bad dates", start_date="2025-06-10", end_date="2025-06-01"),
    ])
    expected = sheets.plan_import(ctx, "trainings", path)
    assert not expected.ok
    before = snapshot(ctx)
    window = open_window(qtbot, ctx)
    window.show_page("trainings")
    choose_open_file(monkeypatch, path)
    window.ui.importSheetAction.trigger()

    dialog = checked_dialog(qtbot, window)
    assert dialog.kind() == "trainings"  # guessed from the register in front
    ui = dialog.ui
    assert ui.newCount.text() == "New: 2"
    assert ui.updatedCount.text() == "Updated: 0"
    assert ui.unchangedCount.text() == "Unchanged: 0"
    assert ui.rejectedCount.text() == "Rejected rows: 2 (2 problems)"
    rejected = dialog.rejected_model.rows()
    assert [(r[1], r[2], r[3]) for r in rejected] == [
        (f"{p.row:,}", p.column, p.message) for p in expected.problems]
    assert {r[1] for r in rejected} == {"3", "5"}
    assert any(r[2] == "participants_female" for r in rejected)
    assert ui.detailsTabs.currentWidget() is ui.rejectedTab
    assert not ui.importButton.isEnabled()
    assert "whole or not at all" in ui.reasonLabel.text()
    assert dialog.import_blocked_reason() == ui.reasonLabel.text()
    assert dialog.import_plan() is None
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert snapshot(ctx) == before


def test_a_good_csv_imports_after_confirm_and_shows_in_the_register(qtbot, ctx, tmp_path,
                                                                    monkeypatch):
    path = trainings_csv(tmp_path / "q1.csv", [valid_training(title="Imported first"),
                                                valid_training(title="Imported second")])
    window = open_window(qtbot, ctx)
    window.show_page("consultations")
    choose_open_file(monkeypatch, path)
    window.ui.importSheetAction.trigger()
    dialog = checked_dialog(qtbot, window)
    assert dialog.kind() == "consultations"
    assert not dialog.ui.importButton.isEnabled()  # a trainings sheet is not consultations
    assert "import it as trainings" in dialog.ui.reasonLabel.text()

    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("trainings"))
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=TIMEOUT)
    assert dialog.ui.newCount.text() == "New: 2"
    changes = dialog.changes_model.rows()
    assert [(r[0], r[1], r[3]) for r in changes] == [("2", "New", "Imported first"),
                                                    ("3", "New", "Imported second")]
    assert count(ctx, "trainings") == 0  # nothing written before Import
    assert dialog.ui.importButton.isEnabled()

    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=TIMEOUT)
    assert count(ctx, "trainings") == 2
    assert window.current_page() == "trainings"
    model = window.models["trainings"]
    titles = {model.data(model.index(r, [model.column_key(c) for c in
                                         range(model.columnCount())].index("title")))
              for r in range(model.rowCount())}
    assert titles == {"Imported first", "Imported second"}
    assert "2 new" in window.statusBar().currentMessage()


def test_cancel_during_the_import_writes_nothing(qtbot, ctx, tmp_path, monkeypatch):
    path = trainings_csv(tmp_path / "trainings.csv", [valid_training(title=f"T{i}")
                                                      for i in range(5)])
    real_apply = sheet_import.apply_import
    started = threading.Event()

    def apply_when_cancelled(ctx_, plan, progress, cancel):
        started.set()
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real_apply(ctx_, plan, progress, cancel)  # sees Cancel at its first batch

    monkeypatch.setattr(sheet_import, "apply_import", apply_when_cancelled)
    before = snapshot(ctx)
    window = open_window(qtbot, ctx)
    dialog = sheet_import.import_sheet(window, path)
    dialog = checked_dialog(qtbot, window)
    assert dialog.kind() == "trainings"  # from the file's name
    assert dialog.ui.newCount.text() == "New: 5"
    dialog.import_plan()
    assert started.wait(10)
    assert dialog.ui.cancelButton.text() == "&Stop"
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert dialog.isVisible()
    assert "stopped; nothing was written" in dialog.ui.reasonLabel.text()
    assert snapshot(ctx) == before
    assert dialog.ui.importButton.isEnabled()  # the same checked plan may still be imported


def test_an_unreadable_file_says_why(qtbot, ctx, tmp_path, monkeypatch):
    path = tmp_path / "grants.xlsx"
    path.write_bytes(b"this is not a workbook")
    window = open_window(qtbot, ctx)
    choose_open_file(monkeypatch, path)
    window.ui.importSheetAction.trigger()
    dialog = checked_dialog(qtbot, window)
    assert dialog.kind() == "grants"
    assert dialog.ui.reasonLabel.text().startswith("grants.xlsx")
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.plan() is None


# --- export sheet ------------------------------------------------------------------------------

def all_rows(model) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.record_id(r) for r in range(model.rowCount())]


def test_export_sheet_of_a_filtered_register_holds_exactly_the_rows_shown(
        qtbot, demo, tmp_path, monkeypatch, opened):
    window = open_window(qtbot, demo)
    window.show_page("consultations")
    model = window.models["consultations"]
    model.set_filters(Filters(country="NP", text="a"))
    shown = all_rows(model)
    assert 0 < len(shown) < model.total()
    target = tmp_path / "out" / "filtered"
    target.parent.mkdir()
    asked = choose_save_file(monkeypatch, target, "CSV files (*.csv)")
    window.ui.exportSheetAction.trigger()
    box = done_box(qtbot, window)
    assert asked[0][1].endswith(".xlsx") and "consultations-filtered" in asked[0][1]
    written = target.with_name("filtered.csv")  # the ending of the filter chosen
    with written.open(encoding="utf-8-sig", newline="") as stream:
        ids = [row["id"] for row in csv.DictReader(stream)]
    assert sorted(ids) == sorted(shown)
    assert f"{len(shown):,} records" in box.text()
    qtbot.mouseClick(button(box, "Open folder"), Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(written.parent)]
    assert window_settings().value(exports.SETTINGS_FOLDER) == str(written.parent)


# --- export PDF and Excel ----------------------------------------------------------------------

def options_dialog(qtbot, window) -> ExportOptionsDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ExportOptionsDialog)),
                    timeout=TIMEOUT)
    return next(d for d in window.findChildren(ExportOptionsDialog) if d.isVisible())


def press_ok(qtbot, dialog: ExportOptionsDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_export_pdf_of_the_record_in_the_editor(qtbot, ctx, tmp_path, monkeypatch, opened):
    rec = factories.training(title="Border officers course")
    save_record(ctx, rec)
    window = open_window(qtbot, ctx)
    window.open_record("trainings", rec.id)
    target = tmp_path / "record.pdf"
    asked = choose_save_file(monkeypatch, target)
    window.ui.exportPdfAction.trigger()
    dialog = options_dialog(qtbot, window)
    assert dialog.ui.recordRadio.isChecked()
    assert "Border officers course" in dialog.ui.recordRadio.text()
    dialog.ui.paperCombo.setCurrentIndex(dialog.ui.paperCombo.findData("letter"))
    press_ok(qtbot, dialog)
    box = done_box(qtbot, window)
    assert asked[0][1].endswith("training-Border-officers-course.pdf")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Border officers course" in " ".join(text.split())
    width = float(PdfReader(target).pages[0].mediabox.width)
    assert round(width) == 612  # Letter, as chosen
    qtbot.mouseClick(button(box, "Open file"), Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(target)]
    assert window_settings().value(exports.SETTINGS_PAPER) == "letter"


def test_export_excel_of_the_dashboard_scope(qtbot, demo, tmp_path, monkeypatch, opened):
    window = open_window(qtbot, demo)
    window.show_page("dashboard")
    scope = Scope(programme="GLOACT-SA")
    window.dashboard.set_scope(scope)
    target = tmp_path / "workbook.xlsx"
    choose_save_file(monkeypatch, target)
    window.ui.exportExcelAction.trigger()
    dialog = options_dialog(qtbot, window)
    assert dialog.ui.summaryRadio.isChecked() and not dialog.ui.recordRadio.isVisible()
    assert not dialog.ui.paperCombo.isEnabled()
    press_ok(qtbot, dialog)
    done_box(qtbot, window)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames[0] == "Summary"
    with demo.db.reading() as session:
        expected = count_in_scope(session, "trainings", scope)
    rows = sum(1 for row in book["Trainings"].iter_rows(values_only=True) if any(row))
    assert rows - 1 == expected > 0
    book.close()


def test_export_pdf_summary_of_a_register_filter(qtbot, demo, tmp_path, monkeypatch, opened):
    window = open_window(qtbot, demo)
    window.show_page("grants")
    window.models["grants"].set_filters(Filters(country="NP", text="x"))
    target = tmp_path / "summary.pdf"
    asked = choose_save_file(monkeypatch, target)
    window.ui.exportPdfAction.trigger()
    dialog = options_dialog(qtbot, window)
    assert dialog.ui.summaryRadio.isChecked() and "Nepal" in dialog.ui.summaryRadio.text()
    assert dialog.ui.scopeNote.isVisible()  # the text filter does not apply to a summary
    press_ok(qtbot, dialog)
    done_box(qtbot, window)
    assert Path(asked[0][1]).name == "summary-NP.pdf"
    assert len(PdfReader(target).pages) >= 1


def test_a_cancelled_save_dialog_writes_nothing(qtbot, demo, tmp_path, monkeypatch):
    window = open_window(qtbot, demo)
    window.show_page("trainings")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert exports.export_register_sheet(window) is None
    assert list(tmp_path.glob("*.csv")) == []


def test_export_excel_of_the_selected_register_row(qtbot, demo, tmp_path, monkeypatch, opened):
    window = open_window(qtbot, demo)
    window.show_page("grants")
    view, model = window.views["grants"], window.models["grants"]
    view.selectRow(1)
    record_id = model.record_id(1)
    target = tmp_path / "grant.xlsx"
    choose_save_file(monkeypatch, target)
    window.ui.exportExcelAction.trigger()
    dialog = options_dialog(qtbot, window)
    assert dialog.ui.summaryRadio.isChecked()  # a register's default: its filter's summary
    assert dialog.ui.recordRadio.isEnabled()
    dialog.ui.recordRadio.setChecked(True)
    assert not dialog.ui.languageCombo.isEnabled()  # a sheet's columns are not translated
    press_ok(qtbot, dialog)
    done_box(qtbot, window)
    book = openpyxl.load_workbook(target, read_only=True)
    rows = [row for row in book["grants"].iter_rows(values_only=True) if any(row)]
    assert [row[0] for row in rows[1:]] == [record_id]
    book.close()


def test_export_pdf_of_the_dashboard_scope(qtbot, demo, tmp_path, monkeypatch, opened):
    window = open_window(qtbot, demo)
    window.show_page("dashboard")
    window.dashboard.set_scope(Scope(country="NP"))
    target = tmp_path / "dashboard.pdf"
    choose_save_file(monkeypatch, target)
    window.ui.exportPdfAction.trigger()
    dialog = options_dialog(qtbot, window)
    assert dialog.ui.summaryRadio.isChecked() and "Nepal" in dialog.ui.summaryRadio.text()
    press_ok(qtbot, dialog)
    done_box(qtbot, window)
    assert "Nepal" in PdfReader(target).pages[0].extract_text()


def test_unsaved_changes_are_saved_before_the_record_is_exported(qtbot, ctx, tmp_path,
                                                                 monkeypatch, opened):
    rec = factories.consultation(title="Old title")
    save_record(ctx, rec)
    window = open_window(qtbot, ctx)
    editor = window.open_record("consultations", rec.id)
    editor.ui.titleEdit.setText("New title")
    assert editor.is_dirty()
    questions = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Save))
    target = tmp_path / "c.pdf"
    choose_save_file(monkeypatch, target)
    window.ui.exportPdfAction.trigger()
    press_ok(qtbot, options_dialog(qtbot, window))
    done_box(qtbot, window)
    assert "unsaved changes" in questions[0]
    assert not editor.is_dirty()
    assert "New title" in " ".join(PdfReader(target).pages[0].extract_text().split())
