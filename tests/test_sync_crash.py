"""Crash safety of a bundle import: `glo-act sync import` killed (SIGKILL) at random moments.

A killed import leaves the HQ database either with the whole bundle (its log row in sync_bundles,
every row, the sender's watermarks moved) or with none of it, never a part; the file passes
SQLite's integrity check; importing the bundle again completes and a third time says "already
imported"; and no decrypted temporary file of the killed run stays in sync/tmp once the next
import has run.

The bundle (a laptop's demo records) and the pristine HQ data directory are built once per module;
each kill works on a fresh copy of that directory. Kill delays are spread over the measured
duration of one whole import (this machine's speed varies), from a seeded generator whose seed is
printed: GLO_ACT_CRASH_SEED=N repeats a run. 6 kills in the default suite, 60 in `make soak`.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from glo_act_desktop.services import sync
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.store.models import REPLICATED_TABLES
from glo_act_desktop.store.search_index import INDEXES
from tests.sync_helpers import Network
from tests.test_sheets_large import SOAK

RECORDS = 5_000  # about 19,000 rows: a subprocess import takes about 2 s here
SEARCH_TABLES = tuple(index for index, _trigger in INDEXES.values())
# What an import may add to a data directory besides its database's changes.
ALLOWED_NEW = ("glo-act.sqlite3-wal", "glo-act.sqlite3-shm", "logs/")


@dataclass
class Crash:
    root: Path
    template: Path
    bundle: Path
    laptop_id: str
    pristine: dict
    full: dict
    duration: float  # seconds, one whole import in a subprocess, start to exit
    transaction_at: float  # seconds after start when the first batch was applied


def _command(folder: Path, bundle: Path) -> list[str]:
    return [sys.executable, "-m", "glo_act_desktop", "--data-dir", str(folder), "sync", "import",
            str(bundle)]


def _state(folder: Path, laptop_id: str) -> dict:
    """What an import changes, read with plain sqlite3 (which also recovers a killed WAL)."""
    con = sqlite3.connect(folder / "glo-act.sqlite3")
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        peer = con.execute("SELECT * FROM sync_peers WHERE node_id = ?", (laptop_id,)).fetchone()
        names = [d[0] for d in con.execute("SELECT * FROM sync_peers LIMIT 0").description]
        return {
            "integrity": integrity,
            "foreign_keys": con.execute("PRAGMA foreign_key_check").fetchall(),
            "rows": {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                     for t in REPLICATED_TABLES},
            "from_laptop": con.execute("SELECT count(*) FROM sync_rows WHERE origin = ?",
                                       (laptop_id,)).fetchone()[0],
            "search": {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                       for t in SEARCH_TABLES},
            "log": con.execute("SELECT bundle_id, peer, bundle_seq, changes FROM sync_bundles "
                               "WHERE direction = 'in'").fetchall(),
            "peer": {k: v for k, v in zip(names, peer or ()) if k != "last_import_at"},
            "schema": sorted(con.execute("SELECT type, name, sql FROM sqlite_master")),
        }
    finally:
        con.close()


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def crash(tmp_path_factory) -> Crash:
    root = tmp_path_factory.mktemp("crash")
    network = Network(root / "net")
    laptop = network.laptop("Laptop NP", "NP")
    generate_demo(laptop.ctx, RECORDS, seed=11)
    laptop_id = laptop.ctx.settings()["device_id"]
    bundle = network.up(laptop)
    network.close()  # checkpoints the WAL: the HQ folder is one self-contained copy
    template = root / "template"
    shutil.copytree(network.hq.folder, template)
    pristine = _state(template, laptop_id)
    assert pristine["log"] == [] and sum(pristine["rows"].values()) == 0

    # One whole import, timed, gives the kill window and the state a complete import leaves.
    folder = root / "measured"
    shutil.copytree(template, folder)
    log = root / "measured.stderr"
    with log.open("wb") as err:
        started = time.monotonic()
        process = subprocess.Popen(_command(folder, bundle), stdout=subprocess.DEVNULL, stderr=err)
        transaction_at = None
        while process.poll() is None:
            if transaction_at is None and b" of " in log.read_bytes():
                transaction_at = time.monotonic() - started
            time.sleep(0.005)
        duration = time.monotonic() - started
    assert process.returncode == 0, log.read_text("utf-8")
    full = _state(folder, laptop_id)
    lap = _state(network.laptops["Laptop NP"].folder, laptop_id)
    assert full["rows"] == lap["rows"] and sum(full["rows"].values()) > 15_000
    assert len(full["log"]) == 1 and full["from_laptop"] == sum(full["rows"].values())
    assert full["peer"] != pristine["peer"]
    return Crash(root, template, bundle, laptop_id, pristine, full, duration,
                 transaction_at or duration)


def _kill_once(crash: Crash, index: int, delay: float) -> tuple[str, list[str]]:
    """Import into a fresh copy, SIGKILL after `delay` s, check the copy. Returns where the kill
    landed and the temporary files it left in sync/tmp."""
    folder = crash.root / f"kill-{index:03d}"
    shutil.copytree(crash.template, folder)
    log = crash.root / f"kill-{index:03d}.stderr"
    with log.open("wb") as err:
        process = subprocess.Popen(_command(folder, crash.bundle), stdout=subprocess.DEVNULL,
                                   stderr=err)
        try:
            process.wait(timeout=delay)
            finished = True
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            finished = False
    if finished:
        assert process.returncode == 0, log.read_text("utf-8")

    state = _state(folder, crash.laptop_id)
    assert state["integrity"] == ["ok"], f"kill {index} after {delay:.2f} s"
    assert state["foreign_keys"] == []
    assert state["schema"] == crash.pristine["schema"], "triggers or tables changed"
    applied = bool(state["log"])
    expected = crash.full if applied else crash.pristine
    for key in ("rows", "from_laptop", "search", "log", "peer"):
        assert state[key] == expected[key], (
            f"kill {index} after {delay:.2f} s left a partial import: {key} is {state[key]}, "
            f"expected {expected[key]} ({'applied' if applied else 'not applied'})")
    # Progress is printed after each applied batch of rows: without any, the kill came before
    # the transaction had written a row (it may have just begun).
    in_transaction = b" of " in log.read_bytes()
    where = ("finished" if finished else "after commit" if applied else
             "during transaction" if in_transaction else "before transaction")
    stale = sorted(p.name for p in (folder / "sync" / "tmp").glob("*"))

    ctx = AppContext.open(folder)
    try:
        [again] = sync.import_bundles(ctx, [crash.bundle])
        assert again.ok, again.describe()
        assert again.result.already == applied
        [third] = sync.import_bundles(ctx, [crash.bundle])
        assert third.ok and third.result.already, third.describe()
    finally:
        ctx.close()
    state = _state(folder, crash.laptop_id)
    assert state["integrity"] == ["ok"]
    for key in ("rows", "from_laptop", "search", "log", "peer", "schema"):
        assert state[key] == crash.full[key], key
    leftover = sorted(f for f in _files(folder) - _files(crash.template)
                      if not f.startswith(ALLOWED_NEW))
    assert leftover == [], f"kill {index}: files left behind after the next import: {leftover}"
    shutil.rmtree(folder)
    return where, stale


def _run_kills(crash: Crash, kills: int) -> None:
    seed = int(os.environ.get("GLO_ACT_CRASH_SEED") or random.SystemRandom().randrange(10**6))
    rng = random.Random(seed)
    window = crash.duration * 1.05  # a few land after the commit, or once it has exited
    # One delay in each of `kills` equal slices of the window: spread over the whole import.
    delays = [window * (i + rng.random()) / kills for i in range(kills)]
    rng.shuffle(delays)
    print(f"\nsync import crash test: seed {seed} (GLO_ACT_CRASH_SEED={seed} repeats it); one "
          f"import takes {crash.duration:.2f} s, its transaction starts at about "
          f"{crash.transaction_at:.2f} s", flush=True)
    started = time.monotonic()
    landed: Counter[str] = Counter()
    with_stale = 0
    for index, delay in enumerate(delays):
        where, stale = _kill_once(crash, index, delay)
        landed[where] += 1
        with_stale += bool(stale)
        print(f"  kill {index:2d} at {delay:5.2f} s: {where}"
              f"{'; left in sync/tmp: ' + ', '.join(stale) if stale else ''}", flush=True)
    elapsed = time.monotonic() - started
    print(f"{kills} kills in {elapsed:.1f} s: " + ", ".join(
        f"{landed[w]} {w}" for w in ("before transaction", "during transaction", "after commit",
                                     "finished")) +
          f"; {with_stale} left temporary files in sync/tmp (removed by the next import)")

@pytest.mark.slow
def test_killed_import_is_all_or_nothing(crash, capsys):
    with capsys.disabled():
        _run_kills(crash, 6)


@pytest.mark.slow
@SOAK
def test_killed_import_is_all_or_nothing_soak(crash, capsys):
    with capsys.disabled():
        _run_kills(crash, 60)
