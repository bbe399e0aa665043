"""Demo data looks like a real office's: nothing in the future, nothing paid before signing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.services.demo import generate_demo

TODAY = date(2025, 6, 30)


def test_demo_has_no_future_activities_or_payments(ctx):
    generate_demo(ctx, 600, seed=9, today=TODAY)
    with ctx.db.reading() as session:
        one = lambda sql: session.execute(text(sql), {"today": TODAY.isoformat()}).scalar()  # noqa: E731
        assert one("select count(*) from consultations where date > :today") == 0
        assert one("select count(*) from trainings where start_date > :today") == 0
        assert one("select count(*) from grant_tranches where date > :today") == 0
        assert one("select count(*) from grant_reports where received_date > :today") == 0
        assert one("select count(*) from grant_tranches t join grants g on g.id = t.grant_id "
                   "where g.status = 'pipeline'") == 0
        assert one("select count(*) from grant_tranches") > 0


def test_demo_grants_assist_people_once_running_and_rarely_without_a_recorded_sex(ctx):
    generate_demo(ctx, 600, seed=5, today=TODAY)
    total = " + ".join(ASSISTED_COLUMNS)
    other = " + ".join(c for c in ASSISTED_COLUMNS if "_other_" in c)
    with ctx.db.reading() as session:
        pipeline = session.execute(text(
            f"SELECT coalesce(sum({total}), 0) FROM grants WHERE status = 'pipeline'")).scalar()
        everyone, unrecorded = session.execute(text(
            f"SELECT sum({total}), sum({other}) FROM grants")).one()
    assert pipeline == 0
    assert everyone > 0 and unrecorded / everyone < 0.1


def test_demo_follow_ups_due_long_ago_are_mostly_settled(ctx):
    generate_demo(ctx, 1500, seed=4, today=TODAY)
    with ctx.db.reading() as session:
        old_open, old = session.execute(text(
            "SELECT sum(status IN ('open', 'in_progress')), count(*) FROM follow_ups "
            "WHERE deleted = 0 AND due_date < :year_ago"),
            {"year_ago": TODAY.replace(year=TODAY.year - 1).isoformat()}).one()
    assert old > 0 and old_open / old < 0.1
