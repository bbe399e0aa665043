"""The registers as lists: one page of rows at a time, sorted in SQL, with a cheap total.

Pages are read by keyset ("the rows after this sort value and id"), not OFFSET, so the 500th page
of a 100,000-record register costs what the first one does, and rows saved meanwhile never shift a
row onto two pages. Every sort expression is non-NULL (names fall back to codes, sums to 0),
which the row-value comparison needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, collate, func, select, tuple_
from sqlalchemy.orm import Session

from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.store import models as m

PAGE_SIZE = 200


@dataclass(frozen=True)
class RegisterRow:
    id: str
    values: tuple[Any, ...]  # in the order of `register_columns(kind)`


@dataclass(frozen=True)
class RegisterPage:
    rows: list[RegisterRow]
    after: tuple[Any, str] | None  # where the next page starts; None when this was the last


@dataclass(frozen=True)
class _Register:
    table: Any  # the ORM class of the register
    columns: dict[str, ColumnElement[Any]]
    joins: tuple[tuple[Any, ColumnElement[bool]], ...]
    text_columns: frozenset[str]  # sorted without regard to case


def _name_or_code(vocabulary: Any, code: ColumnElement[Any]) -> ColumnElement[Any]:
    """The vocabulary's name for a code; the code itself if the reference data lacks it."""
    return func.coalesce(vocabulary.name, code)


def _consultations() -> _Register:
    c = m.ConsultationRow
    return _Register(c, {
        "date": c.date,
        "country": _name_or_code(m.Country, c.country),
        "programme": _name_or_code(m.Programme, c.programme),
        "type": _name_or_code(m.ConsultationType, c.type),
        "title": c.title,
        "place": c.place,
        "outside_capital": c.outside_capital,
        "women": c.participants_female,
        "men": c.participants_male,
        "other": c.participants_other,
    }, ((m.Country, m.Country.code == c.country),
        (m.Programme, m.Programme.code == c.programme),
        (m.ConsultationType, m.ConsultationType.code == c.type)),
        frozenset({"country", "programme", "type", "title", "place"}))


def _trainings() -> _Register:
    t = m.TrainingRow
    return _Register(t, {
        "start": t.start_date,
        "end": t.end_date,
        "country": _name_or_code(m.Country, t.country),
        "programme": _name_or_code(m.Programme, t.programme),
        "title": t.title,
        "pillar": _name_or_code(m.Pillar, t.pillar),
        "delivery": t.delivery,
        "women": t.participants_female,
        "men": t.participants_male,
        "other": t.participants_other,
    }, ((m.Country, m.Country.code == t.country),
        (m.Programme, m.Programme.code == t.programme),
        (m.Pillar, m.Pillar.code == t.pillar)),
        frozenset({"country", "programme", "title", "pillar"}))


def _grants() -> _Register:
    g, tr = m.GrantRow, m.GrantTrancheRow
    disbursed = (select(func.coalesce(func.sum(tr.amount), 0))
                 .where(tr.grant_id == g.id, tr.deleted.is_(False))
                 .correlate(g).scalar_subquery())
    assisted = sum((getattr(g, column) for column in ASSISTED_COLUMNS[1:]),
                   getattr(g, ASSISTED_COLUMNS[0]))
    return _Register(g, {
        "start": g.start_date,
        "end": g.end_date,
        "country": _name_or_code(m.Country, g.country),
        "programme": _name_or_code(m.Programme, g.programme),
        "grantee": g.grantee,
        "status": g.status,
        "currency": g.currency,
        "committed": g.committed_amount,
        "disbursed": disbursed,
        "assisted": assisted,
    }, ((m.Country, m.Country.code == g.country),
        (m.Programme, m.Programme.code == g.programme)),
        frozenset({"country", "programme", "grantee"}))


_REGISTERS = {"consultations": _consultations(), "trainings": _trainings(), "grants": _grants()}


def register_columns(kind: str) -> tuple[str, ...]:
    """The keys of the columns a register shows, in display order."""
    return tuple(_REGISTERS[kind].columns)


def count_records(session: Session, kind: str) -> int:
    """How many records the register holds (deleted ones are not counted)."""
    table = _REGISTERS[kind].table
    return session.execute(select(func.count()).select_from(table)
                           .where(table.deleted.is_(False))).scalar_one()


def _sort_expression(register: _Register, column: str) -> ColumnElement[Any]:
    expression = register.columns[column]
    return collate(expression, "NOCASE") if column in register.text_columns else expression


def page_query(kind: str, sort_column: str, descending: bool = False,
               after: tuple[Any, str] | None = None, limit: int = PAGE_SIZE) -> Select[Any]:
    """Rows ordered by `sort_column` then id, starting after the (sort value, id) `after`."""
    register = _REGISTERS[kind]
    table = register.table
    query = select(table.id, *register.columns.values()).select_from(table)
    for vocabulary, on in register.joins:
        query = query.outerjoin(vocabulary, on)
    query = query.where(table.deleted.is_(False))
    key = _sort_expression(register, sort_column)
    if after is not None:
        position = tuple_(key, table.id)
        query = query.where(position < after if descending else position > after)
    order = (key.desc(), table.id.desc()) if descending else (key, table.id)
    return query.order_by(*order).limit(limit)


def read_page(session: Session, kind: str, sort_column: str, descending: bool = False,
              after: tuple[Any, str] | None = None, limit: int = PAGE_SIZE) -> RegisterPage:
    sort_index = register_columns(kind).index(sort_column)
    # One row more than asked tells whether another page follows, without counting.
    result = session.execute(page_query(kind, sort_column, descending, after, limit + 1)).all()
    rows = [RegisterRow(r[0], tuple(r[1:])) for r in result[:limit]]
    more = len(result) > limit
    last = rows[-1] if rows and more else None
    return RegisterPage(rows, (last.values[sort_index], last.id) if last else None)

