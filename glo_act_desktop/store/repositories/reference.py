"""Reference data as one snapshot for validation, sheets and reports.

Read in plain SQL through a function that runs one SELECT and returns its rows, so that the
window's first screen can read it before SQLAlchemy is imported (`Database.read_rows`);
`load_reference(session)` reads the same SQL inside a session's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from glo_act_desktop.domain.reference import Currency, Programme, Reference

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Rows = Callable[[str], Sequence[Sequence]]

VOCABULARIES = ("pillars", "counterpart_types", "target_groups", "consultation_types")  # tables


def _vocabulary(rows: Rows, table: str) -> dict[str, str]:
    return {code: name for code, name in rows(f"SELECT code, name FROM {table} ORDER BY position")}


def read_reference(rows: Rows) -> Reference:
    """The snapshot, from `rows(sql)`: the rows one SELECT returns."""
    countries_of: dict[str, dict[str, str]] = {}
    for programme, country, role in rows(
            "SELECT programme, country, role FROM programme_countries"):
        countries_of.setdefault(programme, {})[country] = role
    objectives_of: dict[str, dict[str, str]] = {}
    for programme, code, title in rows(
            "SELECT programme, code, title FROM programme_objectives ORDER BY position"):
        objectives_of.setdefault(programme, {})[code] = title
    programmes = {
        code: Programme(code, name, start_year, end_year, framework,
                        countries_of.get(code, {}), objectives_of.get(code, {}))
        for code, name, start_year, end_year, framework in rows(
            "SELECT code, name, start_year, end_year, framework FROM programmes ORDER BY code")
    }
    return Reference(
        programmes=programmes,
        countries={code: name for code, name in rows(
            "SELECT code, name FROM countries ORDER BY code")},
        currencies={code: Currency(code, name, minor_units) for code, name, minor_units in rows(
            "SELECT code, name, minor_units FROM currencies ORDER BY code")},
        **{table: _vocabulary(rows, table) for table in VOCABULARIES},  # fields named alike
    )


def load_reference(session: Session) -> Reference:
    return read_reference(lambda sql: session.connection().exec_driver_sql(sql).all())
