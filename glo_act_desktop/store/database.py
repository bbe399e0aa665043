"""Open a data directory's database: back it up, bring its schema to this version, hand it out.

Alembic is imported only when the schema is not current: its import (with Mako) costs about a
sixth of a second at every start-up otherwise. `HEAD_REVISION` is the newest revision under
migrations/versions; a test checks that it equals Alembic's own head.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from glo_act_desktop.paths import DataDir, migrations_dir
from glo_act_desktop.store.backup import backup_database, prune_backups
from glo_act_desktop.store.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

UPGRADE_LABEL = "before-upgrade"

# The head of migrations/versions. Update it with every new revision (tests/test_database.py
# fails until it is).
HEAD_REVISION = "0003"


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer version of the app."""


class MigrationFailed(RuntimeError):
    pass


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    """The head according to Alembic's scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    """The revision stamped in the database (None when it has none), read without Alembic (and
    without SQLAlchemy, unless the engine is already made)."""
    try:
        rows = db.read_rows("SELECT version_num FROM alembic_version")
    except Exception as exc:  # no such table: a new file, or one never migrated
        orig = getattr(exc, "orig", exc)
        if isinstance(orig, sqlite3.OperationalError) and "no such table" in str(orig):
            return None
        raise
    if len(rows) > 1:
        raise MigrationFailed(f"the database names {len(rows)} schema versions; expected one")
    return rows[0][0] if rows else None


def open_database(data_dir: DataDir) -> Database:
    data_dir.ensure()
    is_new = not data_dir.database.exists() or data_dir.database.stat().st_size == 0
    db = Database(data_dir.database)
    current = current_revision(db)
    if current == HEAD_REVISION:
        return db
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if current == script.get_current_head():
        return db
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        db.dispose()
        raise DatabaseTooNew(
            f"{data_dir.database} was written by a newer version of GLO.ACT Field (schema "
            f"{current}); install the newer version to open it. Nothing was changed.")
    if not is_new and current is not None:
        backup_database(data_dir.database, data_dir.backups, f"{UPGRADE_LABEL}-{current}")
        prune_backups(data_dir.backups, UPGRADE_LABEL)
    upgrade(db)
    return db


def upgrade(db: Database, target: str = "head") -> None:
    """Run migrations in one transaction with foreign keys off (SQLite's table-copy ALTERs need
    that), then check the keys before committing."""
    from alembic import command

    config = alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # autocommit: the pragma must be outside BEGIN
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(f"migration left {len(broken)} broken references, "
                                          f"first: {broken[0]}; the database was not changed")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
