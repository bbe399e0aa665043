"""The filter bar drives a register through real widgets: typing (debounced), Esc, combos, dates,
the dashboard's click-through, and the count label."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import text

from glo_act_desktop.domain.filters import YES, Filters
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.ui.models.register_model import RegisterModel
from glo_act_desktop.ui.widgets.filter_bar import DEBOUNCE_MS, FilterBar


def ids(ctx, where: str, params=None) -> list[str]:
    with ctx.db.reading() as session:
        return list(session.scalars(text(
            f"SELECT id FROM trainings t WHERE t.deleted = 0 AND {where} "
            "ORDER BY t.start_date DESC, t.id DESC"), params or {}))


def wired(qtbot, ctx, kind="trainings"):
    bar = FilterBar(ctx.reference, kind)
    view = QTableView()
    qtbot.addWidget(bar)
    qtbot.addWidget(view)
    model = RegisterModel(ctx, kind, view)
    view.setModel(model)
    bar.filtersChanged.connect(model.set_filters)
    model.counts_changed.connect(lambda *_: bar.set_count_text(model.count_text()))
    model.refresh()
    bar.show()
    bar.view = view  # the model lives as long as its view, which lives as long as the test
    return bar, model


def shown(model) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.record_id(r) for r in range(model.rowCount())]


def test_typing_filters_once_typing_pauses_and_esc_clears(qtbot, ctx):
    generate_demo(ctx, 1500, seed=21)
    bar, model = wired(qtbot, ctx)
    emitted = []
    bar.filtersChanged.connect(emitted.append)
    total = model.total()
    bar.focus_search()
    qtbot.keyClicks(bar.search, "investig")
    assert emitted == []  # debounced: nothing while typing
    qtbot.waitUntil(lambda: len(emitted) == 1, timeout=DEBOUNCE_MS * 10)
    assert emitted[0] == Filters(text="investig")
    like = "(t.title LIKE :p OR t.venue LIKE :p OR t.notes LIKE :p)"
    expected = ids(ctx, like, {"p": "%investig%"})
    assert 0 < len(expected) < total
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=5000)
    locale = QLocale()
    assert bar.count_label.text() == \
        f"{locale.toString(len(expected))} of {locale.toString(total)}"
    assert shown(model) == expected

    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert bar.search.text() == "" and emitted[-1] == Filters()  # at once, no debounce
    assert bar.count_label.text() == locale.toString(total)
    assert len(shown(model)) == total


def test_combos_dates_and_outside_capital_filter_at_once(qtbot, ctx):
    generate_demo(ctx, 1500, seed=22)
    bar, model = wired(qtbot, ctx)
    bar.programme.setCurrentIndex(bar.programme.findData("GLOACT-SA"))
    # the country list follows the programme
    countries = {bar.country.itemData(i) for i in range(bar.country.count())} - {""}
    assert countries == set(ctx.reference.programme_countries("GLOACT-SA"))
    bar.country.setCurrentIndex(bar.country.findData("NP"))
    bar.pillar.setCurrentIndex(bar.pillar.findData("capacity"))
    bar.outside_capital.setCurrentIndex(bar.outside_capital.findData(YES))
    qtbot.keyClicks(bar.date_from, "2023-01-01")
    qtbot.waitUntil(lambda: model.filters().date_from == date(2023, 1, 1),
                    timeout=DEBOUNCE_MS * 10)
    assert model.filters() == Filters(programme="GLOACT-SA", country="NP", pillar="capacity",
                                      outside_capital=YES, date_from=date(2023, 1, 1))
    expected = ids(ctx, "t.programme = 'GLOACT-SA' AND t.country = 'NP' AND "
                        "t.pillar = 'capacity' AND t.outside_capital = 1 AND "
                        "t.start_date >= '2023-01-01'")
    assert expected and shown(model) == expected

    # a programme that does not work in the country drops it
    bar.programme.setCurrentIndex(bar.programme.findData("PROTECT"))
    if "NP" not in ctx.reference.programme_countries("PROTECT"):
        assert model.filters().country is None


def test_set_filters_shows_them_and_emits_once(qtbot, ctx):
    bar = FilterBar(ctx.reference, "grants")
    qtbot.addWidget(bar)
    emitted = []
    bar.filtersChanged.connect(emitted.append)
    wanted = Filters(text="Shelter", programme="GLOACT-SA", country="BD",
                     date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), status="active",
                     overdue=True)
    bar.set_filters(wanted)
    assert emitted == [wanted] and bar.filters() == wanted
    assert bar.search.text() == "Shelter" and bar.overdue.isChecked()
    assert bar.pillar.isHidden() and bar.outside_capital.isHidden()
    bar.clear_button.click()
    assert emitted[-1] == Filters() and len(emitted) == 2


def test_the_bar_opens_right_to_left(qtbot, ctx):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        bar = FilterBar(ctx.reference, "consultations")
        qtbot.addWidget(bar)
        bar.resize(1000, 80)
        bar.show()
        qtbot.waitExposed(bar)
        assert bar.isRightToLeft()
        # the search field starts at the right edge, the count label sits to its left
        assert bar.search.geometry().right() > bar.count_label.geometry().right()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
