"""Screenshots for the documentation, rendered offscreen from demo data (no display needed).

    make screenshots
    QT_QPA_PLATFORM=offscreen python -m glo_act_desktop.ui.screenshots docs/screenshots

Writes the main window on each page (the registers with a filter applied; the Sync page of a
laptop enrolled with a demo HQ, right after importing HQ's bundle, with a conflict selected),
the main window in Arabic (right to left) and in Nepali, each editor (ui/editors/screenshots.py) and the first-run dialog,
and deletes the other PNG files of the folder, so it holds exactly what this produces. The demo data, its settings and
the remembered window layout live in a temporary folder; nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WINDOW_SIZE = (1280, 800)
DEMO_RECORDS = 3000
DEMO_SEED = 1
WAIT_MS = 60_000
LAPTOP_NAME = "Nepalgunj laptop 2"
HQ_NAME = "UNODC HQ Vienna"
CONFLICT_TITLES = ("Coordination meeting, Banke district police",  # on the laptop
                   "Coordination meeting with district police (Banke)")  # at HQ


@dataclass(frozen=True)
class Shot:
    name: str  # file name without .png
    page: str  # the main window's page
    filters: object = None  # domain.filters.Filters set in the page's filter bar
    due_kind: str = ""  # on the follow-ups page: "follow_ups" or "grant_reports"


def _shots():
    from glo_act_desktop.domain.filters import YES, Filters

    return (
        Shot("main-dashboard", "dashboard"),
        Shot("main-consultations", "consultations",
             Filters(programme="GLOACT-SA", country="NP", outside_capital=YES)),
        Shot("main-trainings", "trainings", Filters(text="investigation")),
        Shot("main-grants", "grants", Filters(country="NP", status="active")),
        Shot("main-follow-ups", "follow_ups", Filters(overdue=True), "follow_ups"),
        Shot("main-sync", "sync"),
    )


def _wait(app, ready: Callable[[], bool]) -> None:
    from PySide6.QtCore import QElapsedTimer, QThreadPool

    clock = QElapsedTimer()
    clock.start()
    while not ready() and clock.elapsed() < WAIT_MS:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
    app.processEvents()


def _settled(window) -> bool:
    """Figures shown, every opened register's rows read and counted, the items due counted."""
    from PySide6.QtCore import QThreadPool

    page = window.current_page()
    if QThreadPool.globalInstance().activeThreadCount():
        return False
    if page == "dashboard":
        return window.dashboard.figures() is not None
    if page == "follow_ups":
        return window.follow_ups.model.counts() is not None
    model = window.models.get(page)
    return model is None or not model.is_counting()


def _show(app, window, shot: Shot) -> None:
    if shot.page == "follow_ups":
        window.show_page("follow_ups")
        window.follow_ups.set_filters(shot.filters, shot.due_kind)
    elif shot.filters is not None:
        window.filter_bars[shot.page].set_filters(shot.filters)
        window.show_page(shot.page)
    else:
        window.show_page(shot.page)
    _wait(app, lambda: _settled(window))
    view = window.views.get(shot.page)
    if view is not None and view.model() is not None and view.model().rowCount():
        view.selectRow(0)  # a selection shows how a chosen row looks
        view.clearFocus()


def _save(widget, path: Path, written: list[Path]) -> None:
    widget.grab().save(str(path))
    written.append(path)


def _sync_page_shot(app, window, bundle: Path | None) -> None:
    """HQ's bundle imported from the page, its result listed, the conflict it opened chosen."""
    page = window.sync_page
    if bundle is not None:
        page.import_files([bundle])
        _wait(app, lambda: not page.is_busy())
    if page.conflicts:
        page.select_conflict(0)
        page.ui.conflictsTree.clearFocus()
    _wait(app, lambda: _settled(window))


def _window_shots(app, ctx, out_dir: Path, written: list[Path], prefix: str = "",
                  bundle: Path | None = None) -> None:
    """Every page (no `prefix`), or `prefix`-dashboard, -consultations and -editor."""
    from PySide6.QtCore import QThreadPool

    from glo_act_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    if not prefix:
        for shot in _shots():
            _show(app, window, shot)
            if shot.page == "sync":
                _sync_page_shot(app, window, bundle)
            _save(window, out_dir / f"{shot.name}.png", written)
    else:
        _show(app, window, Shot(f"{prefix}-dashboard", "dashboard"))
        _save(window, out_dir / f"{prefix}-dashboard.png", written)
        _show(app, window, _shots()[1])
        _save(window, out_dir / f"{prefix}-consultations.png", written)
        window.open_row("consultations", 0)
        app.processEvents()
        window.current_editor().clearFocus()
        _save(window, out_dir / f"{prefix}-editor.png", written)
        for editor in list(window.editors):
            editor.revert()
    QThreadPool.globalInstance().waitForDone()
    window.close_editors()
    window.hide()
    window.deleteLater()
    app.processEvents()


def _first_run_shot(app, ctx, out_dir: Path, written: list[Path]) -> None:
    from glo_act_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(ctx.reference, suggested_name=LAPTOP_NAME)
    dialog.select_country("NP")
    dialog.adjustSize()
    dialog.show()
    app.processEvents()
    _save(dialog, out_dir / "first-run.png", written)
    dialog.close()
    dialog.deleteLater()


def _enrol_with_demo_hq(ctx, folder: Path):
    """A demo HQ in `folder` enrols the laptop (before its records exist, so they wait for HQ)."""
    from glo_act_desktop.services import sync
    from glo_act_desktop.services.context import AppContext

    hq = AppContext.open(folder)
    sync.hq_init(hq, HQ_NAME)
    enrolment = folder / "laptop.enrol"
    sync.hq_enrol(hq, "NP", LAPTOP_NAME, enrolment)
    sync.init_from_enrolment(ctx, enrolment)
    return hq


def _exchange_with_conflict(ctx, hq, folder: Path) -> Path:
    """The laptop's bundle imported at HQ; then HQ and the laptop both retitle one consultation.
    Returns HQ's bundle for the laptop, which brings the conflict."""
    from glo_act_desktop.services import sync
    from glo_act_desktop.services.records import get_record, save_record
    from glo_act_desktop.store.repositories.records import all_ids

    up = folder / f"laptop-to-hq{sync.BUNDLE_SUFFIX}"
    sync.export_bundles(ctx, output=up)
    sync.import_bundles(hq, [up])
    with ctx.db.reading() as session:
        record_id = sorted(all_ids(session, "consultations"))[0]
    for node, title in ((ctx, CONFLICT_TITLES[0]), (hq, CONFLICT_TITLES[1])):
        record = get_record(node, "consultations", record_id)
        record.title = title
        save_record(node, record)
    down = folder / f"hq-to-laptop{sync.BUNDLE_SUFFIX}"
    sync.export_bundles(hq, to=LAPTOP_NAME, output=down)
    return down


def render(out_dir: Path, records: int = DEMO_RECORDS) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from glo_act_desktop.services.context import AppContext
    from glo_act_desktop.services.demo import generate_demo
    from glo_act_desktop.services.setup import init_device
    from glo_act_desktop.ui.editors import screenshots as editor_screenshots

    from glo_act_desktop.ui.app import install_translators, register_script_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_script_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        # The remembered window layout goes to the temporary folder, never the user's.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(tmp) / "settings"))
        ctx = AppContext.open(Path(tmp) / "glo-act-field")  # named like the real folder
        hq = None
        try:
            init_device(ctx, "NP", LAPTOP_NAME)
            hq = _enrol_with_demo_hq(ctx, Path(tmp) / "hq")
            generate_demo(ctx, records, seed=DEMO_SEED)
            bundle = _exchange_with_conflict(ctx, hq, Path(tmp))
            _window_shots(app, ctx, out_dir, written, bundle=bundle)
            _first_run_shot(app, ctx, out_dir, written)
            # In Arabic (right to left) and in Nepali: the window's own translations.
            for lang, prefix in (("ar", "main-rtl"), ("ne", "main-ne")):
                translators = install_translators(app, lang)
                try:
                    _window_shots(app, ctx, out_dir, written, prefix)
                finally:
                    for translator in translators:
                        app.removeTranslator(translator)
                    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        finally:
            ctx.close()
            if hq is not None:
                hq.close()
    written += editor_screenshots.render(out_dir)
    for stale in set(out_dir.glob("*.png")) - set(written):
        stale.unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--records", type=int, default=DEMO_RECORDS,
                        help="demo records to generate (default %(default)s)")
    args = parser.parse_args(argv)
    for path in render(args.out_dir, args.records):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
