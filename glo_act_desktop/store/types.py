"""Column types that keep values exact and portable across SQLite and other engines."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.types import TypeDecorator

from glo_act_desktop.domain.money import from_scaled_int, to_scaled_int

LIST_SEPARATOR = ";"


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer of 10^-4 units: exact, and SUM() stays exact in SQL."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else to_scaled_int(Decimal(value))

    def process_result_value(self, value, dialect):
        return None if value is None else from_scaled_int(int(value))


class TextList(TypeDecorator[tuple]):
    """An ordered list of codes or short texts stored as 'a;b;c' (validation forbids ';' inside)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return LIST_SEPARATOR.join(value) if value else ""

    def process_result_value(self, value, dialect):
        return tuple(value.split(LIST_SEPARATOR)) if value else ()


@lru_cache(maxsize=64)  # a batch write stamps thousands of rows with the same instant
def _utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as ISO 8601 text with a Z, sortable as text."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else _utc_text(value)

    def process_result_value(self, value, dialect):
        # fromisoformat reads the trailing Z as UTC (Python 3.11+), 50 times faster than
        # strptime: loading 200,000 records reads 400,000 of these.
        return None if value is None else datetime.fromisoformat(value)
