"""Open conflicts: list them with both values, who and when; settle one with a person's choice.

A choice is a change like any other: it goes through change capture with a version that has seen
every conflicting one, so it settles the conflict on every node it reaches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from glo_act_desktop.domain.validation import errors, validate
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.records import RecordInvalid
from glo_act_desktop.store.models import RECORD_TABLES
from glo_act_desktop.store.repositories.records import load_records
from glo_act_desktop.store.repositories.settings import get_settings
from glo_act_desktop.store.types import ScaledDecimal
from glo_act_desktop.sync import rowstate
from glo_act_desktop.sync.capture import ChangeLog, load_states
from glo_act_desktop.sync.clock import HLC
from glo_act_desktop.sync.columns import problems, spec
from glo_act_desktop.sync.peers import all_peers

RESTORE, KEEP_DELETED = "restore", "keep-deleted"


@dataclass(frozen=True)
class Side:
    value: Any  # stored form; for "~": "deleted" or "edited"
    stamp: str
    who: str
    when: datetime

    def shown(self, table: str, column: str) -> str:
        return display(table, column, self.value)


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    column: str  # a field, or "~" for edited-versus-deleted
    kind: str  # the record's register
    record_id: str
    title: str
    current: Side
    others: tuple[Side, ...]

    @property
    def is_delete(self) -> bool:
        return self.column == rowstate.DELETE_KEY

    @property
    def field_label(self) -> str:
        return "deleted or kept" if self.is_delete else self.column

    def describe(self) -> str:
        def side(s: Side) -> str:
            return (f"{s.shown(self.table, self.column)!r} by {s.who} at "
                    f"{s.when:%Y-%m-%d %H:%M} UTC")
        where = self.table if self.table == self.kind else f"{self.kind} › {self.table}"
        return (f"{where} {self.record_id[:8]} “{self.title}”, {self.field_label}: now "
                f"{side(self.current)}; also {'; '.join(side(o) for o in self.others)}")


def display(table: str, column: str, value: Any) -> str:
    if column == rowstate.DELETE_KEY:
        return str(value)
    if value is None:
        return ""
    if isinstance(spec(table).table.c[column].type, ScaledDecimal):
        return str(Decimal(value) / Decimal(10_000))
    return str(value)


def _when(stamp: str) -> datetime:
    return datetime.fromtimestamp(HLC.parse(stamp).wall_ms / 1000, timezone.utc)


def _names(session) -> dict[str, str]:
    settings = get_settings(session)
    names = json.loads(settings.get("node_names", "{}"))  # colleagues, from HQ's bundles
    names.update({p.node_id: p.name for p in all_peers(session)})
    if settings.get("device_id"):
        names[settings["device_id"]] = settings.get("device_name") or "this device"
    return names


def _record_of(connection, table: str, row_id: str) -> tuple[str, str, str]:
    """(kind, record id, title) of a row: itself when it is a record, else its parent."""
    record_id = row_id
    if table not in RECORD_TABLES:
        column, parent = spec(table).parent
        record_id = connection.exec_driver_sql(
            f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).scalar()
        tables = RECORD_TABLES if parent == "*" else {parent: None}
    else:
        tables = {table: None}
    for kind in tables:
        title_column = {"consultations": "title", "trainings": "title",
                        "grants": "grantee"}[kind]
        title = connection.exec_driver_sql(
            f'SELECT "{title_column}" FROM "{kind}" WHERE id = ?', (record_id,)).scalar()
        if title is not None:
            return kind, record_id, title
    return table, record_id or row_id, ""


def list_conflicts(ctx: AppContext, limit: int = 10_000) -> list[Conflict]:
    found = []
    with ctx.db.reading() as session:
        connection = session.connection()
        names = _names(session)
        rows = connection.exec_driver_sql(
            "SELECT tbl, row_id, cl, state FROM sync_rows WHERE conflicts > 0 "
            "ORDER BY tbl, row_id LIMIT ?", (limit,)).all()
        for table, row_id, cl, text in rows:
            table_spec = spec(table)
            state = rowstate.RowState.from_json(cl, text, table_spec.columns)
            kind, record_id, title = _record_of(connection, table, row_id)
            for column, losers in sorted(state.open.items()):
                stamp = state.versions[column][0]
                if column == rowstate.DELETE_KEY:
                    value: Any = "deleted"
                else:
                    value = connection.exec_driver_sql(
                        f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).scalar()
                current = Side(value, stamp, names.get(rowstate.node_of(stamp),
                                                       rowstate.node_of(stamp)), _when(stamp))
                others = tuple(Side(v, s, names.get(rowstate.node_of(s), rowstate.node_of(s)),
                                    _when(s)) for v, s, _seen in losers)
                found.append(Conflict(table, row_id, column, kind, record_id, title, current,
                                      others))
    return found


def resolve(ctx: AppContext, table: str, row_id: str, column: str, value: Any) -> None:
    """Settle the conflict on `column` of a row with `value` (stored form): one of the values in
    conflict or a merged one. For "~", `value` is RESTORE or KEEP_DELETED."""
    table_spec = spec(table)
    author = ctx.settings().get("device_name") or "unnamed device"
    with ctx.db.writing() as session:
        connection = session.connection()
        state = load_states(session, table, [row_id]).get(row_id)
        if state is None or column not in state.open:
            raise InputRejected("this conflict is no longer open (settled here or elsewhere)")
        changes = ChangeLog(session)
        stamp = changes.stamp
        at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if column == rowstate.DELETE_KEY:
            if value not in (RESTORE, KEEP_DELETED):
                raise InputRejected(f"choose {RESTORE} or {KEEP_DELETED}")
            rowstate.settle(state, column)
            if value == RESTORE:
                rowstate.alive_changed(state, False, stamp)
                connection.exec_driver_sql(
                    f'UPDATE "{table}" SET deleted = 0, updated_at = ?, updated_by = ? '
                    f'WHERE id = ?', (at, author, row_id))
                rowstate.edited(state, ["updated_at", "updated_by"], stamp)
        else:
            if column not in table_spec.columns:
                raise InputRejected(f"{table} has no field {column}")
            wrong = problems(table_spec, {**_row(connection, table_spec, row_id),
                                          column: value})
            if wrong:
                raise InputRejected(f"{column}: {'; '.join(wrong)}")
            settled = rowstate.settle(state, column)
            rowstate.resolved_version(state, column, settled, stamp)
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = ?, updated_at = ?, updated_by = ? '
                f'WHERE id = ?', (value, at, author, row_id))
            rowstate.edited(state, ["updated_at", "updated_by"], stamp)
            _check_record(ctx, session, table, row_id)
        changes.save(table, {row_id: state})


def _row(connection, table_spec, row_id: str) -> dict[str, Any]:
    names = ", ".join(f'"{c}"' for c in table_spec.columns)
    row = connection.exec_driver_sql(f'SELECT {names} FROM "{table_spec.name}" WHERE id = ?',
                                     (row_id,)).first()
    if row is None:
        raise InputRejected(f"{table_spec.name} {row_id} is not here")
    return dict(zip(table_spec.columns, row))


def _check_record(ctx: AppContext, session, table: str, row_id: str) -> None:
    connection = session.connection()
    kind, record_id, _title = _record_of(connection, table, row_id)
    if kind not in RECORD_TABLES:
        return
    record = load_records(session, kind, [record_id], include_deleted=True).get(record_id)
    if record is None:
        return
    wrong = errors(validate(record, ctx.reference))
    if wrong:
        raise RecordInvalid(wrong)


