"""The merge writer: applies received rows to the database, in the importer's transaction.

It is the one write path that does not go through change capture: a received change keeps the
stamps it came with, and the row's state records which peer it came from when it is exactly
that peer's state (so it is not sent back there). Rows are applied in batches, each batch with
one query per table to read what is here and one executemany per kind of write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy.engine import Connection

from glo_act_desktop.sync import rowstate
from glo_act_desktop.sync.columns import TableSpec


@dataclass
class Incoming:
    row_id: str
    cl: int
    state: rowstate.RowState
    values: dict[str, Any]  # column -> stored value


@dataclass
class ApplyCounts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    unchanged: int = 0
    conflicts: int = 0  # rows with conflicts opened by this bundle
    new_ids: dict[str, list[str]] = field(default_factory=dict)  # table -> inserted ids

    def add(self, other: "ApplyCounts") -> None:
        for name in ("new", "updated", "deleted", "restored", "unchanged", "conflicts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for table, ids in other.new_ids.items():
            self.new_ids.setdefault(table, []).extend(ids)

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.deleted + self.restored


def _load_local(connection: Connection, spec: TableSpec, ids: Sequence[str]
                ) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[int, str]]]:
    marks = ", ".join("?" * len(ids))
    names = ", ".join(f'"{c}"' for c in spec.columns)
    rows = {row[0]: dict(zip(spec.columns, row[1:])) for row in connection.exec_driver_sql(
        f'SELECT id, {names} FROM "{spec.name}" WHERE id IN ({marks})', tuple(ids))}
    states = {row_id: (cl, state) for row_id, cl, state in connection.exec_driver_sql(
        f"SELECT row_id, cl, state FROM sync_rows WHERE tbl = ? AND row_id IN ({marks})",
        (spec.name, *ids))}
    return rows, states


def apply_batch(connection: Connection, spec: TableSpec, batch: Sequence[Incoming], *,
                seq: int, origin: str) -> ApplyCounts:
    counts = ApplyCounts()
    if not batch:
        return counts
    local_rows, local_states = _load_local(connection, spec, [i.row_id for i in batch])
    inserts: list[tuple[Any, ...]] = []
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    states: list[tuple[Any, ...]] = []
    # id(state) -> (its JSON, its conflicts): rows may share one state (incoming.py)
    as_json: dict[int, tuple[str, int]] = {}
    in_order = itemgetter(*spec.columns) if len(spec.columns) > 1 else None
    for item in batch:
        here = local_rows.get(item.row_id)
        stored = local_states.get(item.row_id)
        if here is None:
            inserts.append((item.row_id, int(item.cl % 2 == 0),
                            *(in_order(item.values) if in_order is not None
                              else (item.values[c] for c in spec.columns))))
            stored_state = as_json.get(id(item.state))
            if stored_state is None:
                stored_state = as_json[id(item.state)] = (item.state.to_json(),
                                                          item.state.conflict_count)
            states.append((spec.name, item.row_id, item.cl, seq, *stored_state, origin))
            counts.new += 1
            counts.new_ids.setdefault(spec.name, []).append(item.row_id)
            continue
        if stored is None:  # a local row without state cannot happen after migration 0003
            local_state = rowstate.created(spec.columns, rowstate_zero())
        else:
            local_state = rowstate.RowState.from_json(stored[0], stored[1], spec.columns)
        merged = rowstate.merge(here, local_state, item.values, item.state, spec.columns)
        if not merged.state_changed and not merged.changed_columns:
            counts.unchanged += 1
            continue
        if merged.changed_columns or merged.alive_changed:
            columns = tuple(sorted(merged.changed_columns))
            updates.setdefault(columns, []).append(
                (int(merged.state.deleted), *(merged.values[c] for c in columns), item.row_id))
        same_as_theirs = (merged.state.to_dict() == item.state.to_dict()
                          and merged.state.cl == item.cl
                          and all(merged.values[c] == item.values[c] for c in spec.columns))
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
    return counts


def rowstate_zero() -> Any:
    from glo_act_desktop.sync.clock import HLC

    return HLC(0, 0, "0")
