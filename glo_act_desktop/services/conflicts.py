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
from glo_act_desktop.sync import rows, rowstate
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


def list_conflicts(ctx: AppContext, limit: int = 10_000) -> list[Conflict]:
    found = []
    with ctx.db.reading() as session:
        connection = session.connection()
        names = _names(session)
        for table, row_id, cl, text in list(rows.conflicted(connection, limit)):
            table_spec = spec(table)
            state = rowstate.RowState.from_json(cl, text, table_spec.columns)
            kind, record_id, title = rows.record_of(connection, table, row_id)
            values = rows.row_values(connection, table, row_id) or {}
            for column, losers in sorted(state.open.items()):
                stamp = state.versions[column][0]
                if column == rowstate.DELETE_KEY:
                    value: Any = "deleted"
                else:
                    value = values.get(column)
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
                rows.restore(connection, table, row_id, at, author)
                rowstate.edited(state, ["updated_at", "updated_by"], stamp)
        else:
            if column not in table_spec.columns:
                raise InputRejected(f"{table} has no field {column}")
            here = rows.row_values(connection, table, row_id)
            if here is None:
                raise InputRejected(f"{table} {row_id} is not here")
            wrong = problems(table_spec, {**here, column: value})
            if wrong:
                raise InputRejected(f"{column}: {'; '.join(wrong)}")
            settled = rowstate.settle(state, column)
            rowstate.resolved_version(state, column, settled, stamp)
            rows.write_field(connection, table, row_id, column, value, at, author)
            rowstate.edited(state, ["updated_at", "updated_by"], stamp)
            _check_record(ctx, session, table, row_id)
        changes.save(table, {row_id: state})


def _check_record(ctx: AppContext, session, table: str, row_id: str) -> None:
    connection = session.connection()
    kind, record_id, _title = rows.record_of(connection, table, row_id)
    if kind not in RECORD_TABLES:
        return
    record = load_records(session, kind, [record_id], include_deleted=True).get(record_id)
    if record is None:
        return
    wrong = errors(validate(record, ctx.reference))
    if wrong:
        raise RecordInvalid(wrong)


