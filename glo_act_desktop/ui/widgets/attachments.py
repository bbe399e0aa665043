"""The Attachments section of a record editor: the files added to the record (name and size),
with Add…, Open and Remove.

Files are stored as soon as they are added (services/attachments.py), not when the record is
saved, so they can only be added to a record that is saved already: for a new record Add is off
and the section says why. Removing an attachment takes it off the record; the stored file stays.

    panel.set_context(ctx)
    panel.set_record("consultations", record_id, saved=True)
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from glo_act_desktop.services.attachments import (
    MAX_ATTACHMENT_BYTES, add_attachment, list_attachments, open_copy_path, remove_attachment,
)
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories.attachments import Attachment

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    """List of a record's attachments with Add…, Open and Remove."""

    changed = Signal(int)  # the number of attachments, after an add or a remove

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.kind = ""
        self.record_id = ""
        self.saved = False
        self._attachments: list[Attachment] = []

        self.hintLabel = QLabel(self)
        self.hintLabel.setObjectName("attachmentsHint")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.listView = QTreeWidget(self)
        self.listView.setObjectName("attachmentsList")
        self.listView.setColumnCount(2)
        self.listView.setRootIsDecorated(False)
        self.listView.setUniformRowHeights(True)
        self.listView.setAlternatingRowColors(True)
        self.listView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.listView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.listView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("attachmentsStatus")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.addButton = QPushButton(self)
        self.addButton.setObjectName("addAttachmentButton")
        self.openButton = QPushButton(self)
        self.openButton.setObjectName("openAttachmentButton")
        self.removeButton = QPushButton(self)
        self.removeButton.setObjectName("removeAttachmentButton")

        buttons = QHBoxLayout()
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.openButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hintLabel)
        layout.addWidget(self.listView, 1)
        layout.addWidget(self.statusLabel)
        layout.addLayout(buttons)
        self.setTabOrder(self.listView, self.addButton)
        self.setTabOrder(self.addButton, self.openButton)
        self.setTabOrder(self.openButton, self.removeButton)

        self.addButton.clicked.connect(self.add_file)
        self.openButton.clicked.connect(self.open_selected)
        self.removeButton.clicked.connect(self.remove_selected)
        self.listView.itemSelectionChanged.connect(self._update_buttons)
        self.listView.itemActivated.connect(lambda *_args: self.open_selected())
        self._retranslate()
        self._update_buttons()

    def _retranslate(self) -> None:
        cap = self._size_text(MAX_ATTACHMENT_BYTES)
        self.hintLabel.setText(self.tr(
            "Attendance sheets, agreements, photos: files added here are stored at once (they "
            "do not wait for Save) and travel with the record when you sync. At most %1 per "
            "file.").replace("%1", cap))
        self.listView.setHeaderLabels([self.tr("File"), self.tr("Size")])
        self.listView.setAccessibleName(self.tr("Attachments"))
        self.addButton.setText(self.tr("&Add file…"))
        self.openButton.setText(self.tr("&Open"))
        self.openButton.setToolTip(self.tr("Open the selected file in the program your computer "
                                           "uses for it (a copy: the stored file is not changed)"))
        self.removeButton.setText(self.tr("&Remove"))
        self.removeButton.setToolTip(self.tr("Take the selected file off this record"))

    def _size_text(self, size: int) -> str:
        return self.locale().formattedDataSize(
            size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    # -- state ---------------------------------------------------------------------------------
    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def set_record(self, kind: str, record_id: str, *, saved: bool) -> None:
        """Show the attachments of a record; a record not saved yet has none and cannot get any."""
        self.kind, self.record_id, self.saved = kind, record_id, saved
        self.refresh()

    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def file_names(self) -> list[str]:
        """The names as listed (what tests and screen readers read)."""
        return [self.listView.topLevelItem(i).text(0)
                for i in range(self.listView.topLevelItemCount())]

    def refresh(self) -> None:
        selected = self._selected()
        keep = selected.id if selected is not None else None
        if self.ctx is not None and self.saved and self.record_id:
            self._attachments = list_attachments(self.ctx, self.kind, self.record_id)
        else:
            self._attachments = []
        self.listView.clear()
        for attachment in self._attachments:
            item = QTreeWidgetItem([attachment.file_name, self._size_text(attachment.size)])
            item.setData(0, ID_ROLE, attachment.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, self.tr("%1 (%2), added by %3 on %4")
                            .replace("%1", attachment.file_name)
                            .replace("%2", attachment.media_type)
                            .replace("%3", attachment.created_by)
                            .replace("%4", attachment.created_at.astimezone()
                                     .strftime("%Y-%m-%d %H:%M")))
            self.listView.addTopLevelItem(item)
            if attachment.id == keep:
                item.setSelected(True)
                self.listView.setCurrentItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_add = self.ctx is not None and self.saved and bool(self.record_id)
        self.addButton.setEnabled(can_add)
        self.addButton.setToolTip(
            self.tr("Choose a file to add to this record") if can_add else
            self.tr("Save the record first: files can be added to a saved record only"))
        chosen = self._selected() is not None
        self.openButton.setEnabled(chosen)
        self.removeButton.setEnabled(chosen)
        if not can_add:
            text = self.tr("Save the record first, then add its files here.")
        elif not self._attachments:
            text = self.tr("No files yet. Press Add file… to add one.")
        elif len(self._attachments) == 1:
            text = self.tr("1 file.")
        else:
            text = self.tr("%1 files.").replace("%1", self.locale().toString(
                len(self._attachments)))
        self.statusLabel.setText(text)

    def _selected(self) -> Attachment | None:
        item = self.listView.currentItem()
        if item is None or not item.isSelected():
            return None
        wanted = item.data(0, ID_ROLE)
        return next((a for a in self._attachments if a.id == wanted), None)

    # -- actions -------------------------------------------------------------------------------
    def add_file(self) -> bool:
        """Ask for a file and add it. True when one was added."""
        if self.ctx is None or not self.saved:
            return False
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a file to this record"), "",
            self.tr("All files (*)"))
        if not path:
            return False
        try:
            added = add_attachment(self.ctx, self.kind, self.record_id, path)
        except InputRejected as exc:
            QMessageBox.warning(self, self.tr("File not added"), str(exc))
            return False
        except OSError as exc:
            log.exception("adding %s to %s %s failed", path, self.kind, self.record_id)
            QMessageBox.critical(self, self.tr("File not added"),
                                 self.tr("The file could not be stored: %1")
                                 .replace("%1", exc.strerror or str(exc)))
            return False
        self.refresh()
        for i in range(self.listView.topLevelItemCount()):
            item = self.listView.topLevelItem(i)
            if item.data(0, ID_ROLE) == added.id:
                self.listView.setCurrentItem(item)
                item.setSelected(True)
        self.changed.emit(len(self._attachments))
        return True

    def open_selected(self) -> bool:
        attachment = self._selected()
        if attachment is None or self.ctx is None:
            return False
        try:
            path = open_copy_path(self.ctx, attachment)
        except InputRejected as exc:
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the file"),
                                exc.strerror or str(exc))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self, self.tr("Cannot open the file"),
                self.tr("No program on this computer opens “%1”. A copy is in %2.")
                .replace("%1", attachment.file_name).replace("%2", str(path.parent)))
            return False
        return True

    def remove_selected(self, *, confirm: bool = True) -> bool:
        attachment = self._selected()
        if attachment is None or self.ctx is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Remove attachment"),
                self.tr("Take “%1” off this record?").replace("%1", attachment.file_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        remove_attachment(self.ctx, attachment.id)
        self.refresh()
        self.changed.emit(len(self._attachments))
        return True
