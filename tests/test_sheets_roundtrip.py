"""Export then import is lossless, for any valid record, in CSV and XLSX; importing an unchanged
export again changes nothing. Plus what export covers (its scope) and how its cells look."""

from __future__ import annotations

import csv
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from glo_act_desktop.domain.records import (
    Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Training, Tranche,
    in_canonical_order,
)
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.validation import errors, validate
from glo_act_desktop.domain.vocab import (
    ASSISTED_COLUMNS, DELIVERY_MODES, FOLLOW_UP_STATUSES, GRANT_STATUSES, REPORT_KINDS, SERVICES,
)
from glo_act_desktop.services import sheets
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.records import delete_records, get_record, save_record
from glo_act_desktop.services.setup import init_device
from glo_act_desktop.services.sheets.template import seed_reference
from tests import factories
from tests.test_sheets_helpers import snapshot

REF = seed_reference()
KIND_OF = {Consultation: "consultations", Training: "trainings", Grant: "grants"}
SHEET_CHILDREN = {"consultations": ("follow_ups",), "trainings": ("institutions",),
                  "grants": ("tranches", "reports")}

AWKWARD = ["=SUM(A1:A3)", "+1", "-1", "@cmd", "\tx", "\rx", "'hello", "''=x", "'=x",
           'say "hi", then', "line1\nline2", "a\r\nb", "नेपाल", "বাংলা", "سلام", "_x000D_",
           "_x005F_", "#N/A", " spaced ", "007", "1e5", "2025-03-14", "yes", "a;b", "\x85\x7f",
           "\u2028", "\ufeffx"]
CHARACTERS = st.characters(exclude_categories=("Cs", "Cc", "Cn"), include_characters="\t\n\r")
TEXT = st.lists(st.one_of(st.sampled_from(AWKWARD), st.text(CHARACTERS, max_size=12)),
                max_size=3).map("".join)
REQUIRED_TEXT = TEXT.filter(lambda t: t.strip())
# Items of a ';' list are trimmed on import: generate them as they come back.
ITEM = st.one_of(st.sampled_from(["=x", "-y", "নেপাল", "a [b]", "x]"]),
                 st.text(CHARACTERS, min_size=1, max_size=12)) \
    .map(lambda t: t.replace(";", ",").strip()).filter(bool)
DAY = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
COUNT = st.integers(0, 1_000_000)
SCORE = st.none() | st.floats(0, 100, allow_nan=False) | st.sampled_from([0.1 + 0.2, 48.5, 100.0])
IDS = st.just("")  # every example gets fresh ids (see fresh_ids), never one seen before


@st.composite
def scope_of(draw):
    programme = draw(st.sampled_from([p for p in REF.programmes.values() if p.countries]))
    country = draw(st.sampled_from(sorted(programme.countries)))
    objective = draw(st.sampled_from(["", *programme.objectives]))
    return programme.code, country, objective


def some(draw, values, max_size=3) -> tuple:
    return tuple(draw(st.lists(st.sampled_from(sorted(values)), max_size=max_size, unique=True)))


@st.composite
def consultations(draw):
    programme, country, objective = draw(scope_of())
    organisations = draw(st.lists(st.tuples(ITEM, st.sampled_from(sorted(REF.counterpart_types))),
                                  max_size=3, unique_by=lambda c: (c[0].casefold(), c[1])))
    return Consultation(
        programme=programme, country=country, date=draw(DAY), id=draw(IDS), title=draw(TEXT),
        type=draw(st.sampled_from(sorted(REF.consultation_types))), place=draw(TEXT),
        outside_capital=draw(st.booleans()), objective=objective,
        participants_female=draw(COUNT), participants_male=draw(COUNT),
        participants_other=draw(COUNT), pillars=some(draw, REF.pillars),
        target_groups=some(draw, REF.target_groups), summary=draw(TEXT),
        counterparts=[Counterpart(o, t) for o, t in organisations],
        follow_ups=[FollowUp(draw(REQUIRED_TEXT), draw(TEXT), draw(st.none() | DAY),
                             draw(st.sampled_from(FOLLOW_UP_STATUSES)), draw(IDS))
                    for _ in range(draw(st.integers(0, 3)))])


@st.composite
def trainings(draw):
    programme, country, objective = draw(scope_of())
    start = draw(DAY)
    share = st.integers(0, 300_000)  # at most three institutions: totals stay under the cap
    institutions = [InstitutionCount(kind, draw(share), draw(share), draw(share))
                    for kind in some(draw, REF.counterpart_types)]
    totals = {sex: sum(getattr(i, sex) for i in institutions) if institutions else draw(COUNT)
              for sex in ("female", "male", "other")}
    return Training(
        programme=programme, country=country, title=draw(REQUIRED_TEXT), start_date=start,
        end_date=draw(st.dates(min_value=start, max_value=date(2100, 12, 31))), id=draw(IDS),
        pillar=draw(st.sampled_from(sorted(REF.pillars))), objective=objective,
        topics=tuple(draw(st.lists(ITEM, max_size=3))), venue=draw(TEXT),
        outside_capital=draw(st.booleans()), delivery=draw(st.sampled_from(DELIVERY_MODES)),
        participants_female=totals["female"], participants_male=totals["male"],
        participants_other=totals["other"], trainers_female=draw(COUNT),
        trainers_male=draw(COUNT), pre_test_avg=draw(SCORE), post_test_avg=draw(SCORE),
        target_groups=some(draw, REF.target_groups), notes=draw(TEXT), institutions=institutions)


def amount(draw, places: int, low: int = 0) -> Decimal:
    units = draw(st.integers(low, 10 ** (14 + places) - 1))
    return Decimal(units).scaleb(-places)


@st.composite
def grants(draw):
    programme, country, _ = draw(scope_of())
    currency = draw(st.sampled_from(["USD", "NPR", "JPY", "KWD", "LKR"]))
    places = REF.currencies[currency].minor_units
    start = draw(DAY)
    assisted = {column: draw(st.integers(0, 50)) for column in ASSISTED_COLUMNS}
    return Grant(
        programme=programme, country=country, grantee=draw(REQUIRED_TEXT), currency=currency,
        committed_amount=amount(draw, places), start_date=start,
        end_date=draw(st.dates(min_value=start, max_value=date(2100, 12, 31))), id=draw(IDS),
        agreement_ref=draw(TEXT), status=draw(st.sampled_from(GRANT_STATUSES)),
        services=some(draw, SERVICES), assisted=assisted,
        assisted_with_disability=draw(st.integers(0, sum(assisted.values()))), notes=draw(TEXT),
        tranches=[Tranche(draw(st.dates(min_value=start, max_value=date(2100, 12, 31))),
                          amount(draw, places, low=1), draw(TEXT), draw(IDS))
                  for _ in range(draw(st.integers(0, 3)))],
        reports=[GrantReport(draw(st.sampled_from(REPORT_KINDS)), draw(DAY),
                             draw(st.none() | DAY), draw(TEXT), draw(IDS))
                 for _ in range(draw(st.integers(0, 2)))])


MAKERS = {"consultations": consultations, "trainings": trainings, "grants": grants}


def fresh_ids(rec):
    """Hypothesis repeats values across examples; the databases must see new ids each time."""
    rec.id = str(uuid.uuid4())
    for attribute in SHEET_CHILDREN[KIND_OF[type(rec)]]:
        for child in getattr(rec, attribute):
            if hasattr(child, "id"):
                child.id = str(uuid.uuid4())
    return rec


def expected_after_import(rec, suffix: str):
    """What the target holds: a CSV carries no child sheets, only the counterparts cell."""
    rec = in_canonical_order(replace(rec))
    if suffix == ".csv":
        for attribute in SHEET_CHILDREN[KIND_OF[type(rec)]]:
            setattr(rec, attribute, [])
    return rec


@pytest.fixture
def target(tmp_path):
    context = AppContext.open(tmp_path / "target")
    init_device(context, "BD", "Other laptop")
    yield context
    context.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("kind", list(MAKERS))
def test_export_then_import_is_lossless_and_reimport_changes_nothing(ctx, target, tmp_path,
                                                                      kind, suffix):
    @settings(max_examples=30, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(records=st.lists(MAKERS[kind](), min_size=1, max_size=3))
    def check(records):
        for rec in records:
            fresh_ids(rec)
            assume(not errors(validate(rec, ctx.reference)))
        for rec in records:
            save_record(ctx, rec)
        path = tmp_path / f"export{suffix}"
        assert sheets.export_sheet(ctx, kind, path, Scope()) == len(records)

        plan = sheets.plan_import(target, kind, path)
        assert plan.ok, plan.summary()
        assert sorted(plan.new_ids) == sorted(r.id for r in records)
        sheets.apply_import(target, plan)
        for rec in records:
            assert get_record(target, kind, rec.id) == expected_after_import(rec, suffix)

        before = snapshot(target)
        again = sheets.plan_import(target, kind, path)
        assert (again.new, again.updated, again.unchanged) == (0, 0, len(records))
        counts = sheets.apply_import(target, again)
        assert (counts.inserted, counts.updated) == (0, 0)
        assert snapshot(target) == before

        # Exporting the source again and importing it into the source changes nothing either.
        assert sheets.plan_import(ctx, kind, path).unchanged == len(records)
        delete_records(ctx, kind, [r.id for r in records])  # the next example exports its own

    check()


def test_csv_export_escapes_formulas_and_has_a_bom(ctx, tmp_path):
    rec = factories.consultation(title="=cmd|' /C calc'!A0", place="'=x", summary="'hello",
                                 counterparts=[Counterpart("-Minus org", "ministry")])
    save_record(ctx, rec)
    path = tmp_path / "c.csv"
    sheets.export_sheet(ctx, "consultations", path, Scope())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,programme,")
    row = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))[0]
    assert row["title"] == "'=cmd|' /C calc'!A0"
    assert row["place"] == "''=x"
    assert row["summary"] == "'hello"
    assert row["counterparts"] == "'-Minus org [ministry]"
    assert row["outside_capital"] == "yes" and row["date"] == "2025-03-14"


def test_xlsx_export_has_no_formulas_real_dates_and_numbers(ctx, tmp_path):
    grant = factories.grant(notes="=HYPERLINK(\"http://evil\")", agreement_ref="#N/A")
    save_record(ctx, grant)
    path = tmp_path / "g.xlsx"
    sheets.export_sheet(ctx, "grants", path, Scope())
    workbook = openpyxl.load_workbook(path)  # full mode: it keeps each cell's data type
    assert workbook.sheetnames == ["grants", "tranches", "reports"]
    main = workbook["grants"]
    header = [c.value for c in main[1]]
    cells = {name: cell for name, cell in zip(header, main[2])}
    assert cells["notes"].data_type == "s" and cells["notes"].value.startswith("=HYPERLINK")
    assert cells["agreement_ref"].data_type == "s"
    assert cells["start_date"].is_date and cells["start_date"].value.date() == date(2025, 1, 1)
    assert cells["committed_amount"].data_type == "n"
    assert cells["committed_amount"].value == 1500000
    assert cells["assisted_female_adult_trafficking"].value == 12
    assert all(c.data_type != "f" for row in main.iter_rows() for c in row)
    tranche_id, grant_id, paid, paid_amount, reference = (c.value for c in workbook["tranches"][2])
    assert (tranche_id, grant_id, reference) == (grant.tranches[0].id, grant.id, "TR-1")
    assert paid.date() == date(2025, 2, 1) and paid_amount == 500000.5


def test_csv_amounts_show_the_currency_decimals(ctx, tmp_path):
    save_record(ctx, factories.grant(currency="USD", committed_amount=Decimal("1500"),
                                     tranches=[]))
    save_record(ctx, factories.grant(currency="JPY", committed_amount=Decimal("1500"),
                                     tranches=[]))
    path = tmp_path / "g.csv"
    sheets.export_sheet(ctx, "grants", path, Scope())
    amounts = sorted(r["committed_amount"] for r in csv.DictReader(
        path.read_text(encoding="utf-8-sig").splitlines()))
    assert amounts == ["1500", "1500.00"]


def test_export_scope(ctx, tmp_path):
    def days(kind, **scope):
        path = tmp_path / f"{kind}.csv"
        sheets.export_sheet(ctx, kind, path, Scope(**scope))
        with path.open(encoding="utf-8-sig") as stream:
            field = {"consultations": "date", "trainings": "start_date",
                     "grants": "start_date"}[kind]
            return [row[field] for row in csv.DictReader(stream)]

    for day in ("2024-12-31", "2025-01-01", "2025-06-30", "2025-07-01"):
        save_record(ctx, factories.consultation(id=str(uuid.uuid4()),
                                                date=date.fromisoformat(day)))
        save_record(ctx, factories.training(id=str(uuid.uuid4()),
                                            start_date=date.fromisoformat(day),
                                            end_date=date.fromisoformat(day)))
    save_record(ctx, factories.consultation(id=str(uuid.uuid4()), country="BD",
                                            date=date(2025, 2, 1)))
    gone = factories.consultation(id=str(uuid.uuid4()), date=date(2025, 3, 1))
    save_record(ctx, gone)
    delete_records(ctx, "consultations", [gone.id])
    half = dict(date_from=date(2025, 1, 1), date_to=date(2025, 6, 30))
    assert days("consultations", **half) == ["2025-01-01", "2025-02-01", "2025-06-30"]
    assert days("consultations", country="NP", **half) == ["2025-01-01", "2025-06-30"]
    assert days("trainings", **half) == ["2025-01-01", "2025-06-30"]
    assert days("consultations", programme="PROTECT") == []

    # Grants overlapping the range: ending on its first day, or starting on its last, count.
    for start, end in (("2024-01-01", "2024-12-31"), ("2024-06-01", "2025-01-01"),
                       ("2025-06-30", "2026-01-01"), ("2025-07-01", "2025-12-31"),
                       ("2024-01-01", "2026-12-31")):
        save_record(ctx, factories.grant(id=str(uuid.uuid4()), tranches=[],
                                         start_date=date.fromisoformat(start),
                                         end_date=date.fromisoformat(end)))
    assert days("grants", **half) == ["2024-01-01", "2024-06-01", "2025-06-30"]


def test_export_streams_in_batches_and_reports_progress(ctx, tmp_path):
    from glo_act_desktop.services.demo import generate_demo

    generate_demo(ctx, 2600, seed=3)  # 1,170 consultations: two batches
    calls = []
    path = tmp_path / "c.xlsx"
    rows = sheets.export_sheet(ctx, "consultations", path, Scope(),
                               progress=lambda done, total: calls.append((done, total)))
    assert rows == 1170 and calls == [(1000, 1170), (1170, 1170)]
    plan = sheets.plan_import(ctx, "consultations", path)
    assert plan.unchanged == 1170 and plan.ok


def test_export_refuses_a_bad_scope_and_a_bad_file_name(ctx, tmp_path):
    from glo_act_desktop.services.context import InputRejected

    with pytest.raises(InputRejected, match="programme 'NOPE' is not known"):
        sheets.export_sheet(ctx, "grants", tmp_path / "g.csv", Scope(programme="NOPE"))
    with pytest.raises(InputRejected, match="g.txt: sheets are written as .csv or .xlsx"):
        sheets.export_sheet(ctx, "grants", tmp_path / "g.txt", Scope())
    assert not list(tmp_path.glob("*g.*"))  # no file, not even a temporary one
