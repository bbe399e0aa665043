"""Starting the window: no display, a database from a newer version, a normal start."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from glo_act_desktop.logs import LOG_NAME
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.app import QUIT_AFTER_SHOW, run_gui


def test_without_a_display_it_says_how_to_run_and_fails(monkeypatch, capsys, data_dir):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert run_gui(str(data_dir)) == 1
    error = capsys.readouterr().err
    assert "QT_QPA_PLATFORM=offscreen" in error and len(error.strip().splitlines()) == 1


def test_a_database_from_a_newer_version_is_explained_not_opened(qtbot, monkeypatch, data_dir):
    ctx = AppContext.open(data_dir)
    with ctx.db.writing() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    ctx.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, message: shown.append(message))
    assert run_gui(str(data_dir)) == 1
    assert "newer version" in shown[0]


def test_the_command_opens_the_window_and_quits_after_the_first_paint(ctx, tmp_path):
    """The whole start, as `glo-act --reverse` runs it, in its own process: an event loop run
    and quit inside the test process would leave the shared QApplication changed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_AFTER_SHOW: "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    started = subprocess.run(
        [sys.executable, "-m", "glo_act_desktop", "--data-dir", str(ctx.data_dir.root),
         "--reverse"], env=env, capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    assert "window opened" in (ctx.data_dir.logs / LOG_NAME).read_text(encoding="utf-8")


def test_the_command_quits_after_the_first_paint_on_any_remembered_page(ctx, tmp_path):
    """Start-up benchmarks must not hang when the window reopens on a page that is no register."""
    config = tmp_path / "config"
    settings = config / "UNODC" / "GLO.ACT Field.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[mainWindow]\npage=sync\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_AFTER_SHOW: "1",
           "XDG_CONFIG_HOME": str(config)}
    started = subprocess.run(
        [sys.executable, "-m", "glo_act_desktop", "--data-dir", str(ctx.data_dir.root)],
        env=env, capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
