"""Closed vocabularies that shape the data model (columns, totals, states).

Open vocabularies that HQ extends (programmes, countries, pillars, counterpart types, target groups,
consultation types, currencies) are reference data in the database, not here.
Labels are English source text; the UI translates them in the "vocab" context.
"""

from __future__ import annotations

from typing import Final

SEXES: Final = ("female", "male", "other")
SEX_LABELS: Final = {"female": "Female", "male": "Male", "other": "Other or not recorded"}

AGE_GROUPS: Final = ("child", "adult")
AGE_LABELS: Final = {"child": "Child (under 18)", "adult": "Adult"}

ASSISTED_KINDS: Final = ("trafficking", "smuggled", "vulnerable")
ASSISTED_KIND_LABELS: Final = {
    "trafficking": "Victim of trafficking",
    "smuggled": "Smuggled migrant",
    "vulnerable": "Vulnerable migrant",
}

DELIVERY_MODES: Final = ("in_person", "online", "blended")
DELIVERY_LABELS: Final = {"in_person": "In person", "online": "Online", "blended": "Blended"}

GRANT_STATUSES: Final = ("pipeline", "active", "suspended", "closed")
GRANT_STATUS_LABELS: Final = {
    "pipeline": "Pipeline", "active": "Active", "suspended": "Suspended", "closed": "Closed",
}

SERVICES: Final = ("shelter", "medical", "legal_aid", "psychosocial", "reintegration", "return")
SERVICE_LABELS: Final = {
    "shelter": "Shelter", "medical": "Medical care", "legal_aid": "Legal aid",
    "psychosocial": "Psychosocial support", "reintegration": "Reintegration",
    "return": "Assisted return",
}

FOLLOW_UP_STATUSES: Final = ("open", "in_progress", "done", "dropped")
FOLLOW_UP_STATUS_LABELS: Final = {
    "open": "Open", "in_progress": "In progress", "done": "Done", "dropped": "Dropped",
}

REPORT_KINDS: Final = ("narrative", "financial", "final")
REPORT_KIND_LABELS: Final = {
    "narrative": "Narrative report", "financial": "Financial report", "final": "Final report",
}

RECORD_KINDS: Final = ("consultations", "trainings", "grants")


def assisted_column(sex: str, age: str, kind: str) -> str:
    """Name of one people-assisted count: assisted_<sex>_<age>_<kind>."""
    return f"assisted_{sex}_{age}_{kind}"


ASSISTED_COLUMNS: Final = tuple(
    assisted_column(sex, age, kind)
    for sex in SEXES for age in AGE_GROUPS for kind in ASSISTED_KINDS
)
