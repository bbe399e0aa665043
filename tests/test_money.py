"""Amounts typed by people: one parser for editors and sheets, exact, never guessing a comma."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from glo_act_desktop.domain.money import AmountError, from_scaled_int, parse_amount, to_scaled_int


@pytest.mark.parametrize("text, value", [
    ("12500", "12500"), ("12500.50", "12500.50"), ("12,500.50", "12500.50"),
    ("1,234,567", "1234567"), (" 12 500 ", "12500"), ("-3.25", "-3.25"), ("12,500.", "12500"),
])
def test_readable_amounts(text, value):
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["12,50", "1,2345", "12,5,00", ",500", "abc", "1e400x", "NaN",
                                  "Infinity", ""])
def test_ambiguous_or_unreadable_amounts_are_refused(text):
    with pytest.raises(AmountError):
        parse_amount(text)


def test_a_decimal_comma_is_explained():
    with pytest.raises(AmountError, match="use a point for decimals"):
        parse_amount("12,50")


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4,
                   allow_nan=False, allow_infinity=False))
def test_plain_and_grouped_text_read_the_same_and_survive_storage(value):
    assert parse_amount(f"{value:f}") == value
    assert parse_amount(f"{value:,f}") == value
    assert from_scaled_int(to_scaled_int(value)) == value
