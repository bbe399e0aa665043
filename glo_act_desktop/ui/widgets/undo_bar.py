"""A thin bar that says what just happened and offers to take it back: "Deleted … [Undo] [×]".

    bar = UndoBar(parent)
    bar.show_message(tr("Deleted the training “X”."), lambda: undo_delete(ctx, kind, id))

Undo runs the callback once and hides the bar; the bar also hides itself after a while.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

DEFAULT_TIMEOUT_MS = 30_000


class UndoBar(QFrame):
    undone = Signal()       # Undo was pressed and its callback ran
    dismissed = Signal()    # closed without undoing (× or timeout)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#undoBar { background: #e8f0fb; border: 1px solid #9db7dc; "
                           "border-radius: 3px; } #undoBar QLabel { color: #10243e; }")
        self.setAccessibleName(self.tr("Notice"))
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.undoButton = QPushButton(self.tr("&Undo"), self)
        self.undoButton.setObjectName("undoButton")
        self.closeButton = QToolButton(self)
        self.closeButton.setObjectName("closeButton")
        self.closeButton.setText("×")
        self.closeButton.setAutoRaise(True)
        self.closeButton.setToolTip(self.tr("Dismiss"))
        self.closeButton.setAccessibleName(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.messageLabel, 1)
        layout.addWidget(self.undoButton)
        layout.addWidget(self.closeButton)
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.undoButton.clicked.connect(self.undo)
        self.closeButton.clicked.connect(self.dismiss)
        self.hide()

    def show_message(self, text: str, undo: Callable[[], object] | None = None,
                     timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        self.messageLabel.setText(text)
        self.undoButton.setVisible(undo is not None)
        self._undo = undo
        self.show()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def message(self) -> str:
        return self.messageLabel.text()

    def undo(self) -> None:
        callback, self._undo = self._undo, None
        self._timer.stop()
        self.hide()
        if callback is not None:
            callback()
            self.undone.emit()

    def dismiss(self) -> None:
        self._undo = None
        self._timer.stop()
        if self.isVisible() or not self.isHidden():
            self.hide()
            self.dismissed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
