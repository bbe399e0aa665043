"""What an officer narrows a register or the follow-ups list to. Pure data: the store turns it into
SQL, the filter bar into widgets, the dashboard into a click-through."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

ANY, YES, NO = "any", "yes", "no"  # outside capital


@dataclass(frozen=True)
class Filters:
    text: str = ""                  # substring of title, place, notes, grantee, counterparts
    programme: str | None = None    # programme code
    country: str | None = None      # ISO code
    pillar: str | None = None       # pillar code (trainings' pillar, consultations' pillars)
    date_from: date | None = None   # inclusive; the record's date (start for trainings, grants)
    date_to: date | None = None     # inclusive
    outside_capital: str = ANY      # ANY, YES or NO
    status: str | None = None       # grant status, or follow-up status
    overdue: bool = False           # follow-ups and grant reports past due and not done

    def search_text(self) -> str:
        """The free text as it is matched: surrounding space removed."""
        return self.text.strip()

    def is_empty(self) -> bool:
        return self == Filters()

    def with_(self, **changes) -> "Filters":
        return replace(self, **changes)
