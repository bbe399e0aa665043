"""Sync bundle throughput and the import's peak memory, against bare sqlite3 inserting the rows.

    .venv/bin/python bench/sync_throughput.py [--changes 100000] [--runs 5]

A laptop enrolled at an HQ makes `generate_demo` records (about 3.9 rows each: records plus their
child rows), writes its bundle for HQ (signed, encrypted), and HQ imports it. Prepared data is
cached in bench/out/sync-<records>-seed1-schema<head>-payload<version>/:

    hq/        HQ's data directory, the laptop enrolled, nothing imported yet (template)
    laptop/    the laptop's data directory with the demo records, nothing exported yet (template)
    empty/     a fresh data directory (the app's migrations, no records) for the floor
    bundle.glo-act-bundle   the laptop's bundle for HQ
    meta.json  rows per table in the bundle

Each measured export and import runs in a fresh process on a copy of its template
(`_child export|import`): the process opens the data directory, takes its baseline memory, then
runs `services.sync.export_bundles` / `import_bundles` (timed: verify, decrypt, inflate, check,
apply, re-index, commit for an import; read, compress, encrypt, sign for an export). The peak is
/proc/self/status VmHWM after the call, the high-water mark having been reset (clear_refs) at the
baseline, minus VmRSS at the baseline: what the import adds, not the interpreter and its modules.

The floor: bare `sqlite3` executemany INSERTs of the same rows (same tables, same columns and
values, `deleted` included) into a copy of `empty/` in one transaction, with the app's pragmas
(WAL, synchronous=FULL, foreign keys on, 64 MiB cache; the import's own transaction caches
8 MiB, store/engine.py IMPORT_CACHE_KIB). Only the record rows: not the
`sync_rows` merge state that an import also writes, and with the search index's insert triggers
dropped first (the import suspends them too and indexes afterwards; the floor does not index).
The rows are read from the laptop before the clock starts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 1
ROWS_PER_RECORD = 3.86  # demo records with their child rows, measured (9,917 rows / 2,570)
BUNDLE = "bundle.glo-act-bundle"
DB = "glo-act.sqlite3"


def records_for(changes: int) -> int:
    """Demo records whose bundle holds about `changes` rows."""
    return round(changes / ROWS_PER_RECORD / 10) * 10


def _payload_version() -> int:
    from glo_act_desktop.sync.payload import PAYLOAD_VERSION

    return PAYLOAD_VERSION


# -- prepared data ------------------------------------------------------------------------------

def prepare(records: int, head: str) -> Path:
    """The cached folder for `records` demo records (made if missing)."""
    folder = OUT / f"sync-{records}-seed{SEED}-schema{head}-payload{_payload_version()}"
    if (folder / "meta.json").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"  preparing a laptop with {records:,} demo records and its bundle in "
          f"{folder.relative_to(ROOT)} …", flush=True)
    sys.path.insert(0, str(ROOT / "tests"))
    from sync_helpers import Network  # tests/sync_helpers.py

    from glo_act_desktop.services.context import AppContext
    from glo_act_desktop.services.demo import generate_demo

    started = time.perf_counter()
    net = Network(folder / "work")
    try:
        laptop = net.laptop("Laptop", "NP")
        generate_demo(laptop.ctx, records, seed=SEED)
        laptop.ctx.close()  # the last connection's close checkpoints the WAL
        net.hq.ctx.close()
        shutil.copytree(folder / "work" / "hq", folder / "hq")
        shutil.copytree(folder / "work" / "Laptop", folder / "laptop")
        laptop.ctx = AppContext.open(folder / "work" / "Laptop")
        net.hq.ctx = AppContext.open(folder / "work" / "hq")
        result = laptop.export_result(output=folder / BUNDLE)
    finally:
        net.close()
    shutil.rmtree(folder / "work")
    AppContext.open(folder / "empty").close()
    meta = {"records": records, "rows": result.rows, "by_table": result.by_table,
            "bundle_bytes": result.size, "prepare_s": round(time.perf_counter() - started, 1)}
    (folder / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    return folder


def meta(folder: Path) -> dict:
    return json.loads((folder / "meta.json").read_text())


# -- the floor ----------------------------------------------------------------------------------

def floor_rows(folder: Path) -> list[tuple[str, list[str], list[tuple]]]:
    """(table, columns, rows) for every replicated table, parents first, as the bundle has them."""
    from glo_act_desktop.store.models import REPLICATED_TABLES
    from glo_act_desktop.sync import columns as colspec

    con = sqlite3.connect(folder / "laptop" / DB)
    try:
        out = []
        for table in REPLICATED_TABLES:
            names = ["id", "deleted", *colspec.spec(table).columns]
            quoted = ", ".join(f'"{c}"' for c in names)
            rows = con.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
            if rows:
                out.append((table, names, rows))
        return out
    finally:
        con.close()


def floor_seconds(folder: Path, tables: list[tuple[str, list[str], list[tuple]]]
                  ) -> tuple[float, float]:
    """Seconds (wall, CPU) for bare sqlite3 to insert `tables` into a copy of the empty
    database."""
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        path = Path(tmp) / DB
        shutil.copy2(folder / "empty" / DB, path)
        con = sqlite3.connect(path, isolation_level=None)
        triggers = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_insert'")]
        for name in triggers:  # the import suspends these too (and indexes afterwards)
            con.execute(f'DROP TRIGGER "{name}"')
        con.close()
        started, cpu = time.perf_counter(), time.process_time()
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA cache_size=-65536")
        con.execute("BEGIN IMMEDIATE")
        for table, names, rows in tables:
            quoted = ", ".join(f'"{c}"' for c in names)
            con.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES '
                            f'({", ".join("?" * len(names))})', rows)
        con.execute("COMMIT")
        con.close()
        return time.perf_counter() - started, time.process_time() - cpu


# -- measured runs, each in a fresh process ---------------------------------------------------

def _status(field: str) -> int:
    """A /proc/self/status figure in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
        return True
    except OSError:
        return False


def _sqlite_heap():
    """SQLite's own allocator statistics (its page caches, statements), or None: the library the
    sqlite3 module loaded, reached through ctypes."""
    import ctypes
    import ctypes.util

    try:
        import _sqlite3

        lib = ctypes.CDLL(_sqlite3.__file__)
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        lib.sqlite3_memory_highwater.restype = ctypes.c_int64
        lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
        return lib
    except (OSError, AttributeError):
        return None


def _child(mode: str, data: Path, target: Path, profile: Path | None) -> dict:
    from glo_act_desktop.services import sync
    from glo_act_desktop.services.context import AppContext

    ctx = AppContext.open(data)
    try:
        ctx.settings()
        heap = _sqlite_heap()
        heap_base = heap.sqlite3_memory_used() if heap is not None else 0
        if heap is not None:
            heap.sqlite3_memory_highwater(1)
        reset = _reset_peak()
        baseline = _status("VmRSS") if reset else _status("VmHWM")
        profiler = None
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started, cpu = time.perf_counter(), time.process_time()
        if mode == "import":
            outcome, = sync.import_bundles(ctx, [target])
            if not outcome.ok:
                raise SystemExit(f"import failed: {outcome.describe()}")
            rows = outcome.result.counts.changes
        else:
            run = sync.export_bundles(ctx, output=target)
            rows = run.results[0].rows
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile)
        peak = _status("VmHWM")
        heap_peak = heap.sqlite3_memory_highwater(0) - heap_base if heap is not None else None
    finally:
        ctx.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": rows, "baseline_kib": baseline,
            "peak_kib": peak,
            "peak_mib": round((peak - baseline) / 1024, 1), "hwm_reset": reset,
            "sqlite_peak_mib": None if heap_peak is None else round(heap_peak / 2**20, 1)}


def run_once(folder: Path, mode: str, profile: Path | None = None) -> dict:
    """One export or import of the prepared bundle in a fresh process, on a template's copy."""
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        data = Path(tmp) / "data"
        if mode == "import":
            shutil.copytree(folder / "hq", data)
            target = folder / BUNDLE
        else:
            shutil.copytree(folder / "laptop", data)
            target = Path(tmp) / BUNDLE
        command = [sys.executable, __file__, "_child", mode, str(data), str(target)]
        if profile is not None:
            command += ["--profile", str(profile)]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])


def measure(folder: Path, mode: str, runs: int, with_floor: bool = True) -> dict:
    """`runs` exports or imports, each followed by a floor run (interleaved: a busy moment of the
    machine hits both)."""
    tables = floor_rows(folder) if with_floor else []
    floor_rows_n = sum(len(rows) for _t, _n, rows in tables)
    done, floors, floor_cpu = [], [], []
    for _ in range(runs):
        done.append(run_once(folder, mode))
        if with_floor:
            wall, cpu = floor_seconds(folder, tables)
            floors.append(wall)
            floor_cpu.append(cpu)
    rows = done[0]["rows"]
    result = {"rows": rows, "seconds": [round(r["seconds"], 3) for r in done],
              "cpu_seconds": [round(r["cpu_seconds"], 3) for r in done],
              "peak_mib": [r["peak_mib"] for r in done],
              "sqlite_peak_mib": [r["sqlite_peak_mib"] for r in done],
              "baseline_mib": round(statistics.median(r["baseline_kib"] for r in done) / 1024, 1)}
    if with_floor:
        seconds, floor = statistics.median(result["seconds"]), statistics.median(floors)
        result.update({
            "floor_rows": floor_rows_n, "floor_seconds": [round(f, 3) for f in floors],
            "floor_cpu_seconds": [round(f, 3) for f in floor_cpu],
            "cpu_ratio": round(statistics.median(floor_cpu)
                               / statistics.median(result["cpu_seconds"]), 3),
            "rate": round(rows / seconds), "floor_rate": round(floor_rows_n / floor),
            "ratio": round((rows / seconds) / (floor_rows_n / floor), 3),
            "ratios": [round((rows / s) / (floor_rows_n / f), 3)
                       for s, f in zip(result["seconds"], floors)]})
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("_child", help="one measured export/import (used by the harness)")
    child.add_argument("mode", choices=("import", "export"))
    child.add_argument("data", type=Path)
    child.add_argument("target", type=Path)
    child.add_argument("--profile", type=Path)
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=("import", "export"),
                        help="one run under cProfile; prints the top functions")
    args = parser.parse_args()
    if args.command == "_child":
        print(json.dumps(_child(args.mode, args.data, args.target, args.profile)))
        return 0
    sys.path.insert(0, str(BENCH))
    from run import schema_head  # bench/run.py

    folder = prepare(records_for(args.changes), schema_head())
    if args.profile:
        import pstats

        stats_path = OUT / f"sync-{args.profile}.prof"
        print(json.dumps(run_once(folder, args.profile, stats_path)))
        pstats.Stats(str(stats_path)).sort_stats("cumulative").print_stats(40)
        return 0
    for mode in ("import", "export"):
        print(mode, json.dumps(measure(folder, mode, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
