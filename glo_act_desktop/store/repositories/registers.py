"""The registers as lists: one page of rows at a time, sorted in SQL, with a cheap total.

Pages are read by keyset ("the rows after this sort value and id"), not OFFSET, so the 500th page
of a 100,000-record register costs what the first one does, and rows saved meanwhile never shift a
row onto two pages. Every sort expression is non-NULL (names fall back to codes, sums to 0),
which the row-value comparison needs.

Filters (domain.filters.Filters) become WHERE conditions here. Free text goes through the FTS5
trigram index of migration 0002 (any substring of 3+ characters, any script, case-folded), so a
rare word is found in milliseconds instead of by reading every record. `read_due_page` lists what
is due (open follow-up actions, grant reports not received) the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from datetime import date

from sqlalchemy import (
    ColumnElement, Integer, Select, String, collate, column, exists, func, literal, literal_column, or_,
    select, table as table_clause, tuple_, type_coerce,
)
from sqlalchemy.orm import Session

from glo_act_desktop.domain.filters import NO, YES, Filters
from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.store import models as m
from glo_act_desktop.store.register_columns import REGISTER_COLUMNS, RegisterPage, RegisterRow

PAGE_SIZE = 200


@dataclass(frozen=True)
class _Register:
    table: Any  # the ORM class of the register
    columns: dict[str, ColumnElement[Any]]
    joins: tuple[tuple[Any, ColumnElement[bool]], ...]
    text_columns: frozenset[str]  # sorted without regard to case
    date: Any = None  # the column the date range applies to
    search_table: str = ""  # the FTS5 trigram index of revision 0002


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
        frozenset({"country", "programme", "type", "title", "place"}),
        c.date, "consultations_search")


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
        frozenset({"country", "programme", "title", "pillar"}),
        t.start_date, "trainings_search")


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
        frozenset({"country", "programme", "grantee"}),
        g.start_date, "grants_search")


_REGISTERS = {"consultations": _consultations(), "trainings": _trainings(), "grants": _grants()}


def register_columns(kind: str) -> tuple[str, ...]:
    """The keys of the columns a register shows, in display order."""
    return REGISTER_COLUMNS[kind]


def count_records(session: Session, kind: str, filters: Filters | None = None) -> int:
    """How many records the register holds (deleted ones are not counted), or how many of them
    pass `filters`. A count with free text or several filters may read many rows: run it off the
    UI thread."""
    table = _REGISTERS[kind].table
    query = select(func.count()).select_from(table).where(table.deleted.is_(False))
    if filters is not None:
        query = query.where(*filter_conditions(kind, filters))
    return session.execute(query).scalar_one()


# The trigram index finds substrings of 3 characters or more. Shorter text is matched by LIKE over
# the index's own copy of the texts (FTS5 keeps it in the plain table <index>_content, columns
# c0..c3 in the order of revision 0002: title, place, notes, organisations): one compact scan,
# about 20 ms for 45,000 consultations, where LIKE over the records and their counterparts takes
# up to half a second when little matches. LIKE folds only ASCII case; scripts without case
# (Devanagari, Bengali, Arabic) are unaffected.
#
# A short needle usually matches many records, so the first page is found sooner by walking the
# register in its order and testing each record's texts until a page is full: read_page tries
# that over the next SHORT_TEXT_PROBE records in order (one page of a common needle in a few
# milliseconds), once more over up to SHORT_TEXT_PROBE_MAX when the first try suggests that
# would do, and reads the whole scan only when neither fills the page (a needle that matches
# little). bench/README.md has the figures.
TRIGRAM = 3
SEARCH_COLUMNS = ("c0", "c1", "c2", "c3")
SHORT_TEXT_PROBE = 1_000
SHORT_TEXT_PROBE_MAX = 4_000  # testing records one by one beyond this costs more than the scan


def fts_phrase(text_: str) -> str:
    """The text as one FTS5 phrase: any characters, quotes doubled."""
    return '"' + text_.replace('"', '""') + '"'


def like_pattern(text_: str) -> str:
    escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_condition(kind: str, register: _Register, needle: str,
                    per_row: bool = False) -> ColumnElement[bool]:
    """Records whose texts hold `needle`. Short needles are matched by LIKE over the index's
    copy of the texts: all rows at once, or with `per_row` record by record (EXISTS)."""
    table = register.table
    rowid = literal_column(f"{table.__tablename__}.rowid")
    if len(needle) >= TRIGRAM:
        index = table_clause(register.search_table, column("rowid"))
        return rowid.in_(
            select(index.c.rowid).where(
                literal_column(register.search_table).op("MATCH")(fts_phrase(needle))))
    content = table_clause(f"{register.search_table}_content", column("id"),
                           *(column(name) for name in SEARCH_COLUMNS))
    pattern = like_pattern(needle)
    holds = or_(*(content.c[name].like(pattern, escape="\\") for name in SEARCH_COLUMNS))
    if per_row:
        return exists().where(content.c.id == rowid, holds)
    return rowid.in_(select(content.c.id).where(holds))


def _overdue_report(grant: Any, today: date) -> ColumnElement[bool]:
    r = m.GrantReportRow
    return exists().where(r.grant_id == grant.id, r.deleted.is_(False),
                          r.received_date.is_(None), r.due_date < today)


def filter_conditions(kind: str, filters: Filters, today: date | None = None,
                      text_per_row: bool = False) -> list[ColumnElement[bool]]:
    """WHERE conditions for `filters` on a register. Filters that do not apply to the register
    (a pillar on grants, a grant status on trainings) are ignored."""
    register = _REGISTERS[kind]
    table = register.table
    conditions: list[ColumnElement[bool]] = []
    needle = filters.search_text()
    if needle:
        conditions.append(_text_condition(kind, register, needle, text_per_row))
    if filters.programme:
        conditions.append(table.programme == filters.programme)
    if filters.country:
        conditions.append(table.country == filters.country)
    if filters.pillar:
        if kind == "trainings":
            conditions.append(table.pillar == filters.pillar)
        elif kind == "consultations":  # stored as "a;b;c"
            listed = literal(";") + type_coerce(table.pillars, String) + literal(";")
            conditions.append(listed.like(f"%;{filters.pillar};%"))
    if filters.date_from:
        conditions.append(register.date >= filters.date_from)
    if filters.date_to:
        conditions.append(register.date <= filters.date_to)
    if filters.outside_capital in (YES, NO) and kind != "grants":
        conditions.append(table.outside_capital.is_(filters.outside_capital == YES))
    if kind == "grants":
        if filters.status:
            conditions.append(table.status == filters.status)
        if filters.overdue:
            conditions.append(_overdue_report(table, today or date.today()))
    return conditions


def ids_matching(session: Session, kind: str, filters: Filters | None = None,
                 batch_size: int = 1000) -> Iterator[list[str]]:
    """The ids of the live records passing `filters` (what the register shows), oldest first
    (ties by id), `batch_size` at a time: for exporting exactly what the officer sees."""
    register = _REGISTERS[kind]
    table = register.table
    query = select(table.id).where(table.deleted.is_(False))
    if filters is not None:
        query = query.where(*filter_conditions(kind, filters))
    query = query.order_by(register.date, table.id)
    result = session.execute(query.execution_options(yield_per=batch_size))
    for part in result.scalars().partitions():
        yield list(part)


def _sort_expression(register: _Register, column: str) -> ColumnElement[Any]:
    expression = register.columns[column]
    return collate(expression, "NOCASE") if column in register.text_columns else expression


def page_query(kind: str, sort_column: str, descending: bool = False,
               after: tuple[Any, str] | None = None, limit: int = PAGE_SIZE,
               filters: Filters | None = None, probe: int | None = None) -> Select[Any]:
    """Rows ordered by `sort_column` then id, starting after the (sort value, id) `after`,
    passing `filters`. With `probe`, only among the next `probe` records in that order, free
    text tested record by record: a first try for short search text (see read_page)."""
    register = _REGISTERS[kind]
    table = register.table
    query = select(table.id, *register.columns.values()).select_from(table)
    for vocabulary, on in register.joins:
        query = query.outerjoin(vocabulary, on)
    query = query.where(table.deleted.is_(False))
    if filters is not None:
        query = query.where(*filter_conditions(kind, filters, text_per_row=probe is not None))
    key = _sort_expression(register, sort_column)
    order = (key.desc(), table.id.desc()) if descending else (key, table.id)
    if after is not None:
        position = tuple_(key, table.id)
        query = query.where(position < after if descending else position > after)
    if probe is not None:
        # Only records up to the sort value of the `probe`-th next one: a range of the index.
        bound = select(key).where(table.deleted.is_(False))
        if after is not None:
            bound = bound.where(position < after if descending else position > after)
        bound = bound.order_by(key.desc() if descending else key).limit(1).offset(probe - 1)
        bound = bound.scalar_subquery()
        query = query.where(key >= bound if descending else key <= bound)
    return query.order_by(*order).limit(limit)


def _probe_first(kind: str, sort_column: str, filters: Filters | None) -> bool:
    """Short search text in the register's date order (the order its index serves)."""
    needle = filters.search_text() if filters is not None else ""
    return 0 < len(needle) < TRIGRAM and sort_column == register_columns(kind)[0]


def read_page(session: Session, kind: str, sort_column: str, descending: bool = False,
              after: tuple[Any, str] | None = None, limit: int = PAGE_SIZE,
              filters: Filters | None = None) -> RegisterPage:
    sort_index = register_columns(kind).index(sort_column)
    # One row more than asked tells whether another page follows, without counting.
    result = None
    if _probe_first(kind, sort_column, filters):
        # If the next records in order fill the page, its rows are the first that match of all:
        # no record beyond them comes earlier in the order. A second, wider try when the first
        # found enough to suggest where the page would fill; else the whole scan.
        probe = SHORT_TEXT_PROBE
        for _attempt in range(2):
            result = session.execute(page_query(kind, sort_column, descending, after,
                                                limit + 1, filters, probe=probe)).all()
            if len(result) > limit:
                break
            wider = probe * (limit + 1) * 3 // (2 * max(len(result), 1))
            if not result or wider > SHORT_TEXT_PROBE_MAX:
                break
            probe = wider
        if len(result) <= limit:
            result = None
    if result is None:
        result = session.execute(page_query(kind, sort_column, descending, after, limit + 1,
                                            filters)).all()
    rows = [RegisterRow(r[0], tuple(r[1:])) for r in result[:limit]]
    more = len(result) > limit
    last = rows[-1] if rows and more else None
    return RegisterPage(rows, (last.values[sort_index], last.id) if last else None)



# --- what is due: follow-up actions and grant reports -----------------------------------------

OPEN_FOLLOW_UP = ("open", "in_progress")


@dataclass(frozen=True)
class DueRow:
    """One follow-up action or grant report that is not done, with the record it belongs to."""
    id: str
    kind: str               # "follow_ups" or "grant_reports"
    record_kind: str        # "consultations" or "grants": what opens on a double click
    record_id: str
    due_date: date | None
    overdue: bool
    what: str               # the action, or the report's kind code
    owner: str              # who does it (follow-ups), the grantee (reports)
    status: str             # follow-up status, or the grant's status
    record_date: date       # the consultation's date, the grant's start
    record_title: str       # the consultation's title, the grantee
    country: str            # name


@dataclass(frozen=True)
class DuePage:
    rows: list[DueRow]
    after: tuple[date | None, str] | None


def _live(table: Any) -> ColumnElement[bool]:
    """`deleted = 0` written so that SQLite does not pick the (deleted, date) index for it: on the
    joined record that index would make it read every live record and sort, where walking the
    due-date index in order stops after one page."""
    return type_coerce(table.deleted, Integer) + 0 == 0


def _due_query(kind: str, filters: Filters, today: date) -> tuple[Select[Any], Any, Any]:
    """The open items of `kind` passing `filters`, with their due-date and id columns."""
    needle = filters.search_text()
    if kind == "follow_ups":
        f, c = m.FollowUpRow, m.ConsultationRow
        query = (select(f.id, c.id, f.due_date, f.action, f.owner, f.status, c.date, c.title,
                        _name_or_code(m.Country, c.country))
                 .select_from(f).join(c, c.id == f.consultation_id)
                 .outerjoin(m.Country, m.Country.code == c.country)
                 .where(f.deleted.is_(False), _live(c)))
        if filters.status in OPEN_FOLLOW_UP:
            query = query.where(f.status == filters.status)
        else:
            query = query.where(f.status.in_(OPEN_FOLLOW_UP))
        record_filters = filters.with_(text="", date_from=None, date_to=None, status=None,
                                       overdue=False)
        query = query.where(*filter_conditions("consultations", record_filters))
        if needle:
            pattern = like_pattern(needle)
            query = query.where(or_(f.action.like(pattern, escape="\\"),
                                    f.owner.like(pattern, escape="\\"),
                                    _text_condition("consultations", _REGISTERS["consultations"],
                                                    needle)))
        item_id, due = f.id, f.due_date
    elif kind == "grant_reports":
        r, g = m.GrantReportRow, m.GrantRow
        query = (select(r.id, g.id, r.due_date, r.kind, g.grantee, g.status, g.start_date,
                        g.grantee, _name_or_code(m.Country, g.country))
                 .select_from(r).join(g, g.id == r.grant_id)
                 .outerjoin(m.Country, m.Country.code == g.country)
                 .where(r.deleted.is_(False), _live(g), r.received_date.is_(None)))
        record_filters = filters.with_(date_from=None, date_to=None, status=None, overdue=False)
        query = query.where(*filter_conditions("grants", record_filters))
        item_id, due = r.id, r.due_date
    else:
        raise ValueError(kind)
    if filters.date_from:
        query = query.where(due >= filters.date_from)
    if filters.date_to:
        query = query.where(due <= filters.date_to)
    if filters.overdue:
        query = query.where(due < today)
    return query, due, item_id


def read_due_page(session: Session, kind: str, filters: Filters | None = None,
                  after: tuple[date | None, str] | None = None, limit: int = PAGE_SIZE,
                  today: date | None = None) -> DuePage:
    """Open follow-up actions ("follow_ups") or grant reports not received ("grant_reports"),
    soonest due first (the most overdue at the top), then undated actions by id. Dates in
    `filters` apply to the due date; the other filters to the consultation or grant.

    Read in two keyset runs so that the due-date index serves the order: dated items by
    (due date, id), then undated ones by id; `after` is (due date or None, id)."""
    today = today or date.today()
    query, due, item_id = _due_query(kind, filters or Filters(), today)
    result: list[Any] = []
    if after is None or after[0] is not None:
        dated = query.where(due.is_not(None))
        if after is not None:
            dated = dated.where(tuple_(due, item_id) > after)
        result = session.execute(dated.order_by(due, item_id).limit(limit + 1)).all()
    if len(result) <= limit:
        undated = query.where(due.is_(None))
        if after is not None and after[0] is None:
            undated = undated.where(item_id > after[1])
        result += session.execute(undated.order_by(item_id)
                                  .limit(limit + 1 - len(result))).all()
    record_kind = "consultations" if kind == "follow_ups" else "grants"
    rows = [DueRow(id=r[0], kind=kind, record_kind=record_kind, record_id=r[1], due_date=r[2],
                   overdue=r[2] is not None and r[2] < today, what=r[3], owner=r[4], status=r[5],
                   record_date=r[6], record_title=r[7], country=r[8])
            for r in result[:limit]]
    more = len(result) > limit
    last = rows[-1] if more else None
    return DuePage(rows, (last.due_date, last.id) if last else None)


def count_due(session: Session, kind: str, filters: Filters | None = None,
              today: date | None = None) -> tuple[int, int]:
    """(items passing `filters`, of them overdue)."""
    today = today or date.today()
    query, due, _item_id = _due_query(kind, filters or Filters(), today)
    sub = query.add_columns(due.label("due_key")).subquery()
    count, overdue = session.execute(select(func.count(), func.coalesce(
        func.sum((sub.c.due_key < today).cast(Integer)), 0))).one()
    return count, overdue


# --- the window's start: each register's first page as plain SQL --------------------------------

FIRST_PAGES_COMMAND = "python -m glo_act_desktop.store.repositories.registers"


def first_pages_source() -> str:
    """The text of store/first_pages.py (generated, committed; a test checks it is current):
    each register's first page in its default order (newest first, no filters) and its count
    as plain SQL, and how each column's stored value becomes what these queries return. A
    window starting on a register reads them through plain sqlite3 before its first paint,
    without importing SQLAlchemy (store/register_columns.py, read_first_page)."""
    from sqlalchemy import Boolean, Date
    from sqlalchemy.dialects import sqlite

    from glo_act_desktop.store.types import ScaledDecimal

    def plain(statement: Any) -> str:
        return str(statement.compile(dialect=sqlite.dialect(),
                                     compile_kwargs={"literal_binds": True}))

    def conversion(kind: Any) -> str | None:
        for sql_type, name in ((ScaledDecimal, "scaled"), (Date, "date"), (Boolean, "bool")):
            if isinstance(kind, sql_type):
                return name
        return None

    pages, counts, conversions = {}, {}, {}
    for kind, register in _REGISTERS.items():
        statement = page_query(kind, REGISTER_COLUMNS[kind][0], True, limit=PAGE_SIZE + 1)
        pages[kind] = plain(statement)
        table = register.table
        counts[kind] = plain(select(func.count()).select_from(table)
                             .where(table.deleted.is_(False)))
        conversions[kind] = tuple(conversion(c.type) for c in statement.selected_columns[1:])
    lines = [f'"""Generated by `{FIRST_PAGES_COMMAND}` from store/repositories/registers.py: '
             f'do not edit.',
             "",
             "Each register's first page in its default order and its count, as plain SQL, for",
             'the window\'s start (store/register_columns.py, read_first_page)."""',
             "",
             f"PAGE_SIZE = {PAGE_SIZE}",
             "",
             f"FIRST_PAGE_SQL = {pages!r}",
             "",
             f"COUNT_SQL = {counts!r}",
             "",
             "# Per column after the id: how the stored value becomes the query's (None: as stored).",
             f"CONVERSIONS = {conversions!r}",
             ""]
    return "\n".join(lines)


if __name__ == "__main__":
    from glo_act_desktop.paths import package_dir

    (package_dir() / "store" / "first_pages.py").write_text(first_pages_source(),
                                                            encoding="utf-8")
