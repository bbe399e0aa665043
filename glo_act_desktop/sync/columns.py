"""What a replicated table's columns may hold, in SQLite's stored form, as bundles carry them.

Bundles carry values exactly as the database stores them (dates as YYYY-MM-DD text, instants as
UTC ISO text with a Z, amounts as integers of 10^-4 units, lists as "a;b" text, booleans as 0/1),
so applying a change writes what it read without converting. Every received value is checked here
against its column before anything is written: type, length, form, no NUL, finite numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text

from glo_act_desktop.store.models import REPLICATED_TABLES
from glo_act_desktop.store.types import ScaledDecimal, TextList, UTCDateTime

MAX_TEXT = 100_000  # characters in a Text column
MAX_INT = 2**53  # counts and amounts beyond this are not real
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Record ids are UUIDs; child ids derived from their parent are hex digests in the same shape.
ROW_ID = re.compile(r"[0-9a-z][0-9a-z-]{0,35}")


class BadValue(ValueError):
    pass


Check = Callable[[Any], str | None]  # None when the value is fine, else what is wrong


def _text(limit: int, nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "is empty (null)"
        if not isinstance(value, str):
            return f"is {type(value).__name__}, not text"
        if len(value) > limit:
            return f"is {len(value):,} characters long; the limit is {limit:,}"
        if "\x00" in value:
            return "holds a NUL character"
        return None
    return check


def _int(nullable: bool, low: int = -MAX_INT) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "is empty (null)"
        if isinstance(value, bool) or not isinstance(value, int):
            return f"is {type(value).__name__}, not a whole number"
        if not low <= value <= MAX_INT:
            return f"is {value}, out of range"
        return None
    return check


def _float(nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "is empty (null)"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"is {type(value).__name__}, not a number"
        if not math.isfinite(value):
            return "is not a finite number"
        return None
    return check


def _bool(nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "is empty (null)"
        return None if value in (0, 1) and not isinstance(value, float) else "is not 0 or 1"
    return check


def _formatted(pattern: re.Pattern[str], parse: Callable[[str], Any], what: str,
               nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else "is empty (null)"
        if not isinstance(value, str) or not pattern.fullmatch(value):
            return f"is not {what}"
        try:
            parse(value)
        except ValueError:
            return f"is not {what}"
        return None
    return check


def _check_for(column: Any) -> Check:
    kind, nullable = column.type, column.nullable
    if isinstance(kind, UTCDateTime):
        return _formatted(_UTC, datetime.fromisoformat, "an instant like 2025-03-14T09:30:00.000000Z",
                          nullable)
    if isinstance(kind, ScaledDecimal):
        return _int(nullable)
    if isinstance(kind, TextList):
        return _text(MAX_TEXT, nullable)
    if isinstance(kind, Boolean):
        return _bool(nullable)
    if isinstance(kind, Date):
        return _formatted(_DATE, date.fromisoformat, "a date like 2025-03-14", nullable)
    if isinstance(kind, Float):
        return _float(nullable)
    if isinstance(kind, Integer):
        return _int(nullable)
    if isinstance(kind, String) and kind.length:
        return _text(kind.length, nullable)
    if isinstance(kind, (String, Text)):
        return _text(MAX_TEXT, nullable)
    raise TypeError(f"no check for column {column}")


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: tuple[str, ...]  # every column but id and deleted: what versions are kept for
    checks: tuple[Check, ...]
    parent: tuple[str, str] | None  # (parent column, parent table) for child tables

    def stored_columns(self) -> tuple[str, ...]:
        return ("id", "deleted", *self.columns)


@lru_cache(maxsize=None)
def spec(table_name: str) -> TableSpec:
    table = REPLICATED_TABLES[table_name]
    columns = tuple(c.name for c in table.columns if c.name not in ("id", "deleted"))
    checks = tuple(_check_for(table.c[name]) for name in columns)
    parent = None
    for fk in table.foreign_keys:
        if fk.column.table.name in REPLICATED_TABLES:
            parent = (fk.parent.name, fk.column.table.name)
    if table_name == "attachments":
        parent = ("record_id", "*")
    return TableSpec(table_name, table, columns, checks, parent)


def problems(table_spec: TableSpec, values: dict[str, Any]) -> list[str]:
    """What is wrong with a received row's values (field by field)."""
    found = []
    for column, check in zip(table_spec.columns, table_spec.checks):
        problem = check(values.get(column))
        if problem:
            found.append(f"{column} {problem}")
    return found


# Reference tables travel from HQ to laptops whole, upserted by their codes.
REFERENCE_TABLE_NAMES = ("countries", "currencies", "programmes", "programme_countries",
                         "programme_objectives", "pillars", "counterpart_types", "target_groups",
                         "consultation_types")


@dataclass(frozen=True)
class ReferenceSpec:
    name: str
    columns: tuple[str, ...]
    checks: tuple[Check, ...]
    key: tuple[str, ...]


@lru_cache(maxsize=None)
def reference_spec(table_name: str) -> ReferenceSpec:
    from glo_act_desktop.store.models import Base

    table = Base.metadata.tables[table_name]
    columns = tuple(c.name for c in table.columns)
    return ReferenceSpec(table_name, columns, tuple(_check_for(table.c[c]) for c in columns),
                         tuple(c.name for c in table.primary_key.columns))


def reference_problems(ref: ReferenceSpec, values: dict[str, Any]) -> list[str]:
    found = []
    for column, check in zip(ref.columns, ref.checks):
        problem = check(values.get(column))
        if problem:
            found.append(f"{column} {problem}")
        elif column in ref.key and not values.get(column):
            found.append(f"{column} is empty")
    return found
