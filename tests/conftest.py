"""Shared fixtures: every test gets its own data directory, and Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from glo_act_desktop.services.context import AppContext  # noqa: E402
from glo_act_desktop.services.setup import init_device  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("GLO_ACT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def ctx(data_dir):
    context = AppContext.open(data_dir)
    init_device(context, "NP", "Test laptop")
    yield context
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)  # figures or counts still being read
    context.close()


@pytest.fixture(autouse=True)
def window_settings_dir(tmp_path):
    """Remembered window state (QSettings, ini format) goes to the test's folder, never to the
    user's; each test starts with none."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder
