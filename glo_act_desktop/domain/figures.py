"""Key figures of a scope, as plain data: what the dashboard shows and the period summary prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class MoneyLine:
    currency: str
    committed: Decimal
    disbursed: Decimal

    @property
    def balance(self) -> Decimal:
        return self.committed - self.disbursed


@dataclass(frozen=True)
class KeyFigures:
    consultations: int = 0
    consultations_outside_capital: int = 0
    trainings: int = 0
    trainings_outside_capital: int = 0
    trained_by_sex: dict[str, int] = field(default_factory=dict)  # female, male, other
    grants: int = 0
    money: tuple[MoneyLine, ...] = ()
    assisted: dict[str, int] = field(default_factory=dict)  # assisted_<sex>_<age>_<kind> -> n
    assisted_with_disability: int = 0
    follow_ups_overdue: int = 0
    reports_overdue: int = 0

    @property
    def trained_total(self) -> int:
        return sum(self.trained_by_sex.values())

    @property
    def women_share(self) -> float | None:
        """Share of women among people trained, or None when nobody was trained."""
        return self.trained_by_sex.get("female", 0) / self.trained_total \
            if self.trained_total else None

    @property
    def activities(self) -> int:
        return self.consultations + self.trainings

    @property
    def outside_capital_share(self) -> float | None:
        outside = self.consultations_outside_capital + self.trainings_outside_capital
        return outside / self.activities if self.activities else None

    @property
    def assisted_total(self) -> int:
        return sum(self.assisted.values())

    def assisted_by(self, *, sex: str | None = None, age: str | None = None,
                    kind: str | None = None) -> int:
        """People assisted, summed over whatever is not named."""
        total = 0
        for column, count in self.assisted.items():
            _, c_sex, c_age, c_kind = column.split("_", 3)
            if (sex in (None, c_sex)) and (age in (None, c_age)) and (kind in (None, c_kind)):
                total += count
        return total
