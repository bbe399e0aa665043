"""Records (domain dataclasses) to table rows and back. Field names equal column names."""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from glo_act_desktop.domain.records import (
    Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Record, Training,
    Tranche, child_id, in_canonical_order,
)
from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.store import models as m

STAMP_COLUMNS = ("id", "created_at", "created_by", "updated_at", "updated_by", "deleted")
OPTIONAL_CODES = ("objective",)  # "" in a record is NULL in its foreign-key column


@dataclass(frozen=True)
class ChildSpec:
    attribute: str  # the record's list attribute
    table: Table
    parent_column: str
    cls: type
    fields: tuple[str, ...]  # the child's own columns, besides stamps and parent
    make_id: Callable[[str, Any], str]


def _own_id(_parent: str, child: Any) -> str:
    return child.id


CHILDREN: dict[str, tuple[ChildSpec, ...]] = {
    "consultations": (
        ChildSpec("counterparts", m.ConsultationCounterpartRow.__table__, "consultation_id",
                  Counterpart, ("organisation", "type"),
                  lambda pid, c: child_id(pid, c.organisation.strip().casefold(), c.type)),
        ChildSpec("follow_ups", m.FollowUpRow.__table__, "consultation_id", FollowUp,
                  ("action", "owner", "due_date", "status"), _own_id),
    ),
    "trainings": (
        ChildSpec("institutions", m.TrainingInstitutionRow.__table__, "training_id",
                  InstitutionCount, ("institution_type", "female", "male", "other"),
                  lambda pid, c: child_id(pid, c.institution_type)),
    ),
    "grants": (
        ChildSpec("tranches", m.GrantTrancheRow.__table__, "grant_id", Tranche,
                  ("date", "amount", "reference"), _own_id),
        ChildSpec("reports", m.GrantReportRow.__table__, "grant_id", GrantReport,
                  ("kind", "due_date", "received_date", "notes"), _own_id),
    ),
}

RECORD_CLASSES: dict[str, type] = {
    "consultations": Consultation, "trainings": Training, "grants": Grant,
}


@lru_cache(maxsize=None)
def main_columns(kind: str) -> tuple[str, ...]:
    """The record's own columns, in table order, without id and stamps."""
    return tuple(c.name for c in m.RECORD_TABLES[kind].columns if c.name not in STAMP_COLUMNS)


def to_row(kind: str, rec: Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in main_columns(kind):
        if column in ASSISTED_COLUMNS:
            row[column] = rec.assisted.get(column, 0)  # type: ignore[union-attr]
        else:
            row[column] = getattr(rec, column)
    for column in OPTIONAL_CODES:
        if column in row and not row[column]:
            row[column] = None
    return row


def from_row(kind: str, row: Any, children: dict[str, list[Any]] | None = None) -> Record:
    """Build a record from a main row (mapping) and its child rows by attribute name."""
    values = {column: row[column] for column in main_columns(kind)}
    for column in OPTIONAL_CODES:
        if column in values and values[column] is None:
            values[column] = ""
    if kind == "grants":
        values["assisted"] = {c: values.pop(c) for c in ASSISTED_COLUMNS}
    values["id"] = row["id"]
    rec = RECORD_CLASSES[kind](**values)
    for spec in CHILDREN[kind]:
        setattr(rec, spec.attribute, [child_from_row(spec, r) for r in
                                      (children or {}).get(spec.attribute, [])])
    return in_canonical_order(rec)


def child_to_row(spec: ChildSpec, parent_id: str, child: Any) -> dict[str, Any]:
    row = {name: getattr(child, name) for name in spec.fields}
    row["id"] = spec.make_id(parent_id, child)
    row[spec.parent_column] = parent_id
    return row


def child_from_row(spec: ChildSpec, row: Any) -> Any:
    values = {name: row[name] for name in spec.fields}
    if "id" in {f.name for f in dataclasses.fields(spec.cls)}:
        values["id"] = row["id"]
    return spec.cls(**values)
