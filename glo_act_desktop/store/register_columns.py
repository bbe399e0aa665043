"""The registers as the window holds them, without the register queries (and SQLAlchemy): the
columns each shows, by key, in display order, and the rows of a page. The queries in
store/repositories/registers.py have one column for each key (a test checks they agree)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from glo_act_desktop.domain.money import from_scaled_int

REGISTER_COLUMNS = {
    "consultations": ("date", "country", "programme", "type", "title", "place", "outside_capital",
                      "women", "men", "other"),
    "trainings": ("start", "end", "country", "programme", "title", "pillar", "delivery", "women",
                  "men", "other"),
    "grants": ("start", "end", "country", "programme", "grantee", "status", "currency",
               "committed", "disbursed", "assisted"),
}


@dataclass(frozen=True)
class RegisterRow:
    id: str
    values: tuple[Any, ...]  # in the order of REGISTER_COLUMNS[kind]


@dataclass(frozen=True)
class RegisterPage:
    rows: list[RegisterRow]
    after: tuple[Any, str] | None  # where the next page starts; None when this was the last


def read_first_page(read_rows: Callable[[str], list[tuple]], kind: str
                    ) -> tuple[int, RegisterPage]:
    """The register's count and its first page in its default order (newest first, no
    filters), read with plain SQL (`Database.read_rows`): what the queries of
    store/repositories/registers.py give, without importing them. For a window's start."""
    from glo_act_desktop.store.first_pages import CONVERSIONS, COUNT_SQL, FIRST_PAGE_SQL, PAGE_SIZE

    (total,), = read_rows(COUNT_SQL[kind])
    convert = [_CONVERSIONS[name] if name else None for name in CONVERSIONS[kind]]
    rows = [RegisterRow(row[0], tuple(value if how is None or value is None else how(value)
                                      for how, value in zip(convert, row[1:])))
            for row in read_rows(FIRST_PAGE_SQL[kind])]
    page, more = rows[:PAGE_SIZE], len(rows) > PAGE_SIZE
    return total, RegisterPage(page, (page[-1].values[0], page[-1].id) if more else None)


_CONVERSIONS: dict[str, Callable[[Any], Any]] = {
    "date": date.fromisoformat, "bool": bool, "scaled": lambda value: from_scaled_int(int(value)),
}
