"""Which records a scope covers, in batches of ids, and which parent owns a child row.

For sheet export (and anything else that walks a scope record by record): the ids come out in a
stable order, a batch at a time, and the caller loads each batch with `load_records`, so 100,000
records are never in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.store import mapping
from glo_act_desktop.store.models import RECORD_TABLES, TrainingInstitutionRow, TrainingRow
from glo_act_desktop.store.repositories.records import CHUNK


def _day_column(kind: str, table: Table):
    """The date a record is placed in time by: a consultation's day, a training's first day,
    a grant's start."""
    return table.c.date if kind == "consultations" else table.c.start_date


def scope_conditions(kind: str, scope: Scope) -> list[ColumnElement[bool]]:
    """Live records of the scope's programme and country; consultations by date, trainings by
    start date, grants when their period overlaps the range."""
    table = RECORD_TABLES[kind]
    found: list[ColumnElement[bool]] = [table.c.deleted.is_(False)]
    if scope.programme:
        found.append(table.c.programme == scope.programme)
    if scope.country:
        found.append(table.c.country == scope.country)
    if kind == "grants":
        if scope.date_from:
            found.append(table.c.end_date >= scope.date_from)
        if scope.date_to:
            found.append(table.c.start_date <= scope.date_to)
    else:
        day = _day_column(kind, table)
        if scope.date_from:
            found.append(day >= scope.date_from)
        if scope.date_to:
            found.append(day <= scope.date_to)
    return found


def count_in_scope(session: Session, kind: str, scope: Scope) -> int:
    return session.execute(select(func.count()).select_from(RECORD_TABLES[kind])
                           .where(*scope_conditions(kind, scope))).scalar_one()


def ids_in_scope(session: Session, kind: str, scope: Scope,
                 batch_size: int = 1000) -> Iterator[list[str]]:
    """The scope's record ids, oldest first (ties by id), `batch_size` at a time."""
    table = RECORD_TABLES[kind]
    query = (select(table.c.id).where(*scope_conditions(kind, scope))
             .order_by(_day_column(kind, table), table.c.id))
    result = session.execute(query.execution_options(yield_per=batch_size))
    for part in result.scalars().partitions():
        yield list(part)


def child_owners(session: Session, kind: str, attribute: str,
                 child_ids: Iterable[str]) -> dict[str, str]:
    """For each child id found (deleted rows too): the id of the record it belongs to."""
    spec = next(s for s in mapping.CHILDREN[kind] if s.attribute == attribute)
    parent = spec.table.c[spec.parent_column]
    wanted = list(dict.fromkeys(child_ids))
    owners: dict[str, str] = {}
    for start in range(0, len(wanted), CHUNK):
        query = select(spec.table.c.id, parent).where(
            spec.table.c.id.in_(wanted[start:start + CHUNK]))
        owners.update((row[0], row[1]) for row in session.execute(query))
    return owners


def institution_types_in_scope(session: Session, scope: Scope) -> set[str]:
    """The institution types the scope's trainings count participants by."""
    i, t = TrainingInstitutionRow.__table__, TrainingRow.__table__
    return set(session.scalars(
        select(i.c.institution_type).distinct().join(t, t.c.id == i.c.training_id)
        .where(*scope_conditions("trainings", scope), i.c.deleted.is_(False))))
