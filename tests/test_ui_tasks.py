"""Long work in a worker: results arrive on the UI thread, Cancel leaves nothing half-written."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from sqlalchemy import text

from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.ui.tasks import Cancelled, run_task


def record_count(ctx) -> int:
    with ctx.db.reading() as session:
        return session.execute(text(
            "select (select count(*) from consultations) + (select count(*) from trainings) "
            "+ (select count(*) from grants)")).scalar()


def test_result_arrives_on_the_ui_thread(qtbot, ctx):
    seen = {}

    def on_done(result):
        seen["result"] = result
        seen["ui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    task = run_task(None, "Demo data", lambda control: generate_demo(ctx, 50, 2, control.progress),
                    on_done, lambda exc: seen.setdefault("error", exc), show_progress=False)
    qtbot.waitUntil(task.is_done, timeout=20_000)
    assert "error" not in seen
    assert seen["ui_thread"] is True
    assert seen["result"].trainings == 20
    assert record_count(ctx) == 50


def test_cancel_rolls_back_the_whole_job(qtbot, ctx):
    started = threading.Event()
    errors = []

    def job(control):
        def progress(done, total):
            started.set()
            time.sleep(0.05)  # give Cancel time to arrive between batches
            control.progress(done, total)
        return generate_demo(ctx, 12_000, 3, progress)

    task = run_task(None, "Demo data", job, lambda _r: None, errors.append, show_progress=False)
    assert started.wait(30)
    task.cancel()
    qtbot.waitUntil(task.is_done, timeout=30_000)
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert record_count(ctx) == 0  # the batches written before Cancel were rolled back


def test_progress_dialog_shows_for_slow_jobs_and_closes_after(qtbot, ctx):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def job(control):
        control.progress(1, 4)
        release.wait(10)
        return "done"

    results = []
    task = run_task(parent, "Importing", job, results.append, lambda exc: results.append(exc))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)),
                    timeout=5_000)
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.maximum() == 4 and dialog.value() == 1
    release.set()
    qtbot.waitUntil(task.is_done, timeout=5_000)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
    assert results == ["done"]
