"""Engine and transactions. The only place that creates a SQLAlchemy engine.

SQLite is set up for a laptop that loses power: WAL, synchronous=FULL (WAL with NORMAL can lose
the last commit), foreign keys on. pysqlite's own implicit BEGIN is switched off so that writes
start with BEGIN IMMEDIATE (the write lock is taken up front, never half-way through) and reads
with a plain deferred BEGIN.

Each connection may keep up to 64 MiB of pages in memory (SQLite's default is 2 MiB): a large
import's index pages stay cached instead of being read back from the file (about 5 % of the
CPU time of 100,000 demo records; bench/README.md).

SQLAlchemy is imported, and the engine made, when a session is first asked for: the window's first
screen reads its few rows (schema version, settings, reference data) through `read_rows`, a plain
sqlite3 connection, and paints before SQLAlchemy's import (about half a second) is paid
(bench/README.md, start-up).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

_WRITE = "glo_act_write"
CACHE_KIB = -65536  # negative: KiB, not pages
# A sync import's transaction caches less (sync/incoming.py sets it, then restores CACHE_KIB):
# its writes go to the file once at commit anyway, and a large bundle would otherwise fill the
# whole 64 MiB (bench/README.md, sync figures).
IMPORT_CACHE_KIB = -8192


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

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
        self._engine: Engine | None = None
        self._write_engine: Engine | None = None
        self._raw: sqlite3.Connection | None = None  # read_rows' connection until there is an engine
        self._raw_lock = threading.Lock()
        # Making the engine imports SQLAlchemy (half a second, often in a worker): read_rows
        # does not wait for that, it has a lock of its own.
        self._engine_lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    engine = make_engine(self.path)
                    self._write_engine = engine.execution_options(**{_WRITE: True})
                    self._engine = engine
        return self._engine

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole if it raises."""
        from sqlalchemy.orm import Session

        self.engine  # noqa: B018 (made, with the write engine, on first use)
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def read_rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple]:
        """The rows of one SELECT, in a read transaction of its own: through the engine once
        there is one, before that through a plain sqlite3 connection (no SQLAlchemy import)."""
        if self._engine is not None:
            with self._engine.connect() as conn, conn.begin():
                return [tuple(row) for row in conn.exec_driver_sql(sql, tuple(parameters))]
        with self._raw_lock:
            if self._raw is None:
                self._raw = sqlite3.connect(self.path, isolation_level=None,
                                            check_same_thread=False)
                self._raw.execute("PRAGMA busy_timeout=10000")
            return self._raw.execute(sql, tuple(parameters)).fetchall()

    def dispose(self) -> None:
        with self._raw_lock:
            if self._raw is not None:
                self._raw.close()
                self._raw = None
        if self._engine is not None:
            self._engine.dispose()
