"""The database file: pragmas, migrations at start-up, backups, and the schema equal to the models."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from glo_act_desktop.paths import DataDir
from glo_act_desktop.store.backup import backup_database
from glo_act_desktop.store.database import DatabaseTooNew, head_revision, open_database
from glo_act_desktop.store.models import Base


def test_new_database_is_migrated_to_head_with_reference_data(data_dir):
    db = open_database(DataDir(data_dir))
    with db.reading() as session:
        assert session.execute(text("select version_num from alembic_version")).scalar() == \
            head_revision()
        countries = session.execute(text("select count(*) from countries")).scalar()
        assert countries == 249
        sa_countries = session.execute(text(
            "select country, role from programme_countries where programme='GLOACT-SA' "
            "order by country")).all()
        assert sa_countries == [("BD", "core"), ("BT", "core"), ("IN", "regional"),
                                ("LK", "core"), ("MV", "core"), ("NP", "core")]
        pillars = session.execute(text("select code from pillars order by position")).scalars()
        assert list(pillars) == ["policy", "legislation", "capacity", "cooperation", "protection"]
        assert session.execute(text("select minor_units from currencies where code='IQD'")) \
            .scalar() == 3
    db.dispose()


def test_connection_pragmas_protect_against_power_loss(data_dir):
    db = open_database(DataDir(data_dir))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -65536  # 64 MiB
    db.dispose()


def test_write_transactions_take_the_lock_up_front(data_dir):
    """BEGIN IMMEDIATE: a second writer waits (or fails) at BEGIN, not half-way through."""
    db = open_database(DataDir(data_dir))
    with db.writing() as session:
        session.execute(text("select 1"))
        other = sqlite3.connect(data_dir / "glo-act.sqlite3", timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    db.dispose()


# The free-text search indexes (FTS5 virtual tables of revision 0002, and the shadow tables FTS5
# keeps their data in: *_search_data, *_search_idx, ...) are SQL-only, kept current by triggers;
# the ORM models cannot describe a virtual table, so the comparison leaves them out on purpose.
SEARCH_INDEXES = ("consultations_search", "trainings_search", "grants_search")


def not_a_search_index(name, type_, _parent) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_INDEXES))


def test_migrated_schema_equals_the_models(data_dir):
    db = open_database(DataDir(data_dir))
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "include_name": not_a_search_index})
        differences = compare_metadata(context, Base.metadata)
    db.dispose()
    assert differences == []


def test_backup_holds_commits_still_in_the_wal(data_dir):
    """A file copy of a WAL database misses what is not checkpointed; the backup API does not."""
    db = open_database(DataDir(data_dir))
    with db.writing() as session:
        session.execute(text("insert into device_settings(key, value) values ('marker', 'kept')"))
    copy = backup_database(data_dir / "glo-act.sqlite3", data_dir / "backups", "test")
    db.dispose()
    con = sqlite3.connect(copy)
    assert con.execute("select value from device_settings where key='marker'").fetchone() == \
        ("kept",)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    assert not list((data_dir / "backups").glob("*.partial"))


def test_opening_an_up_to_date_database_makes_no_backup(data_dir):
    open_database(DataDir(data_dir)).dispose()
    open_database(DataDir(data_dir)).dispose()
    assert list((data_dir / "backups").iterdir()) == []


def test_database_from_a_newer_app_is_refused_untouched(data_dir):
    open_database(DataDir(data_dir)).dispose()
    con = sqlite3.connect(data_dir / "glo-act.sqlite3")
    con.execute("update alembic_version set version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = (data_dir / "glo-act.sqlite3").read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(DataDir(data_dir))
    assert (data_dir / "glo-act.sqlite3").read_bytes() == before


def test_data_directory_layout_is_created(data_dir):
    open_database(DataDir(data_dir)).dispose()
    for name in ("attachments", "backups", "logs", "drafts", "sync/inbox", "sync/outbox",
                 "sync/quarantine"):
        assert (data_dir / name).is_dir(), name


def test_the_head_revision_constant_is_alembics_head():
    """open_database skips Alembic when the file is at HEAD_REVISION: it must be the real head."""
    from glo_act_desktop.store.database import HEAD_REVISION
    assert HEAD_REVISION == head_revision()


def test_opening_a_current_database_does_not_import_alembic(data_dir):
    import subprocess
    import sys
    open_database(DataDir(data_dir)).dispose()  # migrated to head
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from glo_act_desktop.paths import DataDir\n"
            "from glo_act_desktop.store.database import open_database\n"
            f"open_database(DataDir(Path({str(data_dir)!r}))).dispose()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_a_database_without_a_version_is_migrated(data_dir):
    """A file that exists but has no alembic_version table (say an empty SQLite file made by
    another tool) is brought to head, as before."""
    folder = DataDir(data_dir)
    folder.ensure()
    sqlite3.connect(folder.database).execute("CREATE TABLE unrelated (x)").connection.close()
    db = open_database(folder)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == \
            head_revision()
    db.dispose()
