"""The Sync page: where this device stands with its peers, bundles written and imported, and the
conflicts left for a person to decide.

A laptop writes one bundle for its HQ (a file to carry on a USB stick, optionally split into
parts small enough to email) and imports the bundles HQ sends back. HQ writes a bundle for one
laptop or for all of them into a folder, and imports what the laptops send. Imports run in a
worker with progress and Cancel; each file's outcome is listed (imported with its counts, already
imported, or rejected with the reason and where the file was copied). A laptop that is not enrolled
says so and offers to set itself up from the enrolment file HQ made for it.

Conflicts (two devices changed the same field of the same record, or one edited a record another
deleted) are listed with every value, who wrote it and when; the officer keeps one value, merges
text values into one, or for an edited-versus-deleted record restores it or keeps it deleted.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QListWidgetItem, QMessageBox,
    QPushButton, QTreeWidgetItem, QWidget,
)
from sqlalchemy import String, Text

from glo_act_desktop.services import conflicts as conflict_service
from glo_act_desktop.services import sync
from glo_act_desktop.services.conflicts import KEEP_DELETED, RESTORE, Conflict, Side
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.jobs import Cancelled, JobControl
from glo_act_desktop.sync.columns import spec
from glo_act_desktop.sync.identity import ROLE_FIELD
from glo_act_desktop.ui.forms_gen.ui_conflict_merge import Ui_ConflictMergeDialog
from glo_act_desktop.ui.forms_gen.ui_sync_page import Ui_SyncPage
from glo_act_desktop.ui.tasks import Task, run_task

log = logging.getLogger(__name__)

MB = 1024 * 1024
VALUE_CHARS = 60  # of a value shown in the conflicts list (the tooltip has it whole)
BUTTON_VALUE_CHARS = 28  # of a value named on its "Keep" button
RESULT_ROWS_SHOWN = 5  # the result list grows to this many lines, then scrolls
COLUMN_SHARES = (0.28, 0.1, 0.31)  # of the conflicts list's width: record, field, current
REJECTED_COLOUR = "#b00020"
RESULT_ROLE = Qt.ItemDataRole.UserRole  # on a result line: "ok", "already" or "rejected"
ALL_LAPTOPS = ""  # the target combo's data for "all laptops"


def _short(text: str, chars: int) -> str:
    text = " ".join(text.split())  # one line
    return text if len(text) <= chars else text[:chars - 1] + "…"


def is_text_field(table: str, column: str) -> bool:
    """A free-text field, whose values can be merged into one (not a code, date or number)."""
    if column == "~":
        return False
    col = spec(table).table.c.get(column)
    return (col is not None and type(col.type) in (String, Text) and not col.foreign_keys
            and column not in ("id", "created_by", "updated_by"))


def _is_long_text(table: str, column: str) -> bool:
    return type(spec(table).table.c[column].type) is Text


class ConflictMergeDialog(QDialog):
    """An editor prefilled with every value in conflict, to combine them into one."""

    def __init__(self, conflict: Conflict, field: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConflictMergeDialog()
        self.ui.setupUi(self)
        self.conflict = conflict
        self._long = _is_long_text(conflict.table, conflict.column)
        values = []
        for side in (conflict.current, *conflict.others):
            shown = side.shown(conflict.table, conflict.column)
            if shown and shown not in values:
                values.append(shown)
        self.ui.explanationLabel.setText(self.tr(
            "“{field}” of “{title}” was changed on more than one device. Combine the values "
            "into the one to keep; it replaces them on every device.").format(
            field=field, title=conflict.title))
        self.ui.mergedEdit.setPlainText(("\n" if self._long else " / ").join(values))
        limit = spec(conflict.table).table.c[conflict.column].type.length
        self._limit = limit if isinstance(limit, int) else None
        self.ui.mergedEdit.textChanged.connect(self._check)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._check()

    def value(self) -> str:
        text = self.ui.mergedEdit.toPlainText().strip()
        return text if self._long else " ".join(text.split())

    def _check(self) -> None:
        problem = ""
        if self._limit is not None and len(self.value()) > self._limit:
            problem = self.tr("At most {limit} characters: {count} now.").format(
                limit=self._limit, count=len(self.value()))
        self.ui.problemLabel.setText(problem)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


class SyncPage(QWidget):
    dataChanged = Signal()  # an import or a settled conflict changed records
    enrolled = Signal()  # this laptop was set up from an enrolment file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.setObjectName("syncPage")
        self.status: sync.SyncStatus | None = None
        self.conflicts: list[Conflict] = []
        self._task: Task | None = None
        self._keep_buttons: list[QPushButton] = []
        tree = self.ui.conflictsTree
        tree.setHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Current value"),
                              self.tr("Other value")])
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        tree.itemSelectionChanged.connect(self._update_decide_buttons)
        ui = self.ui
        ui.enrolButton.clicked.connect(lambda: self.enrol())
        ui.exportButton.clicked.connect(lambda: self.export_bundle())
        ui.importButton.clicked.connect(lambda: self.ask_import())
        ui.importFolderButton.clicked.connect(lambda: self.ask_import_folder())
        ui.splitCheck.toggled.connect(ui.splitSizeSpin.setEnabled)
        ui.splitSizeSpin.setEnabled(False)
        ui.mergeButton.clicked.connect(lambda: self.merge())
        ui.restoreButton.clicked.connect(lambda: self.decide_deleted(RESTORE))
        ui.keepDeletedButton.clicked.connect(lambda: self.decide_deleted(KEEP_DELETED))
        ui.resultsLabel.hide()
        ui.resultsList.hide()
        self.refresh()

    # --- state ------------------------------------------------------------------------------

    def is_hq(self) -> bool:
        return self.status is not None and self.status.node.is_hq

    def is_enrolled(self) -> bool:
        return self.status is not None and self.status.enrolled

    def is_busy(self) -> bool:
        return self._task is not None and not self._task.is_done()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.is_busy():
            self.refresh()

    def refresh(self) -> None:
        """Read the status and the open conflicts again."""
        try:
            self.status = sync.sync_status(self.ctx)
        except Exception:  # noqa: BLE001 (a page that cannot read its status still shows)
            log.exception("reading the sync status failed")
            self.status = None
        self._show_status()
        self._fill_targets()
        self._update_actions()
        self.refresh_conflicts()

    def _number(self, n: int) -> str:
        return QLocale().toString(int(n))

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("never")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")

    def _show_status(self) -> None:
        ui = self.ui
        status = self.status
        if status is None:
            ui.headingLabel.setText(self.tr("Sync"))
            ui.statusLabel.setText(html.escape(self.tr(
                "The sync status could not be read; the log in the data folder says why.")))
            return
        node = status.node
        lines: list[str] = []
        if node.is_hq:
            ui.headingLabel.setText(self.tr("Sync with field laptops"))
            lines.append(self.tr("This device is the HQ hub “{name}”.").format(name=node.name))
        else:
            ui.headingLabel.setText(self.tr("Sync with headquarters"))
            country = self.ctx.reference.countries.get(node.country, node.country or "-")
            lines.append(self.tr("This device is the field laptop “{name}”, working in "
                                 "{country}.").format(name=node.name or self.tr("unnamed"),
                                                      country=country))
        text = "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"
        if not node.is_hq and not status.enrolled:
            text += "<p><b>" + html.escape(self.tr(
                "This laptop is not enrolled with HQ yet, so it cannot exchange bundles. Ask HQ "
                "for an enrolment file made for this laptop, then set it up from that file. "
                "Until then, everything you record stays on this laptop.")) + "</b></p>"
        peers = []
        for peer in status.peers:
            n = peer.unacknowledged
            if node.is_hq:
                what = (self.tr("1 change not yet acknowledged by it") if n == 1 else
                        self.tr("{count} changes not yet acknowledged by it").format(
                            count=self._number(n)))
                country = f" ({peer.country})" if peer.country else ""
            else:
                what = (self.tr("1 change not yet acknowledged by HQ") if n == 1 else
                        self.tr("{count} changes not yet acknowledged by HQ").format(
                            count=self._number(n)))
                country = ""
            parts = [what, self.tr("last bundle received: {when}").format(
                when=self._when(peer.last_import_at))]
            if peer.revoked:
                parts.append(self.tr("revoked: nothing is sent to it or taken from it"))
            elif not peer.key_known:
                parts.append(self.tr("waiting for its first bundle"))
            peers.append(f"<li><b>{html.escape(peer.name + country)}</b>: "
                         f"{html.escape('; '.join(parts))}</li>")
        if peers:
            text += "<ul>" + "".join(peers) + "</ul>"
        elif node.is_hq:
            text += "<p>" + html.escape(self.tr(
                "No laptop is enrolled yet (glo-act hq enrol makes an enrolment file for "
                "one).")) + "</p>"
        extra = [self.tr("Open conflicts: {count}").format(count=self._number(status.conflicts))]
        if status.quarantined:
            extra.append(self.tr(
                "Rejected files kept in quarantine: {count} (in {folder}, each with its "
                "reason)").format(count=self._number(status.quarantined),
                                  folder=self.ctx.data_dir.quarantine))
        text += "<p>" + "<br>".join(html.escape(line) for line in extra) + "</p>"
        ui.statusLabel.setText(text)

    def _fill_targets(self) -> None:
        combo = self.ui.targetCombo
        chosen = combo.currentData()
        combo.clear()
        if not self.is_hq():
            return
        laptops = [p for p in self.status.peers
                   if p.role == ROLE_FIELD and not p.revoked and p.key_known]
        if laptops:
            combo.addItem(self.tr("All laptops"), ALL_LAPTOPS)
        for peer in laptops:
            combo.addItem(f"{peer.name} ({peer.country})" if peer.country else peer.name,
                          peer.name)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))

    def _update_actions(self) -> None:
        ui = self.ui
        hq, enrolled, busy = self.is_hq(), self.is_enrolled(), self.is_busy()
        laptop_not_enrolled = self.status is not None and not hq and not enrolled
        ui.enrolButton.setVisible(laptop_not_enrolled)
        ui.enrolButton.setEnabled(not busy)
        for widget in (ui.targetLabel, ui.targetCombo):
            widget.setVisible(hq)
        ui.exportButton.setText(self.tr("&Write bundle for…") if hq
                                else self.tr("&Write bundle for HQ…"))
        can_export = enrolled and not busy and (not hq or ui.targetCombo.count() > 0)
        ui.exportButton.setEnabled(can_export)
        if hq and ui.targetCombo.count() == 0:
            ui.exportButton.setToolTip(self.tr(
                "No laptop can receive a bundle yet: each must send its first bundle first"))
        elif hq:
            ui.exportButton.setToolTip(self.tr(
                "Write a bundle for the chosen laptop, or one for each laptop, into a folder"))
        else:
            ui.exportButton.setToolTip(self.tr(
                "Write this laptop's changes into one file for HQ"))
        for widget in (ui.splitCheck, ui.splitSizeSpin):
            widget.setVisible(enrolled)
        ui.splitCheck.setEnabled(not busy)
        ui.splitSizeSpin.setEnabled(not busy and ui.splitCheck.isChecked())
        for widget in (ui.importButton, ui.importFolderButton):
            widget.setVisible(enrolled)
            widget.setEnabled(enrolled and not busy)

    # --- results ----------------------------------------------------------------------------

    def _show_results(self, title: str, lines: Sequence[tuple[str, str]]) -> None:
        """Lines of (kind, text): kind "ok", "already" or "rejected"."""
        ui = self.ui
        ui.resultsLabel.setText(title)
        ui.resultsList.clear()
        for kind, text in lines:
            item = QListWidgetItem(text)
            item.setData(RESULT_ROLE, kind)
            item.setToolTip(text)
            if kind == "rejected":
                item.setForeground(QBrush(QColor(REJECTED_COLOUR)))
            ui.resultsList.addItem(item)
        lines_shown = max(1, min(ui.resultsList.count(), RESULT_ROWS_SHOWN))
        row = ui.resultsList.sizeHintForRow(0) if ui.resultsList.count() else 0
        ui.resultsList.setFixedHeight(
            lines_shown * max(row, ui.resultsList.fontMetrics().height())
            + 2 * ui.resultsList.frameWidth() + 4)
        ui.resultsLabel.show()
        ui.resultsList.show()

    def result_lines(self) -> list[str]:
        items = self.ui.resultsList
        return [items.item(row).text() for row in range(items.count())]

    def text(self) -> str:
        """What the page says, as plain text (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument
        document = QTextDocument()
        document.setHtml(self.ui.statusLabel.text())
        return "\n".join([self.ui.headingLabel.text(), document.toPlainText(),
                          *self.result_lines()])

    def _failure_line(self, exc: BaseException, stopped: str) -> tuple[str, str]:
        if isinstance(exc, Cancelled):
            return "rejected", stopped
        if isinstance(exc, InputRejected):
            return "rejected", str(exc)
        if isinstance(exc, OSError):
            return "rejected", self.tr("A file could not be read or written: {reason}").format(
                reason=exc.strerror or exc)
        log.error("sync failed", exc_info=exc)
        return "rejected", self.tr("Failed: {reason}").format(reason=exc)

    def _start(self, label: str, job, done, failed) -> Task:
        def finished(result: object) -> None:
            self._update_actions()
            done(result)

        def went_wrong(exc: BaseException) -> None:
            self._update_actions()
            failed(exc)

        self._task = run_task(self, label, job, finished, went_wrong)
        self._update_actions()
        return self._task

    # --- export -----------------------------------------------------------------------------

    def _default_name(self, to: str) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        node = self.status.node.name if self.status else "device"
        return f"{sync._slug(node)}-to-{sync._slug(to)}-{stamp}{sync.BUNDLE_SUFFIX}"

    def export_bundle(self) -> Task | None:
        """Ask where, then write: a laptop's bundle for HQ, or HQ's for one or all laptops."""
        if self.status is None or not self.is_enrolled() or self.is_busy():
            return None
        outbox = self.ctx.data_dir.outbox
        outbox.mkdir(parents=True, exist_ok=True)
        options: dict = {}
        if self.is_hq():
            target = self.ui.targetCombo.currentData()
            if target is None:
                return None
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Folder to write the bundles in"), str(outbox))
            if not folder:
                return None
            options["output"] = Path(folder)
            if target == ALL_LAPTOPS:
                options["all_peers_"] = True
            else:
                options["to"] = target
        else:
            hq = next((p.name for p in self.status.peers if p.role != ROLE_FIELD), "HQ")
            path, _chosen = QFileDialog.getSaveFileName(
                self, self.tr("Write bundle for HQ"), str(outbox / self._default_name(hq)),
                self.tr("GLO.ACT bundles (*{suffix})").format(suffix=sync.BUNDLE_SUFFIX))
            if not path:
                return None
            path = Path(path)
            if path.suffix != sync.BUNDLE_SUFFIX:
                path = path.with_name(path.name + sync.BUNDLE_SUFFIX)
            options["output"] = path
        if self.ui.splitCheck.isChecked():
            options["max_size"] = self.ui.splitSizeSpin.value() * MB
        ctx = self.ctx

        def job(control: JobControl) -> sync.ExportRun:
            return sync.export_bundles(ctx, progress=control.progress,
                                       cancelled=control.cancelled, **options)

        return self._start(self.tr("Writing the bundle"), job, self._exported,
                           self._export_failed)

    def _exported(self, run: sync.ExportRun) -> None:
        lines = []
        for result in run.results:
            if result.parts:
                where = self.tr("{count} parts ({first} …) in {folder}").format(
                    count=len(result.parts), first=result.parts[0].name,
                    folder=result.parts[0].parent)
            else:
                where = str(result.path)
            lines.append(("ok", self.tr(
                "Wrote {where} for {peer}: {rows} changed rows, {attachments} attachment "
                "files").format(where=where, peer=result.peer_name,
                                rows=self._number(result.rows),
                                attachments=self._number(result.attachments))))
        if run.waiting:
            lines.append(("already", self.tr(
                "Nothing written for {names}: waiting for their first bundle").format(
                names=", ".join(run.waiting))))
        if not lines:
            lines.append(("already", self.tr("No bundle was written.")))
        self._show_results(self.tr("Bundles written"), lines)
        self.refresh()

    def _export_failed(self, exc: BaseException) -> None:
        self._show_results(self.tr("Bundle not written"), [self._failure_line(
            exc, self.tr("Stopped: no bundle was written."))])
        self.refresh()

    # --- import -----------------------------------------------------------------------------

    def _bundle_filter(self) -> str:
        return self.tr("GLO.ACT bundles and parts (*{suffix} *{suffix}.*);;All files (*)").format(
            suffix=sync.BUNDLE_SUFFIX)

    def ask_import(self) -> Task | None:
        paths, _chosen = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), str(self.ctx.data_dir.inbox), self._bundle_filter())
        return self.import_files([Path(p) for p in paths]) if paths else None

    def ask_import_folder(self) -> Task | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import every bundle in a folder"), str(self.ctx.data_dir.inbox))
        return self.import_files([Path(folder)]) if folder else None

    def import_files(self, paths: Sequence[Path]) -> Task | None:
        """Import bundle files (or folders of them) in a worker; the result list follows."""
        if self.is_busy() or not paths:
            return None
        ctx, paths = self.ctx, list(paths)

        def job(control: JobControl) -> list[sync.ImportOutcome]:
            return sync.import_bundles(ctx, paths,
                                       progress=lambda _label, d, t: control.progress(d, t),
                                       cancelled=control.cancelled)

        return self._start(self.tr("Importing bundles"), job, self._imported,
                           self._import_failed)

    def outcome_line(self, outcome: sync.ImportOutcome) -> tuple[str, str]:
        files = outcome.files
        name = files[0].name if len(files) == 1 else self.tr("{first} (+{more} parts)").format(
            first=files[0].name, more=len(files) - 1)
        result = outcome.result
        if result is not None and result.already:
            return "already", self.tr("{file}: already imported (from {sender}); nothing "
                                      "changed").format(file=name, sender=result.sender_name)
        if result is not None:
            c = result.counts
            text = self.tr(
                "{file} from {sender}: imported {new} new, {updated} updated, {deleted} "
                "deleted, {restored} restored, {unchanged} unchanged; new conflicts: "
                "{conflicts}").format(
                file=name, sender=result.sender_name, new=self._number(c.new),
                updated=self._number(c.updated), deleted=self._number(c.deleted),
                restored=self._number(c.restored), unchanged=self._number(c.unchanged),
                conflicts=self._number(c.conflicts))
            return "ok", text
        if outcome.kept:
            where = self.tr("left where it is, for a newer version of the app")
        elif outcome.quarantined:
            where = self.tr("copied to {path}").format(path=outcome.quarantined)
        else:
            where = ""
        text = self.tr("{file}: rejected: {reason}").format(file=name, reason=outcome.error)
        return "rejected", f"{text}; {where}" if where else text

    def _imported(self, outcomes: list[sync.ImportOutcome]) -> None:
        lines = [self.outcome_line(o) for o in outcomes]
        self._show_results(self.tr("Bundles imported"), lines)
        self.refresh()
        if any(o.result is not None and not o.result.already for o in outcomes):
            self.dataChanged.emit()

    def _import_failed(self, exc: BaseException) -> None:
        self._show_results(self.tr("Import stopped"), [self._failure_line(exc, self.tr(
            "Stopped: the bundles imported before the stop are kept; the one being read was "
            "not written."))])
        self.refresh()
        self.dataChanged.emit()  # some bundles may have been imported before the stop

    # --- enrolment --------------------------------------------------------------------------

    def enrol(self, path: Path | None = None) -> bool:
        """Set this laptop up from HQ's enrolment file (asked for when `path` is None)."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Enrolment file from HQ"), str(Path.home()),
                self.tr("Enrolment files (*{suffix});;All files (*)").format(
                    suffix=sync.ENROLMENT_SUFFIX))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            document = sync.init_from_enrolment(self.ctx, path)
        except InputRejected as exc:
            self._show_results(self.tr("Not set up"), [("rejected", str(exc))])
            return False
        self._show_results(self.tr("Set up"), [("ok", self.tr(
            "This laptop is now “{name}”, enrolled with {hq}. Write a bundle for HQ to "
            "introduce it.").format(name=document.device_name, hq=document.hq_name))])
        self.refresh()
        self.enrolled.emit()
        return True

    # --- conflicts --------------------------------------------------------------------------

    def _register(self, kind: str) -> str:
        return {"consultations": self.tr("Consultation"), "trainings": self.tr("Training"),
                "grants": self.tr("Grant")}.get(kind, kind)

    def field_name(self, conflict: Conflict) -> str:
        if conflict.is_delete:
            return self.tr("Deleted or kept")
        name = conflict.column.replace("_", " ").capitalize()
        if conflict.table != conflict.kind:
            name = f"{conflict.table.replace('_', ' ')} › {name}"
        return name

    def side_value(self, conflict: Conflict, side: Side) -> str:
        if conflict.is_delete:
            return {"deleted": self.tr("deleted"), "edited": self.tr("edited")}.get(
                str(side.value), str(side.value))
        return side.shown(conflict.table, conflict.column)

    def side_text(self, conflict: Conflict, side: Side, chars: int | None = None) -> str:
        value = self.side_value(conflict, side)
        if chars is not None:
            value = _short(value, chars)
        return self.tr("“{value}” by {who}, {when}").format(
            value=value, who=side.who, when=self._when(side.when))

    def side_cell(self, conflict: Conflict, side: Side) -> str:
        """Two lines: the value, then who wrote it and when."""
        value = _short(self.side_value(conflict, side), VALUE_CHARS) or self.tr("(empty)")
        return self.tr("“{value}”\n{who}, {when}").format(
            value=value, who=side.who, when=self._when(side.when))

    def refresh_conflicts(self) -> None:
        tree = self.ui.conflictsTree
        selected = self.selected_conflict()
        key = (selected.table, selected.row_id, selected.column) if selected else None
        try:
            self.conflicts = conflict_service.list_conflicts(self.ctx)
        except Exception:  # noqa: BLE001
            log.exception("listing the conflicts failed")
            self.conflicts = []
        tree.clear()
        for number, conflict in enumerate(self.conflicts):
            record = f"{self._register(conflict.kind)}\n{conflict.title or conflict.record_id[:8]}"
            current = self.side_cell(conflict, conflict.current)
            others = "\n".join(self.side_cell(conflict, o) for o in conflict.others)
            item = QTreeWidgetItem([record, self.field_name(conflict), current, others])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(0, f"{self._register(conflict.kind)}: {conflict.title}")
            item.setToolTip(2, self.side_text(conflict, conflict.current))
            item.setToolTip(3, "\n".join(self.side_text(conflict, o) for o in conflict.others))
            tree.addTopLevelItem(item)
            if key == (conflict.table, conflict.row_id, conflict.column):
                item.setSelected(True)
                tree.setCurrentItem(item)
        self.ui.conflictsLabel.setText(self.tr("&Conflicts to decide ({count})").format(
            count=self._number(len(self.conflicts))) if self.conflicts
            else self.tr("&Conflicts to decide: none"))
        self._size_columns()
        self._update_decide_buttons()

    def _size_columns(self) -> None:
        """Shares of the width, so that the other value shows as much as the current one."""
        tree = self.ui.conflictsTree
        width = tree.viewport().width()
        for column, share in enumerate(COLUMN_SHARES):
            tree.setColumnWidth(column, int(width * share))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def selected_conflict(self) -> Conflict | None:
        items = self.ui.conflictsTree.selectedItems()
        if not items:
            return None
        number = items[0].data(0, Qt.ItemDataRole.UserRole)
        return self.conflicts[number] if number is not None and number < len(self.conflicts) \
            else None

    def select_conflict(self, number: int) -> None:
        tree = self.ui.conflictsTree
        item = tree.topLevelItem(number)
        tree.setCurrentItem(item)
        item.setSelected(True)

    def keep_buttons(self) -> list[QPushButton]:
        return list(self._keep_buttons)

    def _update_decide_buttons(self) -> None:
        ui = self.ui
        for button in self._keep_buttons:
            ui.keepLayout.removeWidget(button)
            button.deleteLater()
        self._keep_buttons = []
        conflict = self.selected_conflict()
        ui.mergeButton.setVisible(conflict is not None and not conflict.is_delete)
        ui.mergeButton.setEnabled(conflict is not None
                                  and is_text_field(conflict.table, conflict.column))
        for button in (ui.restoreButton, ui.keepDeletedButton):
            button.setVisible(conflict is not None and conflict.is_delete)
        if conflict is None or conflict.is_delete:
            return
        for side in (conflict.current, *conflict.others):
            value = self.side_value(conflict, side)
            button = QPushButton(self.tr("Keep “{value}” ({who})").format(
                value=_short(value, BUTTON_VALUE_CHARS) or self.tr("(empty)"), who=side.who))
            button.setObjectName("keepValueButton")
            button.setToolTip(self.tr("Keep this value: {side}").format(
                side=self.side_text(conflict, side)))
            button.setAccessibleName(self.tr("Keep this value"))
            button.clicked.connect(lambda _checked=False, s=side: self.keep(s))
            ui.keepLayout.addWidget(button)
            self._keep_buttons.append(button)

    def _settle(self, conflict: Conflict, value) -> bool:
        try:
            conflict_service.resolve(self.ctx, conflict.table, conflict.row_id, conflict.column,
                                     value)
        except InputRejected as exc:
            QMessageBox.warning(self, self.tr("Not settled"), str(exc))
            self.refresh_conflicts()
            return False
        self.refresh()
        self.dataChanged.emit()
        return True

    def keep(self, side: Side) -> bool:
        """Keep one of the values of the selected conflict."""
        conflict = self.selected_conflict()
        return conflict is not None and self._settle(conflict, side.value)

    def merge_dialog(self) -> ConflictMergeDialog | None:
        conflict = self.selected_conflict()
        if conflict is None or not is_text_field(conflict.table, conflict.column):
            return None
        return ConflictMergeDialog(conflict, self.field_name(conflict), self)

    def merge(self) -> bool:
        dialog = self.merge_dialog()
        if dialog is None:
            return False
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            return self._settle(dialog.conflict, dialog.value())
        finally:
            dialog.deleteLater()

    def decide_deleted(self, choice: str) -> bool:
        """Edited on one device, deleted on another: RESTORE or KEEP_DELETED."""
        conflict = self.selected_conflict()
        return conflict is not None and conflict.is_delete and self._settle(conflict, choice)
