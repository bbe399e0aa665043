"""The main window over a demo database, driven as an officer would: clicks, keys, reopening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import text

from glo_act_desktop import __version__
from glo_act_desktop.domain.records import Consultation
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import save_record
from glo_act_desktop.ui.main_window import MAIN_TEXT, REGISTERS, MainWindow

TITLES = {"consultations": "Consultations", "trainings": "Trainings", "grants": "Grants"}
NEWEST_FIRST = {
    "consultations": "SELECT id FROM consultations WHERE deleted = 0 ORDER BY date DESC, id DESC",
    "trainings": "SELECT id FROM trainings WHERE deleted = 0 ORDER BY start_date DESC, id DESC",
    "grants": "SELECT id FROM grants WHERE deleted = 0 ORDER BY start_date DESC, id DESC",
}


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 600, seed=8)
    return ctx


def open_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sql(ctx, query: str) -> list:
    with ctx.db.reading() as session:
        return list(session.scalars(text(query)))


def click_register(qtbot, window: MainWindow, kind: str) -> None:
    navigation = window.ui.navigationList
    item = navigation.item(window.pages().index(kind))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(item).center())


def status_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)]


def test_each_register_shows_its_records_and_count(qtbot, ctx):
    generate_demo(ctx, 2300, seed=9)  # over a thousand consultations: the count is grouped
    demo = ctx
    grouped = QLocale()
    grouped.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    window = open_window(qtbot, demo)
    assert "Test laptop · Nepal" in status_texts(window)
    folder = [label for label in window.statusBar().findChildren(QLabel)
              if label.text().startswith("Data folder: ")][0]
    assert folder.toolTip().endswith(str(demo.data_dir.root))
    for kind in ("trainings", "grants", "consultations"):
        click_register(qtbot, window, kind)
        assert window.current_kind() == kind
        assert window.ui.pageStack.currentWidget().isAncestorOf(window.views[kind])
        count = sql(demo, f"SELECT count(*) FROM {kind} WHERE deleted = 0")[0]
        assert count > 0
        assert window.count_label.text() == f"{TITLES[kind]}: {grouped.toString(count)}"
        model = window.views[kind].model()
        assert model.record_id(0) == sql(demo, NEWEST_FIRST[kind])[0]


def test_the_dashboard_shows_first_and_a_register_is_read_only_when_first_shown(qtbot, demo):
    window = open_window(qtbot, demo)
    assert window.pages() == ["dashboard", *REGISTERS, "follow_ups", "sync"]
    assert window.current_page() == "dashboard" and window.dashboard.isVisible()
    assert window.models == {}
    click_register(qtbot, window, "consultations")
    assert set(window.models) == {"consultations"}
    click_register(qtbot, window, "grants")
    assert set(window.models) == {"consultations", "grants"}


def test_clicking_a_header_sorts_as_sql_does(qtbot, demo):
    window = open_window(qtbot, demo)
    click_register(qtbot, window, "consultations")
    view = window.views["consultations"]
    header = view.horizontalHeader()
    women = [window.models["consultations"].column_key(c) for c in range(header.count())] \
        .index("women")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(women) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == women
    direction = "ASC" if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder else "DESC"
    expected = sql(demo, "SELECT id FROM consultations WHERE deleted = 0 "
                         f"ORDER BY participants_female {direction}, id {direction}")
    model = view.model()
    assert [model.record_id(r) for r in range(model.rowCount())] == expected[:model.rowCount()]


def test_f5_reads_the_register_again(qtbot, demo):
    window = open_window(qtbot, demo)
    click_register(qtbot, window, "consultations")
    before = window.models["consultations"].total()
    save_record(demo, Consultation(programme="GLOACT-SA", country="NP", date=date(2099, 1, 1),
                                   type="workshop", title="Newest"))
    with qtbot.waitActive(window):  # shortcuts reach the active window only
        window.activateWindow()
    qtbot.keyClick(window.views["consultations"], Qt.Key.Key_F5)
    model = window.models["consultations"]
    assert model.total() == before + 1
    assert model.data(model.index(0, 4)) == "Newest"
    assert window.count_label.text().startswith("Consultations: ")


def test_opens_right_to_left(qtbot, demo):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window(qtbot, demo)
        click_register(qtbot, window, "consultations")
        view = window.views["consultations"]
        assert window.isRightToLeft() and view.isRightToLeft()
        assert view.model().rowCount() > 0
        # The navigation list sits on the right, the register on its left.
        assert window.ui.navigationList.mapTo(window, QPoint(0, 0)).x() > \
            view.mapTo(window, QPoint(0, 0)).x()
        assert not window.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_geometry_register_and_sort_are_remembered(qtbot, demo, window_settings_dir):
    first = open_window(qtbot, demo)
    first.resize(700, 520)  # within the offscreen screen (800 x 800)
    first.move(40, 30)
    click_register(qtbot, first, "grants")
    first.views["grants"].sortByColumn(4, Qt.SortOrder.AscendingOrder)  # grantee
    first.views["grants"].setColumnWidth(1, 133)
    first.close()
    assert any(window_settings_dir.rglob("*.ini"))

    second = open_window(qtbot, demo)
    assert second.size().toTuple() == (700, 520)
    assert second.current_kind() == "grants"
    header = second.views["grants"].horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (4, Qt.SortOrder.AscendingOrder)
    assert header.sectionSize(1) == 133
    model = second.models["grants"]
    qtbot.waitUntil(model.is_loaded)  # read after the window's first paint
    assert model.record_id(0) == sql(demo, "SELECT id FROM grants WHERE deleted = 0 "
                                           "ORDER BY grantee COLLATE NOCASE, id")[0]


def _start_on_trainings(qtbot, demo, sort_by_title: bool) -> tuple[MainWindow, list[bool]]:
    """A window of an officer who closed the app on the trainings register; `painted` records,
    at each paint of the register, whether its rows were in."""
    first = open_window(qtbot, demo)
    click_register(qtbot, first, "trainings")
    if sort_by_title:
        first.views["trainings"].sortByColumn(4, Qt.SortOrder.AscendingOrder)
    first.close()
    second = MainWindow(demo)
    qtbot.addWidget(second)
    model = second.models["trainings"]
    painted: list[bool] = []
    second._recorder = _Recorder(lambda: painted.append(model.is_loaded()))
    second.views["trainings"].viewport().installEventFilter(second._recorder)
    second.show()
    qtbot.waitUntil(model.is_loaded)
    qtbot.waitUntil(lambda: bool(painted))
    return second, painted


def test_a_window_starting_on_a_register_shows_its_rows_in_its_first_paint(qtbot, demo):
    window, painted = _start_on_trainings(qtbot, demo, sort_by_title=False)
    assert painted[0] is True  # newest first: the first page came in plain SQL before the paint
    model = window.models["trainings"]
    assert model.rowCount() > 0 and window.current_kind() == "trainings"
    with demo.db.reading() as session:
        from glo_act_desktop.store.repositories.registers import read_page
        expected = read_page(session, "trainings", "start", True)
    assert [model.record_id(i) for i in range(model.rowCount())] == [r.id for r in expected.rows]


def test_a_window_starting_on_a_register_in_another_order_paints_first(qtbot, demo):
    window, painted = _start_on_trainings(qtbot, demo, sort_by_title=True)
    assert painted[0] is False  # the rows are read after the first paint
    model = window.models["trainings"]
    assert model.record_id(0) == sql(demo, "SELECT id FROM trainings WHERE deleted = 0 "
                                           "ORDER BY title COLLATE NOCASE, id")[0]

    unseen = MainWindow(demo)  # never shown (a test, a screenshot): it reads when events run
    qtbot.addWidget(unseen)
    qtbot.waitUntil(unseen.models["trainings"].is_loaded)


class _Recorder(QObject):
    def __init__(self, record):
        super().__init__()
        self._record = record

    def eventFilter(self, watched, event):  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint:
            self._record()
        return False


def test_ctrl_q_closes_the_window(qtbot, demo):
    window = open_window(qtbot, demo)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.views["consultations"], Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_about_names_the_version(qtbot, demo, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, body: shown.append(body))
    window = open_window(qtbot, demo)
    window.ui.aboutAction.trigger()
    assert __version__ in shown[0]


@pytest.mark.parametrize("kind", REGISTERS)
def test_every_column_shows_and_the_main_text_stays_readable(qtbot, demo, kind):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1280, 720)  # a small laptop screen, less the taskbar
    window.show()
    qtbot.waitExposed(window)
    click_register(qtbot, window, kind)
    view = window.views[kind]
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    # The scroll bars follow the columns' widths on the view's next layout pass.
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible(), timeout=2000)
    main = [window.models[kind].column_key(c) for c in range(header.count())] \
        .index(MAIN_TEXT[kind])
    assert header.sectionSize(main) >= 30 * view.fontMetrics().averageCharWidth()
