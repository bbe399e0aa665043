"""The Sync page: what sync with headquarters will do, said plainly, and that it is not here yet.

No buttons: nothing on this page pretends to work before it does.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

TEXT_WIDTH_CHARS = 75  # a comfortable line length for reading


class SyncPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncPage")
        self.setAccessibleName(self.tr("Sync"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        self.headingLabel = self._label(
            f'<span style="font-size:large; font-weight:600">'
            f'{html.escape(self.tr("Sync with headquarters"))}</span>', "headingLabel")
        self.notYetLabel = self._label(
            "<b>" + html.escape(self.tr(
                "Not available in this version yet. Everything you record stays on this "
                "laptop, in its data folder, until sync arrives in an update.")) + "</b>",
            "notYetLabel")
        items = [
            self.tr("Carry your records to headquarters on a USB stick or as an email "
                    "attachment, in one bundle file. No internet connection is needed while "
                    "you work."),
            self.tr("The bundle is encrypted so that only headquarters can read it, and signed "
                    "by this laptop so that nobody can change it on the way."),
            self.tr("Headquarters merges the bundles of every laptop and sends one back to you "
                    "with your colleagues' records from the same country."),
            self.tr("When two people changed the same field of the same record, nothing is "
                    "silently overwritten: the conflict is shown here for you to decide."),
            self.tr("A bundle that is lost or imported twice does no harm: the next one carries "
                    "everything again, and nothing is duplicated."),
        ]
        self.whatLabel = self._label(
            html.escape(self.tr("What sync will let you do:")) + "<ul>"
            + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>",
            "whatLabel")
        self.meanwhileLabel = self._label(html.escape(self.tr(
            "Until then, keep recording as usual: what you enter now will go with your first "
            "bundle, with nothing to type again.")), "meanwhileLabel")
        for label in (self.headingLabel, self.notYetLabel, self.whatLabel, self.meanwhileLabel):
            layout.addWidget(label)
        layout.addStretch(1)
        room = self.fontMetrics().averageCharWidth() * TEXT_WIDTH_CHARS
        body.setMaximumWidth(room + 48)
        self.setWidget(body)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def text(self) -> str:
        """Everything the page says, as plain text (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument
        document = QTextDocument()
        parts = []
        for label in (self.headingLabel, self.notYetLabel, self.whatLabel, self.meanwhileLabel):
            document.setHtml(label.text())
            parts.append(document.toPlainText())
        return "\n".join(parts)
