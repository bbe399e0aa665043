"""`make screenshots`: every picture the documentation shows is rendered, at the window size it
promises, and pictures it no longer makes are removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from glo_act_desktop.ui.screenshots import WINDOW_SIZE, render

EXPECTED = {
    "main-dashboard", "main-consultations", "main-trainings", "main-grants", "main-follow-ups",
    "main-sync", "main-rtl-dashboard", "main-rtl-consultations", "main-rtl-editor", "first-run",
    "main-ne-dashboard", "main-ne-consultations", "main-ne-editor",
    "editor-consultation", "editor-training", "editor-grant",
}


def test_screenshots_are_rendered_and_stale_ones_removed(qapp, tmp_path):
    out = tmp_path / "screenshots"
    out.mkdir()
    (out / "main-window.png").write_bytes(b"an old picture")
    (out / "README.txt").write_text("not a picture: kept", encoding="utf-8")

    written = render(out, records=300)

    names = {path.stem for path in out.glob("*.png")}
    assert names == {path.stem for path in written}
    assert EXPECTED <= names and "main-window" not in names
    assert (out / "README.txt").exists()
    for name in ("main-dashboard", "main-rtl-consultations"):
        image = QImage(str(out / f"{name}.png"))
        assert image.size() == QSize(*WINDOW_SIZE)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # translators removed
