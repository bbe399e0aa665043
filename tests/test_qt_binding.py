"""The Qt binding must not leak references to None/True/False (PySide6-Essentials 6.12.0 on
Python 3.11 does, and the app aborts within minutes: pyproject.toml excludes it)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none_or_bools(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        label.setVisible(False)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
