"""Long work off the UI thread: a job runs in a worker, progress shows only if it takes a while,
and Cancel stops it at its next check. Jobs are service calls that write in one transaction, so
a cancelled job leaves nothing half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from glo_act_desktop.services.jobs import Cancelled, JobControl

SHOW_PROGRESS_AFTER_MS = 400  # quick jobs finish without a dialog flashing up


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[JobControl], Any], control: JobControl, signals: _Signals):
        super().__init__()
        self.job, self.control, self.signals = job, control, signals

    def run(self) -> None:
        try:
            result = self.job(self.control)
        except BaseException as exc:  # delivered to the UI thread, never lost in the worker
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Task(QObject):
    """One job in the worker pool, with an optional progress dialog on `parent`."""

    finished = Signal(object)   # the job's result
    failed = Signal(object)     # the exception it raised (Cancelled when the user cancelled)

    def __init__(self, parent: QWidget | None, label: str,
                 job: Callable[[JobControl], Any], *, show_progress: bool = True):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.control = JobControl(self._cancel, self._report)
        self._signals = _Signals()  # lives in the UI thread: emits from the worker are queued
        self._signals.progress.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._dialog: QProgressDialog | None = None
        if show_progress:
            self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowTitle(label)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self.cancel)
            self._dialog.setValue(0)  # starts the minimum-duration timer
        self._runnable = _Runnable(job, self.control, self._signals)

    def start(self, pool: QThreadPool | None = None) -> "Task":
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()
        if self._dialog:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def is_done(self) -> bool:
        return self._done.is_set()

    def _report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog and not self._cancel.is_set():
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, total))

    def _close_dialog(self) -> None:
        if self._dialog:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_succeeded(self, result: object) -> None:
        self._done.set()
        self._close_dialog()
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._done.set()
        self._close_dialog()
        self.failed.emit(exc)


def run_task(parent: QWidget | None, label: str, job: Callable[[JobControl], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             *, show_progress: bool = True) -> Task:
    """Start `job(control)` in the worker pool; `on_error` also receives Cancelled."""
    task = Task(parent, label, job, show_progress=show_progress)
    task.finished.connect(on_done)
    task.failed.connect(on_error)
    return task.start()


__all__ = ["Cancelled", "JobControl", "Task", "run_task"]
