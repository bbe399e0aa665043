"""Sheet import, all or nothing: `plan_import` reads, checks and compares every row and writes
nothing; `apply_import` writes the plan in one transaction through RecordWriter, or refuses it
whole when any row has a problem."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from glo_act_desktop.domain.records import Record, new_id
from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.domain.validation import Problem, validate
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.jobs import Cancelled, cycle_collector_paused
from glo_act_desktop.services.sheets.cells import AMOUNT, Cell, CellError, is_blank, parse_id
from glo_act_desktop.services.sheets.columns import (
    SHEETS, ChildSheet, Column, SheetSpec, column_letter, field_defaults, record_fields,
)
from glo_act_desktop.services.sheets.plan import ImportPlan, SheetProblem
from glo_act_desktop.services.sheets.reading import Table, open_tables, rejected
from glo_act_desktop.services.sheets.writing import HELP_SHEET
from glo_act_desktop.store import mapping
from glo_act_desktop.store.repositories.records import (
    RecordWriter, WriteCounts, kinds_of_ids, load_records,
)
from glo_act_desktop.store.repositories.scoped import child_owners

BATCH = 2_000  # rows checked against the database, and records written, at a time

Progress = Callable[[int, int], None]

# How validation names a problem: "field", "list[2]" or "list[2].field".
_FIELD = re.compile(r"(?P<top>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?")
_ITEM_NOUNS = {"counterparts": "counterpart", "topics": "topic"}


_NO_DEFAULT = object()


@dataclass(frozen=True)
class _Reader:
    """One column of a sheet, ready to read from each row."""

    name: str
    index: int
    column: Column
    default: Any  # what an empty cell means, when the record's field has a default


@dataclass
class _Layout:
    """Where each column is in a sheet's rows."""

    label: str  # the sheet as messages name it
    positions: dict[str, int]  # column name -> cell index
    unnamed: list[int]  # cells under an empty header: must stay empty
    width: int  # cells in the header

    def index(self, name: str) -> int | None:
        return self.positions.get(name)

    def cell(self, cells: list[Cell], name: str) -> Cell:
        index = self.positions.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    def where(self, names: Iterable[str]) -> set[int]:
        return {self.positions[name] for name in names if name in self.positions}

    @staticmethod
    def is_blank_row(cells: list[Cell], skip: set[int]) -> bool:
        """True when every cell but those at `skip` (the ids) is empty or spaces."""
        for index, cell in enumerate(cells):
            if cell is None or cell == "" or index in skip:
                continue
            if cell.__class__ is not str or not cell.isspace():  # type: ignore[union-attr]
                return False
        return True

    def stray_cells(self, cells: list[Cell]) -> list[int]:
        """Cells holding a value but outside every named column."""
        if not self.unnamed and len(cells) <= self.width:
            return []
        stray = [i for i in self.unnamed if i < len(cells) and not is_blank(cells[i])]
        stray += [i for i in range(self.width, len(cells)) if not is_blank(cells[i])]
        return stray

    def readers(self, columns: Iterable[Column], defaults: dict[str, Any]) -> list[_Reader]:
        return [_Reader(c.name, self.positions[c.name], c, defaults.get(c.name, _NO_DEFAULT))
                for c in columns if c.name in self.positions]


def _layout(path: Path, label: str, table: Table, columns: tuple[Column, ...],
            required: set[str], other_kind_hint: str = "") -> _Layout:
    """Check the header against the columns; every mistake in it is reported at once."""
    if not any(table.header):
        raise rejected(path, f"row 1 of the {label} sheet is empty; it must hold the column "
                             "names (start from a template)")
    known = {c.name for c in columns}
    positions: dict[str, int] = {}
    unknown, twice, unnamed = [], [], []
    for index, name in enumerate(table.header):
        key = name.lower()
        if not key:
            unnamed.append(index)
        elif key not in known:
            unknown.append(name)
        elif key in positions:
            twice.append(name)
        else:
            positions[key] = index
    missing = [c.name for c in columns if c.name in required and c.name not in positions]
    if unknown or missing or twice:
        found = []
        if unknown:
            found.append(f"unknown columns {', '.join(unknown)}")
        if missing:
            found.append(f"missing columns {', '.join(missing)}")
        if twice:
            found.append(f"columns named twice {', '.join(twice)}")
        raise rejected(path, f"the {label} sheet has {'; '.join(found)}. Its columns are: "
                             f"{', '.join(c.name for c in columns)}{other_kind_hint}")
    return _Layout(label, positions, unnamed, len(table.header))


def _other_kind_hint(spec: SheetSpec, header: list[str]) -> str:
    names = {name.lower() for name in header if name}
    for other in SHEETS.values():
        # Only when the header is a complete sheet of the other kind: "id, programme" alone
        # fits every kind and says nothing.
        if other is not spec and other.header_required <= names <= set(other.names):
            return f". It looks like a {other.kind} sheet: import it as {other.kind}"
    return " (start from a template)"


def _pick_sheets(path: Path, spec: SheetSpec, tables: dict[str, Table]
                 ) -> tuple[Table, list[tuple[ChildSheet, Table]], list[str]]:
    """The main sheet (named after the kind, else the first), the child sheets present, and
    the names of sheets that will be ignored."""
    if not tables:
        raise rejected(path, "the workbook has no sheets")
    by_name = {name.strip().casefold(): name for name in tables}
    main_name = by_name.get(spec.kind)
    if main_name is None:
        for other in SHEETS:
            if other in by_name:
                raise rejected(path, f"this workbook holds {other}, not {spec.kind}: import it "
                                     f"as {other}")
        main_name = next(iter(tables))
        if main_name.strip().casefold() in {c.name for c in spec.children} | {HELP_SHEET}:
            raise rejected(path, f"the workbook has no {spec.kind} sheet; name the sheet of "
                                 f"{spec.kind} '{spec.kind}'")
    children = [(child, tables[by_name[child.name]]) for child in spec.children
                if child.name in by_name]
    used = {main_name, *(table.name for _, table in children)}
    ignored = [name for name in tables
               if name not in used and name.strip().casefold() != HELP_SHEET]
    return tables[main_name], children, ignored


def _placeholder(column: Column) -> Any:
    """A stand-in for a cell that could not be read, so the rest of the row is still checked."""
    return Decimal(0) if column.format is AMOUNT else column.format.parse(None)


@dataclass
class _ChildRow:
    row: int
    child: Any
    bad: set[str]  # columns whose cells could not be read


@dataclass
class _MainRow:
    row: int
    id: str
    explicit_id: bool  # given in the sheet, not made up for a new record
    usable: bool  # False: the id is unusable (bad, repeated, another kind's, deleted)
    values: dict[str, Any]
    bad: set[str]


@dataclass
class _Planner:
    """Works through one file's rows, filling the plan."""

    ref: Reference
    session: Session
    spec: SheetSpec
    plan: ImportPlan
    main: _Layout
    sheets: dict[str, _Layout] = field(default_factory=dict)  # child sheets present
    children: dict[str, dict[str, list[_ChildRow]]] = field(default_factory=dict)
    first_row_of: dict[str, int] = field(default_factory=dict)  # record id -> first row

    def __post_init__(self) -> None:
        self.kind = self.spec.kind
        self.record_class = mapping.RECORD_CLASSES[self.kind]
        self.defaults = field_defaults(self.record_class)
        self.readers = self.main.readers((c for c in self.spec.columns if c.name != "id"),
                                         self.defaults)
        self.synced = set(self.plan.children_replaced)
        self.id_cell = self.main.where(("id",))

    def problem(self, sheet: str, row: int | None, column: str, message: str) -> None:
        self.plan.add_problem(SheetProblem(sheet, row, column, message))

    def _cells(self, layout: _Layout, number: int, cells: list[Cell], readers: list[_Reader]
               ) -> tuple[dict[str, Any], set[str]]:
        values: dict[str, Any] = {}
        bad: set[str] = set()
        width = len(cells)
        for reader in readers:
            cell = cells[reader.index] if reader.index < width else None
            if reader.default is not _NO_DEFAULT and (cell is None or cell == ""):
                values[reader.name] = reader.default
                continue
            try:
                values[reader.name] = reader.column.format.parse(cell)
            except CellError as exc:
                self.problem(layout.label, number, reader.name, str(exc))
                values[reader.name] = _placeholder(reader.column)
                bad.add(reader.name)
        for index in layout.stray_cells(cells):
            self.problem(layout.label, number, f"column {column_letter(index)}",
                         "holds a value but has no name in row 1; name the column or clear "
                         "the cell")
        return values, bad

    def _id(self, layout: _Layout, number: int, cells: list[Cell], name: str) -> str | None:
        try:
            return parse_id(layout.cell(cells, name))
        except CellError as exc:
            self.problem(layout.label, number, name, str(exc))
            return None

    # --- child sheets ------------------------------------------------------------------------

    def read_child_sheet(self, sheet: ChildSheet, table: Table, layout: _Layout,
                         tick: Callable[[], None]) -> None:
        by_parent = self.children.setdefault(sheet.name, {})
        parent_noun = self.spec.noun
        own = layout.readers(
            (c for c in sheet.columns if c.name not in ("id", sheet.parent_column)),
            field_defaults(sheet.child_class))
        first_row_of: dict[str, int] = {}
        claimed: list[tuple[str, str, int]] = []  # child id, parent id, row
        ids = layout.where(("id", sheet.parent_column))
        for number, cells in table.rows:
            tick()
            if layout.is_blank_row(cells, ids):
                continue
            parent = self._id(layout, number, cells, sheet.parent_column)
            if parent is None and is_blank(layout.cell(cells, sheet.parent_column)):
                self.problem(layout.label, number, sheet.parent_column,
                             f"is required: the id of its {parent_noun} in the {self.kind} "
                             "sheet")
            child_id = self._id(layout, number, cells, "id") if sheet.has_id else None
            if child_id in first_row_of:
                self.problem(layout.label, number, "id",
                             f"{child_id} is also on row {first_row_of[child_id]:,}; each "
                             f"{sheet.noun} may appear once")
                continue
            values, bad = self._cells(layout, number, cells, own)
            if child_id:
                first_row_of[child_id] = number
                if parent:
                    claimed.append((child_id, parent, number))
            if parent:
                child = sheet.make({**values, "id": child_id})
                by_parent.setdefault(parent, []).append(_ChildRow(number, child, bad))
        self.sheets[sheet.name] = layout
        for start in range(0, len(claimed), BATCH):
            part = claimed[start:start + BATCH]
            owners = child_owners(self.session, self.kind, sheet.name, (c for c, _, _ in part))
            for child_id, parent, number in part:
                owner = owners.get(child_id, parent)
                if owner != parent:
                    self.problem(layout.label, number, "id",
                                 f"{sheet.noun} {child_id} belongs to another {parent_noun} "
                                 f"({owner}); clear the id to add it here as a new "
                                 f"{sheet.noun}")

    # --- the main sheet ----------------------------------------------------------------------

    def add_rows(self, batch: list[tuple[int, list[Cell]]]) -> None:
        rows = [row for row in (self._main_row(number, cells) for number, cells in batch)
                if row is not None]
        given = [row.id for row in rows if row.explicit_id and row.usable]
        found = kinds_of_ids(self.session, given)
        alive = []
        for row in rows:
            if row.id not in found or not row.usable:
                continue
            kind, deleted = found[row.id]
            if kind != self.kind:
                other = SHEETS[kind].noun
                self.problem(self.main.label, row.row, "id",
                             f"{row.id} is a {other}, not a {self.spec.noun}; import it in a "
                             f"{kind} sheet, or clear the id to add this row as a new "
                             f"{self.spec.noun}")
                row.usable = False
            elif deleted:
                self.problem(self.main.label, row.row, "id",
                             f"{self.spec.noun} {row.id} was deleted; restore it in the app "
                             f"first, or clear the id to add this row as a new "
                             f"{self.spec.noun}")
                row.usable = False
            else:
                alive.append(row.id)
        existing = load_records(self.session, self.kind, alive)
        for row in rows:
            self._plan_record(row, existing.get(row.id) if row.usable else None)

    def _main_row(self, number: int, cells: list[Cell]) -> _MainRow | None:
        if self.main.is_blank_row(cells, self.id_cell):
            return None
        self.plan.rows += 1
        usable, explicit = True, not is_blank(self.main.cell(cells, "id"))
        record_id = self._id(self.main, number, cells, "id")
        if explicit and record_id is None:
            usable = False
        elif record_id in self.first_row_of:
            self.problem(self.main.label, number, "id",
                         f"{record_id} is also on row {self.first_row_of[record_id]:,}; each "
                         f"{self.spec.noun} may appear once in a sheet")
            usable = False
        if record_id is None:
            record_id = new_id()
        if usable:
            self.first_row_of[record_id] = number
        values, bad = self._cells(self.main, number, cells, self.readers)
        return _MainRow(number, record_id, explicit, usable, values, bad)

    def _plan_record(self, row: _MainRow, before: Record | None) -> None:
        problems_before = self.plan.problem_count
        fields = record_fields(row.values, getattr(before, "assisted", {})) \
            if self.kind == "grants" else row.values
        if before is not None:
            rec = dataclasses.replace(before, **fields)
        else:
            rec = self.record_class(id=row.id, **fields)
        from_sheets: dict[str, list[_ChildRow]] = {}
        for name in self.sheets:
            from_sheets[name] = self.children[name].pop(row.id, []) if row.usable else []
            setattr(rec, name, [c.child for c in from_sheets[name]])
        for problem in validate(rec, self.ref):
            self._report(problem, row, from_sheets)
        # A cell that could not be read was reported when it was read: that row (or its
        # record, for a child row) is rejected too, not counted as new or updated.
        child_bad = any(child.bad for items in from_sheets.values() for child in items)
        if not row.usable or row.bad or child_bad or \
                self.plan.problem_count > problems_before:
            return
        self.plan.row_of[rec.id] = row.row
        if before is None:
            self.plan.new_ids.append(rec.id)
            if row.explicit_id:
                self.plan.new_ids_given.append(rec.id)
        elif self._differs(before, rec):
            self.plan.updated_ids.append(rec.id)
        else:
            self.plan.unchanged_ids.append(rec.id)
            return
        self.plan.records.append(rec)

    def _report(self, problem: Problem, row: _MainRow,
                from_sheets: dict[str, list[_ChildRow]]) -> None:
        """Put a validation problem where the user will find it: the cell, or the child row."""
        match = _FIELD.fullmatch(problem.field)
        top, index, sub = (match["top"], match["index"], match["sub"]) if match \
            else (problem.field, None, None)
        sheet, number, column, message = self.main.label, row.row, top, problem.message
        if index is None:
            if top in row.bad:
                return  # its cell could not be read: already reported
        elif top in from_sheets:
            child = from_sheets[top][int(index) - 1]
            if sub in child.bad:
                return
            sheet, number = self.sheets[top].label, child.row
            column = sub or self.spec.child(top).key_column
        else:
            if top in row.bad:
                return
            noun = _ITEM_NOUNS.get(top) or f"stored {self.spec.child(top).noun}"
            message = f"{noun} {index}{', ' + sub if sub else ''}: {message}"
        located = SheetProblem(sheet, number, column, message)
        if problem.is_error:
            self.plan.add_problem(located)
        else:
            self.plan.warnings.append(located)

    def _differs(self, before: Record, after: Record) -> bool:
        """Whether RecordWriter would change anything: the same comparison it makes."""
        if mapping.to_row(self.kind, before) != mapping.to_row(self.kind, after):
            return True
        for spec in mapping.CHILDREN[self.kind]:
            if spec.attribute in self.synced and \
                    _child_rows(spec, before) != _child_rows(spec, after):
                return True
        return False

    def finish(self) -> None:
        """Child rows whose record is not in the main sheet."""
        for name, by_parent in self.children.items():
            sheet = self.spec.child(name)
            for parent, rows in by_parent.items():
                if parent in self.first_row_of:
                    continue  # its record's row could not be used: reported there
                for child in rows:
                    self.problem(self.sheets[name].label, child.row, sheet.parent_column,
                                 f"{parent} is not in the {self.kind} sheet; add the "
                                 f"{self.spec.noun} there or remove this row")
        # Sheet by sheet, row by row, and left to right as the columns stand in the sheet.
        sheets = [self.main, *self.sheets.values()]
        order = {layout.label: i for i, layout in enumerate(sheets)}
        position = {(layout.label, name): index
                    for layout in sheets for name, index in layout.positions.items()}

        def place(p: SheetProblem) -> tuple[int, int, int]:
            return order.get(p.sheet, len(sheets)), p.row or 0, \
                position.get((p.sheet, p.column), 10_000)

        self.plan.problems.sort(key=place)
        self.plan.warnings.sort(key=place)


def _child_rows(spec: mapping.ChildSpec, rec: Record) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in (mapping.child_to_row(spec, rec.id, child)
                                       for child in getattr(rec, spec.attribute))}


def _batches(rows: Iterator[tuple[int, list[Cell]]], size: int
             ) -> Iterator[list[tuple[int, list[Cell]]]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def plan_import(ctx: AppContext, kind: str, path: str | Path,
                progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportPlan:
    """Read, check and compare every row of the file; write nothing.

    Raises InputRejected (naming the file) when the file as a whole cannot be imported, and
    Cancelled when `cancel()` returns True. Row problems are collected in the plan.
    """
    spec = SHEETS[kind]
    path = Path(path)
    plan = ImportPlan(kind, path)
    is_csv = path.suffix.lower() == ".csv"
    with open_tables(path, spec.kind) as tables, cycle_collector_paused():
        main_table, child_tables, ignored = _pick_sheets(path, spec, tables)
        label = path.name if is_csv else main_table.name
        main = _layout(path, label, main_table, spec.columns, spec.header_required,
                       _other_kind_hint(spec, main_table.header))
        child_layouts = [(sheet, table, _layout(path, table.name, table, sheet.columns,
                                                sheet.header_required))
                         for sheet, table in child_tables]
        plan.children_replaced = (("counterparts",) if main.index("counterparts") is not None
                                  else ()) + tuple(sheet.name for sheet, _ in child_tables)
        plan.columns_kept = tuple(c.name for c in spec.columns
                                  if c.name != "id" and main.index(c.name) is None)
        plan.warnings += [SheetProblem(name, None, "", f"not a sheet of a {kind} workbook; "
                                                       "it was ignored") for name in ignored]
        total = main_table.estimated_rows + sum(t.estimated_rows for _, t in child_tables)
        done = reported = 0

        def tick(count: int = 1) -> None:
            nonlocal done, reported
            done += count
            if done - reported >= BATCH:
                reported = done
                if cancel and cancel():
                    raise Cancelled()
                if progress:
                    progress(done, max(total, done))

        with ctx.db.reading() as session:
            planner = _Planner(ctx.reference, session, spec, plan, main)
            for sheet, table, layout in child_layouts:
                planner.read_child_sheet(sheet, table, layout, tick)
            for batch in _batches(main_table.rows, BATCH):
                planner.add_rows(batch)
                tick(len(batch))
            planner.finish()
        if progress:
            progress(done, done)
    return plan


def _still_current(session: Session, plan: ImportPlan) -> bool:
    """Nothing the plan relies on changed since it was made: the ids the sheet gives to new
    records are still free, and the records it updates are still there, alive, of its kind.
    (Ids made up for blank rows are fresh UUIDs: no need to look them up.)"""
    found = kinds_of_ids(session, [*plan.new_ids_given, *plan.updated_ids])
    return not any(rid in found for rid in plan.new_ids_given) and \
        all(found.get(rid) == (plan.kind, False) for rid in plan.updated_ids)


def apply_import(ctx: AppContext, plan: ImportPlan, progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None) -> WriteCounts:
    """Write a checked plan in one transaction: every record or, on any problem, none."""
    name = plan.path.name
    if not plan.ok:
        raise InputRejected(f"{name}: {plan.problem_count:,} problem(s) in the sheet; nothing "
                            "was imported. Fix them and import it again", plan.problem_lines())
    if plan.applied:
        raise InputRejected(f"{name}: this check of the sheet was imported already; check the "
                            "sheet again to import it again")
    counts = WriteCounts(unchanged=plan.unchanged)
    with ctx.db.writing() as session:
        if not _still_current(session, plan):
            raise InputRejected(f"{name}: records changed since the sheet was checked; "
                                "nothing was imported. Import it again")
        writer = RecordWriter(session, ctx.stamp())
        for start in range(0, len(plan.records), BATCH):
            if cancel and cancel():
                raise Cancelled()
            written = writer.upsert(plan.kind, plan.records[start:start + BATCH],
                                    children=plan.children_replaced)
            counts.inserted += written.inserted
            counts.updated += written.updated
            counts.unchanged += written.unchanged
            if progress:
                progress(min(start + BATCH, len(plan.records)), len(plan.records))
    plan.applied = True
    return counts
