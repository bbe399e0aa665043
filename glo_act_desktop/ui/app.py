"""Start the window: the Qt application, its translations, the data directory, the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import (
    QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.logs import configure_logging
from glo_act_desktop.paths import resources_dir
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.ui.main_window import SETTINGS_ORGANISATION, MainWindow

log = logging.getLogger(__name__)

# Start-up benchmarks set this to quit as soon as the first register has been painted.
QUIT_AFTER_SHOW = "GLO_ACT_QUIT_AFTER_SHOW"

NO_DISPLAY = ("glo-act: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
              "is set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it "
              "without a screen")


def _no_display() -> bool:
    """On Linux without a display Qt aborts the whole process; say so instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _install_translators(app: QApplication) -> None:
    """The app's translation for the user's language, and Qt's own (standard buttons), where
    they are shipped; English needs none."""
    for name, folder in (("glo_act", str(resources_dir() / "translations")),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)  # after this paint has finished
        return False


def run_gui(data_dir: str | None, reverse: bool = False) -> int:
    """Open the window on the data directory; return the process exit code."""
    if _no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(SETTINGS_ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if reverse:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _install_translators(app)
    try:
        ctx = AppContext.open(data_dir)
    except Exception as exc:  # too new, unreadable, no permission: say it in a window, not a trace
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "app", "The data folder could not be opened:\n\n{reason}").format(reason=exc))
        return 1
    try:
        configure_logging(ctx.data_dir.logs)
        log.info("window opened on %s", ctx.data_dir.root)
        window = MainWindow(ctx)
        if os.environ.get(QUIT_AFTER_SHOW):
            quitter = _QuitAfterFirstPaint(window)
            window.current_view().viewport().installEventFilter(quitter)
        window.show()
        return app.exec()
    finally:
        ctx.close()
