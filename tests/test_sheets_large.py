"""Big sheets: 20,000 rows in the default suite, 200,000 in `make soak`, timed."""

from __future__ import annotations

import csv
import os
import random
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services import sheets
from glo_act_desktop.services.sheets.columns import SHEETS
from tests.test_sheets_helpers import count, row_of, valid_training

SOAK = pytest.mark.skipif(not os.environ.get("GLO_ACT_SOAK"), reason="run by `make soak`")


def write_trainings(path: Path, rows: int, seed: int = 1) -> Path:
    """New trainings (blank ids), varied the way a real register is."""
    rng = random.Random(seed)
    countries = ("BD", "BT", "LK", "MV", "NP")
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(SHEETS["trainings"].names)
        for i in range(rows):
            start = date(2024, 1, 1) + timedelta(days=rng.randrange(1400))
            writer.writerow(row_of("trainings", valid_training(
                country=rng.choice(countries), title=f"Training {i}: victim identification",
                start_date=start.isoformat(), end_date=(start + timedelta(days=2)).isoformat(),
                participants_female=rng.randint(0, 30), participants_male=rng.randint(0, 30),
                outside_capital=rng.choice(("yes", "no")), notes="नेपाल, বাংলা")))
    return path


def import_timed(ctx, path: Path) -> tuple[float, float, sheets.ImportPlan]:
    calls = []
    started = time.perf_counter()
    plan = sheets.plan_import(ctx, "trainings", path, progress=lambda *a: calls.append(a))
    planned = time.perf_counter()
    counts = sheets.apply_import(ctx, plan)
    applied = time.perf_counter()
    assert plan.ok and counts.inserted == plan.rows
    assert calls and calls[-1] == (plan.rows, plan.rows)
    return planned - started, applied - planned, plan


def test_twenty_thousand_rows(ctx, tmp_path):
    path = write_trainings(tmp_path / "big.csv", 20_000)
    _, _, plan = import_timed(ctx, path)
    assert plan.new == 20_000
    assert count(ctx, "trainings") == 20_000
    exported = tmp_path / "back.csv"
    assert sheets.export_sheet(ctx, "trainings", exported, Scope()) == 20_000
    again = sheets.plan_import(ctx, "trainings", exported)
    assert again.unchanged == 20_000 and not again.records


@pytest.mark.slow
@SOAK
def test_two_hundred_thousand_rows_in_seconds(ctx, tmp_path, capsys):
    path = write_trainings(tmp_path / "big.csv", 200_000)
    plan_seconds, apply_seconds, _ = import_timed(ctx, path)
    assert count(ctx, "trainings") == 200_000
    with capsys.disabled():
        print(f"\n200,000 trainings: plan {plan_seconds:.1f} s, apply {apply_seconds:.1f} s")
    assert plan_seconds + apply_seconds < 90  # seconds, not minutes, even on a slow laptop
