"""Open a data directory's database: back it up, bring its schema to this version, hand it out."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from glo_act_desktop.paths import DataDir, migrations_dir
from glo_act_desktop.store.backup import backup_database, prune_backups
from glo_act_desktop.store.engine import Database

UPGRADE_LABEL = "before-upgrade"


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer version of the app."""


class MigrationFailed(RuntimeError):
    pass


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(data_dir: DataDir) -> Database:
    data_dir.ensure()
    is_new = not data_dir.database.exists() or data_dir.database.stat().st_size == 0
    db = Database(data_dir.database)
    current = current_revision(db)
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
