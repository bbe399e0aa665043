"""Key figures checked against independent SQL written straight against the file."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.figures import figures_for
from tests.scope_sql import where

TODAY = date(2025, 6, 30)
SCOPES = [
    Scope(),
    Scope(programme="GLOACT-SA"),
    Scope(country="NP", date_from=date(2024, 3, 1), date_to=date(2025, 2, 28)),
    Scope(programme="PROTECT", country="TJ", date_from=date(2024, 1, 1)),
    Scope(programme="GLOACT-SA", country="FR"),  # valid codes, nothing in it
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from glo_act_desktop.services.context import AppContext
    ctx = AppContext.open(tmp_path_factory.mktemp("figures"))
    generate_demo(ctx, 1500, seed=5)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.describe())
def test_key_figures_match_independent_sql(demo, scope):
    figures = figures_for(demo, scope, TODAY)
    con = sqlite3.connect(demo.data_dir.database)
    one = lambda sql, args: con.execute(sql, args).fetchone()  # noqa: E731

    w, a = where(scope, "date")
    assert (figures.consultations, figures.consultations_outside_capital) == \
        one(f"select count(*), coalesce(sum(outside_capital), 0) from consultations where {w}", a)
    w, a = where(scope, "start_date")
    assert (figures.trainings, figures.trainings_outside_capital,
            figures.trained_by_sex["female"], figures.trained_by_sex["male"],
            figures.trained_by_sex["other"]) == one(
        "select count(*), coalesce(sum(outside_capital), 0), coalesce(sum(participants_female), 0),"
        " coalesce(sum(participants_male), 0), coalesce(sum(participants_other), 0) "
        f"from trainings where {w}", a)
    w, a = where(scope, "overlap")
    assert figures.grants == one(f"select count(*) from grants where {w}", a)[0]
    for column in ASSISTED_COLUMNS:
        assert figures.assisted[column] == \
            one(f"select coalesce(sum({column}), 0) from grants where {w}", a)[0]
    committed = dict(con.execute(
        f"select currency, sum(committed_amount) from grants where {w} "
        "and status in ('active', 'suspended', 'closed') group by currency", a).fetchall())
    tranche_w, tranche_a = "t.deleted = 0", []
    if scope.date_from:
        tranche_w += " and t.date >= ?"
        tranche_a.append(scope.date_from.isoformat())
    if scope.date_to:
        tranche_w += " and t.date <= ?"
        tranche_a.append(scope.date_to.isoformat())
    gw, ga = where(scope, "overlap", "g.")
    disbursed = dict(con.execute(
        f"select g.currency, sum(t.amount) from grants g join grant_tranches t on t.grant_id = g.id "
        f"where {gw} and {tranche_w} group by g.currency", ga + tranche_a).fetchall())
    expected = {cur: (Decimal(committed.get(cur, 0)) / 10_000,
                      Decimal(disbursed.get(cur, 0)) / 10_000)
                for cur in set(committed) | set(disbursed)}
    assert {m.currency: (m.committed, m.disbursed) for m in figures.money} == expected

    cw, ca = where(scope, None, "c.")
    assert figures.follow_ups_overdue == one(
        "select count(*) from follow_ups f join consultations c on c.id = f.consultation_id "
        f"where {cw} and f.deleted = 0 and f.status in ('open', 'in_progress') "
        "and f.due_date < ?", ca + [TODAY.isoformat()])[0]
    gw, ga = where(scope, None, "g.")
    assert figures.reports_overdue == one(
        "select count(*) from grant_reports r join grants g on g.id = r.grant_id "
        f"where {gw} and r.deleted = 0 and r.received_date is null and r.due_date < ?",
        ga + [TODAY.isoformat()])[0]
    con.close()


def test_the_demo_scope_is_not_trivially_empty(demo):
    figures = figures_for(demo, Scope(programme="GLOACT-SA"), TODAY)
    assert figures.consultations > 50 and figures.trainings > 50 and figures.grants > 10
    assert figures.money and figures.assisted_total > 0
    assert figures.follow_ups_overdue > 0 and figures.reports_overdue > 0
    assert 0 < figures.women_share < 1 and 0 < figures.outside_capital_share < 1
    assert figures.assisted_by(sex="female") + figures.assisted_by(sex="male") + \
        figures.assisted_by(sex="other") == figures.assisted_total


def test_empty_scope_has_no_shares(demo):
    figures = figures_for(demo, SCOPES[-1], TODAY)
    assert figures.activities == 0 and figures.women_share is None
    assert figures.outside_capital_share is None


def test_bad_scope_is_rejected_with_reasons(demo):
    with pytest.raises(InputRejected, match="is after --to"):
        figures_for(demo, Scope(date_from=date(2025, 1, 2), date_to=date(2025, 1, 1)))
    with pytest.raises(InputRejected, match="'ZZ' is not an ISO"):
        figures_for(demo, Scope(country="ZZ"))
