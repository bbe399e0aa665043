"""File → Import sheet…: a CSV or XLSX file is checked whole in a worker
(services.sheets.plan_import, which writes nothing), then a preview says what would change: new, updated and unchanged records,
and every rejected row with its column and reason. Import is all or nothing, so the Import button
stays disabled, with the reason beside it, while anything is rejected. Import writes the checked
plan in a worker, in one transaction (Cancel rolls it back), then the registers are read again.

    dialog = import_sheet(window)            # asks for the file; None if the officer cancelled
    dialog = import_sheet(window, path, "trainings")
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.jobs import Cancelled, JobControl
from glo_act_desktop.services.sheets import ImportPlan, apply_import, plan_import
from glo_act_desktop.store.repositories.records import WriteCounts
from glo_act_desktop.ui.forms_gen.ui_sheet_import import Ui_SheetImportDialog
from glo_act_desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from glo_act_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Texts outside a QObject: a literal context in each translate("context", "text") call is
# what pyside6-lupdate reads (make translations).
translate = QCoreApplication.translate

KINDS = ("consultations", "trainings", "grants")
MAIN_TEXT = {"consultations": "title", "trainings": "title", "grants": "grantee"}
DATE_FIELD = {"consultations": "date", "trainings": "start_date", "grants": "start_date"}
NOTES_LISTED = 5  # warnings named in the notes under the counts (the rest are counted)
SETTINGS_FOLDER = "sheets/importFolder"


class RowsModel(QAbstractTableModel):
    """A read-only table of plain tuples (a preview can list 200,000 rows: no widget per cell)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[tuple[Any, ...]] = (),
                 parent: QObject | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[tuple[Any, ...]]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def guess_kind(path: str | Path, current: str) -> str:
    """The kind a file's name speaks of ("trainings-2025.xlsx"), else the register in front."""
    name = Path(path).stem.casefold()
    named = [kind for kind in KINDS if kind[:-1] in name]
    return named[0] if len(named) == 1 else current if current in KINDS else KINDS[0]


class SheetImportDialog(QDialog):
    """The preview of one file, and the Import that follows it."""

    checked = Signal(object)  # the ImportPlan, or the InputRejected / Cancelled / error
    imported = Signal(str, object)  # kind, WriteCounts

    def __init__(self, ctx: AppContext, path: str | Path, kind: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.ui = Ui_SheetImportDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._plan: ImportPlan | None = None
        self._task: Task | None = None
        self._counts: WriteCounts | None = None
        self.ui.fileLabel.setText(str(self.path))
        combo = self.ui.kindCombo
        for key, title in self._kind_titles().items():
            combo.addItem(title, key)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        self.rejected_model = RowsModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Reason")], (), self)
        self.changes_model = RowsModel(
            [self.tr("Row"), self.tr("Change"), self.tr("Date"), self.tr("Title or grantee"),
             self.tr("Id")], (), self)
        for view, model in ((self.ui.rejectedView, self.rejected_model),
                            (self.ui.changesView, self.changes_model)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        combo.currentIndexChanged.connect(lambda _i: self.check())
        self.ui.recheckButton.clicked.connect(lambda: self.check())
        self.ui.importButton.clicked.connect(lambda: self.import_plan())
        self.ui.cancelButton.clicked.connect(self.reject)
        self._clear(self.tr("Checking the sheet…"))

    def _kind_titles(self) -> dict[str, str]:
        return {"consultations": self.tr("Consultations"), "trainings": self.tr("Trainings"),
                "grants": self.tr("Grants")}

    # --- state ------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def plan(self) -> ImportPlan | None:
        return self._plan

    def is_busy(self) -> bool:
        return self._task is not None and not self._task.is_done()

    def import_blocked_reason(self) -> str:
        """Why Import is disabled now ("" when it is enabled)."""
        return "" if self.ui.importButton.isEnabled() else self.ui.importButton.toolTip()

    def _busy(self, busy: bool) -> None:
        for widget in (self.ui.kindCombo, self.ui.recheckButton, self.ui.importButton):
            widget.setEnabled(not busy)
        self.ui.cancelButton.setText(self.tr("&Stop") if busy else self.tr("&Cancel"))

    def _clear(self, summary: str) -> None:
        self._plan = None
        self.ui.summaryLabel.setText(summary)
        for label in (self.ui.newCount, self.ui.updatedCount, self.ui.unchangedCount,
                      self.ui.rejectedCount):
            label.clear()
        self.ui.reasonLabel.clear()
        self.ui.notesLabel.clear()
        self.rejected_model.set_rows([])
        self.changes_model.set_rows([])
        tabs = self.ui.detailsTabs
        tabs.setTabText(tabs.indexOf(self.ui.rejectedTab), self.tr("Rejected rows"))
        tabs.setTabText(tabs.indexOf(self.ui.changesTab), self.tr("Changes"))
        self._block_import(self.tr("The sheet has not been checked yet."))

    def _block_import(self, reason: str) -> None:
        self.ui.importButton.setEnabled(False)
        self.ui.importButton.setToolTip(reason)

    def _allow_import(self) -> None:
        self.ui.importButton.setEnabled(True)
        self.ui.importButton.setToolTip(self.tr("Write every new and updated record, in one go"))

    # --- checking ---------------------------------------------------------------------------

    def check(self, progress_parent: QWidget | None = None) -> Task:
        """Plan the import in a worker; `checked` follows with the plan or what went wrong."""
        if self.is_busy():
            self._task.cancel()  # the kind changed while checking: this check is stale
        ctx, kind, path = self.ctx, self.kind(), self.path
        self._clear(self.tr("Checking {file} as {kind}…").format(
            file=path.name, kind=self._kind_titles()[kind].lower()))
        self._busy(True)

        def job(control: JobControl) -> ImportPlan:
            return plan_import(ctx, kind, path, control.progress, control.cancelled)

        task: Task | None = None

        def done(result: object) -> None:
            if task is not self._task:
                return  # a newer check replaced this one
            self._busy(False)
            if isinstance(result, ImportPlan):
                self._show_plan(result)
            else:
                self._show_failure(result)
            self.checked.emit(result)

        task = run_task(progress_parent or self, self.tr("Checking the sheet"), job, done, done)
        self._task = task
        return task

    def _show_failure(self, exc: object) -> None:
        if isinstance(exc, Cancelled):
            self._clear(self.tr("The check was stopped; nothing was written."))
            self._block_import(self.tr("Check the sheet again to import it."))
            return
        if isinstance(exc, InputRejected):
            message, details = str(exc), list(exc.details)
        elif isinstance(exc, OSError):
            message, details = self.tr("{file} could not be read: {reason}").format(
                file=self.path.name, reason=exc.strerror or exc), []
        else:
            log.error("checking %s failed", self.path, exc_info=exc)  # type: ignore[arg-type]
            message, details = self.tr("{file} could not be checked: {reason}").format(
                file=self.path.name, reason=exc), []
        self._clear(self.tr("This file cannot be imported as it is."))
        self.ui.reasonLabel.setText(message)
        self.rejected_model.set_rows([("", "", "", line) for line in details])
        self.ui.detailsTabs.setCurrentWidget(self.ui.rejectedTab)
        self._block_import(message)

    def _show_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        ui = self.ui
        rows_rejected = len({(p.sheet, p.row) for p in plan.problems if p.row is not None})
        ui.summaryLabel.setText(self.tr(
            "{rows} rows read from {file}. Nothing is written until you click Import.").format(
            rows=f"{plan.rows:,}", file=plan.path.name))
        ui.newCount.setText(self.tr("New: {count}").format(count=f"{plan.new:,}"))
        ui.updatedCount.setText(self.tr("Updated: {count}").format(count=f"{plan.updated:,}"))
        ui.unchangedCount.setText(self.tr("Unchanged: {count}").format(
            count=f"{plan.unchanged:,}"))
        ui.rejectedCount.setText(self.tr("Rejected rows: {rows} ({problems} problems)").format(
            rows=f"{rows_rejected:,}", problems=f"{plan.problem_count:,}") if not plan.ok
            else self.tr("Rejected rows: 0"))
        ui.detailsTabs.setTabText(ui.detailsTabs.indexOf(ui.rejectedTab), self.tr(
            "Rejected rows ({count})").format(count=f"{rows_rejected:,}"))
        ui.detailsTabs.setTabText(ui.detailsTabs.indexOf(ui.changesTab), self.tr(
            "Changes ({count})").format(count=f"{len(plan.records):,}"))
        self.rejected_model.set_rows(self._problem_rows(plan))
        self.changes_model.set_rows(self._change_rows(plan))
        ui.notesLabel.setText(self._notes(plan))
        if not plan.ok:
            reason = self.tr(
                "Nothing can be imported while {count} problem(s) remain: a sheet is imported "
                "whole or not at all. Fix the rows listed under Rejected rows in your spreadsheet "
                "program, save the file and click Check again.").format(
                count=f"{plan.problem_count:,}")
            ui.reasonLabel.setText(reason)
            ui.detailsTabs.setCurrentWidget(ui.rejectedTab)
            self._block_import(reason)
        elif not plan.records:
            reason = self.tr("Nothing to import: every record in the sheet is already here "
                             "as it is.")
            ui.reasonLabel.setText(reason)
            ui.detailsTabs.setCurrentWidget(ui.changesTab)
            self._block_import(reason)
        else:
            ui.detailsTabs.setCurrentWidget(ui.changesTab)
            self._allow_import()
        for view in (ui.rejectedView, ui.changesView):
            view.resizeColumnsToContents()

    def _problem_rows(self, plan: ImportPlan) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = [
            (p.sheet, "" if p.row is None else f"{p.row:,}", p.column, p.message)
            for p in plan.problems]
        if plan.problem_count > len(plan.problems):
            rows.append(("", "", "", self.tr("… and {count} more problems").format(
                count=f"{plan.problem_count - len(plan.problems):,}")))
        return rows

    def _change_rows(self, plan: ImportPlan) -> list[tuple[Any, ...]]:
        new = set(plan.new_ids)
        text_field, date_field = MAIN_TEXT[plan.kind], DATE_FIELD[plan.kind]
        new_text, updated_text = self.tr("New"), self.tr("Updated")
        rows = []
        for rec in plan.records:
            day = getattr(rec, date_field, None)
            rows.append((plan.row_of.get(rec.id, 0), new_text if rec.id in new else updated_text,
                         day.isoformat() if isinstance(day, date) else "",
                         getattr(rec, text_field, ""), rec.id))
        rows.sort(key=lambda row: row[0])
        return [(f"{row[0]:,}", *row[1:]) for row in rows]

    def _notes(self, plan: ImportPlan) -> str:
        lines = []
        if plan.children_replaced:
            lines.append(self.tr("Replaced from the sheet for every record in it: {lists}")
                         .format(lists=", ".join(plan.children_replaced)))
        if plan.columns_kept:
            lines.append(self.tr("Not in the sheet, so existing records keep what they hold: "
                                 "{columns}").format(columns=", ".join(plan.columns_kept)))
        if plan.warnings:
            lines.append(self.tr("{count} warning(s), which do not stop the import:").format(
                count=f"{len(plan.warnings):,}"))
            lines += [f"  • {w}" for w in plan.warnings[:NOTES_LISTED]]
            if len(plan.warnings) > NOTES_LISTED:
                lines.append("  " + self.tr("… and {count} more").format(
                    count=f"{len(plan.warnings) - NOTES_LISTED:,}"))
        return "\n".join(lines)

    # --- importing --------------------------------------------------------------------------

    def import_plan(self) -> Task | None:
        """Write the checked plan in a worker; `imported` follows, and the dialog closes."""
        plan = self._plan
        if plan is None or not plan.ok or not plan.records or self.is_busy():
            return None
        ctx = self.ctx
        self._busy(True)

        def job(control: JobControl) -> WriteCounts:
            return apply_import(ctx, plan, control.progress, control.cancelled)

        def done(counts: WriteCounts) -> None:
            self._busy(False)
            self._counts = counts
            self.imported.emit(plan.kind, counts)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._busy(False)
            if isinstance(exc, Cancelled):
                self.ui.reasonLabel.setText(self.tr("The import was stopped; nothing was "
                                                    "written."))
                self._allow_import()
                return
            self._show_failure(exc)
            if isinstance(exc, InputRejected):
                self._block_import(self.tr("Check the sheet again to import it."))

        self._task = run_task(self, self.tr("Importing the sheet"), job, done, failed)
        return self._task

    def counts(self) -> WriteCounts | None:
        return self._counts

    def reject(self) -> None:
        """Cancel stops a running check or import first (its transaction rolls back)."""
        if self.is_busy():
            self._task.cancel()
            return
        super().reject()


def _settings():
    from glo_act_desktop.ui.main_window import window_settings
    return window_settings()


def ask_sheet_file(parent: QWidget) -> str:
    settings = _settings()
    folder = str(settings.value(SETTINGS_FOLDER, "") or "")
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("sheet_import", "Import sheet"), folder,
        translate("sheet_import",
                  "Sheets (*.csv *.xlsx);;Excel workbooks (*.xlsx);;CSV files (*.csv)"))
    if path:
        settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
    return path


def import_sheet(window: "MainWindow", path: str | Path | None = None, kind: str | None = None,
                 on_imported: Callable[[str, WriteCounts], None] | None = None
                 ) -> SheetImportDialog | None:
    """Ask for a file (unless given), check it with progress on the window, then show the
    preview. Stopping the first check closes it all with nothing written."""
    if path is None:
        path = ask_sheet_file(window)
        if not path:
            return None
    dialog = SheetImportDialog(window.ctx, path, kind or guess_kind(path, window.current_kind()),
                               window)

    def first_check(result: object) -> None:
        dialog.checked.disconnect(first_check)
        if isinstance(result, Cancelled):
            window.statusBar().showMessage(
                translate("sheet_import", "Import stopped; nothing was written."), 5_000)
            dialog.deleteLater()
            return
        dialog.open()

    def imported(kind: str, counts: WriteCounts) -> None:
        window.show_page(kind)
        window.refresh()
        window.statusBar().showMessage(translate("sheet_import",
            "Imported {file}: {new} new, {updated} updated, {unchanged} unchanged.").format(
            file=Path(path).name, new=f"{counts.inserted:,}", updated=f"{counts.updated:,}",
            unchanged=f"{counts.unchanged:,}"), 10_000)
        if on_imported:
            on_imported(kind, counts)
        dialog.deleteLater()

    dialog.checked.connect(first_check)
    dialog.imported.connect(imported)
    dialog.rejected.connect(dialog.deleteLater)
    dialog.check(progress_parent=window)
    return dialog
