"""`make bench`: the app's performance figures, each against a floor measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--runs 5] [--demo-runs 3] [--only KEY]

Generated data is kept in bench/out/data-<records>-seed<seed>-schema<head>/ so that a second run
does not create 100,000 records again. Results go to bench/out/results.json and a table is
printed. What each figure means: bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import startup  # noqa: E402  (bench/startup.py)
import sync_throughput  # noqa: E402  (bench/sync_throughput.py)

SEED = 1
APP = [sys.executable, "-m", "glo_act_desktop"]

GOALS = {  # key: goal (at most, unless the key is in AT_LEAST)
    "startup_ratio": 2.0,
    "filter_ms_p95": 30.0,
    "pdf_ratio": 1.5,
    "sync_import_ratio": 0.33,
    "dist_mib": 150.0,  # the installer's one-folder build (build/README.md)
}
AT_LEAST = {"sync_import_ratio"}
# sync_import_peak_mib_100k: at most 1.5 × sync_import_peak_mib_10k (its "goal" is set per run)
PEAK_GROWTH = 1.5
NOT_MEASURED: dict[str, str] = {}  # key: why (filled when a figure cannot be measured)

# The installer's one-folder build (`make dist`, build/README.md).
DIST = ROOT / "build" / "dist" / "glo-act-field"
DIST_EXE = DIST / ("glo-act-field.exe" if sys.platform == "win32" else "glo-act-field")


class NotMeasured(Exception):
    """A figure that cannot be measured in this run (its reason goes to the table)."""


def schema_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location",
                           str(ROOT / "glo_act_desktop" / "store" / "migrations"))
    return ScriptDirectory.from_config(config).get_current_head()


def _run(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    return time.perf_counter() - started


def _init(folder: Path) -> None:
    subprocess.run([*APP, "--data-dir", str(folder), "init", "--country", "NP",
                    "--device-name", "Benchmark"], check=True, stdout=subprocess.DEVNULL)


def _demo(folder: Path, records: int) -> float:
    """A fresh data directory with `records` demo records; the seconds `glo-act demo` took."""
    _init(folder)
    return _run([*APP, "--data-dir", str(folder), "demo", "--records", str(records),
                 "--seed", str(SEED)])


def dataset(records: int, head: str, timings: list[float] | None = None) -> Path:
    """The cached data directory with `records` demo records, made if missing (its demo time is
    appended to `timings`)."""
    folder = OUT / f"data-{records}-seed{SEED}-schema{head}"
    if (folder / "complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"  generating {records:,} demo records in {folder.relative_to(ROOT)} …", flush=True)
    seconds = _demo(folder, records)
    if timings is not None:
        timings.append(seconds)
    (folder / "complete").write_text(f"{seconds:.2f}\n")
    return folder


# --- the figures -----------------------------------------------------------------------------

def bench_startup(args, head: str) -> dict:
    data = dataset(100_000, head)
    times = startup.measure(data, args.runs)
    app, bare = statistics.median(times["app"]), statistics.median(times["bare"])
    return {"value": round(app / bare, 2), "unit": "×",
            "detail": f"app {app * 1000:.0f} ms / bare QMainWindow+QTableView {bare * 1000:.0f} ms"
                      f" (medians of {args.runs})",
            "app_ms": [round(t * 1000) for t in times["app"]],
            "floor_ms": [round(t * 1000) for t in times["bare"]]}


def bench_startup_register(args, head: str) -> dict:
    """Start-up of an officer who closed the app on the consultations register: the window's
    first paint, then its first rows (read after that paint)."""
    data = dataset(100_000, head)
    times = startup.measure(data, args.runs, figures=True, page="consultations")
    paint, rows, bare = (statistics.median(times[k]) for k in ("app", "figures", "bare"))
    return {"value": round(rows / bare, 2), "unit": "×",
            "detail": f"started on the consultations register: first paint {paint * 1000:.0f} ms "
                      f"({paint / bare:.2f}×), first rows {rows * 1000:.0f} ms / bare "
                      f"{bare * 1000:.0f} ms (medians of {args.runs})",
            "paint_ms": [round(t * 1000) for t in times["app"]],
            "rows_ms": [round(t * 1000) for t in times["figures"]],
            "floor_ms": [round(t * 1000) for t in times["bare"]]}


def bench_filter(args, head: str) -> dict:
    data = dataset(100_000, head)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, str(BENCH / "filter_latency.py"), str(data),
                          "--reps", str(args.runs), "--json"],
                         check=True, capture_output=True, text=True, env=env).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return {"value": result["p95_ms"], "unit": "ms",
            "detail": f"debounce timeout → first paint; 1–2 chars p95 {result['p95_short_ms']}, "
                      f"3+ p95 {result['p95_3plus_ms']}; floor (no text) median "
                      f"{result['floor_median_ms']} ms",
            **result}


def bench_pdf(args, head: str) -> dict:
    out = subprocess.run([sys.executable, str(BENCH / "pdf_summary.py"), "--runs",
                          str(args.runs), "--json"],
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    return {"value": result["ratio"], "unit": "×",
            "detail": f"{result['activities']:,} activities, {result['pages']} pages: report "
                      f"{result['report_median_s']:.2f} s / bare table "
                      f"{result['bare_median_s']:.2f} s",
            **result}


def _sqlite_floor(rows: int, columns: int = 12) -> float:
    """Seconds for bare sqlite3 to insert `rows` rows of `columns` short texts and a text key in
    one transaction (WAL, synchronous=FULL, as the app): what any store of these rows pays."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "floor.sqlite3"
        started = time.perf_counter()
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        names = ", ".join(f"c{i} TEXT" for i in range(columns))
        con.execute(f"CREATE TABLE t (id TEXT PRIMARY KEY, {names})")
        marks = ", ".join("?" * (columns + 1))
        con.execute("BEGIN IMMEDIATE")
        con.executemany(f"INSERT INTO t VALUES ({marks})",
                        ((f"{i:032x}", *(f"text {i} {c}" for c in range(columns)))
                         for i in range(rows)))
        con.execute("COMMIT")
        con.close()
        return time.perf_counter() - started


def bench_demo(args, head: str) -> dict:
    times: list[float] = []
    dataset(100_000, head, times)  # made now if missing: that run counts
    with tempfile.TemporaryDirectory() as folder:
        for i in range(max(0, args.demo_runs - len(times))):
            times.append(_demo(Path(folder) / f"run{i}", 100_000))
            shutil.rmtree(Path(folder) / f"run{i}")
    floor = statistics.median(_sqlite_floor(100_000) for _ in range(3))
    value = statistics.median(times)
    return {"value": round(value, 1), "unit": "s",
            "detail": f"`glo-act demo --records 100000`, median of {len(times)}; floor: bare "
                      f"sqlite3 insert of 100,000 rows {floor:.2f} s (×{value / floor:.0f})",
            "runs_s": [round(t, 2) for t in times], "floor_s": round(floor, 3)}


def _openpyxl_floor(path: Path) -> float:
    code = ("import sys, openpyxl\n"
            "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
            "for ws in wb.worksheets:\n"
            "    for row in ws.iter_rows(values_only=True):\n"
            "        pass\n")
    return _run([sys.executable, "-c", code, str(path)])


def bench_sheet(args, head: str) -> dict:
    # 22,223 demo records hold exactly 10,000 consultations (45 %).
    source = dataset(22_223, head)
    sheet = source / "consultations-10k.xlsx"
    if not sheet.exists():
        subprocess.run([*APP, "--data-dir", str(source), "sheet", "export", "--kind",
                        "consultations", "-o", str(sheet)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    times, floors = [], []
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty"
        _init(empty)
        for i in range(args.runs):
            target = Path(folder) / f"run{i}"
            shutil.copytree(empty, target)
            times.append(_run([*APP, "--data-dir", str(target), "sheet", "import", str(sheet),
                               "--kind", "consultations"]))
            shutil.rmtree(target)
            floors.append(_openpyxl_floor(sheet))
    value, floor = statistics.median(times), statistics.median(floors)
    return {"value": round(value, 2), "unit": "s",
            "detail": f"whole `glo-act sheet import` of 10,000 consultations into an empty "
                      f"database, median of {args.runs}; floor: openpyxl reading the file "
                      f"{floor:.2f} s (×{value / floor:.1f})",
            "runs_s": [round(t, 2) for t in times], "floor_s": round(floor, 3)}


# The sync figures share their runs: one set of 100,000-change imports gives both the import
# ratio and its peak memory.
_SYNC: dict[str, dict] = {}


def _sync_runs(args, head: str, mode: str, changes: int) -> dict:
    key = f"{mode}-{changes}"
    if key not in _SYNC:
        folder = sync_throughput.prepare(sync_throughput.records_for(changes), head)
        _SYNC[key] = sync_throughput.measure(folder, mode, args.runs,
                                             with_floor=changes == 100_000)
    return _SYNC[key]


def _spread(values: list[float]) -> str:
    return f"{min(values):g}–{max(values):g}"


def _sqlite_share(r: dict) -> str:
    heap = [v for v in r["sqlite_peak_mib"] if v is not None]
    return f"; SQLite's own heap peak {statistics.median(heap)} MiB of it" if heap else ""


def bench_sync_import(args, head: str) -> dict:
    r = _sync_runs(args, head, "import", 100_000)
    return {"value": r["ratio"], "unit": "×",
            "detail": f"HQ imports {r['rows']:,} changes at {r['rate']:,}/s (median "
                      f"{statistics.median(r['seconds']):.2f} s of {args.runs}, ratios "
                      f"{_spread(r['ratios'])}; CPU-time ratio {r['cpu_ratio']}); floor: bare "
                      f"sqlite3 inserts of the {r['floor_rows']:,} record rows "
                      f"{r['floor_rate']:,}/s",
            **r}


def bench_sync_export(args, head: str) -> dict:
    r = _sync_runs(args, head, "export", 100_000)
    return {"value": r["ratio"], "unit": "×",
            "detail": f"a laptop writes {r['rows']:,} changes for HQ at {r['rate']:,}/s (median "
                      f"{statistics.median(r['seconds']):.2f} s of {args.runs}, ratios "
                      f"{_spread(r['ratios'])}; CPU-time ratio {r['cpu_ratio']}); floor: bare "
                      f"sqlite3 inserts of the same rows {r['floor_rate']:,}/s",
            **r}


def bench_sync_peak_10k(args, head: str) -> dict:
    r = _sync_runs(args, head, "import", 10_000)
    return {"value": statistics.median(r["peak_mib"]), "unit": "MiB",
            "detail": f"RSS high-water mark importing {r['rows']:,} changes, over the process's "
                      f"{r['baseline_mib']} MiB before it (runs {_spread(r['peak_mib'])})"
                      f"{_sqlite_share(r)}",
            **r}


def bench_sync_peak_100k(args, head: str) -> dict:
    small = statistics.median(_sync_runs(args, head, "import", 10_000)["peak_mib"])
    r = _sync_runs(args, head, "import", 100_000)
    value = statistics.median(r["peak_mib"])
    return {"value": value, "unit": "MiB",
            "goal": round(PEAK_GROWTH * small, 1),
            "detail": f"RSS high-water mark importing {r['rows']:,} changes, over the process's "
                      f"{r['baseline_mib']} MiB before it (runs {_spread(r['peak_mib'])})"
                      f"{_sqlite_share(r)}; {value / small:.2f}× the 10k figure (goal ≤ "
                      f"{PEAK_GROWTH:g}×)",
            "peak_mib": r["peak_mib"], "sqlite_peak_mib": r["sqlite_peak_mib"],
            "rows": r["rows"]}


def _dist_built() -> None:
    if not DIST_EXE.is_file():
        raise NotMeasured(f"no one-folder build at {DIST.relative_to(ROOT)} (run `make dist`)")


def bench_dist_size(args, head: str) -> dict:
    _dist_built()
    # Symbolic links (PyInstaller links some libraries to where Python looks) are not counted.
    files = [p for p in DIST.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    qt = sum(p.stat().st_size for p in files if "PySide6" in p.parts)
    return {"value": round(total / 2**20, 1), "unit": "MiB",
            "detail": f"{len(files):,} files in {DIST.relative_to(ROOT)}; PySide6 and Qt "
                      f"{qt / 2**20:.0f} MiB of it (budget 150 MiB)"}


def bench_frozen_startup(args, head: str) -> dict:
    """The frozen program's start to its first painted register over the same start from source,
    measured as startup.py measures startup_ratio's app (offscreen, GLO_ACT_QUIT_AFTER_SHOW=1,
    fresh window settings, a warm-up each, interleaved), on the same 100,000-record data."""
    _dist_built()
    data = dataset(100_000, head)
    with tempfile.TemporaryDirectory() as settings:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GLO_ACT_QUIT_AFTER_SHOW": "1",
               "XDG_CONFIG_HOME": settings}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as startup.py: source runs from bytecode
        commands = {"source": [*APP, "--data-dir", str(data)],
                    "frozen": [str(DIST_EXE), "--data-dir", str(data)]}
        times: dict[str, list[float]] = {label: [] for label in commands}
        for command in commands.values():
            _run(command, env)  # warm-up, unmeasured
        for _ in range(args.runs):
            for label, command in commands.items():
                times[label].append(_run(command, env))
    frozen, source = statistics.median(times["frozen"]), statistics.median(times["source"])
    return {"value": round(frozen / source, 2), "unit": "×",
            "detail": f"frozen {frozen * 1000:.0f} ms / from source {source * 1000:.0f} ms "
                      f"(medians of {args.runs}; build/dist must be of this tree)",
            "frozen_ms": [round(t * 1000) for t in times["frozen"]],
            "source_ms": [round(t * 1000) for t in times["source"]]}


BENCHES = {
    "demo_100k_s": bench_demo,  # first: it makes the cached 100,000-record data
    "startup_ratio": bench_startup,
    "startup_register_ratio": bench_startup_register,
    "filter_ms_p95": bench_filter,
    "pdf_ratio": bench_pdf,
    "sheet_import_10k_s": bench_sheet,
    "sync_import_ratio": bench_sync_import,
    "sync_export_ratio": bench_sync_export,
    "sync_import_peak_mib_10k": bench_sync_peak_10k,
    "sync_import_peak_mib_100k": bench_sync_peak_100k,
    "dist_mib": bench_dist_size,
    "frozen_startup_ratio": bench_frozen_startup,
}


def _table(results: dict) -> str:
    lines = [f"{'key':26} {'value':>9} {'goal':>7}  {'':4} detail", "-" * 106]
    for key, r in results["figures"].items():
        goal = r.get("goal", GOALS.get(key))
        at_least = key in AT_LEAST
        if goal is None:
            mark, goal_text = "", ""
        else:
            ok = r["value"] >= goal if at_least else r["value"] <= goal
            mark, goal_text = ("ok" if ok else "MISS"), f"{'≥' if at_least else '≤'} {goal:g}"
        lines.append(f"{key:26} {r['value']:>8g}{r['unit']:1} "
                     f"{goal_text:>7}  {mark:4} {r['detail']}")
    for key, why in results["not_measured"].items():
        lines.append(f"{key:26} {'—':>9} {'':>7}  {'':4} not measured yet: {why}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repeats per figure (medians)")
    parser.add_argument("--demo-runs", type=int, default=3,
                        help="100,000-record demo runs (about a minute each)")
    parser.add_argument("--only", action="append", choices=list(BENCHES),
                        help="measure only this figure (repeatable)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    head = schema_head()
    results = {"measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                           "platform": platform.platform()},
               "schema_head": head, "figures": {}, "goals": GOALS,
               "goals_at_least": sorted(AT_LEAST),
               "not_measured": NOT_MEASURED}
    for key, bench in BENCHES.items():
        if args.only and key not in args.only:
            continue
        print(f"measuring {key} …", flush=True)
        started = time.perf_counter()
        try:
            results["figures"][key] = bench(args, head)
        except NotMeasured as why:
            results["not_measured"][key] = str(why)
            print(f"  not measured: {why}", flush=True)
            continue
        print(f"  {results['figures'][key]['value']} ({time.perf_counter() - started:.0f} s)",
              flush=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print()
    print(_table(results))
    print(f"\nwritten to {(OUT / 'results.json').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
