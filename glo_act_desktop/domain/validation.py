"""Every rule about what a record may hold, written once.

Each rule names the field and says how to fix it. Errors block a save or an import; warnings are
shown but do not block (for example, disbursed beyond committed).

A problem's message is English with its values filled in (sheets, the CLI, logs). The window
shows it in the officer's language: it translates the message's template, marked below with
QT_TRANSLATE_NOOP so that `make translations` puts it in the window's catalogues (context
"validation"), and fills in the same values (`Problem.localized`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks a message template for the window's translations; Qt is not needed here."""
    return text


CONTEXT = "validation"

# What a code is, in "choose a …" and "… is not a known …" (translated with the messages).
PROGRAMME = QT_TRANSLATE_NOOP("validation", "programme")
COUNTRY = QT_TRANSLATE_NOOP("validation", "country (ISO 3166-1 alpha-2 code)")
CONSULTATION_TYPE = QT_TRANSLATE_NOOP("validation", "consultation type")
PILLAR = QT_TRANSLATE_NOOP("validation", "pillar")
TARGET_GROUP = QT_TRANSLATE_NOOP("validation", "target group")
COUNTERPART_TYPE = QT_TRANSLATE_NOOP("validation", "counterpart type")
FOLLOW_UP_STATUS = QT_TRANSLATE_NOOP("validation", "follow-up status")
INSTITUTION_TYPE = QT_TRANSLATE_NOOP("validation", "institution type")
CURRENCY = QT_TRANSLATE_NOOP("validation", "currency (ISO 4217 code)")
GRANT_STATUS = QT_TRANSLATE_NOOP("validation", "grant status")
SERVICE = QT_TRANSLATE_NOOP("validation", "service")
REPORT_KIND = QT_TRANSLATE_NOOP("validation", "report kind")
DELIVERY_MODE = QT_TRANSLATE_NOOP("validation", "delivery mode")


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # in English, values filled in
    severity: str = "error"  # "error" blocks, "warning" informs
    template: str = ""  # the message before its values are filled in: what is translated
    values: tuple[tuple[str, Any], ...] = ()
    terms: tuple[str, ...] = ()  # names of values that are words to translate too

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def localized(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of `translate(context, text)` (Qt's translate); the
        English one where a translation does not fit its values."""
        if not self.template:
            return translate(CONTEXT, self.message)
        values = {name: translate(CONTEXT, value) if name in self.terms else value
                  for name, value in self.values}
        try:
            return translate(CONTEXT, self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


class _Checker:
    def __init__(self, ref: Reference | None = None):
        self.ref = ref  # for the rules that look up reference data
        self.problems: list[Problem] = []

    def error(self, field: str, template: str, terms: tuple[str, ...] = (),
              **values: Any) -> None:
        """A problem of `field`: `template` (marked for translation) with `values` filled in;
        `terms` names values that are themselves marked words."""
        self._add(field, "error", template, terms, values)

    def warn(self, field: str, template: str, **values: Any) -> None:
        self._add(field, "warning", template, (), values)

    def _add(self, field: str, severity: str, template: str, terms: tuple[str, ...],
             values: dict[str, Any]) -> None:
        self.problems.append(Problem(field, template.format(**values), severity, template,
                                     tuple(values.items()), terms))

    def text(self, field: str, value: str, *, required: bool = False, limit: int = SHORT_TEXT,
             no_semicolon: bool = False) -> None:
        if required and not value.strip():
            self.error(field, QT_TRANSLATE_NOOP("validation", "is required: enter a value"))
            return
        if len(value) > limit:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "is {length:,} characters long; shorten it to {limit:,} or fewer"),
                length=len(value), limit=limit)
        unfit = _UNFIT_CHARACTER.search(value)
        if unfit:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "contains an invisible control character ({code}, often pasted "
                              "from another program); remove it"),
                code=f"U+{ord(unfit.group()):04X}")
        if no_semicolon and ";" in value:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "may not contain ';' (it separates values in sheets); use ','"))

    def count(self, field: str, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(field, QT_TRANSLATE_NOOP("validation", "must be a whole number, not "
                                                              "'{value}'"), value=value)
        elif value < 0:
            self.error(field, QT_TRANSLATE_NOOP("validation", "is {value}; counts cannot be "
                                                              "negative"), value=value)
        elif value > MAX_COUNT:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "is {value:,}; that is more than {limit:,}, check the figure"),
                value=value, limit=MAX_COUNT)

    def a_date(self, field: str, value: date | None, *, required: bool = False) -> None:
        if value is None:
            if required:
                self.error(field, QT_TRANSLATE_NOOP("validation", "is required: enter a date as "
                                                                  "YYYY-MM-DD"))
            return
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "{date} is outside {first}–{last}; check the year"),
                date=value.isoformat(), first=EARLIEST_DATE.year, last=LATEST_DATE.year)

    def date_order(self, start_field: str, start: date | None, end_field: str,
                   end: date | None) -> None:
        if start and end and end < start:
            self.error(end_field, QT_TRANSLATE_NOOP(
                "validation", "{end} is before {start_field} {start}; the end must be on or "
                              "after the start"),
                end=end.isoformat(), start_field=start_field, start=start.isoformat())

    def code(self, field: str, value: str, known: dict[str, str] | tuple[str, ...], what: str,
             *, required: bool = True) -> None:
        if not value:
            if required:
                self.error(field, QT_TRANSLATE_NOOP("validation", "is required: choose a {what}"),
                           ("what",), what=what)
            return
        if value not in known:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "'{value}' is not a known {what}; use one of: {codes}"), ("what",),
                value=value, what=what,
                codes=f"{', '.join(sorted(known)[:12])}{' …' if len(known) > 12 else ''}")

    def codes(self, field: str, values: tuple[str, ...], known: dict[str, str] | tuple[str, ...],
              what: str) -> None:
        for value in values:
            self.code(field, value, known, what)
        if len(set(values)) != len(values):
            self.error(field, QT_TRANSLATE_NOOP("validation", "lists the same value twice; list "
                                                              "each once"))

    def programme_and_country(self, programme: str, country: str, objective: str = "") -> None:
        self.code("programme", programme, self.ref.programmes, PROGRAMME)
        self.code("country", country, self.ref.countries, COUNTRY)
        known = self.ref.programmes.get(programme)
        if known and country in self.ref.countries and country not in known.countries:
            self.error("country", QT_TRANSLATE_NOOP(
                "validation", "{country} ({name}) is not a country of {programme}; its countries "
                              "are {countries}"),
                country=country, name=self.ref.countries[country], programme=programme,
                countries=", ".join(sorted(known.countries)))
        own = self.ref.writable_country
        if own and country in self.ref.countries and country != own:
            self.error("country", QT_TRANSLATE_NOOP(
                "validation", "this laptop is enrolled for {own_name} ({own}); records of {name} "
                              "are entered by its own officers or by HQ"),
                own_name=self.ref.countries.get(own, own), own=own,
                name=self.ref.countries[country])
        if known and objective and objective not in known.objectives:
            self.error("objective", QT_TRANSLATE_NOOP(
                "validation", "'{objective}' is not one of the {framework}s of {programme}; use "
                              "one of {objectives}"),
                objective=objective, framework=known.framework, programme=programme,
                objectives=", ".join(known.objectives))

    def score(self, field: str, value: float | None) -> None:
        if value is None:
            return
        if value != value or not 0 <= value <= 100:  # value != value: NaN
            self.error(field, QT_TRANSLATE_NOOP("validation", "is {value}; scores are averages "
                                                              "between 0 and 100"), value=value)

    def amount(self, field: str, value: Decimal, currency: str, *, positive: bool = False) -> None:
        if not value.is_finite():
            self.error(field, QT_TRANSLATE_NOOP("validation", "must be a number"))
            return
        if value < 0 or (positive and value == 0):
            self.error(field, QT_TRANSLATE_NOOP("validation", "is {value}; it must be above zero")
                       if positive else
                       QT_TRANSLATE_NOOP("validation", "is {value}; it must be at least zero"),
                       value=value)
        if value >= MAX_AMOUNT:
            self.error(field, QT_TRANSLATE_NOOP("validation", "is {value:,}; that is beyond any "
                                                              "grant, check the figure"),
                       value=value)
        found = self.ref.currencies.get(currency)
        if found and decimal_places(value) > found.minor_units:
            self.error(field, QT_TRANSLATE_NOOP(
                "validation", "{value} has {places} decimals but {currency} has {units}; round "
                              "it to {units} decimals"),
                value=value, places=decimal_places(value), currency=currency,
                units=found.minor_units)


def validate_consultation(rec: Consultation, ref: Reference) -> list[Problem]:
    c = _Checker(ref)
    c.programme_and_country(rec.programme, rec.country, rec.objective)
    c.a_date("date", rec.date, required=True)
    c.text("title", rec.title)
    c.code("type", rec.type, ref.consultation_types, CONSULTATION_TYPE)
    c.text("place", rec.place)
    for sex in ("female", "male", "other"):
        c.count(f"participants_{sex}", getattr(rec, f"participants_{sex}"))
    c.codes("pillars", rec.pillars, ref.pillars, PILLAR)
    c.codes("target_groups", rec.target_groups, ref.target_groups, TARGET_GROUP)
    c.text("summary", rec.summary, limit=LONG_TEXT)
    seen: set[tuple[str, str]] = set()
    for i, cp in enumerate(rec.counterparts, 1):
        c.text(f"counterparts[{i}].organisation", cp.organisation, required=True,
               no_semicolon=True)
        c.code(f"counterparts[{i}].type", cp.type, ref.counterpart_types, COUNTERPART_TYPE)
        key = (cp.organisation.strip().casefold(), cp.type)
        if key in seen:
            c.error(f"counterparts[{i}]", QT_TRANSLATE_NOOP(
                "validation", "'{organisation}' is listed twice; list it once"),
                organisation=cp.organisation)
        seen.add(key)
    for i, fu in enumerate(rec.follow_ups, 1):
        c.text(f"follow_ups[{i}].action", fu.action, required=True, limit=2000)
        c.text(f"follow_ups[{i}].owner", fu.owner)
        c.a_date(f"follow_ups[{i}].due_date", fu.due_date)
        c.code(f"follow_ups[{i}].status", fu.status, FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS)
    return c.problems


def validate_training(rec: Training, ref: Reference) -> list[Problem]:
    c = _Checker(ref)
    c.programme_and_country(rec.programme, rec.country, rec.objective)
    c.text("title", rec.title, required=True)
    c.code("pillar", rec.pillar, ref.pillars, PILLAR)
    for i, topic in enumerate(rec.topics, 1):
        c.text(f"topics[{i}]", topic, required=True, no_semicolon=True)
    c.a_date("start_date", rec.start_date, required=True)
    c.a_date("end_date", rec.end_date, required=True)
    c.date_order("start_date", rec.start_date, "end_date", rec.end_date)
    c.text("venue", rec.venue)
    c.code("delivery", rec.delivery, DELIVERY_MODES, DELIVERY_MODE)
    for name in ("participants_female", "participants_male", "participants_other",
                 "trainers_female", "trainers_male"):
        c.count(name, getattr(rec, name))
    c.score("pre_test_avg", rec.pre_test_avg)
    c.score("post_test_avg", rec.post_test_avg)
    c.codes("target_groups", rec.target_groups, ref.target_groups, TARGET_GROUP)
    c.text("notes", rec.notes, limit=LONG_TEXT)
    seen: set[str] = set()
    for i, inst in enumerate(rec.institutions, 1):
        c.code(f"institutions[{i}].institution_type", inst.institution_type,
               ref.counterpart_types, INSTITUTION_TYPE)
        if inst.institution_type in seen:
            c.error(f"institutions[{i}]", QT_TRANSLATE_NOOP(
                "validation", "'{institution}' appears twice; merge its counts into one row"),
                institution=inst.institution_type)
        seen.add(inst.institution_type)
        for sex in ("female", "male", "other"):
            c.count(f"institutions[{i}].{sex}", getattr(inst, sex))
    if rec.institutions and not any(p.field.startswith("institutions") for p in c.problems):
        for sex in ("female", "male", "other"):
            by_institution = sum(getattr(inst, sex) for inst in rec.institutions)
            total = getattr(rec, f"participants_{sex}")
            if by_institution != total:
                c.error(f"participants_{sex}", QT_TRANSLATE_NOOP(
                    "validation", "is {total} but the institutions add up to {by_institution}; "
                                  "correct the total or the breakdown so they agree"),
                    total=total, by_institution=by_institution)
    return c.problems


def validate_grant(rec: Grant, ref: Reference) -> list[Problem]:
    c = _Checker(ref)
    c.programme_and_country(rec.programme, rec.country)
    c.text("grantee", rec.grantee, required=True)
    c.text("agreement_ref", rec.agreement_ref)
    c.code("currency", rec.currency, {k: v.name for k, v in ref.currencies.items()},
           CURRENCY)
    c.amount("committed_amount", rec.committed_amount, rec.currency)
    c.a_date("start_date", rec.start_date, required=True)
    c.a_date("end_date", rec.end_date, required=True)
    c.date_order("start_date", rec.start_date, "end_date", rec.end_date)
    c.code("status", rec.status, GRANT_STATUSES, GRANT_STATUS)
    c.codes("services", rec.services, SERVICES, SERVICE)
    for column in ASSISTED_COLUMNS:
        c.count(column, rec.assisted.get(column, 0))
    unknown = set(rec.assisted) - set(ASSISTED_COLUMNS)
    if unknown:
        c.error("assisted", QT_TRANSLATE_NOOP("validation", "unknown counts {names}"),
                names=", ".join(sorted(unknown)))
    c.count("assisted_with_disability", rec.assisted_with_disability)
    if isinstance(rec.assisted_with_disability, int) and \
            rec.assisted_with_disability > rec.assisted_total:
        c.error("assisted_with_disability", QT_TRANSLATE_NOOP(
            "validation", "is {count} but only {total} people were assisted in all; it counts "
                          "people among them"),
            count=rec.assisted_with_disability, total=rec.assisted_total)
    c.text("notes", rec.notes, limit=LONG_TEXT)
    for i, tranche in enumerate(rec.tranches, 1):
        c.a_date(f"tranches[{i}].date", tranche.date, required=True)
        c.amount(f"tranches[{i}].amount", tranche.amount, rec.currency, positive=True)
        c.text(f"tranches[{i}].reference", tranche.reference)
        if tranche.date and rec.start_date and tranche.date < rec.start_date:
            c.error(f"tranches[{i}].date", QT_TRANSLATE_NOOP(
                "validation", "{date} is before the grant starts ({start}); correct the date or "
                              "the grant's start"),
                date=tranche.date.isoformat(), start=rec.start_date.isoformat())
    disbursed = rec.disbursed_amount
    if rec.committed_amount.is_finite() and disbursed.is_finite() and \
            disbursed > rec.committed_amount:
        c.warn("tranches", QT_TRANSLATE_NOOP(
            "validation", "{disbursed} {currency} disbursed is more than the {committed} "
                          "{currency} committed"),
            disbursed=disbursed, currency=rec.currency, committed=rec.committed_amount)
    for i, report in enumerate(rec.reports, 1):
        c.code(f"reports[{i}].kind", report.kind, REPORT_KINDS, REPORT_KIND)
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
    problem = device_name_check(name)
    return None if problem is None else problem.message


def device_name_check(name: str) -> Problem | None:
    """Why a laptop name is not acceptable (a Problem the window can translate), or None."""
    c = _Checker()
    name = name.strip()
    if not name:
        c.error("device_name", QT_TRANSLATE_NOOP("validation", "Give this laptop a name, e.g. "
                                                               "'Nepalgunj laptop 2'"))
    elif len(name) > 120:
        c.error("device_name", QT_TRANSLATE_NOOP("validation", "The name is {length} characters "
                                                               "long; use 120 or fewer"),
                length=len(name))
    return c.problems[0] if c.problems else None
