"""Register pages: keyset paging adds up to the whole register in every sort, counts skip deleted
records, derived columns are computed in SQL, and the default order uses an index."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from glo_act_desktop.domain.records import Grant, Tranche
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import delete_records, save_record
from glo_act_desktop.store.repositories.registers import (
    count_records, page_query, read_page, register_columns,
)


@pytest.fixture
def demo(ctx):
    generate_demo(ctx, 300, seed=3)
    return ctx


def all_pages(session, kind, column, descending, limit):
    ids, after = [], None
    while True:
        page = read_page(session, kind, column, descending, after, limit)
        ids.extend(row.id for row in page.rows)
        if page.after is None:
            return ids
        after = page.after


@pytest.mark.parametrize("kind", ["consultations", "trainings", "grants"])
def test_pages_add_up_to_the_register_in_every_order(demo, kind):
    with demo.db.reading() as session:
        total = count_records(session, kind)
        for column in register_columns(kind):
            for descending in (False, True):
                whole = [row.id for row in
                         read_page(session, kind, column, descending, limit=10 ** 6).rows]
                assert len(whole) == total
                # Small pages cross many ties (same day, same count, same country).
                assert all_pages(session, kind, column, descending, 17) == whole, \
                    (column, descending)


def test_rows_follow_the_sql_order(demo):
    with demo.db.reading() as session:
        expected = list(session.scalars(text(
            "SELECT c.id FROM consultations c JOIN countries n ON n.code = c.country "
            "WHERE c.deleted = 0 ORDER BY n.name COLLATE NOCASE DESC, c.id DESC")))
        got = [r.id for r in read_page(session, "consultations", "country", True,
                                       limit=10 ** 6).rows]
    assert got == expected


def test_deleted_records_are_neither_counted_nor_listed(demo):
    with demo.db.reading() as session:
        before = [r.id for r in read_page(session, "trainings", "start", limit=10 ** 6).rows]
    gone = before[:5]
    assert delete_records(demo, "trainings", gone) == 5
    with demo.db.reading() as session:
        assert count_records(session, "trainings") == len(before) - 5
        after = [r.id for r in read_page(session, "trainings", "start", limit=10 ** 6).rows]
    assert after == before[5:]


def test_grant_columns_are_computed_in_sql(ctx):
    grant = Grant(programme="GLOACT-SA", country="NP", grantee="Hope Shelter Foundation",
                  currency="USD", committed_amount=Decimal("10000"),
                  start_date=date(2025, 1, 1), end_date=date(2025, 12, 31), status="active",
                  tranches=[Tranche(date(2025, 2, 1), Decimal("2500.50")),
                            Tranche(date(2025, 3, 1), Decimal("1000"))])
    grant.assisted["assisted_female_adult_trafficking"] = 4
    grant.assisted["assisted_male_child_smuggled"] = 3
    save_record(ctx, grant)
    grant.tranches = grant.tranches[:1]  # the second tranche is soft-deleted
    save_record(ctx, grant)
    with ctx.db.reading() as session:
        row = read_page(session, "grants", "start").rows[0]
    values = dict(zip(register_columns("grants"), row.values))
    assert values["disbursed"] == Decimal("2500.50")
    assert values["assisted"] == 7
    assert values["country"] == "Nepal" and values["status"] == "active"


def plan(ctx, query) -> str:
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with ctx.db.reading() as session:
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
    return " | ".join(row[-1] for row in rows)


@pytest.mark.parametrize("kind,column,index", [
    ("consultations", "date", "ix_consultations_live_date"),
    ("trainings", "start", "ix_trainings_live_start"),
    ("grants", "start", "ix_grants_live_start"),
])
def test_the_first_page_of_the_default_order_is_read_through_an_index(demo, kind, column, index):
    first = plan(demo, page_query(kind, column, True))
    following = plan(demo, page_query(kind, column, True, (date(2025, 6, 1), "x")))
    assert f"USING INDEX {index}" in first
    assert f"USING INDEX {index}" in following
    assert "FOR ORDER BY" not in first.replace("RIGHT PART OF ORDER BY", "")


@pytest.mark.parametrize("table, index", [("consultations", "ix_consultations_live_date"),
                                          ("trainings", "ix_trainings_live_start"),
                                          ("grants", "ix_grants_live_start")])
def test_the_register_count_reads_an_index_not_the_table(demo, table, index):
    with demo.db.reading() as session:
        detail = " | ".join(row[-1] for row in session.execute(text(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table} WHERE deleted = 0")))
    assert f"USING COVERING INDEX {index}" in detail, detail
