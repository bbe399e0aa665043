"""Filter latency: from the search box's debounce firing to the register painting its new rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/filter_latency.py DATA_DIR [--reps 5] [--json]

Drives the real FilterBar, RegisterModel and a QTableView in one offscreen process. For each
query the text is set in the search box (as typing does); the clock starts when the debounce
timer fires (its timer event, before the filters are emitted) and stops at the first paint of
the view after the model was reset. The debounce delay itself is therefore not in the figure;
it is shortened to 20 ms here only so the run takes less time. The record count in a worker
thread is awaited between queries but not timed (the rows show before it).

The floor is the same path with no search text: an unfiltered first page read and painted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from glo_act_desktop.domain.filters import Filters  # noqa: E402
from glo_act_desktop.services.context import AppContext  # noqa: E402
from glo_act_desktop.ui.models.register_model import RegisterModel  # noqa: E402
from glo_act_desktop.ui.widgets.filter_bar import FilterBar  # noqa: E402

# What officers type: places, organisations, topics, a few letters of them; some match little.
QUERIES = {
    "consultations": ("k", "ka", "Kat", "Kath", "Pokhara", "po", "IOM", "un", "Min", "Ministry",
                      "police", "Bor", "court", "law", "Sh", "Shelter", "x", "zq", "Jaffna",
                      "Colombo", "Coast", "Lega", "migrant", "Bureau"),
    "trainings": ("v", "vi", "Vic", "victim", "fi", "Financ", "Border", "ju", "Judicial", "on",
                  "online", "Lah", "Lahore", "Dhaka", "q", "zq", "evidence", "Cox", "lab",
                  "Labour", "trauma", "Kabul", "Erbil", "Osh"),
    "grants": ("s", "sa", "Saf", "Safe", "Hope", "ho", "VAG", "VAG/NP", "NP/2", "Trust", "Ch",
               "Child", "Rural", "Le", "Legal", "Network", "x", "zq", "Alliance", "Commun",
               "Partners", "VAG/LK", "20", "Ru"),
}
DEBOUNCE_FOR_BENCH_MS = 20


class _Clock(QObject):
    """Starts on the debounce timer's event, stops on the first paint after a model reset."""

    def __init__(self, timer: QObject, viewport: QObject):
        super().__init__()
        self.started: float | None = None
        self.stopped: float | None = None
        self._reset = False
        timer.installEventFilter(self)
        viewport.installEventFilter(self)
        self._timer = timer

    def model_reset(self) -> None:
        self._reset = True

    def arm(self) -> None:
        self.started = self.stopped = None
        self._reset = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._timer and event.type() == QEvent.Type.Timer:
            if self.started is None:
                self.started = time.perf_counter()
        elif event.type() == QEvent.Type.Paint and self._reset and self.stopped is None:
            self.stopped = time.perf_counter()
        return False


def _spin(until, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the register did not update in time")
        QCoreApplication.processEvents()
        time.sleep(0.0005)


def measure(data_dir: Path, reps: int) -> dict:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = AppContext.open(data_dir)
    samples: dict[str, list[tuple[str, float]]] = {}
    floor: list[float] = []
    try:
        for kind, queries in QUERIES.items():
            window = QWidget()
            layout = QVBoxLayout(window)
            bar = FilterBar(ctx.reference, kind, window)
            model = RegisterModel(ctx, kind, window)
            view = QTableView(window)
            view.setModel(model)
            layout.addWidget(bar)
            layout.addWidget(view)
            bar._debounce.setInterval(DEBOUNCE_FOR_BENCH_MS)  # noqa: SLF001 (bench only)
            bar.filtersChanged.connect(model.set_filters)
            model.refresh()
            window.resize(1200, 700)
            window.show()
            clock = _Clock(bar._debounce, view.viewport())  # noqa: SLF001
            model.modelReset.connect(clock.model_reset)
            for _ in range(3):
                QCoreApplication.processEvents()
            rows: list[tuple[str, float]] = []
            for rep in range(reps + 1):  # the first round warms caches and is not kept
                for query in (*queries, ""):
                    clock.arm()
                    bar.search.setText(query)
                    _spin(lambda: clock.stopped is not None)
                    _spin(lambda: not model.is_counting())
                    elapsed = (clock.stopped - clock.started) * 1000
                    if rep:
                        (floor.append(elapsed) if query == "" else rows.append((query, elapsed)))
            samples[kind] = rows
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()
    finally:
        ctx.close()
    del app
    return {"samples": samples, "floor": floor}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(result: dict) -> dict:
    every = [ms for rows in result["samples"].values() for _q, ms in rows]
    short = [ms for rows in result["samples"].values() for q, ms in rows if len(q) < 3]
    long = [ms for rows in result["samples"].values() for q, ms in rows if len(q) >= 3]
    per_kind = {kind: round(p95([ms for _q, ms in rows]), 1)
                for kind, rows in result["samples"].items()}
    slowest: dict[str, list[float]] = {}
    for kind, rows in result["samples"].items():
        for q, ms in rows:
            slowest.setdefault(f"{kind}:{q}", []).append(ms)
    worst = sorted(((statistics.median(v), k) for k, v in slowest.items()), reverse=True)[:5]
    return {
        "p95_ms": round(p95(every), 1),
        "median_ms": round(statistics.median(every), 1),
        "p95_short_ms": round(p95(short), 1),
        "p95_3plus_ms": round(p95(long), 1),
        "p95_by_kind_ms": per_kind,
        "floor_median_ms": round(statistics.median(result["floor"]), 1),
        "slowest_median_ms": {k: round(v, 1) for v, k in worst},
        "samples": len(every),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    result = summary(measure(args.data_dir, args.reps))
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
