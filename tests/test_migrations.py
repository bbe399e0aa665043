"""Revision 0002 (the free-text search index) on a database made by revision 0001 with records in
it: start-up backs the old file up first, upgrades it, and the old records are searchable."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.records import Consultation, Counterpart
from glo_act_desktop.paths import DataDir
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import save_record
from glo_act_desktop.services.setup import init_device
from glo_act_desktop.store.database import current_revision, head_revision, open_database, upgrade
from glo_act_desktop.store.engine import Database
from glo_act_desktop.store.repositories.registers import count_records, read_page
from glo_act_desktop.sync.clock import HLC

TITLE = "मानव बेचबिखन रोकथाम बैठक"


REPLICATED_0001 = ("consultations", "trainings", "grants", "consultation_counterparts",
                   "follow_ups", "training_institutions", "grant_tranches", "grant_reports")


def make_0001_database(folder) -> tuple[int, str, int]:
    """A data directory whose database is at revision 0001 and holds records. The records are
    written by today's code into a current database, then copied into the 0001 one, as a device
    running the 0001 build would have left them."""
    source_dir = DataDir(Path(str(folder) + "-source"))
    source = AppContext.open(source_dir.root)
    init_device(source, "NP", "Old laptop")
    generate_demo(source, 400, seed=41, today=date(2026, 11, 22))
    record = Consultation(programme="GLOACT-SA", country="NP", date=date(2024, 3, 1),
                          title=TITLE, type=next(iter(source.reference.consultation_types)),
                          place="Pokhara", counterparts=[Counterpart(
                              "Sunrise Rehabilitation Haven",
                              next(iter(source.reference.counterpart_types)))])
    save_record(source, record)
    source.close()

    data_dir = DataDir(folder)
    data_dir.ensure()
    db = Database(data_dir.database)
    upgrade(db, "0001")
    assert current_revision(db) == "0001"
    db.dispose()
    con = sqlite3.connect(data_dir.database)
    con.execute("ATTACH DATABASE ? AS source", (str(source_dir.database),))
    with con:
        for table in REPLICATED_0001:
            con.execute(f"INSERT INTO {table} SELECT * FROM source.{table}")
        con.execute("INSERT INTO device_settings SELECT * FROM source.device_settings "
                    "WHERE key IN ('device_id', 'device_name', 'country', 'role')")
    con.execute("DETACH DATABASE source")
    consultations = con.execute("SELECT count(*) FROM consultations WHERE deleted = 0"
                                ).fetchone()[0]
    discussed = con.execute("SELECT count(*) FROM consultations WHERE deleted = 0 AND "
                            "summary LIKE '%Discussed%'").fetchone()[0]
    con.close()
    return consultations, record.id, discussed


def test_an_old_database_is_backed_up_then_upgraded_and_its_records_are_searchable(data_dir):
    consultations, record_id, discussed = make_0001_database(data_dir)
    assert head_revision() != "0001"

    db = open_database(DataDir(data_dir))
    try:
        assert current_revision(db) == head_revision()
        backups = list((data_dir / "backups").glob("*before-upgrade-0001*.sqlite3"))
        assert len(backups) == 1
        con = sqlite3.connect(backups[0])
        try:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert con.execute("SELECT count(*) FROM consultations WHERE deleted = 0"
                               ).fetchone() == (consultations,)
            assert con.execute("SELECT id FROM consultations WHERE title = ?",
                               (TITLE,)).fetchone() == (record_id,)
            assert con.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                               "'%_search%'").fetchone() == (0,)
        finally:
            con.close()

        with db.reading() as session:
            def found(text_, kind="consultations"):
                return [r.id for r in read_page(session, kind, "date" if kind ==
                                                "consultations" else "start", True,
                                                limit=10 ** 6,
                                                filters=Filters(text=text_)).rows]
            assert found("बेचबिखन") == [record_id]          # the index, Devanagari
            assert found("REHABILITATION haven") == [record_id]  # a counterpart, any case
            # the old records are in the index: a word in most demo summaries finds them all
            everything = found("Discussed")
            assert len(everything) == discussed > consultations // 2
            assert count_records(session, "consultations", Filters(text="Discussed")) == \
                len(everything)
    finally:
        db.dispose()


def test_the_index_upgrade_is_idempotent_with_later_writes(data_dir):
    """After the upgrade, new writes go through the triggers; opening again changes nothing."""
    make_0001_database(data_dir)
    ctx = AppContext.open(data_dir)
    try:
        save_record(ctx, Consultation(
            programme="GLOACT-SA", country="NP", date=date(2025, 1, 1), title="Zebra crossing",
            type=next(iter(ctx.reference.consultation_types))))
        with ctx.db.reading() as session:
            assert count_records(session, "consultations", Filters(text="zebra")) == 1
    finally:
        ctx.close()
    backups = sorted((data_dir / "backups").iterdir())
    open_database(DataDir(data_dir)).dispose()
    assert sorted((data_dir / "backups").iterdir()) == backups  # up to date: no new backup


def test_records_from_before_sync_get_a_state_so_they_travel_in_the_first_bundle(data_dir):
    make_0001_database(data_dir)
    db = open_database(DataDir(data_dir))
    try:
        with db.reading() as session:
            conn = session.connection()
            node = conn.exec_driver_sql(
                "SELECT value FROM device_settings WHERE key = 'device_id'").scalar()
            for table in REPLICATED_0001:
                missing = conn.exec_driver_sql(
                    f"SELECT count(*) FROM {table} t LEFT JOIN sync_rows s ON s.tbl = ? "
                    f"AND s.row_id = t.id WHERE s.row_id IS NULL", (table,)).scalar()
                assert missing == 0, table
            wrong_cl = conn.exec_driver_sql(
                "SELECT count(*) FROM consultations c JOIN sync_rows s ON s.tbl = "
                "'consultations' AND s.row_id = c.id WHERE (s.cl % 2 = 0) != c.deleted").scalar()
            assert wrong_cl == 0
            states = [json.loads(s) for (s,) in conn.exec_driver_sql(
                "SELECT state FROM sync_rows LIMIT 50")]
        for state in states:
            stamp = HLC.parse(state["v"]["*"][0])
            assert stamp.node == node and stamp.wall_ms > 1_600_000_000_000
    finally:
        db.dispose()
