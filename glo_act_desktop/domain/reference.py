"""A read-only snapshot of the reference data, loaded from the database by the store.

Validation, sheet import and reports take this snapshot instead of querying, so the rules stay
pure and testable.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Programme:
    code: str
    name: str
    start_year: int
    end_year: int
    framework: str  # what its results are called: "objective", "pillar" or "outcome"
    countries: dict[str, str] = field(default_factory=dict)  # country code -> "core" | "regional"
    objectives: dict[str, str] = field(default_factory=dict)  # objective code -> title


@dataclass(frozen=True)
class Currency:
    code: str
    name: str
    minor_units: int


@dataclass(frozen=True)
class Reference:
    programmes: dict[str, Programme]
    countries: dict[str, str]
    currencies: dict[str, Currency]
    pillars: dict[str, str]
    counterpart_types: dict[str, str]
    target_groups: dict[str, str]
    consultation_types: dict[str, str]
    # The one country this device may write records of (an enrolled field laptop), or None.
    writable_country: str | None = None

    def programme_countries(self, programme: str) -> dict[str, str]:
        found = self.programmes.get(programme)
        return found.countries if found else {}
