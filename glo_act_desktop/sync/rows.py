"""Reading and writing single replicated rows for conflicts, status and fingerprints: the SQL that
services/conflicts.py and services/sync.py need, kept with the rest of sync's SQL."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Connection

from glo_act_desktop.store.models import RECORD_TABLES, REPLICATED_TABLES
from glo_act_desktop.sync.columns import spec
from glo_act_desktop.sync.outgoing import scope_clause

TITLE_COLUMN = {"consultations": "title", "trainings": "title", "grants": "grantee"}


def conflicted(connection: Connection, limit: int) -> Iterator[tuple[str, str, int, str]]:
    """(table, row id, causal length, state JSON) of rows with open conflicts."""
    yield from connection.exec_driver_sql(
        "SELECT tbl, row_id, cl, state FROM sync_rows WHERE conflicts > 0 "
        "ORDER BY tbl, row_id LIMIT ?", (limit,))


def conflict_total(connection: Connection) -> int:
    return connection.exec_driver_sql(
        "SELECT coalesce(sum(conflicts), 0) FROM sync_rows WHERE conflicts > 0").scalar()


def row_values(connection: Connection, table: str, row_id: str) -> dict[str, Any] | None:
    """A row's values (stored form) by column, or None when it is not here."""
    columns = spec(table).columns
    names = ", ".join(f'"{c}"' for c in columns)
    row = connection.exec_driver_sql(f'SELECT {names} FROM "{table}" WHERE id = ?',
                                     (row_id,)).first()
    return None if row is None else dict(zip(columns, row))


def record_of(connection: Connection, table: str, row_id: str) -> tuple[str, str, str]:
    """(kind, record id, title) of a row: itself when it is a record, else its parent."""
    record_id = row_id
    kinds: tuple[str, ...] = (table,)
    if table not in RECORD_TABLES:
        column, parent = spec(table).parent
        record_id = connection.exec_driver_sql(
            f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).scalar()
        kinds = tuple(RECORD_TABLES) if parent == "*" else (parent,)
    for kind in kinds:
        title = connection.exec_driver_sql(
            f'SELECT "{TITLE_COLUMN[kind]}" FROM "{kind}" WHERE id = ?', (record_id,)).scalar()
        if title is not None:
            return kind, record_id, title
    return table, record_id or row_id, ""


def write_field(connection: Connection, table: str, row_id: str, column: str, value: Any,
                at: str, author: str) -> None:
    connection.exec_driver_sql(
        f'UPDATE "{table}" SET "{column}" = ?, updated_at = ?, updated_by = ? WHERE id = ?',
        (value, at, author, row_id))


def restore(connection: Connection, table: str, row_id: str, at: str, author: str) -> None:
    connection.exec_driver_sql(
        f'UPDATE "{table}" SET deleted = 0, updated_at = ?, updated_by = ? WHERE id = ?',
        (at, author, row_id))


def fingerprint(connection: Connection, country: str | None = None) -> tuple[str, int]:
    """A SHA-256 over every replicated row (values, causal length, merge state) of one country or
    of all, and the number of rows. Local bookkeeping (sequence numbers, which peer a row came
    from) is left out, so two nodes that agree print the same."""
    digest = hashlib.sha256()
    rows = 0
    for table in REPLICATED_TABLES:
        scope, params = scope_clause(table, country)
        for row in connection.exec_driver_sql(
                f'SELECT s.cl, s.state, t.* FROM sync_rows s JOIN "{table}" t '
                f"ON t.id = s.row_id WHERE s.tbl = ?{scope} ORDER BY t.id", (table, *params)):
            digest.update(json.dumps([table, *row], default=str).encode())
            rows += 1
    return digest.hexdigest(), rows
