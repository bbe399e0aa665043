"""The columns of each kind of sheet, in their fixed order, and how they map to records.

Column names equal the record's field names (and the database's column names), so a column's
value is `getattr(record, name)`; only the grant's people-assisted counts live in a dict.
The order and the names of the core columns are fixed by the issue: change them and every
officer's saved sheets stop importing.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from glo_act_desktop.domain.records import (
    FollowUp, GrantReport, InstitutionCount, Tranche, new_id,
)
from glo_act_desktop.domain.vocab import (
    AGE_LABELS, ASSISTED_COLUMNS, ASSISTED_KIND_LABELS, SEX_LABELS,
)
from glo_act_desktop.services.sheets.cells import (
    AMOUNT, BOOL, CODE, CODES, COUNT, COUNTERPARTS, DATE, ID, ISO_CODE, PARENT_ID, SCORE, TEXT,
    TEXTS, Format,
)


@dataclass(frozen=True)
class Column:
    name: str
    format: Format
    meaning: str
    required: bool = False  # a value on every row (so the column must be in the sheet)
    codes: str = ""  # the code list its values come from (see the template's help sheet)


@dataclass(frozen=True)
class ChildSheet:
    """A worksheet (XLSX only) holding one child list of the records in the main sheet."""

    name: str  # the worksheet's name, equal to the record's list attribute
    noun: str  # one row, in messages: "follow-up"
    parent_column: str
    child_class: type
    columns: tuple[Column, ...]

    @property
    def has_id(self) -> bool:
        return self.columns[0].name == "id"

    @property
    def header_required(self) -> set[str]:
        """A child sheet replaces whole lists, so it must say everything: all its columns but
        id (blank ids are new rows) must be there, even if some of their cells are blank."""
        return {c.name for c in self.columns if c.name != "id"}

    @property
    def key_column(self) -> str:
        """The column that says which child a row is, for problems about the row as a whole."""
        return next(c.name for c in self.columns if c.name not in ("id", self.parent_column))

    def make(self, values: dict[str, Any]) -> Any:
        """A child from its parsed cells (the parent id and a blank id left out)."""
        fields = {name: value for name, value in values.items()
                  if name not in (self.parent_column, "id")}
        if self.has_id:
            fields["id"] = values.get("id") or new_id()
        return self.child_class(**fields)


@dataclass(frozen=True)
class SheetSpec:
    kind: str  # "consultations": also the main worksheet's name
    noun: str  # one record, in messages: "consultation"
    columns: tuple[Column, ...]
    children: tuple[ChildSheet, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def header_required(self) -> set[str]:
        """Columns a main sheet cannot do without; the others may be left out."""
        return {c.name for c in self.columns if c.required}

    def child(self, name: str) -> ChildSheet:
        return next(c for c in self.children if c.name == name)


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA: how Excel names the column at this position."""
    letters, number = "", index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@lru_cache(maxsize=None)
def field_defaults(cls: type) -> dict[str, Any]:
    """What an empty cell means for each field that has one: the record's own default
    (delivery in_person, grant status pipeline, follow-up status open, 0, "")."""
    return {f.name: f.default for f in dataclasses.fields(cls)
            if f.default is not dataclasses.MISSING}


def value_getter(column: Column) -> Callable[[Any], Any]:
    """Reads the column's value from a record or child (looked up once, used on every row)."""
    if column.name in ASSISTED_COLUMNS:
        return lambda rec: rec.assisted[column.name]
    return operator.attrgetter(column.name)


def record_fields(values: dict[str, Any], assisted_before: dict[str, int]) -> dict[str, Any]:
    """Parsed cells as the record's constructor arguments: the 18 assisted counts go into one
    dict, starting from `assisted_before` so columns left out of the sheet keep their values."""
    fields = {name: value for name, value in values.items() if name not in ASSISTED_COLUMNS}
    given = {name: value for name, value in values.items() if name in ASSISTED_COLUMNS}
    if given:
        fields["assisted"] = {**dict.fromkeys(ASSISTED_COLUMNS, 0), **assisted_before, **given}
    return fields


_ID = Column("id", ID, "The record's id, given by the app. Leave it blank to add a new record; "
                       "keep it to update that record.")
_PROGRAMME = Column("programme", CODE, "Programme code.", required=True, codes="programmes")
_COUNTRY = Column("country", ISO_CODE, "Country: ISO 3166-1 alpha-2 code of one of the "
                                       "programme's countries.", required=True, codes="countries")
_OBJECTIVE = Column("objective", CODE, "The programme objective, pillar or outcome this "
                                       "contributes to (optional).", codes="objectives")
_OUTSIDE_CAPITAL = Column("outside_capital", BOOL, "Held outside the capital city?")
_TARGET_GROUPS = Column("target_groups", CODES, "Groups the activity focused on.",
                        codes="target_groups")


def _participants(what: str) -> tuple[Column, ...]:
    return tuple(Column(f"participants_{sex}", COUNT, f"{what}: {SEX_LABELS[sex].lower()}.")
                 for sex in ("female", "male", "other"))


CONSULTATIONS = SheetSpec("consultations", "consultation", (
    _ID, _PROGRAMME, _COUNTRY,
    Column("date", DATE, "Day the consultation took place.", required=True),
    Column("title", TEXT, "Short title."),
    Column("type", CODE, "Type of consultation.", required=True, codes="consultation_types"),
    Column("place", TEXT, "Town or city."),
    _OUTSIDE_CAPITAL, _OBJECTIVE,
    *_participants("Participants"),
    Column("pillars", CODES, "Pillars of the programme it served.", codes="pillars"),
    _TARGET_GROUPS,
    Column("counterparts", COUNTERPARTS, "Counterpart institutions that took part, each with "
                                         "its type code in brackets.",
           codes="counterpart_types"),
    Column("summary", TEXT, "What was discussed and agreed."),
), (
    ChildSheet("follow_ups", "follow-up", "consultation_id", FollowUp, (
        Column("id", ID, "The follow-up's id; blank for a new one."),
        Column("consultation_id", PARENT_ID, "Id of its consultation in the consultations sheet.",
               required=True),
        Column("action", TEXT, "What is to be done.", required=True),
        Column("owner", TEXT, "Who does it (may be blank)."),
        Column("due_date", DATE, "When it is due (may be blank)."),
        Column("status", CODE, "Where it stands (blank means open).",
               codes="follow_up_statuses"),
    )),
))

TRAININGS = SheetSpec("trainings", "training", (
    _ID, _PROGRAMME, _COUNTRY,
    Column("title", TEXT, "Title of the training.", required=True),
    Column("pillar", CODE, "Pillar of the programme it served.", required=True, codes="pillars"),
    _OBJECTIVE,
    Column("topics", TEXTS, "Topics covered, separated by ;."),
    Column("start_date", DATE, "First day.", required=True),
    Column("end_date", DATE, "Last day (the same as start_date for one day).", required=True),
    Column("venue", TEXT, "Town, city or platform."),
    _OUTSIDE_CAPITAL,
    Column("delivery", CODE, "How it was delivered (blank means in_person).",
           codes="delivery_modes"),
    *_participants("Participants"),
    Column("trainers_female", COUNT, "Trainers: female."),
    Column("trainers_male", COUNT, "Trainers: male."),
    Column("pre_test_avg", SCORE, "Average score before the training (0–100)."),
    Column("post_test_avg", SCORE, "Average score after the training (0–100)."),
    _TARGET_GROUPS,
    Column("notes", TEXT, "Anything else worth recording."),
), (
    ChildSheet("institutions", "institution", "training_id", InstitutionCount, (
        Column("training_id", PARENT_ID, "Id of its training in the trainings sheet.",
               required=True),
        Column("institution_type", CODE, "Type of institution the participants came from.",
               required=True, codes="counterpart_types"),
        Column("female", COUNT, "Participants from it: female."),
        Column("male", COUNT, "Participants from it: male."),
        Column("other", COUNT, "Participants from it: other or not recorded."),
    )),
))


def _assisted_meaning(column: str) -> str:
    _, sex, age, kind = column.split("_")
    return (f"People assisted: {SEX_LABELS[sex].lower()}, {AGE_LABELS[age].lower()}, "
            f"{ASSISTED_KIND_LABELS[kind].lower()}.")


GRANTS = SheetSpec("grants", "grant", (
    _ID, _PROGRAMME, _COUNTRY,
    Column("grantee", TEXT, "Organisation that receives the grant.", required=True),
    Column("agreement_ref", TEXT, "Reference of the grant agreement."),
    Column("currency", ISO_CODE, "Currency of the amounts: ISO 4217 code.", required=True,
           codes="currencies"),
    Column("committed_amount", AMOUNT, "Amount committed in the agreement.", required=True),
    Column("start_date", DATE, "First day of the grant.", required=True),
    Column("end_date", DATE, "Last day of the grant.", required=True),
    Column("status", CODE, "Where the grant stands (blank means pipeline).",
           codes="grant_statuses"),
    Column("services", CODES, "Services the grant pays for.", codes="services"),
    *(Column(name, COUNT, _assisted_meaning(name)) for name in ASSISTED_COLUMNS),
    Column("assisted_with_disability", COUNT, "Of the people assisted, how many have a "
                                              "disability."),
    Column("notes", TEXT, "Anything else worth recording (never names of victims)."),
), (
    ChildSheet("tranches", "tranche", "grant_id", Tranche, (
        Column("id", ID, "The tranche's id; blank for a new one."),
        Column("grant_id", PARENT_ID, "Id of its grant in the grants sheet.", required=True),
        Column("date", DATE, "Day it was paid.", required=True),
        Column("amount", AMOUNT, "Amount paid, in the grant's currency.", required=True),
        Column("reference", TEXT, "Payment reference (may be blank)."),
    )),
    ChildSheet("reports", "report", "grant_id", GrantReport, (
        Column("id", ID, "The report's id; blank for a new one."),
        Column("grant_id", PARENT_ID, "Id of its grant in the grants sheet.", required=True),
        Column("kind", CODE, "Kind of report.", required=True, codes="report_kinds"),
        Column("due_date", DATE, "When it is due.", required=True),
        Column("received_date", DATE, "When it arrived (blank if not yet)."),
        Column("notes", TEXT, "Notes on the report (may be blank)."),
    )),
))

SHEETS: dict[str, SheetSpec] = {spec.kind: spec for spec in (CONSULTATIONS, TRAININGS, GRANTS)}
