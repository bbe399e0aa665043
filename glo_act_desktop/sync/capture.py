"""Change capture: every local write records its changes here, in the writer's transaction.

RecordWriter (editors, sheet import, demo data, HQ corrections), the attachments writer and
conflict resolution call a `ChangeLog`; the merge writer (sync/apply.py) does not, so a received
change is never recorded as new. One transaction takes one clock stamp and one local sequence
number for everything it writes: bundles are cut by sequence number (sync/outgoing.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy.orm import Session

from glo_act_desktop.sync import rowstate
from glo_act_desktop.sync.clock import HLC
from glo_act_desktop.sync.columns import spec
from glo_act_desktop.sync.identity import load_clock, save_clock

CHUNK = 500


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def next_seq(session: Session) -> int:
    connection = session.connection()
    return connection.exec_driver_sql("SELECT coalesce(max(seq), 0) + 1 FROM sync_rows").scalar()


def load_states(session: Session, table: str, ids: Sequence[str]) -> dict[str, rowstate.RowState]:
    columns = spec(table).columns
    connection = session.connection()
    found = {}
    for part in _chunks(list(ids)):
        rows = connection.exec_driver_sql(
            f"SELECT row_id, cl, state FROM sync_rows WHERE tbl = ? AND row_id IN "
            f"({', '.join('?' * len(part))})", (table, *part))
        for row_id, cl, state in rows:
            found[row_id] = rowstate.RowState.from_json(cl, state, columns)
    return found


def save_states(session: Session, table: str, states: dict[str, rowstate.RowState],
                seq: int) -> None:
    if states:
        session.connection().exec_driver_sql(
            "INSERT OR REPLACE INTO sync_rows (tbl, row_id, cl, seq, state, conflicts, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, NULL)",
            [(table, row_id, s.cl, seq, s.to_json(), s.conflict_count)
             for row_id, s in states.items()])


class ChangeLog:
    """Records the changes of one write transaction."""

    def __init__(self, session: Session):
        self.session = session
        self._stamp: HLC | None = None
        self._seq: int | None = None

    @property
    def stamp(self) -> HLC:
        if self._stamp is None:
            clock = load_clock(self.session)
            self._stamp = clock.tick()
            save_clock(self.session, clock)
        return self._stamp

    @property
    def seq(self) -> int:
        if self._seq is None:
            self._seq = next_seq(self.session)
        return self._seq

    def inserted(self, table: str, ids: Sequence[str]) -> None:
        """New rows (a row id seen before, e.g. a removed child added back, counts as restored
        and edited)."""
        if not ids:
            return
        columns = spec(table).columns
        existing = load_states(self.session, table, ids)
        states = {}
        for row_id in ids:
            state = existing.get(row_id)
            if state is None:
                states[row_id] = rowstate.created(columns, self.stamp)
            else:
                rowstate.alive_changed(state, False, self.stamp)
                rowstate.edited(state, [c for c in columns if state.versions[c][0]
                                        != self.stamp.text()], self.stamp)
                states[row_id] = state
        save_states(self.session, table, states, self.seq)

    def updated(self, table: str, changes: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Rows whose named columns changed."""
        changes = [(row_id, list(columns)) for row_id, columns in changes]
        if not changes:
            return
        states = load_states(self.session, table, [row_id for row_id, _c in changes])
        all_columns = spec(table).columns
        text = self.stamp.text()
        for row_id, columns in changes:
            state = states.get(row_id)
            if state is None:  # written before change capture existed and never backfilled
                state = states[row_id] = rowstate.created(all_columns, self.stamp)
            rowstate.edited(state, [c for c in columns if state.versions[c][0] != text],
                            self.stamp)
        save_states(self.session, table, states, self.seq)

    def alive(self, table: str, ids: Sequence[str], deleted: bool) -> None:
        """Rows deleted (or restored)."""
        if not ids:
            return
        states = load_states(self.session, table, ids)
        changed = {row_id: state for row_id, state in states.items()
                   if rowstate.alive_changed(state, deleted, self.stamp)}
        save_states(self.session, table, changed, self.seq)

    def save(self, table: str, states: dict[str, rowstate.RowState]) -> None:
        """States changed by the caller (conflict resolution), under this change's number."""
        save_states(self.session, table, states, self.seq)
