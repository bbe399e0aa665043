"""The period summary PDF of 1,000 activities against a bare reportlab table of the same rows.

    .venv/bin/python bench/pdf_summary.py [--runs 5] [--json]

Reuses docs/reports/time_period_summary.py (its demo data, its bare table, its "cold" report:
the text layout caches emptied before each build, as in a fresh process). Prints the medians.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _timing_module():
    spec = importlib.util.spec_from_file_location(
        "time_period_summary", ROOT / "docs" / "reports" / "time_period_summary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(runs: int) -> dict:
    tps = _timing_module()
    tps.RUNS = 1  # one build per call of its timer; the loop below repeats
    from glo_act_desktop.services import reports
    from glo_act_desktop.services.context import AppContext
    from glo_act_desktop.services.demo import generate_demo
    from glo_act_desktop.services.records import delete_records
    from glo_act_desktop.services.setup import init_device
    from glo_act_desktop.domain.scope import Scope
    from glo_act_desktop.store.repositories.records import all_ids

    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(Path(folder) / "data")
        try:
            init_device(ctx, "NP", "Timing laptop")
            generate_demo(ctx, 1178, seed=7)
            with ctx.db.reading() as session:
                first = all_ids(session, "consultations")[0]
            delete_records(ctx, "consultations", [first])
            activities = reports.read_period(ctx, Scope(), tps.TODAY).figures.activities
            out = Path(folder) / "period.pdf"
            full, pages = [], 0
            bare = []
            for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
                t, pages = tps.timed(lambda: reports.build_period_summary(
                    ctx, Scope(), out, today=tps.TODAY), tps.cold)
                full += t
                b, _ = tps.timed(lambda: tps.bare_table(ctx, Path(folder) / "bare.pdf"))
                bare += b
        finally:
            ctx.close()
    return {"activities": activities, "pages": pages,
            "report_median_s": round(statistics.median(full), 3),
            "bare_median_s": round(statistics.median(bare), 3),
            "ratio": round(statistics.median(full) / statistics.median(bare), 2),
            "report_s": [round(t, 3) for t in full], "bare_s": [round(t, 3) for t in bare]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.runs)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
