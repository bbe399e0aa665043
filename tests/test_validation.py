"""Domain rules: each names the field and the fix; warnings do not block."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from glo_act_desktop.domain.records import InstitutionCount, Tranche
from glo_act_desktop.domain.validation import errors, validate
from tests import factories


@pytest.fixture(scope="module")
def ref(tmp_path_factory):
    from glo_act_desktop.services.context import AppContext
    ctx = AppContext.open(tmp_path_factory.mktemp("ref"))
    yield ctx.reference
    ctx.close()


def fields_of(problems):
    return {p.field for p in errors(problems)}


def test_the_factories_are_valid(ref):
    for rec in (factories.consultation(), factories.training(), factories.grant()):
        assert errors(validate(rec, ref)) == []


@pytest.mark.parametrize("make, changes, field, words", [
    (factories.training, {"end_date": date(2025, 5, 1)}, "end_date", "before start_date"),
    (factories.grant, {"end_date": date(2024, 12, 31)}, "end_date", "on or after the start"),
    (factories.consultation, {"participants_male": -1}, "participants_male", "negative"),
    (factories.consultation, {"country": "FR"}, "country", "not a country of GLOACT-SA"),
    (factories.consultation, {"country": "XX"}, "country", "not a known country"),
    (factories.consultation, {"programme": "NOPE"}, "programme", "not a known programme"),
    (factories.consultation, {"date": None}, "date", "required"),
    (factories.consultation, {"date": date(2525, 1, 1)}, "date", "check the year"),
    (factories.consultation, {"type": "party"}, "type", "consultation type"),
    (factories.consultation, {"pillars": ("policy", "policy")}, "pillars", "twice"),
    (factories.consultation, {"objective": "PROTECT.OC1"}, "objective", "outcomes of GLOACT-SA"),
    (factories.training, {"post_test_avg": 140.0}, "post_test_avg", "between 0 and 100"),
    (factories.training, {"pre_test_avg": float("nan")}, "pre_test_avg", "between 0 and 100"),
    (factories.training, {"title": "  "}, "title", "required"),
    (factories.training, {"delivery": "by pigeon"}, "delivery", "delivery mode"),
    (factories.training, {"participants_female": 11}, "participants_female", "add up to 10"),
    (factories.grant, {"committed_amount": Decimal("10.005")}, "committed_amount",
     "round it to 2 decimals"),
    (factories.grant, {"currency": "XYZ"}, "currency", "ISO 4217"),
    (factories.grant, {"status": "lost"}, "status", "grant status"),
    (factories.grant, {"assisted_with_disability": 99}, "assisted_with_disability",
     "people among them"),
    (factories.grant, {"tranches": [Tranche(date(2024, 6, 1), Decimal(5))]}, "tranches[1].date",
     "before the grant starts"),
    (factories.grant, {"tranches": [Tranche(date(2025, 6, 1), Decimal(0))]},
     "tranches[1].amount", "above zero"),
])
def test_rules_name_the_field_and_the_fix(ref, make, changes, field, words):
    problems = errors(validate(make(**changes), ref))
    assert field in {p.field for p in problems}, problems
    message = next(p.message for p in problems if p.field == field)
    assert words in message


def test_three_decimals_are_fine_for_a_three_decimal_currency(ref):
    rec = factories.grant(country="LK", currency="IQD", committed_amount=Decimal("10.005"),
                          tranches=[])
    assert errors(validate(rec, ref)) == []


def test_disbursed_beyond_committed_is_a_warning_not_an_error(ref):
    rec = factories.grant(committed_amount=Decimal("100.00"),
                          tranches=[Tranche(date(2025, 3, 1), Decimal("150.00"))])
    problems = validate(rec, ref)
    assert errors(problems) == []
    assert [p.field for p in problems if p.severity == "warning"] == ["tranches"]


def test_regional_country_is_accepted(ref):
    assert errors(validate(factories.consultation(country="IN", objective=""), ref)) == []


def test_duplicate_institution_rows_are_refused(ref):
    rec = factories.training(institutions=[InstitutionCount("police_border", 5, 7),
                                           InstitutionCount("police_border", 5, 7)],
                             participants_female=10, participants_male=14)
    assert "institutions[2]" in fields_of(validate(rec, ref))


@given(female=st.integers(-5, 2_000_000), male=st.integers(-5, 50))
def test_count_rule_is_exactly_zero_to_a_million(ref, female, male):
    rec = factories.consultation(participants_female=female, participants_male=male)
    bad = fields_of(validate(rec, ref))
    assert ("participants_female" in bad) == (not 0 <= female <= 1_000_000)
    assert ("participants_male" in bad) == (male < 0)


@given(score=st.floats(allow_nan=True, allow_infinity=True))
def test_score_rule_accepts_exactly_0_to_100(ref, score):
    rec = factories.training(pre_test_avg=score)
    assert ("pre_test_avg" in fields_of(validate(rec, ref))) == (not 0 <= score <= 100)


def test_unreadable_tranche_amount_is_an_error_not_a_crash(ref):
    rec = factories.grant(tranches=[Tranche(date(2025, 3, 1), Decimal("NaN"))])
    assert "tranches[1].amount" in fields_of(validate(rec, ref))
