"""What a report or an export covers: a programme and/or country and a date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from glo_act_desktop.domain.reference import Reference


@dataclass(frozen=True)
class Scope:
    programme: str | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def problems(self, ref: Reference) -> list[str]:
        found = []
        if self.programme and self.programme not in ref.programmes:
            found.append(f"programme '{self.programme}' is not known; use one of "
                         f"{', '.join(ref.programmes)}")
        if self.country and self.country not in ref.countries:
            found.append(f"country '{self.country}' is not an ISO 3166-1 alpha-2 code")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            found.append(f"--from {self.date_from.isoformat()} is after --to "
                         f"{self.date_to.isoformat()}")
        return found

    def describe(self) -> str:
        parts = [self.programme or "all programmes", self.country or "all countries"]
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        return ", ".join(str(p) for p in parts)
