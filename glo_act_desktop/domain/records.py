"""The three registers as plain data, shared by editors, sheets, reports and sync.

Scalar field names equal the database column names, so the store maps them one to one.
Victims and assisted people are never named: the grant holds counts only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS


def new_id() -> str:
    return str(uuid.uuid4())


def child_id(parent_id: str, *natural_key: str) -> str:
    """A stable id for a child row identified by its content, so importing the same set twice or
    adding it on two laptops yields one row, not two."""
    return str(uuid.uuid5(uuid.UUID(parent_id), "\x1f".join(natural_key)))


@dataclass
class Counterpart:
    organisation: str
    type: str


@dataclass
class FollowUp:
    action: str
    owner: str = ""
    due_date: date | None = None
    status: str = "open"
    id: str = field(default_factory=new_id)


@dataclass
class InstitutionCount:
    institution_type: str
    female: int = 0
    male: int = 0
    other: int = 0


@dataclass
class Tranche:
    date: date | None
    amount: Decimal
    reference: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class GrantReport:
    kind: str
    due_date: date | None
    received_date: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Consultation:
    programme: str
    country: str
    date: date | None
    id: str = field(default_factory=new_id)
    title: str = ""
    type: str = ""
    place: str = ""
    outside_capital: bool = False
    objective: str = ""
    participants_female: int = 0
    participants_male: int = 0
    participants_other: int = 0
    pillars: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    summary: str = ""
    counterparts: list[Counterpart] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)

    @property
    def participants_total(self) -> int:
        return self.participants_female + self.participants_male + self.participants_other


@dataclass
class Training:
    programme: str
    country: str
    title: str
    start_date: date | None
    end_date: date | None
    id: str = field(default_factory=new_id)
    pillar: str = ""
    objective: str = ""
    topics: tuple[str, ...] = ()
    venue: str = ""
    outside_capital: bool = False
    delivery: str = "in_person"
    participants_female: int = 0
    participants_male: int = 0
    participants_other: int = 0
    trainers_female: int = 0
    trainers_male: int = 0
    pre_test_avg: float | None = None
    post_test_avg: float | None = None
    target_groups: tuple[str, ...] = ()
    notes: str = ""
    institutions: list[InstitutionCount] = field(default_factory=list)

    @property
    def participants_total(self) -> int:
        return self.participants_female + self.participants_male + self.participants_other


def _zero_assisted() -> dict[str, int]:
    return {column: 0 for column in ASSISTED_COLUMNS}


@dataclass
class Grant:
    programme: str
    country: str
    grantee: str
    currency: str
    committed_amount: Decimal
    start_date: date | None
    end_date: date | None
    id: str = field(default_factory=new_id)
    agreement_ref: str = ""
    status: str = "pipeline"
    services: tuple[str, ...] = ()
    assisted: dict[str, int] = field(default_factory=_zero_assisted)
    assisted_with_disability: int = 0
    notes: str = ""
    tranches: list[Tranche] = field(default_factory=list)
    reports: list[GrantReport] = field(default_factory=list)

    @property
    def assisted_total(self) -> int:
        return sum(self.assisted.values())

    @property
    def disbursed_amount(self) -> Decimal:
        return sum((t.amount for t in self.tranches), Decimal(0))


Record = Consultation | Training | Grant

# The order child lists are shown, exported and compared in: what an officer expects to read.
CHILD_ORDER = {
    "counterparts": lambda c: (c.organisation.casefold(), c.type),
    "follow_ups": lambda f: (f.due_date or date.max, f.action, f.id),
    "institutions": lambda i: (i.institution_type,),
    "tranches": lambda t: (t.date or date.min, t.reference, t.id),
    "reports": lambda r: (r.due_date or date.max, r.kind, r.id),
}


def in_canonical_order(rec: Record) -> Record:
    """Sort the record's child lists (in place) into their canonical order; returns the record."""
    for attribute, key in CHILD_ORDER.items():
        if hasattr(rec, attribute):
            getattr(rec, attribute).sort(key=key)
    return rec

KIND_OF_RECORD: dict[type, str] = {
    Consultation: "consultations", Training: "trainings", Grant: "grants",
}
