"""Time a 1,000-activity period summary next to a bare reportlab table of the same rows.

    .venv/bin/python docs/reports/time_period_summary.py

Demo data: 1,178 records (530 consultations, 470 trainings once one consultation is deleted:
1,000 activities, and 177 grants). Each build is timed five times; the best and the median
are printed, the report both "cold" (the text layout's caches emptied first, as in a fresh
process) and "warm" (a second report in the same session). The bare table is what reportlab does with no shaping, no bidi, no wrapping and
no translation: one Table of the trainings' and consultations' rows as plain strings.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from glo_act_desktop.domain.scope import Scope  # noqa: E402
from glo_act_desktop.reports import text  # noqa: E402
from glo_act_desktop.services import reports  # noqa: E402
from glo_act_desktop.services.context import AppContext  # noqa: E402
from glo_act_desktop.services.demo import generate_demo  # noqa: E402
from glo_act_desktop.services.records import delete_records  # noqa: E402
from glo_act_desktop.services.setup import init_device  # noqa: E402
from glo_act_desktop.store.repositories.records import all_ids  # noqa: E402

TODAY = date(2025, 6, 30)
RUNS = 5


def bare_table(ctx: AppContext, out: Path) -> int:
    data = reports.read_period(ctx, Scope(), TODAY)
    rows = [["Start", "Title", "Place", "F", "M", "O", "Total", "Pre", "Post", "Gain"]]
    for t in data.trainings:
        gain = None if t.pre_test_avg is None or t.post_test_avg is None \
            else round(t.post_test_avg - t.pre_test_avg, 1)
        rows.append([t.start_date.isoformat(), t.title, f"{t.venue}, {t.country}", t.female,
                     t.male, t.other, t.female + t.male + t.other, t.pre_test_avg,
                     t.post_test_avg, gain])
    for c in data.consultations:
        rows.append([c.date.isoformat(), c.title, c.type, c.place,
                     ", ".join(c.counterpart_types), c.participants, "", "", "", ""])
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build([Table(rows, repeatRows=1)])
    return doc.page


def cold() -> None:
    text.clear_caches()  # every cache of the text layout and the font choice


def timed(action, before=lambda: None) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(RUNS):
        before()
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return times, result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(Path(folder) / "data")
        init_device(ctx, "NP", "Timing laptop")
        generate_demo(ctx, 1178, seed=7)
        with ctx.db.reading() as session:
            first = all_ids(session, "consultations")[0]
        delete_records(ctx, "consultations", [first])
        activities = reports.read_period(ctx, Scope(), TODAY).figures.activities
        build = lambda: reports.build_period_summary(  # noqa: E731
            ctx, Scope(), Path(folder) / "period.pdf", today=TODAY)
        full, pages = timed(build, cold)
        warm, _ = timed(build)
        bare, bare_pages = timed(lambda: bare_table(ctx, Path(folder) / "bare.pdf"))
        ctx.close()
    print(f"period summary of {activities:,} activities: {pages} pages, "
          f"cold best {min(full):.2f} s, median {statistics.median(full):.2f} s; "
          f"warm best {min(warm):.2f} s, median {statistics.median(warm):.2f} s")
    print(f"bare reportlab table of the same {activities:,} rows: {bare_pages} pages, "
          f"best {min(bare):.2f} s, median {statistics.median(bare):.2f} s")


if __name__ == "__main__":
    main()
