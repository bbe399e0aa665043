"""Start the window: the Qt application, its translations, the data directory, the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QThreadPool, QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMessageBox, QProgressDialog

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.logs import configure_logging
from glo_act_desktop.paths import resources_dir
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.ui.main_window import SETTINGS_ORGANISATION, MainWindow

if TYPE_CHECKING:
    from glo_act_desktop.ui.first_run import FirstRunChoice

# Set-up, enrolment, the first-run dialog and the editors (for recovered drafts) are imported
# where they are used: most starts need none of them before the window is on screen
# (bench/README.md, start-up).

log = logging.getLogger(__name__)

# Start-up benchmarks set this to quit as soon as the first page has been painted, or, set to
# QUIT_AFTER_FIGURES, once the dashboard's first figures, or a register's first rows, are in it
# (both read after that first paint).
QUIT_AFTER_SHOW = "GLO_ACT_QUIT_AFTER_SHOW"
QUIT_AFTER_FIGURES = "figures"

NO_DISPLAY = ("glo-act: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
              "is set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it "
              "without a screen")


def _no_display() -> bool:
    """On Linux without a display Qt aborts the whole process; say so instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def register_script_fonts() -> list[str]:
    """The Noto fonts shipped for the programme's scripts (Devanagari, Bengali, Arabic, Sinhala,
    Tamil, Thaana), so that Qt falls back to them where the laptop has none: window texts in
    Nepali or Arabic, and names typed in any of them. Latin text keeps the system's font.
    Returns the families added (about 10 ms)."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("NotoSans*-*.ttf")) + \
            sorted((resources_dir() / "fonts").glob("NotoNaskh*-*.ttf")):
        if path.name.startswith("NotoSans-"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def install_translators(app: QApplication, lang: str | None = None) -> list[QTranslator]:
    """The app's translation for the user's language (`lang`, e.g. "ne" or "ar_EG", else the
    system's), and Qt's own (standard buttons), where they are shipped; English needs none.
    glo_act_<lang>.qm holds the window's texts and the reports' (`make translations`). A right
    to left language lays the window out right to left. Returns the translators installed."""
    locale = QLocale(lang) if lang else QLocale()
    installed: list[QTranslator] = []
    ours = False
    for name, folder in (("glo_act", str(resources_dir() / "translations")),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
            ours = ours or name == "glo_act"
    if ours and locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The event loop stops once this paint has finished (and been flushed), before it
            # runs anything the paint queued: the dashboard asks for its figures after its first
            # paint, and the benchmark times the window, not them (bench/README.md, start-up).
            QCoreApplication.exit(0)
        return False


# Texts outside a QObject: a literal context in each translate("context", "text") call is
# what pyside6-lupdate reads (make translations).
translate = QCoreApplication.translate


def ask_first_run(ctx: AppContext) -> FirstRunChoice | None:
    """The first-run dialog: set up this laptop, open the demo data, or quit (None)."""
    import platform

    from glo_act_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(ctx.reference, suggested_name=platform.node())
    dialog.exec()
    return dialog.choice()


def _is_hq(settings: dict[str, str]) -> bool:
    from glo_act_desktop.sync.identity import ROLE_HQ  # imports SQLAlchemy: only when asked

    return settings.get("role") == ROLE_HQ


def is_demo(ctx: AppContext) -> bool:
    """The demo database lives in a folder named like the real one plus "-demo"."""
    return ctx.data_dir.root.name.endswith("-demo")


def _open_demo(data_dir) -> AppContext:
    """The demo data beside `data_dir`, generated the first time (a few seconds): say so."""
    from glo_act_desktop.services.setup import DEMO_RECORDS, prepare_demo

    note = QProgressDialog(translate(
        "app", "Preparing the demo data ({count} practice records)…").format(
        count=QLocale().toString(DEMO_RECORDS)), "", 0, 0)
    note.setWindowTitle(APP_NAME)
    note.setCancelButton(None)
    note.setMinimumDuration(0)
    note.show()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        return prepare_demo(data_dir)
    finally:
        QApplication.restoreOverrideCursor()
        note.close()
        note.deleteLater()


def prepare_window(data_dir: str | None,
                   ask: Callable[[AppContext], FirstRunChoice | None] = ask_first_run
                   ) -> MainWindow | int:
    """Everything before the event loop: open the data folder, run the first-run choice if this
    laptop is not set up (set-up, an HQ enrolment file, demo data, or quit), and build the
    window (not shown yet).

    Returns the window (its `ctx` is open: close it when done) or the exit code to stop with."""
    try:
        ctx = AppContext.open(data_dir)
    except Exception as exc:  # too new, unreadable, no permission: say it in a window, not a trace
        QMessageBox.critical(None, APP_NAME, translate("app",
            "The data folder could not be opened:\n\n{reason}").format(reason=exc))
        return 1
    try:
        demo = is_demo(ctx)
        settings = ctx.settings()
        if not settings.get("country") and not _is_hq(settings):  # HQ has no country
            choice = ask(ctx)
            if choice is None:
                ctx.close()
                return 0
            if choice.demo:
                root = ctx.data_dir.root
                ctx.close()
                ctx = _open_demo(root)
                demo = True
            elif choice.enrolment:
                from glo_act_desktop.services.sync import init_from_enrolment

                init_from_enrolment(ctx, Path(choice.enrolment))
            else:
                from glo_act_desktop.services.setup import init_device

                init_device(ctx, choice.country, choice.device_name)
        configure_logging(ctx.data_dir.logs)
        log.info("window opened on %s%s", ctx.data_dir.root, " (demo data)" if demo else "")
        return MainWindow(ctx, demo=demo)
    except Exception as exc:
        ctx.close()
        if not isinstance(exc, (InputRejected, OSError)):
            raise
        QMessageBox.critical(None, APP_NAME, translate("app",
            "This laptop could not be set up:\n\n{reason}").format(reason=exc))
        return 1


def offer_recovered_drafts(window: MainWindow) -> int:
    """Edits a crash left unsaved: ask once whether to open them (each in its editor tab) or
    throw them away. Returns how many were opened."""
    from glo_act_desktop.services.drafts import discard_draft
    from glo_act_desktop.ui.editors import describe_draft, open_draft_editor, pending_drafts

    drafts = pending_drafts(window.ctx)
    if not drafts:
        return 0
    lead = translate("app", "1 unsaved edit was recovered from the last time the app closed:") \
        if len(drafts) == 1 else \
        translate("app", "{count} unsaved edits were recovered from the last time the app closed:"
                  ).format(count=len(drafts))
    listed = "\n".join(f"• {describe_draft(draft)}" for draft in drafts)
    answer = QMessageBox.question(
        window, translate("app", "Unsaved edits recovered"),
        f"{lead}\n\n{listed}\n\n"
        + translate("app", "Open them to check and save them, or discard them?"),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Open)
    if answer != QMessageBox.StandardButton.Open:
        for draft in drafts:
            discard_draft(window.ctx, draft.record_id)
        return 0
    for draft in reversed(drafts):  # newest last: its tab is the one in front
        window.add_editor(open_draft_editor(window.ctx, draft, window))
    return len(drafts)


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
    register_script_fonts()
    install_translators(app)
    window = prepare_window(data_dir)
    if isinstance(window, int):
        return window
    try:
        if os.environ.get(QUIT_AFTER_SHOW) == QUIT_AFTER_FIGURES \
                and window.current_page() == "dashboard":
            window.dashboard.figuresShown.connect(lambda _figures: QCoreApplication.exit(0))
        elif os.environ.get(QUIT_AFTER_SHOW) == QUIT_AFTER_FIGURES \
                and window.current_page() in window.models \
                and not window.models[window.current_page()].is_loaded():  # its first rows
            window.models[window.current_page()].total_changed.connect(
                lambda _total: QCoreApplication.exit(0))
        elif os.environ.get(QUIT_AFTER_SHOW):
            quitter = _QuitAfterFirstPaint(window)
            page = window.current_page()  # a register, or another page remembered from last time
            shown = window.views.get(page) or window.page(page)
            if isinstance(shown, QAbstractScrollArea):
                shown = shown.viewport()  # where the painting happens
            shown.installEventFilter(quitter)
        else:
            QTimer.singleShot(0, lambda: offer_recovered_drafts(window))
        window.show()
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # figures or counts still being read
        window.ctx.close()
