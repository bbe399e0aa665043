"""Exact money: amounts are Decimals, never floats, with at most the currency's minor units."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Amounts are stored as integers scaled by 10^AMOUNT_SCALE: exact, summable in SQL, and wide
# enough for every ISO 4217 currency (the most minor units any has is 4).
AMOUNT_SCALE = 4
MAX_AMOUNT = Decimal(10) ** 14  # far above any grant, far below the 64-bit integer limit


class AmountError(ValueError):
    pass


# Commas are accepted only as thousands separators in whole groups: "12,500.50". A decimal
# comma ("12,50") is refused rather than read as 1250.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def parse_amount(text: str) -> Decimal:
    """Parse "12500", "12500.50" or "12,500.50" into a Decimal; raise AmountError otherwise."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise AmountError("empty")
    if "," in cleaned:
        if not _THOUSANDS.fullmatch(cleaned):
            raise AmountError(f"'{text}' is not an amount: use a point for decimals, "
                              "for example 12500.50")
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise AmountError(f"'{text}' is not a number") from None
    if not value.is_finite():
        raise AmountError(f"'{text}' is not a finite number")
    return value


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def to_scaled_int(value: Decimal) -> int:
    return int(value.scaleb(AMOUNT_SCALE).to_integral_exact())


def from_scaled_int(value: int) -> Decimal:
    return Decimal(value).scaleb(-AMOUNT_SCALE).normalize() if value else Decimal(0)


def format_amount(value: Decimal, minor_units: int) -> str:
    """Plain text with exactly the currency's minor units: 12500 -> "12500.00"."""
    quantum = Decimal(1).scaleb(-minor_units)
    return str(value.quantize(quantum))
