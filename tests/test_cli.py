"""The command line: exit codes, data directory choice, set-up and demo data."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text

from glo_act_desktop.cli import main
from glo_act_desktop.paths import resolve_data_dir
from glo_act_desktop.services.context import AppContext


def counts(folder):
    ctx = AppContext.open(folder)
    with ctx.db.reading() as session:
        found = tuple(session.execute(text(f"select count(*) from {t}")).scalar()
                      for t in ("consultations", "trainings", "grants"))
    ctx.close()
    return found


def test_version_and_help_exit_zero(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert "GLO.ACT Field" in capsys.readouterr().out


def test_usage_error_exits_two(capsys):
    with pytest.raises(SystemExit) as done:
        main(["demo", "--records", "many"])
    assert done.value.code == 2


def test_init_then_demo(tmp_path, capsys):
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "init", "--country", "np",
                 "--device-name", "Pokhara laptop"]) == 0
    assert main(["--data-dir", str(folder), "demo", "--records", "200", "--seed", "4"]) == 0
    assert "Added 90 consultations, 80 trainings and 30 grants" in capsys.readouterr().out
    assert counts(folder) == (90, 80, 30)
    ctx = AppContext.open(folder)
    assert ctx.settings()["country"] == "NP"
    assert ctx.settings()["device_name"] == "Pokhara laptop"
    ctx.close()


def test_init_with_unknown_country_is_rejected_with_exit_three(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "init", "--country", "XX",
                 "--device-name", "x"]) == 3
    assert "'XX' is not an ISO 3166-1 alpha-2 code" in capsys.readouterr().err


def test_demo_is_deterministic_for_a_seed(tmp_path):
    def ids(folder):
        main(["--data-dir", str(folder), "demo", "--records", "60", "--seed", "11"])
        ctx = AppContext.open(folder)
        with ctx.db.reading() as session:
            rows = session.execute(text(
                "select id, title, participants_female from trainings order by id")).all()
        ctx.close()
        return rows
    assert ids(tmp_path / "a") == ids(tmp_path / "b")


def test_data_dir_flag_beats_environment_beats_default(tmp_path, monkeypatch):
    monkeypatch.setenv("GLO_ACT_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert resolve_data_dir() == (tmp_path / "env").resolve()
    monkeypatch.delenv("GLO_ACT_DATA_DIR")
    assert resolve_data_dir().name == "glo-act-field"


def test_cli_imports_no_qt(tmp_path):
    """The command line must run on an HQ server with no display libraries."""
    code = ("import sys; from glo_act_desktop.cli import main; "
            f"main(['--data-dir', r'{tmp_path / 'd'}', 'demo', '--records', '10']); "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_module_entry_point_runs(tmp_path):
    done = subprocess.run([sys.executable, "-m", "glo_act_desktop", "--version"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "GLO.ACT Field" in done.stdout
