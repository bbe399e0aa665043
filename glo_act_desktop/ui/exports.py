"""Exports from the window: File → Export PDF… / Export Excel… / Export sheet….

What is exported follows what is in front of the officer:

- an editor tab: that record (PDF: the record summary; Excel: the record as a sheet, with its
  child sheets);
- a register: the selected record, or a summary of the register's filter (its programme, country
  and dates: PDF period summary, Excel workbook);
- the dashboard: a summary of the scope chosen there.

Export sheet… writes exactly the records the register shows under its filters, to CSV or XLSX
by the file's ending. Every export runs in a worker with progress and Cancel, writes its file all
or nothing, then offers to open the file or its folder. The last folder is remembered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from glo_act_desktop import i18n
from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.jobs import Cancelled, JobControl
from glo_act_desktop.ui.forms_gen.ui_export_options import Ui_ExportOptionsDialog
from glo_act_desktop.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from glo_act_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Texts outside a QObject: a literal context in each translate("context", "text") call is
# what pyside6-lupdate reads (make translations).
translate = QCoreApplication.translate

REGISTERS = ("consultations", "trainings", "grants")
PDF, XLSX = "pdf", "xlsx"
RECORD, SUMMARY = "record", "summary"
PAPERS = ("a4", "letter")
SETTINGS_FOLDER = "exports/folder"
SETTINGS_PAPER = "exports/paper"
SETTINGS_LANGUAGE = "exports/language"
NAME_CHARS = 48  # of a record's title in a suggested file name


@dataclass(frozen=True)
class ExportSource:
    """What the window can export now."""

    origin: str  # "editor", "register" or "dashboard"
    record_kind: str = ""
    record_id: str = ""
    record_title: str = ""
    scope: Scope | None = None
    filters: Filters | None = None  # the register's, when the scope comes from one

    @property
    def has_record(self) -> bool:
        return bool(self.record_id)


@dataclass(frozen=True)
class ExportRequest:
    source: ExportSource
    fmt: str  # PDF or XLSX
    what: str  # RECORD or SUMMARY
    paper: str = "a4"
    lang: str = "en"


def _settings():
    from glo_act_desktop.ui.main_window import window_settings
    return window_settings()


def slug(text: str, limit: int = NAME_CHARS) -> str:
    """Text fit for a file name in any script: letters, digits and dashes."""
    return re.sub(r"[\W_]+", "-", text).strip("-")[:limit].strip("-")


def _scope_of(filters: Filters) -> Scope:
    return Scope(programme=filters.programme, country=filters.country,
                 date_from=filters.date_from, date_to=filters.date_to)


def _ignored_by_scope(filters: Filters) -> bool:
    """Whether the register is narrowed by more than a summary can follow (text, pillar…)."""
    return filters.with_(programme=None, country=None, date_from=None,
                         date_to=None) != Filters()


def current_source(window: "MainWindow") -> ExportSource | None:
    """The record or scope in front of the officer, or None (the Sync page, say)."""
    editor = window.current_editor()
    if editor is not None:
        return ExportSource("editor", editor.kind, editor.record_id(), editor.title())
    page = window.current_page()
    if page in REGISTERS:
        model = window.models.get(page)
        filters = model.filters() if model is not None else Filters()
        ids = window.selected_ids(page)
        record_id = ids[0] if ids else ""
        title = window._main_text(page, record_id) if record_id else ""
        return ExportSource("register", page if record_id else "", record_id, title,
                            _scope_of(filters), filters)
    dashboard = getattr(window, "dashboard", None)
    if dashboard is not None and window.page(page) is dashboard:
        return ExportSource("dashboard", scope=dashboard.scope())
    return None


def describe_scope(widget: QWidget, scope: Scope, reference: Any) -> str:
    programme = reference.programmes.get(scope.programme) if scope.programme else None
    parts = [getattr(programme, "name", None) or scope.programme
             or translate("exports", "all programmes"),
             reference.countries.get(scope.country, scope.country) if scope.country
             else translate("exports", "all countries")]
    if scope.date_from or scope.date_to:
        parts.append(translate("exports", "{start} to {end}").format(
            start=scope.date_from.isoformat() if scope.date_from else "…",
            end=scope.date_to.isoformat() if scope.date_to else "…"))
    else:
        parts.append(translate("exports", "all dates"))
    return ", ".join(str(p) for p in parts)


def default_language() -> str:
    lang = i18n.normalise(QLocale().name())
    return lang if i18n.is_available(lang) else i18n.SOURCE_LANGUAGE


def default_paper() -> str:
    return "letter" if QLocale().measurementSystem() == \
        QLocale.MeasurementSystem.ImperialUSSystem else "a4"


class ExportOptionsDialog(QDialog):
    """What to export (the record or a summary), on which paper, in which language."""

    def __init__(self, source: ExportSource, fmt: str, reference: Any,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.source, self.fmt = source, fmt
        self.ui = Ui_ExportOptionsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Export PDF") if fmt == PDF else self.tr("Export Excel"))
        nouns = {"consultations": self.tr("consultation"), "trainings": self.tr("training"),
                 "grants": self.tr("grant")}
        if source.has_record:
            ui.recordRadio.setText(self.tr("The {noun} “{title}”").format(
                noun=nouns.get(source.record_kind, ""), title=source.record_title
                or source.record_id))
        else:
            ui.recordRadio.setText(self.tr("A record (select one first)"))
        ui.recordRadio.setEnabled(source.has_record)
        if source.scope is not None:
            ui.summaryRadio.setText(self.tr("A summary of {scope}").format(
                scope=describe_scope(self, source.scope, reference)))
        ui.summaryRadio.setEnabled(source.scope is not None)
        ui.summaryRadio.setVisible(source.scope is not None)
        ui.recordRadio.setVisible(source.origin != "dashboard")
        if source.filters is not None and _ignored_by_scope(source.filters):
            ui.scopeNote.setText(self.tr(
                "A summary covers the programme, country and dates of the register's filter; "
                "its other filters (text, pillar, status…) do not apply to it."))
        else:
            ui.scopeNote.hide()
        if fmt == XLSX:
            ui.summaryRadio.setToolTip(self.tr(
                "A workbook: a summary sheet with the key figures and a sheet per register"))
            ui.recordRadio.setToolTip(self.tr("The record in the columns of a sheet, with its "
                                              "lists in sheets of their own"))
        wants_record = source.origin == "editor" or source.scope is None
        (ui.recordRadio if wants_record and source.has_record else ui.summaryRadio) \
            .setChecked(True)
        settings = _settings()
        ui.paperCombo.addItem(self.tr("A4"), "a4")
        ui.paperCombo.addItem(self.tr("Letter"), "letter")
        paper = str(settings.value(SETTINGS_PAPER, "") or default_paper())
        ui.paperCombo.setCurrentIndex(max(ui.paperCombo.findData(paper), 0))
        for code in i18n.available_languages():
            name = "English" if code == i18n.SOURCE_LANGUAGE else \
                QLocale(code).nativeLanguageName() or code  # each in its own language
            ui.languageCombo.addItem(f"{name[:1].upper()}{name[1:]} ({code})", code)
        lang = str(settings.value(SETTINGS_LANGUAGE, "") or default_language())
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(lang), 0))
        ui.recordRadio.toggled.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._update()

    def _update(self) -> None:
        """Paper matters only for a PDF; language not for a record's sheet."""
        ui = self.ui
        ui.paperCombo.setEnabled(self.fmt == PDF)
        ui.paperLabel.setEnabled(self.fmt == PDF)
        sheet = self.fmt == XLSX and ui.recordRadio.isChecked()
        ui.languageCombo.setEnabled(not sheet)
        ui.languageLabel.setEnabled(not sheet)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ui.recordRadio.isChecked() or ui.summaryRadio.isChecked())
        ok.setText(self.tr("Export…"))

    def request(self) -> ExportRequest:
        ui = self.ui
        return ExportRequest(self.source, self.fmt,
                             RECORD if ui.recordRadio.isChecked() else SUMMARY,
                             str(ui.paperCombo.currentData()), str(ui.languageCombo.currentData()))

    def accept(self) -> None:
        settings = _settings()
        if self.fmt == PDF:
            settings.setValue(SETTINGS_PAPER, self.ui.paperCombo.currentData())
        settings.setValue(SETTINGS_LANGUAGE, self.ui.languageCombo.currentData())
        super().accept()


# --- file names, the save dialog, and what follows ---------------------------------------------

def suggested_name(request: ExportRequest) -> str:
    source, ext = request.source, request.fmt
    if request.what == RECORD:
        return f"{source.record_kind[:-1]}-{slug(source.record_title) or source.record_id}.{ext}"
    scope = source.scope or Scope()
    parts = ["summary" if ext == PDF else "workbook", scope.programme or "", scope.country or "",
             scope.date_from.isoformat() if scope.date_from else "",
             scope.date_to.isoformat() if scope.date_to else ""]
    return "-".join(slug(p) for p in parts if p) + f".{ext}"


def ask_save_path(parent: QWidget, title: str, name: str, filters: str,
                  endings: dict[str, str]) -> Path | None:
    """The save dialog in the last export folder; the ending added if the officer left it off
    (`endings`: filter text -> ending)."""
    settings = _settings()
    folder = str(settings.value(SETTINGS_FOLDER, "") or "") or str(Path.home())
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filters)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in set(endings.values()):
        ending = next((e for f, e in endings.items() if f and f in (chosen or "")),
                      next(iter(endings.values())))
        target = target.with_name(target.name + ending)
    settings.setValue(SETTINGS_FOLDER, str(target.parent))
    return target


def offer_to_open(parent: QWidget, path: Path, message: str) -> QMessageBox:
    """Say where the file is, with Open file and Open folder (window-modal, not blocking)."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("exports", "Export done"), message,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("exportDoneBox")
    open_file = box.addButton(translate("exports", "Open file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(translate("exports", "Open folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(open_file)

    def clicked(button) -> None:
        if button is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        box.deleteLater()

    box.buttonClicked.connect(clicked)
    box.open()
    return box


def _run_export(window: QWidget, label: str, job: Callable[[JobControl], Any], path: Path,
                done_text: Callable[[Any], str],
                on_finished: Callable[[object], None] | None = None) -> Task:
    """Run an export job with progress; then offer the file, or say why there is none."""
    def done(result: Any) -> None:
        offer_to_open(window, path, done_text(result))
        if on_finished:
            on_finished(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            window.statusBar().showMessage(
                translate("exports", "Export stopped; no file was written."), 5_000)
        elif isinstance(exc, InputRejected):
            box = QMessageBox(QMessageBox.Icon.Warning, translate("exports", "Not exported"),
                              str(exc), QMessageBox.StandardButton.Close, window)
            if exc.details:
                box.setDetailedText("\n".join(exc.details))
            box.open()
        else:
            log.error("export to %s failed", path, exc_info=exc)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox(QMessageBox.Icon.Critical, translate("exports", "Not exported"),
                        translate("exports", "{file} could not be written: {reason}").format(
                            file=path.name, reason=reason),
                        QMessageBox.StandardButton.Close, window).open()
        if on_finished:
            on_finished(exc)

    return run_task(window, label, job, done, failed)


# --- Export PDF… / Export Excel… --------------------------------------------------------------

def export_report(window: "MainWindow", fmt: str,
                  on_finished: Callable[[object], None] | None = None
                  ) -> ExportOptionsDialog | None:
    """Ask what to export and how, then where; the export runs when the options are accepted."""
    source = current_source(window)
    if source is None or (not source.has_record and source.scope is None):
        QMessageBox.information(window, translate("exports", "Export"), translate("exports",
            "Open a record, a register or the dashboard first: the export follows what is "
            "shown."))
        return None
    dialog = ExportOptionsDialog(source, fmt, window.ctx.reference, window)
    dialog.accepted.connect(lambda: start_export(window, dialog.request(), on_finished))
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog


def _record_saved_first(window: "MainWindow", request: ExportRequest) -> bool:
    """An open editor's record is exported as saved: offer to save unsaved changes first."""
    if request.what != RECORD or request.source.origin != "editor":
        return True
    editor = window.editor_for(request.source.record_kind, request.source.record_id)
    if editor is None:
        return True
    if editor.is_new():
        QMessageBox.information(window, translate("exports", "Export"), translate("exports",
            "This record has not been saved yet. Save it first, then export it."))
        return False
    if editor.is_dirty():
        answer = QMessageBox.question(
            window, translate("exports", "Export"), translate("exports",
                "This record has unsaved changes, and the export shows the record as saved. "
                "Save the changes first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Ignore
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save and not editor.save():
            return False
    return True


def start_export(window: "MainWindow", request: ExportRequest,
                 on_finished: Callable[[object], None] | None = None) -> Task | None:
    """Ask for the file and run the export in a worker; None if the officer stopped."""
    if not _record_saved_first(window, request):
        return None
    if request.fmt == PDF:
        title = translate("exports", "Export PDF")
        filters, endings = translate("exports", "PDF documents (*.pdf)"), {"": ".pdf"}
    else:
        title = translate("exports", "Export Excel")
        filters, endings = translate("exports", "Excel workbooks (*.xlsx)"), {"": ".xlsx"}
    path = ask_save_path(window, title, suggested_name(request), filters, endings)
    if path is None:
        return None
    ctx, source = window.ctx, request.source
    scope = source.scope or Scope()
    label = translate("exports", "Exporting {file}").format(file=path.name)
    if request.fmt == PDF:
        from glo_act_desktop.services.reports import build_period_summary, build_record_summary

        if request.what == RECORD:
            def job(control: JobControl) -> int:
                return build_record_summary(ctx, source.record_id, path, lang=request.lang,
                                            paper=request.paper, progress=control.progress)
        else:
            def job(control: JobControl) -> int:
                return build_period_summary(ctx, scope, path, lang=request.lang,
                                            paper=request.paper, progress=control.progress)

        def done_text(pages: Any) -> str:
            return translate("exports", "{file} is written ({pages} pages).").format(
                file=path.name, pages=pages) + "\n\n" + str(path)
    elif request.what == RECORD:
        from glo_act_desktop.services.sheets import export_sheet

        def job(control: JobControl) -> int:
            return export_sheet(ctx, source.record_kind, path, ids=[source.record_id],
                                progress=control.progress)

        def done_text(_count: Any) -> str:
            return (translate("exports", "{file} is written.").format(file=path.name)
                    + "\n\n" + str(path))
    else:
        try:
            from glo_act_desktop.services.workbook import export_workbook
        except ImportError:
            QMessageBox.information(window, title, translate("exports",
                "Excel workbooks cannot be made by this version of the app."))
            return None

        def job(control: JobControl) -> Any:
            return export_workbook(ctx, scope, path, lang=request.lang,
                                   progress=control.progress, cancelled=control.cancelled)

        def done_text(_result: Any) -> str:
            return (translate("exports", "{file} is written.").format(file=path.name)
                    + "\n\n" + str(path))
    return _run_export(window, label, job, path, done_text, on_finished)


# --- Export sheet… -----------------------------------------------------------------------------

def export_register_sheet(window: "MainWindow",
                          on_finished: Callable[[object], None] | None = None) -> Task | None:
    """The records the register (shown, or shown last) lists under its filters, to CSV or XLSX."""
    from glo_act_desktop.services.sheets import export_sheet

    kind = window.current_kind()
    model = window.models.get(kind)
    filters = model.filters() if model is not None else Filters()
    stem = kind if filters.is_empty() else f"{kind}-filtered"
    csv_filter = translate("exports", "CSV files (*.csv)")
    xlsx_filter = translate("exports", "Excel workbooks (*.xlsx)")
    titles = {"consultations": translate("exports", "Export sheet: consultations"),
              "trainings": translate("exports", "Export sheet: trainings"),
              "grants": translate("exports", "Export sheet: grants")}
    path = ask_save_path(window, titles[kind],
                         f"{stem}-{date.today().isoformat()}.xlsx",
                         f"{xlsx_filter};;{csv_filter}", {xlsx_filter: ".xlsx", csv_filter: ".csv"})
    if path is None:
        return None
    ctx = window.ctx

    def job(control: JobControl) -> int:
        return export_sheet(ctx, kind, path, filters=filters, progress=control.progress)

    def done_text(count: Any) -> str:
        return translate("exports", "{count} records written to {file}.").format(
            count=f"{count:,}", file=path.name) + "\n\n" + str(path)

    return _run_export(window, translate("exports", "Exporting {file}").format(file=path.name),
                       job, path, done_text, on_finished)


__all__ = ["ExportOptionsDialog", "ExportRequest", "ExportSource", "current_source",
           "export_register_sheet", "export_report", "start_export"]
