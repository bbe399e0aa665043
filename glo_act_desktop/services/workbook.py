"""The XLSX workbook of a scope: a summary sheet with the key figures and a sheet per register.

The same scope as the period summary PDF (consultations by date, trainings by first day, grants
whose period overlaps the dates). Sheets, in order: Summary, Consultations, Counterparts,
Follow-ups, Trainings, Grants, Tranches, Grant reports. Child sheets carry their parent's id and a
readable label of it; every live child of a record in scope is written, none dropped.

The register sheets use the sheet export's fixed column names (plus a few computed columns), so
formulas and pivot tables written against them keep working; the summary's labels are in the
chosen language, from the same translations as the PDF. Cells have real types: dates are dates,
counts are whole numbers, amounts are numbers shown with their currency's decimals. Text is always
text: a value starting with "=" never becomes a formula (the sheet writer's `text`).

Everything is read in one read transaction (the summary and the sheets are one snapshot), records
a batch at a time, and written with openpyxl's write-only mode, so 100,000 records are never in
memory at once. The file is written beside the target and moved into place at the end: a cancel
or a failure leaves no half file.

Cancel and progress follow services.jobs: `progress(done, total)` may raise `Cancelled` (a
`JobControl.progress` does), and `cancelled()` returning True raises `Cancelled` between batches.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from glo_act_desktop import i18n
from glo_act_desktop.domain.figures import KeyFigures
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import (
    AGE_GROUPS, AGE_LABELS, ASSISTED_COLUMNS, ASSISTED_KIND_LABELS, ASSISTED_KINDS, SEX_LABELS,
    SEXES, assisted_column,
)
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.jobs import Cancelled
from glo_act_desktop.services.sheets.cells import (
    AMOUNT, BOOL, CODE, CODES, COUNT, DATE, ID, ISO_CODE, PARENT_ID, SCORE, TEXT, TEXTS,
    with_minor_units,
)
from glo_act_desktop.services.sheets.columns import SHEETS, column_letter, value_getter
from glo_act_desktop.services.sheets.writing import XlsxWriter, sheet_writer
from glo_act_desktop.store.repositories import report_data
from glo_act_desktop.store.repositories.figures import OPEN_FOLLOW_UP, key_figures
from glo_act_desktop.store.repositories.records import load_records
from glo_act_desktop.store.repositories.scoped import (
    count_in_scope, ids_in_scope, institution_types_in_scope,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
BATCH = 1_000  # records loaded at a time

SUMMARY = "Summary"
CONSULTATIONS = "Consultations"
COUNTERPARTS = "Counterparts"
FOLLOW_UPS = "Follow-ups"
TRAININGS = "Trainings"
GRANTS = "Grants"
TRANCHES = "Tranches"
GRANT_REPORTS = "Grant reports"
SHEET_NAMES = (SUMMARY, CONSULTATIONS, COUNTERPARTS, FOLLOW_UPS, TRAININGS, GRANTS, TRANCHES,
               GRANT_REPORTS)
REGISTER_SHEETS = SHEET_NAMES[1:]

DASH = "–"
DATE_FORMAT = "yyyy-mm-dd"
STAMP_FORMAT = 'yyyy-mm-dd hh:mm "UTC"'
SHARE_FORMAT = "0.0%"
SCORE_FORMAT = "0.0"
GAIN_FORMAT = "+0.0;-0.0;0.0"
COUNT_FORMAT = "#,##0"


@dataclass
class WorkbookResult:
    """What was written: rows per sheet (headers not counted; the summary's rows are lines)."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return self.rows.get(CONSULTATIONS, 0) + self.rows.get(TRAININGS, 0) + \
            self.rows.get(GRANTS, 0)

    def describe(self) -> str:
        return ", ".join(f"{self.rows.get(name, 0):,} {name.lower()}"
                         for name in REGISTER_SHEETS)


# --- columns of the register sheets -----------------------------------------------------------

# How a value is written: the cell kinds below, each with its own width and format.
TEXT_CELL, CODE_CELL, ID_CELL, DATE_CELL, INT_CELL, AMOUNT_CELL, SCORE_CELL, BOOL_CELL, \
    LIST_CELL = "text", "code", "id", "date", "int", "amount", "score", "bool", "list"

_KIND_OF_FORMAT: dict[int, str] = {
    id(TEXT): TEXT_CELL, id(CODE): CODE_CELL, id(ISO_CODE): CODE_CELL, id(ID): ID_CELL,
    id(PARENT_ID): ID_CELL, id(DATE): DATE_CELL, id(COUNT): INT_CELL, id(AMOUNT): AMOUNT_CELL,
    id(SCORE): SCORE_CELL, id(BOOL): BOOL_CELL, id(CODES): LIST_CELL, id(TEXTS): LIST_CELL,
}
_WIDTHS = {TEXT_CELL: 40, CODE_CELL: 16, ID_CELL: 38, DATE_CELL: 12, INT_CELL: 10,
           AMOUNT_CELL: 16, SCORE_CELL: 10, BOOL_CELL: 10, LIST_CELL: 30}


@dataclass(frozen=True)
class Col:
    """One column of a register sheet: its fixed name, its cell kind and how to read its value
    from a record or child (and the child's parent record)."""

    name: str
    kind: str
    get: Callable[[Any, Any], Any]  # (item, parent) -> value; parent is None on main sheets

    @property
    def width(self) -> int:
        return max(_WIDTHS[self.kind], min(len(self.name) + 3, 40))


def _own(getter: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda item, _parent: getter(item)


def _sheet_columns(kind: str, skip: Iterable[str] = ()) -> list[Col]:
    """The sheet export's columns of a register (same names, same order)."""
    skipped = set(skip)
    found = []
    for column in SHEETS[kind].columns:
        if column.name in skipped:
            continue
        cell_kind = _KIND_OF_FORMAT[id(column.format)]
        found.append(Col(column.name, cell_kind, _own(value_getter(column))))
    return found


def _insert_after(columns: list[Col], name: str, *new: Col) -> list[Col]:
    at = next(i for i, c in enumerate(columns) if c.name == name) + 1
    return columns[:at] + list(new) + columns[at:]


def _participants_total(rec: Any, _parent: Any) -> int:
    return rec.participants_female + rec.participants_male + rec.participants_other


def consultation_label(rec: Any) -> str:
    return f"{rec.date.isoformat() if rec.date else DASH} · {rec.title or rec.type}"


def grant_label(rec: Any) -> str:
    return f"{rec.grantee} ({rec.agreement_ref})" if rec.agreement_ref else rec.grantee


def training_institution_column(code: str, sex: str) -> str:
    return f"institution_{code}_{sex}"


class _Columns:
    """Every sheet's columns for one export (the trainings' institution columns depend on the
    reference data and the scope; "in period" and "overdue" on the scope and today)."""

    def __init__(self, scope: Scope, today: date, institution_types: Sequence[str]):
        def in_period(day: date | None) -> bool:
            return day is not None and (scope.date_from is None or day >= scope.date_from) \
                and (scope.date_to is None or day <= scope.date_to)

        consultations = _sheet_columns("consultations", skip=("counterparts",))
        self.consultations = _insert_after(
            consultations, "participants_other",
            Col("participants_total", INT_CELL, _participants_total))
        parent_c = [Col("consultation_id", ID_CELL, lambda _item, parent: parent.id),
                    Col("consultation", TEXT_CELL,
                        lambda _item, parent: consultation_label(parent))]
        self.counterparts = parent_c + [
            Col("organisation", TEXT_CELL, lambda item, _p: item.organisation),
            Col("type", CODE_CELL, lambda item, _p: item.type)]
        self.follow_ups = [Col("id", ID_CELL, lambda item, _p: item.id)] + parent_c + [
            Col("action", TEXT_CELL, lambda item, _p: item.action),
            Col("owner", TEXT_CELL, lambda item, _p: item.owner),
            Col("due_date", DATE_CELL, lambda item, _p: item.due_date),
            Col("status", CODE_CELL, lambda item, _p: item.status),
            Col("overdue", BOOL_CELL, lambda item, _p: item.status in OPEN_FOLLOW_UP
                and item.due_date is not None and item.due_date < today)]

        trainings = _insert_after(_sheet_columns("trainings"), "participants_other",
                                  Col("participants_total", INT_CELL, _participants_total))
        self.institution_types = tuple(institution_types)
        index = _InstitutionIndex()
        institution = [Col(training_institution_column(code, sex), INT_CELL,
                           _institution_getter(index, code, sex))
                       for code in self.institution_types for sex in SEXES]
        at = next(i for i, c in enumerate(trainings) if c.name == "notes")
        self.trainings = trainings[:at] + institution + trainings[at:]

        def paid_in_period(rec: Any, _p: Any):
            return sum((t.amount for t in rec.tranches if in_period(t.date)), Decimal(0))

        grants = _insert_after(
            _sheet_columns("grants"), "committed_amount",
            Col("disbursed_amount", AMOUNT_CELL, lambda rec, _p: rec.disbursed_amount),
            Col("disbursed_in_period", AMOUNT_CELL, paid_in_period),
            Col("balance", AMOUNT_CELL,
                lambda rec, _p: rec.committed_amount - rec.disbursed_amount))
        self.grants = _insert_after(
            grants, ASSISTED_COLUMNS[-1],
            Col("assisted_total", INT_CELL, lambda rec, _p: rec.assisted_total))
        parent_g = [Col("grant_id", ID_CELL, lambda _item, parent: parent.id),
                    Col("grant", TEXT_CELL, lambda _item, parent: grant_label(parent))]
        self.tranches = [Col("id", ID_CELL, lambda item, _p: item.id)] + parent_g + [
            Col("currency", CODE_CELL, lambda _item, parent: parent.currency),
            Col("date", DATE_CELL, lambda item, _p: item.date),
            Col("amount", AMOUNT_CELL, lambda item, _p: item.amount),
            Col("reference", TEXT_CELL, lambda item, _p: item.reference),
            Col("in_period", BOOL_CELL, lambda item, _p: in_period(item.date))]
        self.reports = [Col("id", ID_CELL, lambda item, _p: item.id)] + parent_g + [
            Col("kind", CODE_CELL, lambda item, _p: item.kind),
            Col("due_date", DATE_CELL, lambda item, _p: item.due_date),
            Col("received_date", DATE_CELL, lambda item, _p: item.received_date),
            Col("overdue", BOOL_CELL, lambda item, _p: item.received_date is None
                and item.due_date is not None and item.due_date < today),
            Col("notes", TEXT_CELL, lambda item, _p: item.notes)]

    def of(self, sheet: str) -> list[Col]:
        return {CONSULTATIONS: self.consultations, COUNTERPARTS: self.counterparts,
                FOLLOW_UPS: self.follow_ups, TRAININGS: self.trainings, GRANTS: self.grants,
                TRANCHES: self.tranches, GRANT_REPORTS: self.reports}[sheet]


class _InstitutionIndex:
    """A training's breakdown by institution type, made once per training (its 3 × n columns
    all read it)."""

    def __init__(self) -> None:
        self.rec: Any = None
        self.by_type: dict[str, Any] = {}

    def of(self, rec: Any) -> dict[str, Any]:
        if rec is not self.rec:
            self.rec = rec
            self.by_type = {item.institution_type: item for item in rec.institutions}
        return self.by_type


def _institution_getter(index: _InstitutionIndex, code: str,
                        sex: str) -> Callable[[Any, Any], int | None]:
    """A training's participants of one institution type and sex; blank when the training has
    no breakdown for that type."""
    def get(rec: Any, _parent: Any) -> int | None:
        item = index.of(rec).get(code)
        return None if item is None else getattr(item, sex)
    return get


# --- writing cells ------------------------------------------------------------------------------

def amount_format(minor_units: int) -> str:
    return "#,##0" if minor_units <= 0 else "#,##0." + "0" * minor_units


class _Book:
    """openpyxl's write-only workbook, with typed cells and text that stays text."""

    def __init__(self, xlsx: XlsxWriter, minor_units: dict[str, int]):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.xlsx = xlsx
        self.workbook = xlsx.workbook
        self.minor_units = minor_units
        self._cell = WriteOnlyCell
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14)
        self.heading_font = Font(bold=True, size=12)
        self.note_font = Font(italic=True, color="666666")
        self.sheets: dict[str, Any] = {}
        self.columns: dict[str, list[Col]] = {}
        self.rows: dict[str, int] = {}
        self._makers: dict[str, Callable[[Any, Any, str], list[Any]]] = {}

    # one cell ---------------------------------------------------------------------------------

    def text(self, sheet: Any, value: str, **style: Any) -> Any:
        return self.xlsx.text(sheet, value, **style) if value else None

    def styled(self, sheet: Any, value: Any, **style: Any) -> Any:
        if isinstance(value, str):
            return self.xlsx.text(sheet, value, **style)
        cell = self._cell(sheet, value)
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell

    def amount(self, sheet: Any, value: Any, currency: str) -> Any:
        if value is None:
            return None
        minor = self.minor_units.get(currency)
        if minor is not None:
            value = with_minor_units(value, minor)
        native = AMOUNT.native(value)
        if isinstance(native, str):  # more digits than Excel holds exactly: kept as text
            return self.xlsx.text(sheet, native)
        cell = self._cell(sheet, native)
        cell.number_format = amount_format(2 if minor is None else minor)
        return cell

    # register sheets --------------------------------------------------------------------------

    def add_register(self, name: str, columns: list[Col]) -> None:
        sheet = self.workbook.create_sheet(name)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns):
            sheet.column_dimensions[column_letter(index)].width = column.width
        sheet.append([self.xlsx.text(sheet, c.name, font=self.bold) for c in columns])
        self.sheets[name] = sheet
        self.columns[name] = list(columns)
        self.rows[name] = 0
        self._makers[name] = self._row_maker(sheet, columns)

    def _row_maker(self, sheet: Any, columns: list[Col]) -> Callable[[Any, Any, str], list[Any]]:
        """A function from (item, parent, currency) to the row's cells, looked up once."""
        text = self.xlsx.text
        amount = self.amount
        plan = [(c.get, c.kind) for c in columns]

        def cells(item: Any, parent: Any, currency: str) -> list[Any]:
            row: list[Any] = []
            for get, kind in plan:
                value = get(item, parent)
                if value is None or value == "":
                    row.append(None)
                elif kind in (TEXT_CELL, CODE_CELL, ID_CELL):
                    row.append(text(sheet, value))
                elif kind == LIST_CELL:
                    row.append(text(sheet, "; ".join(value)) if value else None)
                elif kind == AMOUNT_CELL:
                    row.append(amount(sheet, value, currency))
                elif kind == SCORE_CELL:
                    native = SCORE.native(value)
                    row.append(text(sheet, native) if isinstance(native, str) else native)
                else:  # dates (openpyxl gives them yyyy-mm-dd), ints, booleans
                    row.append(value)
            return row
        return cells

    def write(self, name: str, item: Any, parent: Any = None, currency: str = "") -> None:
        self.sheets[name].append(self._makers[name](item, parent, currency))
        self.rows[name] += 1

    def discard(self) -> None:
        """Close and delete openpyxl's temporary file of each sheet, after a cancel or a
        failure (openpyxl removes them only when the workbook is saved or Python exits, and
        complains about the half-closed ones when they are garbage collected)."""
        for sheet in self.workbook.worksheets:
            rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
            try:
                if rows is not None:
                    rows.close()
                    sheet._rows = None
                if writer is not None:
                    writer.close()
                    writer.cleanup()
                    sheet._writer = None
            except Exception:  # openpyxl internals: never hide the first error with this one
                log.debug("could not discard the temporary file of %s", sheet.title,
                          exc_info=True)

    def finish_registers(self) -> None:
        """Filters on every register's header row, over the rows written."""
        for name, sheet in self.sheets.items():
            if name in self.columns:
                last = column_letter(len(self.columns[name]) - 1)
                sheet.auto_filter.ref = f"A1:{last}{self.rows[name] + 1}"


# --- the summary sheet --------------------------------------------------------------------------

@dataclass
class SummaryData:
    """Everything the summary sheet shows, read in the export's transaction."""

    scope: Scope
    figures: KeyFigures
    today: date
    as_of: datetime
    last_change: datetime | None
    device: str
    gain: report_data.KnowledgeGain
    by_institution: dict[str, tuple[int, int, int]]

    @property
    def empty(self) -> bool:
        return not (self.figures.activities or self.figures.grants)


class _Words:
    """The summary's labels in one language: the PDF's texts and translations."""

    def __init__(self, ctx: AppContext, lang: str):
        self.ref = ctx.reference
        self.translator = i18n.Translator(lang)
        self.rtl = self.translator.rtl

    def t(self, text: str, **values: object) -> str:
        found = self.translator("report", text)
        return found.format(**values) if values else found

    def vocab(self, labels: dict[str, str], code: str) -> str:
        return self.translator("vocab", labels[code]) if code in labels else code

    def ref_name(self, names: dict[str, str], code: str) -> str:
        return self.translator("reference", names[code]) if code in names else code


def _summary_rows(book: _Book, sheet: Any, words: _Words, data: SummaryData) -> list[list[Any]]:
    t = words.t
    f = data.figures
    ref = words.ref
    scope = data.scope
    text = book.text
    rows: list[list[Any]] = []

    def label(value: str, **style: Any) -> Any:
        return book.styled(sheet, value, **style)

    def heading(value: str) -> None:
        rows.append([])
        rows.append([label(value, font=book.heading_font)])

    def header(*values: str) -> None:
        rows.append([label(v, font=book.bold) if v else None for v in values])

    def note(value: str) -> None:
        rows.append([label(value, font=book.note_font)])

    def count(value: int) -> Any:
        return book.styled(sheet, value, number_format=COUNT_FORMAT)

    def share(value: float | None) -> Any:
        return text(sheet, DASH) if value is None else \
            book.styled(sheet, value, number_format=SHARE_FORMAT)

    def score(value: float | None, fmt: str = SCORE_FORMAT) -> Any:
        return text(sheet, DASH) if value is None else book.styled(sheet, value, number_format=fmt)

    def stamp(value: datetime | None) -> Any:
        if value is None:
            return text(sheet, DASH)
        naive = value.astimezone(timezone.utc).replace(tzinfo=None)
        return book.styled(sheet, naive, number_format=STAMP_FORMAT)

    rows.append([text(sheet, t("GLO.ACT Field"))])
    rows.append([label(t("Period summary"), font=book.title_font)])
    rows.append([])
    period = t("All dates")
    if scope.date_from or scope.date_to:
        period = t("{start} to {end}",
                   start=scope.date_from.isoformat() if scope.date_from else "…",
                   end=scope.date_to.isoformat() if scope.date_to else "…")
    programme = ref.programmes.get(scope.programme) if scope.programme else None
    rows.append([label(t("Programme"), font=book.bold),
                 text(sheet, programme.name if programme else scope.programme or
                      t("All programmes")), text(sheet, scope.programme or "")])
    rows.append([label(t("Country"), font=book.bold),
                 text(sheet, ref.countries.get(scope.country, scope.country)
                      if scope.country else t("All countries")), text(sheet, scope.country or "")])
    rows.append([label(t("Period"), font=book.bold), text(sheet, period),
                 book.styled(sheet, scope.date_from, number_format=DATE_FORMAT)
                 if scope.date_from else None,
                 book.styled(sheet, scope.date_to, number_format=DATE_FORMAT)
                 if scope.date_to else None])
    rows.append([label(t("Data as of"), font=book.bold), stamp(data.as_of)])
    rows.append([label(t("Last change recorded"), font=book.bold), stamp(data.last_change)])
    rows.append([label(t("Prepared on"), font=book.bold), text(sheet, data.device or DASH)])
    if data.empty:
        rows.append([])
        rows.append([label(t("There is nothing in this scope: no consultations, trainings or "
                             "grants were recorded for it."), font=book.heading_font)])
    rows.append([])
    note(t("Consultations are counted by their date, trainings by their first day, and grants "
           "when their period overlaps the dates above; amounts disbursed are the tranches paid "
           "within those dates. Open follow-ups and overdue reports are counted at any date."))

    heading(t("Key figures"))
    header(t("Figure"), t("Value"))
    outside = f.consultations_outside_capital + f.trainings_outside_capital
    for name, value in (
            ("Activities", count(f.activities)),
            ("Consultations", count(f.consultations)),
            ("Trainings", count(f.trainings)),
            ("People trained", count(f.trained_total)),
            ("Women among people trained", share(f.women_share)),
            ("Knowledge gain (post − pre)", score(data.gain.gain, GAIN_FORMAT)),
            ("Grants", count(f.grants)),
            ("People assisted", count(f.assisted_total)),
            ("Persons with disabilities among them", count(f.assisted_with_disability))):
        rows.append([text(sheet, t(name)), value])
    rows.append([text(sheet, t("Activities outside the capital")), count(outside),
                 share(f.outside_capital_share)])
    rows.append([text(sheet, t("Follow-ups overdue")), count(f.follow_ups_overdue)])
    rows.append([text(sheet, t("Grant reports overdue")), count(f.reports_overdue)])

    heading(t("Committed, disbursed and balance by currency"))
    if f.money:
        header(t("Currency"), t("Committed"), t("Disbursed"), t("Balance"))
        for line in f.money:
            rows.append([text(sheet, line.currency),
                         book.amount(sheet, line.committed, line.currency),
                         book.amount(sheet, line.disbursed, line.currency),
                         book.amount(sheet, line.balance, line.currency)])
        note(t("Committed: grants that are active, suspended or closed (not those in the "
               "pipeline). Disbursed: tranches paid within the period."))
    else:
        note(t("None."))

    sex_names = [words.vocab(SEX_LABELS, s) for s in SEXES]
    heading(t("People trained and assisted, by sex"))
    header("", t("People trained"), t("People assisted"))
    for sex, name in zip(SEXES, sex_names):
        rows.append([text(sheet, name), count(f.trained_by_sex.get(sex, 0)),
                     count(f.assisted_by(sex=sex))])
    rows.append([label(t("Total"), font=book.bold), count(f.trained_total),
                 count(f.assisted_total)])

    heading(t("Participants by sex and institution type"))
    header(t("Institution type"), *sex_names, t("Total"))
    codes = list(ref.counterpart_types) + sorted(set(data.by_institution)
                                                 - set(ref.counterpart_types))
    totals = [0, 0, 0]
    for code in codes:
        if code not in data.by_institution:
            continue
        values = data.by_institution[code]
        totals = [a + b for a, b in zip(totals, values)]
        rows.append([text(sheet, words.ref_name(ref.counterpart_types, code)),
                     *map(count, values), count(sum(values))])
    rows.append([label(t("Total"), font=book.bold), *map(count, totals), count(sum(totals))])

    heading(t("Knowledge gain"))
    rows.append([text(sheet, t("Trainings with both tests")), count(data.gain.trainings)])
    rows.append([text(sheet, t("Pre-test average")), score(data.gain.pre)])
    rows.append([text(sheet, t("Post-test average")), score(data.gain.post)])
    rows.append([text(sheet, t("Gain")), score(data.gain.gain, GAIN_FORMAT)])

    heading(t("People assisted by sex, age and kind"))
    header(t("Kind and age"), *sex_names, t("Total"))
    for kind in ASSISTED_KINDS:
        for age in AGE_GROUPS:
            values = [f.assisted.get(assisted_column(sex, age, kind), 0) for sex in SEXES]
            rows.append([text(sheet, f"{words.vocab(ASSISTED_KIND_LABELS, kind)} · "
                                     f"{words.vocab(AGE_LABELS, age)}"),
                         *map(count, values), count(sum(values))])
    rows.append([label(t("Total"), font=book.bold),
                 *(count(f.assisted_by(sex=sex)) for sex in SEXES), count(f.assisted_total)])
    note(t("Counts only: the people assisted are never named."))
    return rows


def _write_summary(book: _Book, words: _Words, data: SummaryData) -> int:
    sheet = book.workbook.create_sheet(SUMMARY)
    if words.rtl:
        sheet.sheet_view.rightToLeft = True
    for letter, width in zip("ABCDE", (44, 26, 18, 18, 18)):
        sheet.column_dimensions[letter].width = width
    rows = _summary_rows(book, sheet, words, data)
    for row in rows:
        sheet.append(row)
    return len(rows)


# --- the export ---------------------------------------------------------------------------------

def _institution_types(session: Session, ctx: AppContext, scope: Scope) -> list[str]:
    """Every counterpart type in the reference data, then any other the scope's trainings
    use (so no breakdown is dropped)."""
    used = institution_types_in_scope(session, scope)
    known = list(ctx.reference.counterpart_types)
    return known + sorted(used - set(known))


def check_request(ctx: AppContext, scope: Scope, path: Path, lang: str) -> None:
    problems = list(scope.problems(ctx.reference))
    if not i18n.is_available(lang):
        problems.append(f"language '{lang}' has no translation; use one of "
                        f"{', '.join(i18n.available_languages())}")
    if path.suffix.lower() != ".xlsx":
        problems.append(f"{path.name}: the workbook is written as .xlsx; name the file with "
                        "that ending")
    if problems:
        raise InputRejected("; ".join(problems))


def export_workbook(ctx: AppContext, scope: Scope, path: str | Path, *, lang: str = "en",
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    today: date | None = None) -> WorkbookResult:
    """Write the scope's workbook to `path` (.xlsx); return the rows written per sheet.

    Raises InputRejected for a bad scope, language or file name (nothing is written), and
    Cancelled when `cancelled()` returns True or `progress` raises it; then, as on any failure,
    no file is left (an earlier file at `path` stays as it was)."""
    path = Path(path)
    check_request(ctx, scope, path, lang)
    job = _Job(ctx, scope, _Words(ctx, lang), today or date.today(), progress, cancelled)
    result = WorkbookResult(path)
    with sheet_writer(path) as xlsx, ctx.db.reading() as session:
        assert isinstance(xlsx, XlsxWriter)
        book = _Book(xlsx, {code: c.minor_units for code, c in ctx.reference.currencies.items()})
        try:
            job.write(book, session)
        except BaseException:
            book.discard()
            raise
        result.rows.update(book.rows)
    log.info("workbook %s (%s): %s", path, scope.describe(), result.describe())
    return result


@dataclass
class _Job:
    ctx: AppContext
    scope: Scope
    words: _Words
    today: date
    progress: Progress | None
    cancelled: Callable[[], bool] | None

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def write(self, book: _Book, session: Session) -> None:
        scope, today = self.scope, self.today
        summary = SummaryData(
            scope=scope, figures=key_figures(session, scope, today), today=today,
            as_of=datetime.now(timezone.utc), last_change=report_data.last_change(session),
            device=self.ctx.settings().get("device_name", ""),
            gain=report_data.knowledge_gain(session, scope),
            by_institution=report_data.trained_by_institution(session, scope))
        total = sum(count_in_scope(session, kind, scope) for kind in KINDS)
        done = 0
        if self.progress is not None:
            self.progress(done, total)
        self.check()
        book.rows[SUMMARY] = _write_summary(book, self.words, summary)
        columns = _Columns(scope, today, _institution_types(session, self.ctx, scope))
        for name in REGISTER_SHEETS:
            book.add_register(name, columns.of(name))
        for kind in KINDS:
            for ids in ids_in_scope(session, kind, scope, BATCH):
                self.check()
                records = load_records(session, kind, ids)
                for record_id in ids:
                    _write_record(book, kind, records[record_id])
                done += len(ids)
                if self.progress is not None:
                    self.progress(done, total)
        self.check()
        book.finish_registers()


KINDS = ("consultations", "trainings", "grants")


def _write_record(book: _Book, kind: str, rec: Any) -> None:
    """A record's row and its children's rows (every live child, in their canonical order)."""
    if kind == "consultations":
        book.write(CONSULTATIONS, rec)
        for item in rec.counterparts:
            book.write(COUNTERPARTS, item, rec)
        for item in rec.follow_ups:
            book.write(FOLLOW_UPS, item, rec)
    elif kind == "trainings":
        book.write(TRAININGS, rec)
    else:
        book.write(GRANTS, rec, currency=rec.currency)
        for item in rec.tranches:
            book.write(TRANCHES, item, rec, rec.currency)
        for item in rec.reports:
            book.write(GRANT_REPORTS, item, rec, rec.currency)
