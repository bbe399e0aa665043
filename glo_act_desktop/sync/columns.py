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


def _fast_expression(column: Any, v: str, env: dict[str, Any]) -> str | None:
    """A Python expression that is true only for a value of `v` that `_check_for(column)`
    accepts and that is no integer beyond 64 bits: the common forms, tested inline. False says
    nothing: the value is then checked the full way. None: no fast test for this type."""
    kind, nullable = column.type, column.nullable
    if isinstance(kind, (UTCDateTime, Date)) and not isinstance(kind, (ScaledDecimal, TextList,
                                                                       Boolean)):
        pattern, parse = ((_UTC, datetime.fromisoformat) if isinstance(kind, UTCDateTime)
                          else (_DATE, date.fromisoformat))
        good: set[str] = set()  # values already found well-formed (bounded)

        def valid(value: str) -> bool:
            if not pattern.fullmatch(value):
                return False
            try:
                parse(value)
            except ValueError:
                return False
            if len(good) >= 256:
                good.clear()
            good.add(value)
            return True

        env[f"good_{v}"], env[f"valid_{v}"] = good, valid
        test = f"(type({v}) is str and ({v} in good_{v} or valid_{v}({v})))"
    elif isinstance(kind, ScaledDecimal):
        test = f"(type({v}) is int and {-MAX_INT} <= {v} <= {MAX_INT})"
    elif isinstance(kind, TextList):
        test = f"(type({v}) is str and len({v}) <= {MAX_TEXT} and NUL not in {v})"
    elif isinstance(kind, Boolean):
        test = f"(type({v}) is int and 0 <= {v} <= 1)"
    elif isinstance(kind, Date):
        return None  # (a Date that is also an earlier type: not among our columns)
    elif isinstance(kind, Float):
        test = (f"((type({v}) is float and -inf < {v} < inf) or "
                f"(type({v}) is int and {-2**63} <= {v} < {2**63}))")
    elif isinstance(kind, Integer):
        test = f"(type({v}) is int and {-MAX_INT} <= {v} <= {MAX_INT})"
    elif isinstance(kind, (String, Text)):
        limit = kind.length if isinstance(kind, String) and kind.length else MAX_TEXT
        test = f"(type({v}) is str and len({v}) <= {limit} and NUL not in {v})"
    else:
        return None
    return f"({v} is None or {test})" if nullable else test


def _fast_check(columns: list[Any]) -> Callable[[list[Any]], bool]:
    """One function testing a whole row's values (a list in column order) inline; see
    `_fast_expression`. True: every value passes its column's check."""
    env: dict[str, Any] = {"NUL": "\x00", "inf": math.inf}
    names = [f"v{i}" for i in range(len(columns))]
    tests = [_fast_expression(column, name, env) for column, name in zip(columns, names)]
    if not columns or any(test is None for test in tests):
        return lambda values: False
    source = (f"def fast(values):\n    {', '.join(names)}, = values\n"
              f"    return bool({' and '.join(tests)})\n")
    exec(compile(source, "<sync.columns fast check>", "exec"), env)  # noqa: S102 (our own text)
    return env["fast"]


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: tuple[str, ...]  # every column but id and deleted: what versions are kept for
    checks: tuple[Check, ...]
    parent: tuple[str, str] | None  # (parent column, parent table) for child tables
    # values in column order -> True if every check passes and no integer is beyond 64 bits
    # (False: run the checks one by one for what is wrong)
    fast_check: Callable[[list[Any]], bool] = lambda values: False

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
    return TableSpec(table_name, table, columns, checks, parent,
                     _fast_check([table.c[name] for name in columns]))


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
