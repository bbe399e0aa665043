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


# --- filters ------------------------------------------------------------------------------------
# Every filter is checked against the register read whole with plain SQL and filtered in Python,
# so neither the search index nor the repository's SQL is used to make the expected rows.

import sqlite3  # noqa: E402
from datetime import timedelta  # noqa: E402

from glo_act_desktop.domain.filters import NO, YES, Filters  # noqa: E402
from glo_act_desktop.domain.records import (  # noqa: E402
    Consultation, Counterpart, FollowUp, GrantReport, Training,
)
from glo_act_desktop.store.repositories.registers import count_due, read_due_page  # noqa: E402

TODAY = date(2026, 11, 22)

RAW = {
    "consultations": """
        SELECT c.id, c.date, c.programme, c.country, c.pillars, c.outside_capital, '' AS status,
               c.title || char(1) || c.place || char(1) || c.summary || char(1) ||
               coalesce((SELECT group_concat(k.organisation, char(1)) FROM
                         consultation_counterparts k
                         WHERE k.consultation_id = c.id AND k.deleted = 0), '') AS body
        FROM consultations c WHERE c.deleted = 0""",
    "trainings": """
        SELECT t.id, t.start_date, t.programme, t.country, t.pillar, t.outside_capital, '',
               t.title || char(1) || t.venue || char(1) || t.notes
        FROM trainings t WHERE t.deleted = 0""",
    "grants": """
        SELECT g.id, g.start_date, g.programme, g.country, '', 0, g.status,
               g.grantee || char(1) || g.agreement_ref || char(1) || g.notes,
               EXISTS(SELECT 1 FROM grant_reports r WHERE r.grant_id = g.id AND r.deleted = 0
                      AND r.received_date IS NULL AND r.due_date < :today)
        FROM grants g WHERE g.deleted = 0""",
}


def raw_rows(ctx, kind):
    con = sqlite3.connect(ctx.db.path)
    try:
        sql = RAW[kind]
        # The register's overdue filter compares with the real date, whatever day the data was
        # generated for.
        params = {"today": date.today().isoformat()} if ":today" in sql else {}
        rows = con.execute(sql, params).fetchall()
    finally:
        con.close()
    return rows


def expected_ids(ctx, kind, f: Filters) -> list[str]:
    """Newest first (date, then id, descending), filtered in Python."""
    kept = []
    needle = f.text.strip().casefold()
    for row in raw_rows(ctx, kind):
        rid, day, programme, country, pillars, outside, status, body = row[:8]
        if needle and needle not in body.casefold():
            continue
        if f.programme and programme != f.programme:
            continue
        if f.country and country != f.country:
            continue
        if f.pillar and kind != "grants" and f.pillar not in pillars.split(";"):
            continue
        if f.date_from and day < f.date_from.isoformat():
            continue
        if f.date_to and day > f.date_to.isoformat():
            continue
        if f.outside_capital != "any" and kind != "grants" and \
                bool(outside) != (f.outside_capital == YES):
            continue
        if kind == "grants" and f.status and status != f.status:
            continue
        if kind == "grants" and f.overdue and not row[8]:
            continue
        kept.append((day, rid))
    return [rid for _day, rid in sorted(kept, reverse=True)]


PAGE = 97  # small pages: many keyset steps under each filter


def filtered_pages(session, kind, f, column=None, descending=True, limit=PAGE):
    column = column or register_columns(kind)[0]
    ids, after = [], None
    while True:
        page = read_page(session, kind, column, descending, after, limit, filters=f)
        ids.extend(row.id for row in page.rows)
        if page.after is None:
            return ids
        after = page.after

NEPALI_TITLE = "मानव बेचबिखन विरुद्ध कार्यशाला"
BENGALI_GRANTEE = "শক্তি নারী উন্নয়ন ফাউন্ডেশন"
ARABIC_NOTE = "تقرير عن مساعدة الضحايا"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """Several thousand demo records and a few in other scripts (module-wide: read-only tests)."""
    from glo_act_desktop.services.context import AppContext
    from glo_act_desktop.services.setup import init_device

    folder = tmp_path_factory.mktemp("big") / "data"
    context = AppContext.open(folder)
    init_device(context, "NP", "Test laptop")
    generate_demo(context, 4000, seed=11, today=TODAY)
    save_record(context, Consultation(
        programme="GLOACT-SA", country="NP", date=date(2025, 5, 1), title=NEPALI_TITLE,
        type=next(iter(context.reference.consultation_types)), place="काठमाडौं",
        pillars=("protection",), outside_capital=False,
        counterparts=[Counterpart("नेपाल प्रहरी", next(iter(context.reference.counterpart_types)))],
        follow_ups=[FollowUp("प्रतिवेदन पठाउने", "गृह मन्त्रालय", TODAY - timedelta(days=3))]))
    save_record(context, Training(
        programme="GLOACT-SA", country="NP", title="Victim identification",
        start_date=date(2025, 6, 2), end_date=date(2025, 6, 3), pillar="capacity",
        venue="विराटनगर", outside_capital=True, notes="काठमाडौं बाट प्रशिक्षक"))
    save_record(context, Grant(
        programme="GLOACT-SA", country="BD", grantee=BENGALI_GRANTEE, currency="BDT",
        committed_amount=Decimal("500000"), start_date=date(2025, 2, 1),
        end_date=date(2026, 1, 31), status="active", notes=ARABIC_NOTE,
        reports=[GrantReport("narrative", TODAY - timedelta(days=10))]))
    yield context
    context.close()


FILTER_CASES = [
    Filters(text="traff"),                       # Latin, through the trigram index
    Filters(text="TRAFFICKING"),                 # case does not matter
    Filters(text="Po"),                          # two letters: LIKE
    Filters(text="a"),
    Filters(text="काठमाडौं"),                    # Devanagari (index)
    Filters(text="काठ"),                         # a Devanagari prefix of three code points
    Filters(text="नेपाल प्रहरी"),                  # a counterpart's name
    Filters(text="ফাউন্ডেশন"),                      # Bengali grantee
    Filters(text="مساعدة"),                       # Arabic notes
    Filters(text="100%_\"quote"),                # LIKE and FTS special characters, no match
    Filters(programme="GLOACT-SA"),
    Filters(country="NP"),
    Filters(pillar="protection"),
    Filters(date_from=date(2024, 1, 1)),
    Filters(date_to=date(2023, 6, 30)),
    Filters(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)),
    Filters(outside_capital=YES),
    Filters(outside_capital=NO),
    Filters(status="active"),
    Filters(overdue=True),
    Filters(text="with", programme="GLOACT-SA", country="NP", date_from=date(2022, 1, 1),
            outside_capital=YES, pillar="capacity"),
    Filters(text="Minist", country="BD", status="closed", date_to=date(2025, 12, 31)),
]


@pytest.mark.parametrize("kind", ["consultations", "trainings", "grants"])
def test_filtered_pages_and_counts_match_independent_queries(big, kind):
    with big.db.reading() as session:
        seen_any = 0
        for f in FILTER_CASES:
            expected = expected_ids(big, kind, f)
            seen_any += bool(expected)
            assert filtered_pages(session, kind, f) == expected, f
            assert count_records(session, kind, f) == len(expected), f
    assert seen_any >= len(FILTER_CASES) // 2  # the cases do select something


def test_scripts_other_than_latin_are_found(big):
    with big.db.reading() as session:
        def titles(kind, text_):
            return {r.id for r in read_page(session, kind, register_columns(kind)[0], True,
                                            limit=10 ** 6, filters=Filters(text=text_)).rows}
        assert len(titles("consultations", "काठमाडौं")) == 1
        assert len(titles("trainings", "काठमाडौं")) == 1  # in the notes
        assert len(titles("consultations", "प्रहरी")) == 1  # counterpart
        assert len(titles("grants", "শক্তি")) == 1
        assert len(titles("grants", "الضحايا")) == 1


def test_filtered_rows_keep_any_sort_order(big):
    f = Filters(text="with", country="NP")
    with big.db.reading() as session:
        for kind in ("consultations", "grants"):
            keep = set(expected_ids(big, kind, f))
            for column in register_columns(kind):
                whole = [r.id for r in read_page(session, kind, column, False,
                                                 limit=10 ** 6).rows]
                assert filtered_pages(session, kind, f, column, False, 13) == \
                    [i for i in whole if i in keep], (kind, column)


def test_search_index_follows_edits_counterparts_and_deletes(ctx):
    kind_code = next(iter(ctx.reference.consultation_types))
    org_type = next(iter(ctx.reference.counterpart_types))
    record = Consultation(programme="GLOACT-SA", country="NP", date=date(2025, 1, 5),
                          title="Round table", type=kind_code, place="Pokhara",
                          counterparts=[Counterpart("Himalayan Rescue Trust", org_type)])
    save_record(ctx, record)

    def found(text_):
        with ctx.db.reading() as session:
            return [r.id for r in read_page(session, "consultations", "date", True,
                                            filters=Filters(text=text_)).rows]

    assert found("Rescue Trust") == [record.id]
    record.counterparts = [Counterpart("लैङ्गिक समानता मञ्च", org_type)]
    record.title = "Coordination round"
    save_record(ctx, record)
    assert found("Rescue Trust") == [] and found("Round table") == []
    assert found("समानता") == [record.id] and found("coordination ROUND") == [record.id]
    delete_records(ctx, "consultations", [record.id])
    assert found("समानता") == []


def test_free_text_goes_through_the_search_index(big):
    detail = plan(big, page_query("consultations", "date", True, filters=Filters(text="traff")))
    assert "consultations_search VIRTUAL TABLE INDEX" in detail, detail


# --- what is due -------------------------------------------------------------------------------

def due_expected(ctx, kind, f: Filters) -> list[tuple]:
    con = sqlite3.connect(ctx.db.path)
    if kind == "follow_ups":
        rows = con.execute("""
            SELECT f.id, f.due_date, c.country, f.action || char(1) || f.owner || char(1) ||
                   c.title || char(1) || c.place || char(1) || c.summary || char(1) ||
                   coalesce((SELECT group_concat(k.organisation, char(1))
                             FROM consultation_counterparts k
                             WHERE k.consultation_id = c.id AND k.deleted = 0), ''), f.status
            FROM follow_ups f JOIN consultations c ON c.id = f.consultation_id
            WHERE f.deleted = 0 AND c.deleted = 0 AND f.status IN ('open', 'in_progress')
        """).fetchall()
    else:
        rows = con.execute("""
            SELECT r.id, r.due_date, g.country,
                   g.grantee || char(1) || g.agreement_ref || char(1) || g.notes, ''
            FROM grant_reports r JOIN grants g ON g.id = r.grant_id
            WHERE r.deleted = 0 AND g.deleted = 0 AND r.received_date IS NULL""").fetchall()
    con.close()
    needle = f.text.strip().casefold()
    kept = [(due or "9999", rid) for rid, due, country, body, status in rows
            if (not needle or needle in body.casefold())
            and (not f.country or country == f.country)
            and (not f.overdue or (due is not None and due < TODAY.isoformat()))
            and (kind != "follow_ups" or not f.status or status == f.status)
            and (not f.date_from or (due is not None and due >= f.date_from.isoformat()))]
    return [rid for _due, rid in sorted(kept)]


@pytest.mark.parametrize("kind", ["follow_ups", "grant_reports"])
@pytest.mark.parametrize("f", [
    Filters(), Filters(overdue=True), Filters(country="NP"), Filters(text="report"),
    Filters(text="प्रतिवेदन"), Filters(text="শক্তি"), Filters(status="in_progress"),
    Filters(date_from=date(2026, 1, 1), country="BD"),
], ids=str)
def test_due_lists_match_independent_queries(big, kind, f):
    with big.db.reading() as session:
        ids, after = [], None
        while True:
            page = read_due_page(session, kind, f, after, limit=PAGE, today=TODAY)
            ids.extend(r.id for r in page.rows)
            assert all(r.overdue == (r.due_date is not None and r.due_date < TODAY)
                       for r in page.rows)
            if page.after is None:
                break
            after = page.after
        count, overdue = count_due(session, kind, f, today=TODAY)
    expected = due_expected(big, kind, f)
    assert ids == expected
    assert count == len(expected)
    assert overdue == len(due_expected(big, kind, f.with_(overdue=True)))


# --- bulk writes fill the search index without its per-row triggers ----------------------------

INDEX_TRUTH = {  # what revision 0002's triggers would hold, computed from the records
    "consultations": """SELECT r.rowid, r.title, r.place, r.summary,
        (SELECT group_concat(k.organisation, ' | ') FROM consultation_counterparts k
         WHERE k.consultation_id = r.id AND k.deleted = 0) FROM consultations r""",
    "trainings": "SELECT r.rowid, r.title, r.venue, r.notes, '' FROM trainings r",
    "grants": "SELECT r.rowid, r.agreement_ref, '', r.notes, r.grantee FROM grants r",
}


def index_and_truth(ctx, kind):
    con = sqlite3.connect(ctx.db.path)
    try:
        index = con.execute(f"SELECT rowid, title, place, notes, organisations FROM {kind}_search"
                            " ORDER BY rowid").fetchall()
        truth = sorted(con.execute(INDEX_TRUTH[kind]).fetchall())
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "ORDER BY name").fetchall()
    finally:
        con.close()
    return index, truth, triggers


def test_bulk_writes_keep_the_search_index_exact(ctx):
    from glo_act_desktop.services.demo import _Maker
    from glo_act_desktop.store.repositories import records as records_repo
    from glo_act_desktop.store.repositories.records import RecordWriter, load_records

    *_, triggers_before = index_and_truth(ctx, "consultations")
    generate_demo(ctx, 1500, seed=5)  # batches of hundreds: the bulk path
    maker = _Maker(ctx.reference, 9, date(2025, 6, 30))
    org_type = next(iter(ctx.reference.counterpart_types))
    with ctx.db.reading() as session:
        some = records_repo.all_ids(session, "consultations")[:120]
        existing = list(load_records(session, "consultations", some).values())
    for i, rec in enumerate(existing):  # new counterparts, edited titles, removed counterparts
        if i % 3 == 0:
            rec.counterparts = [*rec.counterparts, Counterpart(f"Zephyr Council {i}", org_type)]
        elif i % 3 == 1:
            rec.title = f"Qwx round table {i}"
        else:
            rec.counterparts = rec.counterparts[1:]
    fresh = [maker.consultation() for _ in range(records_repo.BULK_INDEX_FROM + 30)]
    with ctx.db.writing() as session:
        counts = RecordWriter(session, ctx.stamp()).upsert("consultations", [*existing, *fresh])
    assert counts.inserted == len(fresh) and counts.updated >= 80
    for kind in ("consultations", "trainings", "grants"):
        index, truth, triggers = index_and_truth(ctx, kind)
        assert index == truth, kind
        assert triggers == triggers_before
    with ctx.db.reading() as session:
        for needle in ("Zephyr", "Qwx", "zep", "Qw", "co", "k", "council 3"):
            f = Filters(text=needle)
            assert filtered_pages(session, "consultations", f) == \
                expected_ids(ctx, "consultations", f), needle
        assert count_records(session, "consultations", Filters(text="Zephyr Council")) == 40


def test_a_failed_bulk_write_leaves_the_triggers_in_place(ctx):
    from glo_act_desktop.services.demo import _Maker
    from glo_act_desktop.store.repositories.records import BULK_INDEX_FROM, RecordWriter

    *_, triggers_before = index_and_truth(ctx, "consultations")
    maker = _Maker(ctx.reference, 4, date(2025, 6, 30))
    batch = [maker.consultation() for _ in range(BULK_INDEX_FROM + 5)]
    batch.append(batch[0])  # the same id twice: the INSERT fails
    with pytest.raises(Exception), ctx.db.writing() as session:
        try:
            RecordWriter(session, ctx.stamp()).upsert("consultations", batch)
        finally:
            names = set(session.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
            assert names == {name for name, _sql in triggers_before}
    index, truth, triggers = index_and_truth(ctx, "consultations")
    assert triggers == triggers_before and index == truth == []


@pytest.mark.parametrize("probe", [1, 40, 10 ** 6])
def test_short_text_pages_are_the_same_whether_the_first_try_fills_them_or_not(big, probe,
                                                                                monkeypatch):
    from glo_act_desktop.store.repositories import registers
    monkeypatch.setattr(registers, "SHORT_TEXT_PROBE", probe)
    with big.db.reading() as session:
        for kind in ("consultations", "trainings", "grants"):
            for needle in ("a", "Po", "zq", "क", "\u0936\u0915", "%", "_a"):
                f = Filters(text=needle)
                assert filtered_pages(session, kind, f) == expected_ids(big, kind, f), \
                    (kind, needle)
            f = Filters(text="e", country="NP")  # with another filter that thins the rows out
            assert filtered_pages(session, kind, f) == expected_ids(big, kind, f)
            assert filtered_pages(session, kind, f, descending=False) == \
                list(reversed(expected_ids(big, kind, f)))


def test_the_windows_column_keys_are_the_queries_columns():
    from glo_act_desktop.store.register_columns import REGISTER_COLUMNS
    from glo_act_desktop.store.repositories.registers import _REGISTERS

    assert {kind: tuple(r.columns) for kind, r in _REGISTERS.items()} == REGISTER_COLUMNS


def test_the_generated_first_pages_are_current():
    from glo_act_desktop.paths import package_dir
    from glo_act_desktop.store.repositories.registers import FIRST_PAGES_COMMAND, first_pages_source

    assert (package_dir() / "store" / "first_pages.py").read_text(encoding="utf-8") == \
        first_pages_source(), f"run `{FIRST_PAGES_COMMAND}`"


def test_the_plain_first_page_is_the_queries_first_page(ctx):
    from glo_act_desktop.store.register_columns import read_first_page
    from glo_act_desktop.store.repositories import records as records_repo

    generate_demo(ctx, 1_400, seed=5)  # more than a page of each kind
    for kind in ("consultations", "trainings", "grants"):
        with ctx.db.reading() as session:
            deleted = sorted(records_repo.all_ids(session, kind))[:3]
        delete_records(ctx, kind, deleted)  # deleted records are left out of both
        total, page = read_first_page(ctx.db.read_rows, kind)
        with ctx.db.reading() as session:
            assert total == count_records(session, kind)
            expected = read_page(session, kind, register_columns(kind)[0], True)
        assert page == expected and len(page.rows) == 200 and page.after is not None
        check_types(page, expected)


def check_types(page, expected):
    """Dates, Decimals and booleans as the queries give them (equal values can differ: 1 == True)."""
    for got_row, want_row in zip(page.rows, expected.rows):
        assert [type(v) for v in got_row.values] == [type(v) for v in want_row.values]
