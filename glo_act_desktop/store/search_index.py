"""Filling the free-text search index (revision 0002) in bulk when many records are inserted.

The index is kept current by triggers. Per row they are costly for large inserts: each new
consultation is tokenized once for itself and once more for every counterpart inserted after it
(the counterparts' trigger rewrites the consultation's index row). For a large batch RecordWriter
therefore drops the insert triggers inside its own transaction, writes, indexes the new records
(and the consultations that gained counterparts) with one INSERT … SELECT per chunk, and creates
the triggers again: all in the same transaction, so a failure rolls the whole back, and other
connections never see the database without its triggers.

Both the triggers and the indexing statement are taken from the database itself (sqlite_master),
so this follows whatever a later migration defines. When the triggers are not as expected, the
writer keeps the per-row triggers: slower, never wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Connection

# register -> (its index, the insert trigger on the register)
INDEXES = {
    "consultations": ("consultations_search", "consultations_search_insert"),
    "trainings": ("trainings_search", "trainings_search_insert"),
    "grants": ("grants_search", "grants_search_insert"),
}
# child tables whose insert trigger rewrites the parent's index row: kind -> (table, trigger)
CHILD_TRIGGERS = {
    "consultations": (("consultation_counterparts", "consultations_search_counterparts_insert"),),
}
CHUNK = 500
AUTOMERGE_DEFAULT = 4  # FTS5's, when the index has no 'automerge' setting of its own
_ROW_OF_NEW = re.compile(r"\br\.rowid\s*=\s*new\.rowid\b", re.IGNORECASE)


@dataclass
class SuspendedTriggers:
    """Insert triggers dropped in the current transaction, and how to index rows meanwhile."""

    kind: str
    table: str
    index: str
    triggers: list[tuple[str, str]]  # (name, CREATE TRIGGER statement)
    index_rows: str  # INSERT INTO <index> … WHERE r.id IN ({ids})

    def child_tables(self) -> tuple[str, ...]:
        return tuple(table for table, _t in CHILD_TRIGGERS.get(self.kind, ()))


def _index_statement(trigger_sql: str, index: str) -> str | None:
    """The insert trigger's body with "the new row" replaced by "the rows of these ids"."""
    begin, end = trigger_sql.upper().find("BEGIN"), trigger_sql.upper().rfind("END")
    if begin < 0 or end < begin:
        return None
    body = trigger_sql[begin + len("BEGIN"):end].strip().rstrip(";").strip()
    if ";" in body or not body.upper().startswith(f"INSERT INTO {index.upper()}("):
        return None
    if len(_ROW_OF_NEW.findall(body)) != 1:
        return None
    body = _ROW_OF_NEW.sub("r.id IN ({ids})", body)
    if re.search(r"\b(new|old)\.", body, re.IGNORECASE):
        return None
    return body


def suspend_insert_triggers(connection: Connection, kind: str,
                            table: str) -> SuspendedTriggers | None:
    """Drop the search index's insert triggers for `kind` in the current transaction. None (and
    nothing dropped) if the database lacks them or they are not of the expected form."""
    if kind not in INDEXES:
        return None
    index, trigger = INDEXES[kind]
    names = [trigger, *(name for _table, name in CHILD_TRIGGERS.get(kind, ()))]
    found = dict(connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(names))})", tuple(names)).all())
    if set(found) != set(names):
        return None
    statement = _index_statement(found[trigger], index)
    if statement is None:
        return None
    for name in names:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return SuspendedTriggers(kind, table, index, [(name, found[name]) for name in names],
                             statement)


def index_records(connection: Connection, suspended: SuspendedTriggers,
                  ids: Iterable[str]) -> None:
    """(Re)write the index rows of these records, as the triggers would have."""
    wanted = list(dict.fromkeys(ids))
    with merging_later(connection, suspended.index):
        for start in range(0, len(wanted), CHUNK):
            part = tuple(wanted[start:start + CHUNK])
            marks = ", ".join("?" * len(part))
            connection.exec_driver_sql(
                f"DELETE FROM {suspended.index} WHERE rowid IN "
                f"(SELECT rowid FROM {suspended.table} WHERE id IN ({marks}))", part)
            connection.exec_driver_sql(suspended.index_rows.format(ids=marks), part)


@contextmanager
def merging_later(connection: Connection, index: str) -> Iterator[None]:
    """Bulk indexing without FTS5's automatic merging of the index's segments: the merges
    during a bulk insert are half its work. FTS5 still merges when a level holds 16 segments
    (its crisis merge), and, the setting restored, later writes merge further. Searches meanwhile
    read a few more segments: a 10-letter search of 11,000 consultations took 2.0 ms instead of
    0.6 ms (bench/README.md, sync import). The setting is stored in the index: set and restored
    in the caller's transaction."""
    found = connection.exec_driver_sql(
        f"SELECT v FROM {index}_config WHERE k = 'automerge'").first()
    previous = found[0] if found is not None else AUTOMERGE_DEFAULT
    connection.exec_driver_sql(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', ?)",
                                   (previous,))


def restore_triggers(connection: Connection, suspended: SuspendedTriggers) -> None:
    """Create the dropped triggers again (those a rolled-back savepoint has not brought back)."""
    present = {name for (name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for name, sql in suspended.triggers:
        if name not in present:
            connection.exec_driver_sql(sql)
