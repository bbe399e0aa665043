"""Attachment rows: which files belong to which record.

The files themselves live in the data directory's attachments folder under their SHA-256
(services/attachments.py puts them there); this module only reads and writes the rows. Every
write goes through `ChangeLog` (sync/capture.py) in the caller's transaction, so an added or
removed attachment travels in the next sync bundle like any other change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from glo_act_desktop.domain.records import new_id
from glo_act_desktop.store.models import RECORD_TABLES, AttachmentRow
from glo_act_desktop.store.repositories.records import UPDATE_STAMPS, Stamp
from glo_act_desktop.sync.capture import ChangeLog

TABLE = AttachmentRow.__table__
FILE_NAME_MAX = TABLE.c.file_name.type.length
MEDIA_TYPE_MAX = TABLE.c.media_type.type.length


@dataclass(frozen=True)
class Attachment:
    id: str
    record_kind: str
    record_id: str
    file_name: str
    sha256: str
    size: int
    media_type: str
    created_at: datetime
    created_by: str


def _from_row(row) -> Attachment:
    return Attachment(row.id, row.record_kind, row.record_id, row.file_name, row.sha256,
                      row.size, row.media_type, row.created_at, row.created_by)


def fit_file_name(name: str, limit: int = FILE_NAME_MAX) -> str:
    """A file name that fits the column, keeping its extension."""
    if len(name) <= limit:
        return name
    stem, dot, suffix = name.rpartition(".")
    if dot and stem and len(suffix) < 20:
        return stem[:limit - len(suffix) - 2] + "…." + suffix
    return name[:limit - 1] + "…"


def record_exists(session: Session, kind: str, record_id: str) -> bool:
    """True when the record is in its register and not deleted."""
    table = RECORD_TABLES.get(kind)
    if table is None:
        return False
    deleted = session.scalar(select(table.c.deleted).where(table.c.id == record_id))
    return deleted is not None and not deleted


def list_for_record(session: Session, kind: str, record_id: str) -> list[Attachment]:
    """The live attachments of one record, oldest first."""
    query = (select(TABLE).where(TABLE.c.record_id == record_id, TABLE.c.record_kind == kind,
                                 TABLE.c.deleted.is_(False))
             .order_by(TABLE.c.created_at, TABLE.c.file_name, TABLE.c.id))
    return [_from_row(row) for row in session.execute(query)]


def get_attachment(session: Session, attachment_id: str,
                   include_deleted: bool = False) -> Attachment | None:
    query = select(TABLE).where(TABLE.c.id == attachment_id)
    if not include_deleted:
        query = query.where(TABLE.c.deleted.is_(False))
    row = session.execute(query).first()
    return None if row is None else _from_row(row)


class AttachmentWriter:
    """Adds and removes attachment rows in the caller's transaction, with change capture."""

    def __init__(self, session: Session, stamp: Stamp):
        self.session = session
        self.stamp = stamp
        self.changes = ChangeLog(session)

    def add(self, kind: str, record_id: str, file_name: str, sha256: str, size: int,
            media_type: str, attachment_id: str | None = None) -> Attachment:
        if kind not in RECORD_TABLES:
            raise ValueError(f"unknown record kind {kind!r}")
        at, who = self.stamp.at, self.stamp.author
        row = {"id": attachment_id or new_id(), "record_kind": kind, "record_id": record_id,
               "file_name": fit_file_name(file_name), "sha256": sha256, "size": size,
               "media_type": media_type[:MEDIA_TYPE_MAX], "created_at": at, "created_by": who,
               "updated_at": at, "updated_by": who, "deleted": False}
        self.session.execute(insert(TABLE).values(**row))
        self.changes.inserted(TABLE.name, [row["id"]])
        return Attachment(row["id"], kind, record_id, row["file_name"], sha256, size,
                          row["media_type"], at, who)

    def remove(self, ids: Sequence[str]) -> int:
        """Soft-delete attachment rows (the files stay: other rows may share them)."""
        targets = list(self.session.scalars(
            select(TABLE.c.id).where(TABLE.c.id.in_(list(ids)), TABLE.c.deleted.is_(False))))
        if not targets:
            return 0
        self.session.execute(update(TABLE).where(TABLE.c.id.in_(targets)).values(
            deleted=True, updated_at=self.stamp.at, updated_by=self.stamp.author))
        self.changes.alive(TABLE.name, targets, deleted=True)
        self.changes.updated(TABLE.name, ((rid, UPDATE_STAMPS) for rid in targets))
        return len(targets)
