"""Sheet export: the records of a scope, of a register's filters or of a list of ids, a batch
at a time, into CSV or XLSX."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.records import Record
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.sheets.cells import AMOUNT, with_minor_units
from glo_act_desktop.services.sheets.columns import SHEETS, Column, value_getter
from glo_act_desktop.services.sheets.writing import sheet_writer
from glo_act_desktop.store.repositories.records import kinds_of_ids, load_records
from glo_act_desktop.store.repositories.registers import count_records, ids_matching
from glo_act_desktop.store.repositories.scoped import count_in_scope, ids_in_scope

BATCH = 1_000


def _row_maker(columns: tuple[Column, ...], parent_column: str = ""
               ) -> Callable[[Any, str, int | None], list[Any]]:
    """A function giving a record's (or child's) cells, amounts with the currency's decimals."""
    getters = [None if c.name == parent_column else value_getter(c) for c in columns]
    amounts = [i for i, c in enumerate(columns) if c.format is AMOUNT]

    def cells(item: Any, parent_id: str, minor_units: int | None) -> list[Any]:
        values = [parent_id if get is None else get(item) for get in getters]
        if minor_units is not None:
            for i in amounts:
                values[i] = with_minor_units(values[i], minor_units)
        return values
    return cells


def _selected(session: Session, kind: str, scope: Scope | None, filters: Filters | None,
              ids: Sequence[str] | None) -> tuple[int, Iterator[list[str]]]:
    """How many records are to be written, and their ids a batch at a time."""
    if filters is not None:
        return count_records(session, kind, filters), ids_matching(session, kind, filters, BATCH)
    if ids is not None:
        wanted = list(dict.fromkeys(ids))
        found = kinds_of_ids(session, wanted)
        live = [rid for rid in wanted if found.get(rid) == (kind, False)]
        return len(live), (live[i:i + BATCH] for i in range(0, len(live), BATCH))
    scope = scope or Scope()
    return count_in_scope(session, kind, scope), ids_in_scope(session, kind, scope, BATCH)


def export_sheet(ctx: AppContext, kind: str, path: str | Path, scope: Scope | None = None,
                 progress: Callable[[int, int], None] | None = None, *,
                 filters: Filters | None = None, ids: Sequence[str] | None = None) -> int:
    """Write live records (and, in XLSX, their child sheets); return how many.

    Which records: those of a `scope` (programme, country, date range), or exactly those a
    register shows with `filters` (the same SQL conditions as the register), or the `ids` given
    (those of this kind still alive, in the order given). Give one of them; none means every
    live record of the kind."""
    if sum(x is not None for x in (scope, filters, ids)) > 1:
        raise ValueError("give a scope, filters or ids, not more than one")
    if scope is not None:
        problems = scope.problems(ctx.reference)
        if problems:
            raise InputRejected("; ".join(problems))
    spec = SHEETS[kind]
    minor_units = {code: c.minor_units for code, c in ctx.reference.currencies.items()}
    main_cells = _row_maker(spec.columns)
    written = 0
    with sheet_writer(Path(path)) as out, ctx.db.reading() as session:
        out.add_sheet(spec.kind, spec.columns)
        children = spec.children if out.holds_child_sheets else ()
        child_cells = [(child, _row_maker(child.columns, child.parent_column))
                       for child in children]
        for child in children:
            out.add_sheet(child.name, child.columns)
        total, batches = _selected(session, kind, scope, filters, ids)
        for batch in batches:
            records = load_records(session, kind, batch)
            for record_id in batch:
                rec: Record = records[record_id]
                minor = minor_units.get(getattr(rec, "currency", ""))
                out.write(spec.kind, main_cells(rec, rec.id, minor))
                for child, cells in child_cells:
                    for item in getattr(rec, child.name):
                        out.write(child.name, cells(item, rec.id, minor))
            written += len(batch)
            if progress:
                progress(written, total)
    return written
