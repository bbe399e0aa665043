"""The merge writer: applies received rows to the database, in the importer's transaction.

It is the one write path that does not go through change capture: a received change keeps the
stamps it came with, and the row's state records which peer it came from when it is exactly
that peer's state (so it is not sent back there). Rows are applied in batches, each batch with
one query per table to read what is here and one executemany per kind of write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from glo_act_desktop.sync import rowstate
from glo_act_desktop.sync.columns import TableSpec


@dataclass(slots=True)
class Incoming:
    row_id: str
    cl: int
    state: rowstate.RowState
    values: list[Any]  # stored values, in the table's column order (TableSpec.columns)
    line: int = 0  # where the bundle has it

    def named(self, columns: Sequence[str]) -> dict[str, Any]:
        return dict(zip(columns, self.values))


@dataclass
class ApplyCounts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    unchanged: int = 0
    conflicts: int = 0  # rows with conflicts opened by this bundle

    def add(self, other: "ApplyCounts") -> None:
        for name in ("new", "updated", "deleted", "restored", "unchanged", "conflicts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.deleted + self.restored


Local = tuple[dict[str, dict[str, Any]], dict[str, tuple[int, str, int]]]


def padded(values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
    """SQL marks and parameters for `IN (…)` with `values`, the first repeated up to the next
    power of two: statements of a few sizes only, each prepared once (a statement with hundreds
    of parameters takes memory, and the connection keeps the last 128 it prepared)."""
    if not values:
        return "NULL", ()
    size = 1 << (len(values) - 1).bit_length()
    return ", ".join("?" * size), (*values, *[values[0]] * (size - len(values)))


def _load_local(connection: Connection, spec: TableSpec, ids: Sequence[str]) -> Local:
    """What is here of these rows: id -> values by column, and id -> (cl, state JSON, seq)."""
    marks, ids = padded(ids)
    names = ", ".join(f'"{c}"' for c in spec.columns)
    cursor = connection.connection.driver_connection.cursor()  # plain tuples, in this transaction
    try:
        rows = {row[0]: dict(zip(spec.columns, row[1:])) for row in cursor.execute(
            f'SELECT id, {names} FROM "{spec.name}" WHERE id IN ({marks})', tuple(ids))}
        if not rows:  # a row's state is written with it (rows are never removed): none either
            return rows, {}
        states = {row_id: (cl, state, row_seq) for row_id, cl, state, row_seq in cursor.execute(
            f"SELECT row_id, cl, state, seq FROM sync_rows WHERE tbl = ? AND row_id IN ({marks})",
            (spec.name, *ids))}
    finally:
        cursor.close()
    return rows, states


def apply_batch(connection: Connection, spec: TableSpec, batch: Sequence[Incoming], *,
                seq: int, origin: str, local: Local | None = None,
                unchanged_ids: set[str] | None = None) -> ApplyCounts:
    """Merge and write a batch of one table's rows. `local`: what `_load_local` read of them,
    if the caller has it already; `unchanged_ids` receives the ids of rows that changed
    nothing here (so nothing was written for them)."""
    counts = ApplyCounts()
    if not batch:
        return counts
    local_rows, local_states = local if local is not None else \
        _load_local(connection, spec, [i.row_id for i in batch])
    if not local_rows:  # all new (the common case): the tuples in one pass each, no merge
        # rows may share one state (incoming.py): its JSON once per batch
        shared = {id(item.state): item.state for item in batch}
        as_text = {key: (state.to_json(), state.conflict_count) for key, state in shared.items()}
        name = spec.name
        _write(connection, spec,
               [(item.row_id, 1 - item.cl % 2, *item.values) for item in batch], {},
               [(name, item.row_id, item.cl, seq, *as_text[id(item.state)], origin)
                for item in batch])
        counts.new = len(batch)
        return counts
    inserts: list[tuple[Any, ...]] = []
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    states: list[tuple[Any, ...]] = []
    # id(state) -> (its JSON, its conflicts): rows may share one state (incoming.py)
    as_json: dict[int, tuple[str, int]] = {}
    for item in batch:
        here = local_rows.get(item.row_id)
        stored = local_states.get(item.row_id)
        if here is None:
            inserts.append((item.row_id, int(item.cl % 2 == 0), *item.values))
            stored_state = as_json.get(id(item.state))
            if stored_state is None:
                stored_state = as_json[id(item.state)] = (item.state.to_json(),
                                                          item.state.conflict_count)
            states.append((spec.name, item.row_id, item.cl, seq, *stored_state, origin))
            counts.new += 1
            continue
        if stored is None:  # a local row without state cannot happen after migration 0003
            local_state = rowstate.created(spec.columns, rowstate_zero())
        else:
            local_state = rowstate.RowState.from_json(stored[0], stored[1], spec.columns)
        values = item.named(spec.columns)
        merged = rowstate.merge(here, local_state, values, item.state, spec.columns)
        if not merged.state_changed and not merged.changed_columns:
            counts.unchanged += 1
            if unchanged_ids is not None:
                unchanged_ids.add(item.row_id)
            continue
        if merged.changed_columns or merged.alive_changed:
            columns = tuple(sorted(merged.changed_columns))
            updates.setdefault(columns, []).append(
                (int(merged.state.deleted), *(merged.values[c] for c in columns), item.row_id))
        same_as_theirs = (merged.state.to_dict() == item.state.to_dict()
                          and merged.state.cl == item.cl
                          and all(merged.values[c] == values[c] for c in spec.columns))
        states.append((spec.name, item.row_id, merged.state.cl, seq, merged.state.to_json(),
                       merged.state.conflict_count, origin if same_as_theirs else None))
        if merged.alive_changed:
            if merged.state.deleted:
                counts.deleted += 1
            else:
                counts.restored += 1
        else:
            counts.updated += 1
        if merged.state.conflict_count > local_state.conflict_count:
            counts.conflicts += 1
    _write(connection, spec, inserts, updates, states)
    return counts


def _write(connection: Connection, spec: TableSpec, inserts: list[tuple[Any, ...]],
           updates: dict[tuple[str, ...], list[tuple[Any, ...]]],
           states: list[tuple[Any, ...]]) -> None:
    if inserts:
        names = ", ".join(f'"{c}"' for c in ("id", "deleted", *spec.columns))
        marks = ", ".join("?" * (2 + len(spec.columns)))
        connection.exec_driver_sql(f'INSERT INTO "{spec.name}" ({names}) VALUES ({marks})',
                                   inserts)
    for columns, rows in updates.items():
        sets = ", ".join(['"deleted" = ?', *(f'"{c}" = ?' for c in columns)])
        connection.exec_driver_sql(f'UPDATE "{spec.name}" SET {sets} WHERE id = ?', rows)
    if states:
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_rows (tbl, row_id, cl, seq, state, conflicts, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", states)


def rowstate_zero() -> Any:
    from glo_act_desktop.sync.clock import HLC

    return HLC(0, 0, "0")
