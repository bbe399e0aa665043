"""Whole-process time from launch to the first painted register, against a bare PySide6 window.

    .venv/bin/python bench/startup.py --data-dir /tmp/glo-act-100k --records 100000

Both run offscreen and quit right after their first paint (the app through
GLO_ACT_QUIT_AFTER_SHOW=1); the medians of --runs launches are printed. The app reads the
dashboard's figures after its first paint; `--figures` also times launches that quit once they
are in the dashboard (GLO_ACT_QUIT_AFTER_SHOW=figures), i.e. when the officer sees the numbers. A missing data directory
is created first with `glo-act init` and `glo-act demo --records N`. Window settings go to a
temporary folder, so the user's remembered layout plays no part.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The baseline: what any PySide6 program with one table pays before its first paint.
BARE_WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(200, 10))
window.setCentralWidget(view)
quitter = QuitAfterFirstPaint()
view.viewport().installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _ensure_data(data_dir: Path, records: int) -> None:
    if (data_dir / "glo-act.sqlite3").exists():
        return
    app = [sys.executable, "-m", "glo_act_desktop", "--data-dir", str(data_dir)]
    print(f"creating {records:,} demo records in {data_dir} …", flush=True)
    subprocess.run([*app, "init", "--country", "NP", "--device-name", "Benchmark"], check=True)
    subprocess.run([*app, "demo", "--records", str(records)], check=True,
                   stderr=subprocess.DEVNULL)


def remember_page(settings: Path, page: str) -> None:
    """The window settings of an officer who closed the app on `page`."""
    from glo_act_desktop import APP_NAME
    from glo_act_desktop.ui.main_window import SETTINGS_ORGANISATION

    folder = settings / SETTINGS_ORGANISATION
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{APP_NAME}.ini").write_text(f"[mainWindow]\npage={page}\n", encoding="utf-8")


def measure(data_dir: Path, runs: int, figures: bool = False,
            page: str | None = None) -> dict[str, list[float]]:
    """Seconds per launch of the bare window and of the app on `data_dir` (one warm-up each);
    with `figures`, also of the app until the first page's data are in ("figures": the
    dashboard's figures, or a register's first rows). `page`: the app starts on that page, as
    it does for an officer who closed it there."""
    with tempfile.TemporaryDirectory() as settings:
        if page is not None:
            remember_page(Path(settings), page)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GLO_ACT_QUIT_AFTER_SHOW": "1",
               "XDG_CONFIG_HOME": settings}
        # An installed app starts from compiled bytecode: let the warm-up launch write Python's
        # cache (__pycache__, ignored by git) even where PYTHONDONTWRITEBYTECODE is set, else
        # every launch compiles the app's modules again (about 50 ms; bench/README.md).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-m", "glo_act_desktop", "--data-dir", str(data_dir)]
        commands = {"bare": ([sys.executable, "-c", BARE_WINDOW], env), "app": (app, env)}
        if figures:
            commands["figures"] = (app, {**env, "GLO_ACT_QUIT_AFTER_SHOW": "figures"})
        times: dict[str, list[float]] = {label: [] for label in commands}
        for label, (command, command_env) in commands.items():
            _timed(command, command_env)  # once unmeasured, so all start from a warm file cache
        for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
            for label, (command, command_env) in commands.items():
                times[label].append(_timed(command, command_env))
        return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--records", type=int, default=100_000,
                        help="demo records to create if the data directory is empty")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--figures", action="store_true",
                        help="also time the app until the first page's data are in")
    parser.add_argument("--page", help="start on this page (e.g. consultations), as remembered")
    args = parser.parse_args()
    _ensure_data(args.data_dir, args.records)
    labels = {"bare": "bare PySide6 window", "app": "glo-act main window",
              "figures": "glo-act with its data"}
    for key, times in measure(args.data_dir, args.runs, args.figures, args.page).items():
        print(f"{labels[key]:22} median {statistics.median(times) * 1000:6.0f} ms  "
              f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
