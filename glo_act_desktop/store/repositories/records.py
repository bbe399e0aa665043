"""Reading and writing whole records of the three registers.

`RecordWriter` is the one write path for records: editors, sheet import and demo data all call
it, so stamps and change capture (sync/capture.py) are applied in one place. It works in batches, because
a sheet of 200,000 rows must go through the same door as one record typed in an editor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, literal_column, select, update
from sqlalchemy.orm import Session

from glo_act_desktop.domain.records import Record
from glo_act_desktop.store import mapping, search_index
from glo_act_desktop.store.models import RECORD_TABLES
from glo_act_desktop.sync.capture import ChangeLog

UPDATE_STAMPS = ("updated_at", "updated_by")
CHUNK = 500  # ids per IN (...) query: well under SQLite's bound-variable limit
# From this many new records in one upsert, the search index is filled in bulk rather than by
# its per-row triggers (store/search_index.py): 100,000 demo records take a third less CPU time.
BULK_INDEX_FROM = 100


@dataclass(frozen=True)
class Stamp:
    """Who writes and when."""

    author: str
    at: datetime


@dataclass
class WriteCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _changed(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The columns whose values differ, and the who/when stamps that every change rewrites."""
    return [c for c in after if c != "id" and before.get(c) != after[c]] + list(UPDATE_STAMPS)


def kinds_of_ids(session: Session, ids: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """For each id found in any register: (kind, deleted)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, tuple[str, bool]] = {}
    for kind, table in RECORD_TABLES.items():
        for part in _chunks(wanted):
            for row in session.execute(select(table.c.id, table.c.deleted)
                                       .where(table.c.id.in_(part))):
                found[row.id] = (kind, bool(row.deleted))
    return found


def load_records(session: Session, kind: str, ids: Sequence[str],
                 include_deleted: bool = False) -> dict[str, Record]:
    table = RECORD_TABLES[kind]
    rows: dict[str, Any] = {}
    for part in _chunks(list(ids)):
        # Deleted rows are skipped here, not in SQL: "AND deleted = 0" leads SQLite to the
        # (deleted, date) index, a scan of every live row per query, instead of the id lookups.
        query = select(table).where(table.c.id.in_(part))
        rows.update((r.id, r) for r in session.execute(query).mappings()
                    if include_deleted or not r.deleted)
    children = _load_children(session, kind, list(rows))
    return {rid: mapping.from_row(kind, row, children.get(rid)) for rid, row in rows.items()}


def _load_children(session: Session, kind: str,
                   parent_ids: Sequence[str]) -> dict[str, dict[str, list[Any]]]:
    by_parent: dict[str, dict[str, list[Any]]] = {}
    for spec in mapping.CHILDREN[kind]:
        parent = spec.table.c[spec.parent_column]
        for part in _chunks(parent_ids):
            query = select(spec.table).where(parent.in_(part), spec.table.c.deleted.is_(False))
            for row in session.execute(query).mappings():
                by_parent.setdefault(row[spec.parent_column], {}) \
                    .setdefault(spec.attribute, []).append(row)
    return by_parent


def all_ids(session: Session, kind: str) -> list[str]:
    table = RECORD_TABLES[kind]
    return list(session.scalars(select(table.c.id).where(table.c.deleted.is_(False))
                                .order_by(table.c.id)))


class RecordWriter:
    """Inserts, updates, deletes and restores records in the caller's transaction."""

    def __init__(self, session: Session, stamp: Stamp):
        self.session = session
        self.stamp = stamp
        self.changes = ChangeLog(session)

    def _new_stamps(self) -> dict[str, Any]:
        at, who = self.stamp.at, self.stamp.author
        return {"created_at": at, "created_by": who, "updated_at": at, "updated_by": who,
                "deleted": False}

    def _update_stamps(self) -> dict[str, Any]:
        return {"updated_at": self.stamp.at, "updated_by": self.stamp.author}

    def upsert(self, kind: str, records: Sequence[Record],
               children: Iterable[str] | None = None) -> WriteCounts:
        """Insert new records and update changed ones; unchanged ones are left alone.

        `children` names the child lists to bring in line with the records (all by default);
        child lists not named are left as they are in the database.
        """
        table = RECORD_TABLES[kind]
        counts = WriteCounts()
        existing = load_records(self.session, kind, [r.id for r in records])
        new_rows, changed_rows = [], []
        changed_columns: list[tuple[str, list[str]]] = []
        for rec in records:
            row = mapping.to_row(kind, rec)
            before = existing.get(rec.id)
            if before is None:
                new_rows.append({**row, "id": rec.id, **self._new_stamps()})
            else:
                before_row = mapping.to_row(kind, before)
                if before_row != row:
                    changed_rows.append({**row, "b_id": rec.id, **self._update_stamps()})
                    changed_columns.append((rec.id, _changed(before_row, row)))
        suspended = None
        if len(new_rows) >= BULK_INDEX_FROM:
            suspended = search_index.suspend_insert_triggers(self.session.connection(), kind,
                                                             table.name)
        try:
            self._insert_many(table, new_rows)
            self._update_many(table, changed_rows, changed_columns)
            wanted = {spec.attribute for spec in mapping.CHILDREN[kind]} if children is None \
                else set(children)
            touched = self._sync_children(kind, records, existing, wanted)
            counts.inserted = len(new_rows)
            changed_ids = {r["b_id"] for r in changed_rows}
            # A record whose only change is in a child list is updated too: stamp the parent.
            child_only = touched - changed_ids - {r["id"] for r in new_rows}
            if child_only:
                self.session.execute(update(table).where(table.c.id.in_(child_only))
                                     .values(**self._update_stamps()))
                self.changes.updated(table.name,
                                     ((rid, UPDATE_STAMPS) for rid in sorted(child_only)))
            if suspended is not None:
                # New records, and existing ones that may have gained indexed child rows.
                search_index.index_records(self.session.connection(), suspended,
                                           [*(r["id"] for r in new_rows), *sorted(touched)])
        finally:
            if suspended is not None:
                search_index.restore_triggers(self.session.connection(), suspended)
        counts.updated = len(changed_ids | child_only)
        counts.unchanged = len(records) - counts.inserted - counts.updated
        return counts

    def _sync_children(self, kind: str, records: Sequence[Record],
                       existing: dict[str, Record], wanted: set[str]) -> set[str]:
        """Bring child rows in line; return the ids of existing parents whose children changed."""
        touched: set[str] = set()
        for spec in mapping.CHILDREN[kind]:
            if spec.attribute not in wanted:
                continue
            inserts, updates, removals = [], [], []
            changed_columns: list[tuple[str, list[str]]] = []
            for rec in records:
                desired = {row["id"]: row for row in
                           (mapping.child_to_row(spec, rec.id, c)
                            for c in getattr(rec, spec.attribute))}
                before_rec = existing.get(rec.id)
                before = {} if before_rec is None else {
                    row["id"]: row for row in (mapping.child_to_row(spec, rec.id, c)
                                               for c in getattr(before_rec, spec.attribute))}
                for cid, row in desired.items():
                    if cid not in before:
                        inserts.append(row)
                    elif before[cid] != row:
                        updates.append({**row, "b_id": cid, **self._update_stamps()})
                        changed_columns.append((cid, _changed(before[cid], row)))
                removals.extend(cid for cid in before if cid not in desired)
                if before_rec is not None and (
                        before.keys() != desired.keys()
                        or any(before[cid] != row for cid, row in desired.items() if cid in before)):
                    touched.add(rec.id)
            if inserts:
                self._insert_children(spec, inserts)
            self._update_many(spec.table, updates, changed_columns)
            for part in _chunks(removals):
                self.session.execute(update(spec.table).where(spec.table.c.id.in_(part))
                                     .values(deleted=True, **self._update_stamps()))
            self.changes.alive(spec.table.name, removals, deleted=True)
            self.changes.updated(spec.table.name, ((cid, UPDATE_STAMPS) for cid in removals))
        return touched

    def _insert_children(self, spec: mapping.ChildSpec, rows: list[dict[str, Any]]) -> None:
        """Insert child rows; a row removed earlier (soft-deleted) with the same id comes back."""
        ids = [r["id"] for r in rows]
        revived: set[str] = set()
        for part in _chunks(ids):
            revived.update(self.session.scalars(select(spec.table.c.id)
                                                .where(spec.table.c.id.in_(part))))
        self._insert_many(spec.table, [{**r, **self._new_stamps()} for r in rows
                                       if r["id"] not in revived])
        back = [{**r, "b_id": r["id"], "deleted": False, **self._update_stamps()}
                for r in rows if r["id"] in revived]
        self._update_many(spec.table, back, [(r["id"], spec.fields) for r in back])
        self.changes.alive(spec.table.name, [r["id"] for r in back], deleted=False)

    def _insert_many(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """One executemany INSERT. Each column's type converter is looked up once, not per row:
        for bulk imports that is most of the cost SQLAlchemy would otherwise add."""
        if not rows:
            return
        connection = self.session.connection()
        dialect = connection.dialect
        names = list(rows[0])
        converters = [table.c[name].type._cached_bind_processor(dialect) for name in names]
        values = []
        for row in rows:
            converted = [row[name] for name in names]
            for i, convert in enumerate(converters):
                if convert is not None:
                    converted[i] = convert(converted[i])
            values.append(tuple(converted))
        placeholders = ", ".join("?" * len(names))
        quoted = ", ".join(f'"{name}"' for name in names)
        connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({placeholders})',
                                   values)
        self.changes.inserted(table.name, [row["id"] for row in rows])

    def _update_many(self, table: Table, rows: list[dict[str, Any]],
                     changed: Sequence[tuple[str, Sequence[str]]]) -> None:
        """One executemany UPDATE; each row names its target in "b_id" and sets the rest.
        `changed` names, per row, the columns whose values changed (for change capture)."""
        if not rows:
            return
        columns = {c: bindparam(c) for c in rows[0] if c not in ("b_id", "id")}
        stmt = update(table).where(table.c.id == bindparam("b_id")).values(columns)
        self.session.connection().execute(stmt, rows)
        self.changes.updated(table.name, changed)

    def set_deleted(self, kind: str, ids: Sequence[str], deleted: bool = True) -> int:
        """Soft-delete (or restore, for Undo) records; their children stay as they are."""
        table = RECORD_TABLES[kind]
        changed = 0
        # Unary plus keeps SQLite off the (deleted, date) index: with it, the update would scan
        # every live row instead of looking the ids up (as in load_records).
        still = literal_column("+deleted") == (not deleted)
        for part in _chunks(list(ids)):
            targets = list(self.session.scalars(select(table.c.id)
                                                .where(table.c.id.in_(part), still)))
            if not targets:
                continue
            self.session.execute(update(table).where(table.c.id.in_(targets))
                                 .values(deleted=deleted, **self._update_stamps()))
            self.changes.alive(table.name, targets, deleted)
            self.changes.updated(table.name, ((rid, UPDATE_STAMPS) for rid in targets))
            changed += len(targets)
        return changed
