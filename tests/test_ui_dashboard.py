"""The dashboard: every figure on screen checked against raw SQL on the database file, scope
changes, click-through to records, an empty scope and right-to-left."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QLabel

from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import AGE_GROUPS, ASSISTED_KINDS, SEXES
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.setup import init_device
from glo_act_desktop.domain.filters import NO, YES, Filters
from glo_act_desktop.ui.dashboard import (
    DashboardView, as_register_filters, period_dates,
)
from glo_act_desktop.ui.widgets.charts import BarChart, ColumnChart
from tests.test_figures import where

TODAY = date(2025, 6, 30)
SCOPE = Scope(programme="GLOACT-SA", country="NP", date_from=date(2024, 7, 1),
              date_to=date(2025, 6, 30))
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx = AppContext.open(tmp_path_factory.mktemp("dashboard"))
    init_device(ctx, "NP", "Test laptop")
    generate_demo(ctx, 1500, seed=11, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture(autouse=True)
def no_worker_left():
    yield
    QThreadPool.globalInstance().waitForDone(WAIT_MS)


def make_view(qtbot, ctx, scope: Scope | None = SCOPE) -> DashboardView:
    view = DashboardView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1120, 660)
    if scope is not None:
        with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
            view.set_scope(scope)
    else:
        qtbot.waitUntil(lambda: view.figures() is not None, timeout=WAIT_MS)
    return view


def number(n) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(int(n))


def percent(part: int, whole: int) -> str:
    return f"{QLocale().toString(part * 100 / whole, 'f', 0)}%"


def money(amount: Decimal, digits: int) -> str:
    locale = QLocale()
    return f"{amount:,.{digits}f}".translate(str.maketrans(
        {",": locale.groupSeparator(), ".": locale.decimalPoint()}))


def text(view: DashboardView, name: str) -> str:
    label = view.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def expected_figures(ctx: AppContext, scope: Scope) -> dict:
    """The figures, straight from the file with hand-written SQL."""
    con = sqlite3.connect(ctx.data_dir.database)
    one = lambda sql, args: con.execute(sql, args).fetchone()  # noqa: E731
    found: dict = {}
    w, a = where(scope, "date")
    found["consultations"], found["consultations_out"] = one(
        f"select count(*), coalesce(sum(outside_capital), 0) from consultations where {w}", a)
    w, a = where(scope, "start_date")
    (found["trainings"], found["trainings_out"], found["female"], found["male"],
     found["other"]) = one(
        "select count(*), coalesce(sum(outside_capital), 0), coalesce(sum(participants_female), 0),"
        " coalesce(sum(participants_male), 0), coalesce(sum(participants_other), 0) "
        f"from trainings where {w}", a)
    w, a = where(scope, "overlap")
    found["grants"] = one(f"select count(*) from grants where {w}", a)[0]
    found["disability"] = one(
        f"select coalesce(sum(assisted_with_disability), 0) from grants where {w}", a)[0]
    for sex in SEXES:
        for age in AGE_GROUPS:
            columns = " + ".join(f"assisted_{sex}_{age}_{k}" for k in ASSISTED_KINDS)
            found[f"assisted_{sex}_{age}"] = one(
                f"select coalesce(sum({columns}), 0) from grants where {w}", a)[0]
    for kind in ASSISTED_KINDS:
        columns = " + ".join(f"assisted_{s}_{g}_{kind}" for s in SEXES for g in AGE_GROUPS)
        found[f"kind_{kind}"] = one(f"select coalesce(sum({columns}), 0) from grants where {w}",
                                    a)[0]
    committed = dict(con.execute(
        f"select currency, sum(committed_amount) from grants where {w} "
        "and status in ('active', 'suspended', 'closed') group by currency", a).fetchall())
    gw, ga = where(scope, "overlap", "g.")
    disbursed = dict(con.execute(
        "select g.currency, sum(t.amount) from grants g join grant_tranches t on t.grant_id = g.id"
        f" where {gw} and t.deleted = 0 and t.date >= ? and t.date <= ? group by g.currency",
        ga + [scope.date_from.isoformat(), scope.date_to.isoformat()]).fetchall())
    found["money"] = {cur: (Decimal(committed.get(cur, 0)) / 10_000,
                            Decimal(disbursed.get(cur, 0)) / 10_000)
                      for cur in set(committed) | set(disbursed)}
    found["digits"] = dict(con.execute("select code, minor_units from currencies").fetchall())
    cw, ca = where(scope, None, "c.")
    found["follow_ups"] = one(
        "select count(*) from follow_ups f join consultations c on c.id = f.consultation_id "
        f"where {cw} and f.deleted = 0 and f.status in ('open', 'in_progress') "
        "and f.due_date < ?", ca + [TODAY.isoformat()])[0]
    gw, ga = where(scope, None, "g.")
    found["reports"] = one(
        "select count(*) from grant_reports r join grants g on g.id = r.grant_id "
        f"where {gw} and r.deleted = 0 and r.received_date is null and r.due_date < ?",
        ga + [TODAY.isoformat()])[0]
    con.close()
    return found


def test_every_figure_on_screen_matches_independent_sql(qtbot, demo):
    view = make_view(qtbot, demo)
    e = expected_figures(demo, SCOPE)
    assert e["consultations"] > 5 and e["trainings"] > 5 and e["grants"] > 2  # not trivial
    assert text(view, "consultationsValue") == number(e["consultations"])
    assert text(view, "trainingsValue") == number(e["trainings"])
    assert text(view, "followUpsValue") == number(e["follow_ups"])
    assert text(view, "reportsValue") == number(e["reports"])
    trained = e["female"] + e["male"] + e["other"]
    assert text(view, "trainedValue") == number(trained)
    for sex in SEXES:
        assert text(view, f"trained_{sex}Value") == number(e[sex])
    assert text(view, "womenShareValue") == percent(e["female"], trained)
    activities = e["consultations"] + e["trainings"]
    outside = e["consultations_out"] + e["trainings_out"]
    assert text(view, "outsideShareValue") == percent(outside, activities)
    assert f"{number(outside)} of {number(activities)}" in text(view, "outsideShareNote")
    rows = view.findChild(BarChart, "outsideChart").rows()
    assert [r.text for r in rows] == [
        f"{number(e['consultations_out'])} of {number(e['consultations'])}",
        f"{number(e['trainings_out'])} of {number(e['trainings'])}"]

    assert number(e["grants"]) in text(view, "grantsNote")
    shown_currencies = {name.split("_")[1] for name in
                        (label.objectName() for label in view.findChildren(QLabel))
                        if name.startswith("money_") and name.count("_") == 2}
    assert shown_currencies == set(e["money"])
    for cur, (committed, disbursed) in e["money"].items():
        digits = e["digits"][cur]
        assert text(view, f"money_{cur}_committed") == money(committed, digits)
        assert text(view, f"money_{cur}_disbursed") == money(disbursed, digits)
        assert text(view, f"money_{cur}_balance") == money(committed - disbursed, digits)

    assisted = sum(e[f"assisted_{s}_{g}"] for s in SEXES for g in AGE_GROUPS)
    assert assisted > 0
    assert text(view, "assistedValue") == number(assisted)
    assert number(e["disability"]) in text(view, "assistedNote")
    for sex in SEXES:
        assert text(view, f"assisted_{sex}Value") == \
            number(sum(e[f"assisted_{sex}_{g}"] for g in AGE_GROUPS))
    groups = view.findChild(ColumnChart, "assistedChart")._groups
    assert [[int(s.value) for s in g.segments] for g in groups] == \
        [[e[f"assisted_{s}_{g}"] for s in SEXES] for g in AGE_GROUPS]
    kinds = view.findChild(BarChart, "assistedKindChart").rows()
    assert [r.text for r in kinds] == [number(e[f"kind_{k}"]) for k in ASSISTED_KINDS]


def test_default_scope_is_the_device_country_and_this_year(qtbot, demo):
    view = make_view(qtbot, demo, scope=None)
    assert view.scope() == Scope(country="NP", date_from=date(2025, 1, 1),
                                 date_to=date(2025, 12, 31))
    assert view.ui.periodCombo.currentData() == "this_year"


def test_changing_the_country_updates_the_figures(qtbot, demo):
    view = make_view(qtbot, demo)
    combo = view.ui.countryCombo
    assert {combo.itemData(i) for i in range(combo.count())} == \
        {None, "BD", "BT", "MV", "NP", "LK", "IN"}  # the programme's countries only
    with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData("BD"))
    scope = Scope("GLOACT-SA", "BD", SCOPE.date_from, SCOPE.date_to)
    assert view.scope() == scope
    e = expected_figures(demo, scope)
    assert text(view, "consultationsValue") == number(e["consultations"])
    assert text(view, "trainingsValue") == number(e["trainings"])
    assert text(view, "followUpsValue") == number(e["follow_ups"])
    assert set(e["money"]) == {n.split("_")[1] for n in
                               (lb.objectName() for lb in view.findChildren(QLabel))
                               if n.startswith("money_") and n.count("_") == 2}


def test_a_quick_period_sets_the_dates_and_recomputes(qtbot, demo):
    view = make_view(qtbot, demo)
    with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
        view.ui.periodCombo.setCurrentIndex(view.ui.periodCombo.findData("last_quarter"))
    assert (view.scope().date_from, view.scope().date_to) == (date(2025, 1, 1),
                                                              date(2025, 3, 31))
    e = expected_figures(demo, view.scope())
    assert text(view, "consultationsValue") == number(e["consultations"])
    with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
        view.ui.periodCombo.setCurrentIndex(view.ui.periodCombo.findData("all_time"))
    assert (view.scope().date_from, view.scope().date_to) == (None, None)


def test_period_choices():
    assert period_dates("this_quarter", date(2025, 5, 10)) == (date(2025, 4, 1),
                                                               date(2025, 6, 30))
    assert period_dates("last_quarter", date(2025, 2, 10)) == (date(2024, 10, 1),
                                                               date(2024, 12, 31))
    assert period_dates("this_year", date(2025, 5, 10)) == (date(2025, 1, 1),
                                                            date(2025, 12, 31))
    assert period_dates("last_12_months", date(2025, 6, 30)) == (date(2024, 7, 1),
                                                                 date(2025, 6, 30))
    assert period_dates("last_12_months", date(2024, 2, 29)) == (date(2023, 3, 1),
                                                                 date(2024, 2, 29))
    assert period_dates("all_time", date(2025, 6, 30)) == (None, None)


def click_and_wait(qtbot, view, widget, pos: QPoint | None = None):
    with qtbot.waitSignal(view.openRecords, timeout=2_000) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                         pos=pos if pos is not None else widget.rect().center())
    return blocker.args


def test_clicking_a_figure_opens_its_records(qtbot, demo):
    view = make_view(qtbot, demo)
    view.show()
    qtbot.waitExposed(view)
    dated = {"programme": "GLOACT-SA", "country": "NP", "date_from": SCOPE.date_from,
             "date_to": SCOPE.date_to}
    any_date = dict(dated, date_from=None, date_to=None)
    assert click_and_wait(qtbot, view, view.findChild(QLabel, "consultationsValue")) == \
        ["consultations", dated]
    assert click_and_wait(qtbot, view, view.findChild(QLabel, "trainingsValue")) == \
        ["trainings", dated]
    assert click_and_wait(qtbot, view, view.findChild(QLabel, "followUpsValue")) == \
        ["follow_ups", dict(any_date, overdue=True)]
    assert click_and_wait(qtbot, view, view.findChild(QLabel, "reportsValue")) == \
        ["grant_reports", dict(any_date, overdue=True)]
    currency = sorted(expected_figures(demo, SCOPE)["money"])[0]
    assert click_and_wait(qtbot, view, view.findChild(QLabel, f"money_{currency}_disbursed")) \
        == ["grants", dict(dated, currency=currency)]

    chart = view.findChild(BarChart, "outsideChart")
    chart.grab()  # paints, which places the bars
    (outside, payload), (inside, _) = chart.hit_regions()[:2]
    assert payload == ("consultations", {"outside_capital": True})
    assert click_and_wait(qtbot, view, chart, outside.center().toPoint()) == \
        ["consultations", dict(dated, outside_capital=True)]
    assert click_and_wait(qtbot, view, chart, inside.center().toPoint()) == \
        ["consultations", dict(dated, outside_capital=False)]
    trained = view.findChild(BarChart, "trainedChart")
    trained.grab()
    assert click_and_wait(qtbot, view, trained,
                          trained.hit_regions()[0][0].center().toPoint()) == ["trainings", dated]
    columns = view.findChild(ColumnChart, "assistedChart")
    columns.grab()
    assert click_and_wait(qtbot, view, columns,
                          columns.hit_regions()[0][0].center().toPoint()) == ["grants", dated]


def test_an_empty_scope_shows_zeros_and_nothing_recorded(qtbot, ctx):
    view = make_view(qtbot, ctx, Scope(programme="GLOACT-SA", country="NP"))
    for name in ("consultationsValue", "trainingsValue", "followUpsValue", "reportsValue",
                 "trainedValue", "assistedValue"):
        assert text(view, name) == "0"
    assert text(view, "womenShareValue") == "–" and text(view, "outsideShareValue") == "–"
    assert text(view, "outsideShareNote") == "Nothing recorded in this period"
    assert text(view, "moneyEmpty") == "Nothing committed or paid in this period"
    for chart in view.findChildren(BarChart) + view.findChildren(ColumnChart):
        chart.grab()
        assert chart.hit_regions() == []
    # A country outside every programme can still be shown (the main window may ask for it).
    with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
        view.set_scope(Scope(programme="GLOACT-SA", country="FR"))
    assert view.scope().country == "FR" and text(view, "consultationsValue") == "0"


def test_a_period_ending_before_it_starts_says_so(qtbot, demo):
    view = make_view(qtbot, demo)
    view.set_scope(Scope(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1)))
    assert "starts after it ends" in view.ui.stateLabel.text()


def test_right_to_left_mirrors_the_charts(qtbot, demo):
    view = DashboardView(demo, today=TODAY)
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(1120, 660)
    with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
        view.set_scope(SCOPE)
    view.show()
    qtbot.waitExposed(view)
    chart = view.findChild(BarChart, "outsideChart")
    assert chart.isRightToLeft()
    view.grab()
    (outside, _), (inside, _) = chart.hit_regions()[:2]
    assert outside.center().x() > inside.center().x()  # the bar grows from the right
    assert outside.right() > chart.width() / 2


def test_quick_scope_changes_compute_once_for_the_last_one(qtbot, demo):
    view = make_view(qtbot, demo)
    shown = []
    view.figuresShown.connect(shown.append)
    combo = view.ui.countryCombo
    with qtbot.waitSignal(view.figuresShown, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData("BD"))
        combo.setCurrentIndex(combo.findData("IN"))  # within the pause: BD is never computed
    qtbot.wait(400)
    e = expected_figures(demo, Scope("GLOACT-SA", "IN", SCOPE.date_from, SCOPE.date_to))
    assert len(shown) == 1 and shown[0].consultations == e["consultations"]
    assert text(view, "consultationsValue") == number(e["consultations"])


def test_a_focused_figure_opens_with_the_keyboard(qtbot, demo):
    view = make_view(qtbot, demo)
    label = view.findChild(QLabel, "trainingsValue")
    with qtbot.waitSignal(view.openRecords, timeout=2_000) as blocker:
        qtbot.keyClick(label, Qt.Key.Key_Return)
    assert blocker.args[0] == "trainings"


def test_click_through_filters_convert_to_the_register_filter_bar():
    base = {"programme": "GLOACT-SA", "country": "NP", "date_from": date(2025, 1, 1),
            "date_to": date(2025, 3, 31)}
    assert as_register_filters(dict(base, outside_capital=True)) == Filters(
        programme="GLOACT-SA", country="NP", date_from=date(2025, 1, 1),
        date_to=date(2025, 3, 31), outside_capital=YES)
    assert as_register_filters(dict(base, outside_capital=False)).outside_capital == NO
    assert as_register_filters(dict(base, date_from=None, date_to=None, overdue=True)) == \
        Filters(programme="GLOACT-SA", country="NP", overdue=True)
    assert as_register_filters(dict(base, currency="NPR")) == Filters(**base)
