"""Demo data looks like a real office's: nothing in the future, nothing paid before signing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

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
