"""The installer's build (build/README.md): where a frozen program finds its files, and what
`make dist-check` counts as a broken bundle. The build itself runs in `make dist-check`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from glo_act_desktop import paths

ROOT = Path(__file__).resolve().parent.parent


def _dist_check():
    spec = importlib.util.spec_from_file_location("dist_check", ROOT / "build" / "dist_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_from_source_the_files_are_in_the_checkout(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.frozen_root() is None
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.resources_dir() / "fonts" / "OFL.txt").is_file()
    migrations = paths.migrations_dir()
    assert migrations == ROOT / "glo_act_desktop" / "store" / "migrations"
    # What the spec copies into the bundle as files: Alembic reads them from disk.
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert sorted(migrations.glob("versions/*.py"))


def test_frozen_the_files_are_in_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.frozen_root() == tmp_path
    assert paths.resources_dir() == tmp_path / paths.FROZEN_RESOURCES
    assert paths.migrations_dir() == tmp_path / "glo_act_desktop" / "store" / "migrations"


def test_dist_check_fails_on_signs_of_a_broken_bundle():
    bad = _dist_check().BAD_OUTPUT
    for line in (
        "Traceback (most recent call last):",
        "ModuleNotFoundError: No module named 'PIL'",
        "error: No module named '_rl_accel'",
        "error: font NotoSans-Regular.ttf: No such file or directory",
        'qt.qpa.plugin: Could not find the Qt platform plugin "offscreen" in ""',
        "[PYI-1234:ERROR] Failed to execute script 'glo_act_entry' due to unhandled exception!",
    ):
        assert bad.search(line), line
    for line in ("This plugin does not support propagateSizeHints()",
                 "demo records: 1,000 of 1,000 (100%)", "report: 65 of 65 (100%)"):
        assert not bad.search(line), line
