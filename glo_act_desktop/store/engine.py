"""Engine and transactions. The only place that creates a SQLAlchemy engine.

SQLite is set up for a laptop that loses power: WAL, synchronous=FULL (WAL with NORMAL can lose
the last commit), foreign keys on. pysqlite's own implicit BEGIN is switched off so that writes
start with BEGIN IMMEDIATE (the write lock is taken up front, never half-way through) and reads
with a plain deferred BEGIN.

Each connection may keep up to 64 MiB of pages in memory (SQLite's default is 2 MiB): a large
import's index pages stay cached instead of being read back from the file (about 5 % of the
CPU time of 100,000 demo records; bench/README.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

_WRITE = "glo_act_write"
CACHE_KIB = -65536  # negative: KiB, not pages


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # let the "begin" hook below issue BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute(f"PRAGMA cache_size={CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One SQLite database file: `writing()` for one write transaction, `reading()` for reads."""

    def __init__(self, path: Path):
        self.path = path
        self.engine = make_engine(path)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole if it raises."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
