"""Every rule about what a record may hold, written once.

Each rule names the field and says how to fix it. Errors block a save or an import; warnings are
shown but do not block (for example, disbursed beyond committed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from glo_act_desktop.domain.money import MAX_AMOUNT, decimal_places
from glo_act_desktop.domain.records import Consultation, Grant, Record, Training
from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.domain.vocab import (
    ASSISTED_COLUMNS,
    DELIVERY_MODES,
    FOLLOW_UP_STATUSES,
    GRANT_STATUSES,
    REPORT_KINDS,
    SERVICES,
)

SHORT_TEXT = 300
LONG_TEXT = 20_000
MAX_COUNT = 1_000_000
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)
# Characters no XML document, hence no XLSX sheet or report, can hold (tab and line breaks can).
_UNFIT_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    severity: str = "error"  # "error" blocks, "warning" informs

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


class _Checker:
    def __init__(self, ref: Reference):
        self.ref = ref
        self.problems: list[Problem] = []

    def error(self, field: str, message: str) -> None:
        self.problems.append(Problem(field, message))

    def warn(self, field: str, message: str) -> None:
        self.problems.append(Problem(field, message, "warning"))

    def text(self, field: str, value: str, *, required: bool = False, limit: int = SHORT_TEXT,
             no_semicolon: bool = False) -> None:
        if required and not value.strip():
            self.error(field, "is required: enter a value")
            return
        if len(value) > limit:
            self.error(field, f"is {len(value):,} characters long; shorten it to {limit:,} or fewer")
        unfit = _UNFIT_CHARACTER.search(value)
        if unfit:
            self.error(field, f"contains an invisible control character "
                              f"(U+{ord(unfit.group()):04X}, often pasted from another program); "
                              "remove it")
        if no_semicolon and ";" in value:
            self.error(field, "may not contain ';' (it separates values in sheets); use ','")

    def count(self, field: str, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(field, f"must be a whole number, not '{value}'")
        elif value < 0:
            self.error(field, f"is {value}; counts cannot be negative")
        elif value > MAX_COUNT:
            self.error(field, f"is {value:,}; that is more than {MAX_COUNT:,}, check the figure")

    def a_date(self, field: str, value: date | None, *, required: bool = False) -> None:
        if value is None:
            if required:
                self.error(field, "is required: enter a date as YYYY-MM-DD")
            return
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            self.error(field, f"{value.isoformat()} is outside {EARLIEST_DATE.year}–"
                              f"{LATEST_DATE.year}; check the year")

    def date_order(self, start_field: str, start: date | None, end_field: str,
                   end: date | None) -> None:
        if start and end and end < start:
            self.error(end_field, f"{end.isoformat()} is before {start_field} "
                                  f"{start.isoformat()}; the end must be on or after the start")

    def code(self, field: str, value: str, known: dict[str, str] | tuple[str, ...], what: str,
             *, required: bool = True) -> None:
        if not value:
            if required:
                self.error(field, f"is required: choose a {what}")
            return
        if value not in known:
            self.error(field, f"'{value}' is not a known {what}; use one of: "
                              f"{', '.join(sorted(known)[:12])}{' …' if len(known) > 12 else ''}")

    def codes(self, field: str, values: tuple[str, ...], known: dict[str, str] | tuple[str, ...],
              what: str) -> None:
        for value in values:
            self.code(field, value, known, what)
        if len(set(values)) != len(values):
            self.error(field, "lists the same value twice; list each once")

    def programme_and_country(self, programme: str, country: str, objective: str = "") -> None:
        self.code("programme", programme, self.ref.programmes, "programme")
        self.code("country", country, self.ref.countries, "country (ISO 3166-1 alpha-2 code)")
        known = self.ref.programmes.get(programme)
        if known and country in self.ref.countries and country not in known.countries:
            self.error("country", f"{country} ({self.ref.countries[country]}) is not a country of "
                                  f"{programme}; its countries are {', '.join(sorted(known.countries))}")
        own = self.ref.writable_country
        if own and country in self.ref.countries and country != own:
            self.error("country", f"this laptop is enrolled for {self.ref.countries.get(own, own)} "
                                  f"({own}); records of {self.ref.countries[country]} are entered by "
                                  f"its own officers or by HQ")
        if known and objective and objective not in known.objectives:
            self.error("objective", f"'{objective}' is not one of the {known.framework}s of "
                                    f"{programme}; use one of {', '.join(known.objectives)}")

    def score(self, field: str, value: float | None) -> None:
        if value is None:
            return
        if value != value or not 0 <= value <= 100:  # value != value: NaN
            self.error(field, f"is {value}; scores are averages between 0 and 100")

    def amount(self, field: str, value: Decimal, currency: str, *, positive: bool = False) -> None:
        if not value.is_finite():
            self.error(field, "must be a number")
            return
        if value < 0 or (positive and value == 0):
            self.error(field, f"is {value}; it must be {'above' if positive else 'at least'} zero")
        if value >= MAX_AMOUNT:
            self.error(field, f"is {value:,}; that is beyond any grant, check the figure")
        found = self.ref.currencies.get(currency)
        if found and decimal_places(value) > found.minor_units:
            self.error(field, f"{value} has {decimal_places(value)} decimals but {currency} has "
                              f"{found.minor_units}; round it to {found.minor_units} decimals")


def validate_consultation(rec: Consultation, ref: Reference) -> list[Problem]:
    c = _Checker(ref)
    c.programme_and_country(rec.programme, rec.country, rec.objective)
    c.a_date("date", rec.date, required=True)
    c.text("title", rec.title)
    c.code("type", rec.type, ref.consultation_types, "consultation type")
    c.text("place", rec.place)
    for sex in ("female", "male", "other"):
        c.count(f"participants_{sex}", getattr(rec, f"participants_{sex}"))
    c.codes("pillars", rec.pillars, ref.pillars, "pillar")
    c.codes("target_groups", rec.target_groups, ref.target_groups, "target group")
    c.text("summary", rec.summary, limit=LONG_TEXT)
    seen: set[tuple[str, str]] = set()
    for i, cp in enumerate(rec.counterparts, 1):
        c.text(f"counterparts[{i}].organisation", cp.organisation, required=True,
               no_semicolon=True)
        c.code(f"counterparts[{i}].type", cp.type, ref.counterpart_types, "counterpart type")
        key = (cp.organisation.strip().casefold(), cp.type)
        if key in seen:
            c.error(f"counterparts[{i}]", f"'{cp.organisation}' is listed twice; list it once")
        seen.add(key)
    for i, fu in enumerate(rec.follow_ups, 1):
        c.text(f"follow_ups[{i}].action", fu.action, required=True, limit=2000)
        c.text(f"follow_ups[{i}].owner", fu.owner)
        c.a_date(f"follow_ups[{i}].due_date", fu.due_date)
        c.code(f"follow_ups[{i}].status", fu.status, FOLLOW_UP_STATUSES, "follow-up status")
    return c.problems


def validate_training(rec: Training, ref: Reference) -> list[Problem]:
    c = _Checker(ref)
    c.programme_and_country(rec.programme, rec.country, rec.objective)
    c.text("title", rec.title, required=True)
    c.code("pillar", rec.pillar, ref.pillars, "pillar")
    for i, topic in enumerate(rec.topics, 1):
        c.text(f"topics[{i}]", topic, required=True, no_semicolon=True)
    c.a_date("start_date", rec.start_date, required=True)
    c.a_date("end_date", rec.end_date, required=True)
    c.date_order("start_date", rec.start_date, "end_date", rec.end_date)
    c.text("venue", rec.venue)
    c.code("delivery", rec.delivery, DELIVERY_MODES, "delivery mode")
    for name in ("participants_female", "participants_male", "participants_other",
                 "trainers_female", "trainers_male"):
        c.count(name, getattr(rec, name))
    c.score("pre_test_avg", rec.pre_test_avg)
    c.score("post_test_avg", rec.post_test_avg)
    c.codes("target_groups", rec.target_groups, ref.target_groups, "target group")
    c.text("notes", rec.notes, limit=LONG_TEXT)
    seen: set[str] = set()
    for i, inst in enumerate(rec.institutions, 1):
        c.code(f"institutions[{i}].institution_type", inst.institution_type,
               ref.counterpart_types, "institution type")
        if inst.institution_type in seen:
            c.error(f"institutions[{i}]", f"'{inst.institution_type}' appears twice; "
                                          "merge its counts into one row")
        seen.add(inst.institution_type)
        for sex in ("female", "male", "other"):
            c.count(f"institutions[{i}].{sex}", getattr(inst, sex))
    if rec.institutions and not any(p.field.startswith("institutions") for p in c.problems):
        for sex in ("female", "male", "other"):
            by_institution = sum(getattr(inst, sex) for inst in rec.institutions)
            total = getattr(rec, f"participants_{sex}")
            if by_institution != total:
                c.error(f"participants_{sex}",
                        f"is {total} but the institutions add up to {by_institution}; "
                        "correct the total or the breakdown so they agree")
    return c.problems


def validate_grant(rec: Grant, ref: Reference) -> list[Problem]:
    c = _Checker(ref)
    c.programme_and_country(rec.programme, rec.country)
    c.text("grantee", rec.grantee, required=True)
    c.text("agreement_ref", rec.agreement_ref)
    c.code("currency", rec.currency, {k: v.name for k, v in ref.currencies.items()},
           "currency (ISO 4217 code)")
    c.amount("committed_amount", rec.committed_amount, rec.currency)
    c.a_date("start_date", rec.start_date, required=True)
    c.a_date("end_date", rec.end_date, required=True)
    c.date_order("start_date", rec.start_date, "end_date", rec.end_date)
    c.code("status", rec.status, GRANT_STATUSES, "grant status")
    c.codes("services", rec.services, SERVICES, "service")
    for column in ASSISTED_COLUMNS:
        c.count(column, rec.assisted.get(column, 0))
    unknown = set(rec.assisted) - set(ASSISTED_COLUMNS)
    if unknown:
        c.error("assisted", f"unknown counts {', '.join(sorted(unknown))}")
    c.count("assisted_with_disability", rec.assisted_with_disability)
    if isinstance(rec.assisted_with_disability, int) and \
            rec.assisted_with_disability > rec.assisted_total:
        c.error("assisted_with_disability",
                f"is {rec.assisted_with_disability} but only {rec.assisted_total} people were "
                "assisted in all; it counts people among them")
    c.text("notes", rec.notes, limit=LONG_TEXT)
    for i, tranche in enumerate(rec.tranches, 1):
        c.a_date(f"tranches[{i}].date", tranche.date, required=True)
        c.amount(f"tranches[{i}].amount", tranche.amount, rec.currency, positive=True)
        c.text(f"tranches[{i}].reference", tranche.reference)
        if tranche.date and rec.start_date and tranche.date < rec.start_date:
            c.error(f"tranches[{i}].date",
                    f"{tranche.date.isoformat()} is before the grant starts "
                    f"({rec.start_date.isoformat()}); correct the date or the grant's start")
    disbursed = rec.disbursed_amount
    if rec.committed_amount.is_finite() and disbursed.is_finite() and \
            disbursed > rec.committed_amount:
        c.warn("tranches", f"{disbursed} {rec.currency} disbursed is more than the "
                           f"{rec.committed_amount} {rec.currency} committed")
    for i, report in enumerate(rec.reports, 1):
        c.code(f"reports[{i}].kind", report.kind, REPORT_KINDS, "report kind")
        c.a_date(f"reports[{i}].due_date", report.due_date, required=True)
        c.a_date(f"reports[{i}].received_date", report.received_date)
        c.text(f"reports[{i}].notes", report.notes, limit=2000)
    return c.problems


def validate(rec: Record, ref: Reference) -> list[Problem]:
    if isinstance(rec, Consultation):
        return validate_consultation(rec, ref)
    if isinstance(rec, Training):
        return validate_training(rec, ref)
    return validate_grant(rec, ref)


def device_name_problem(name: str) -> str | None:
    """Why a laptop name is not acceptable, or None."""
    name = name.strip()
    if not name:
        return "Give this laptop a name, e.g. 'Nepalgunj laptop 2'"
    if len(name) > 120:
        return f"The name is {len(name)} characters long; use 120 or fewer"
    return None
