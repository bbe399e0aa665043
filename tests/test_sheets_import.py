"""Sheet import as an officer meets it: every bad input is refused with a message that says
where and what to fix, and nothing at all is written; good sheets follow the import rules."""

from __future__ import annotations

import os
import time
import uuid
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from glo_act_desktop.services import sheets
from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.jobs import Cancelled
from glo_act_desktop.services.records import delete_records, get_record, save_record
from glo_act_desktop.services.sheets import reading
from glo_act_desktop.services.sheets.columns import SHEETS
from tests import factories
from tests.test_sheets_helpers import (
    VALID, count, row_of, snapshot, valid_consultation, valid_grant, valid_training, write_csv,
    write_xlsx,
)


def import_csv(ctx, tmp_path, kind, rows, header=None, name="sheet.csv"):
    path = write_csv(tmp_path / name, header or list(SHEETS[kind].names),
                     [row_of(kind, r) if isinstance(r, dict) else r for r in rows])
    plan = sheets.plan_import(ctx, kind, path)
    return plan, path


def problems_of(plan) -> str:
    return "\n".join(map(str, plan.problems))


def assert_refused(ctx, plan, *words):
    """The plan lists the problem in these words, and applying it writes nothing."""
    before = snapshot(ctx)
    assert not plan.ok
    text = problems_of(plan)
    for word in words:
        assert word in text, f"{word!r} not in:\n{text}"
    with pytest.raises(InputRejected) as refused:
        sheets.apply_import(ctx, plan)
    assert "nothing was imported" in str(refused.value)
    assert refused.value.details == [str(p) for p in plan.problems]
    assert snapshot(ctx) == before


# --- whole-file problems -----------------------------------------------------------------------

def test_missing_and_unknown_columns_are_one_clear_error(ctx, tmp_path):
    header = [n for n in SHEETS["consultations"].names if n not in ("date", "type")] + ["colour"]
    path = write_csv(tmp_path / "c.csv", header, [["", "GLOACT-SA", "NP"]])
    with pytest.raises(InputRejected) as refused:
        sheets.plan_import(ctx, "consultations", path)
    message = str(refused.value)
    assert message.startswith("c.csv: ")
    assert "unknown columns colour" in message
    assert "missing columns date, type" in message
    assert "Its columns are: id, programme, country, date," in message
    assert "\n" not in message


def test_a_sheet_of_another_kind_is_named(ctx, tmp_path):
    path = write_csv(tmp_path / "t.csv", list(SHEETS["trainings"].names),
                     [row_of("trainings", valid_training())])
    with pytest.raises(InputRejected, match="It looks like a trainings sheet: import it as "
                                            "trainings"):
        sheets.plan_import(ctx, "consultations", path)
    workbook = write_xlsx(tmp_path / "t.xlsx", {"trainings": (list(SHEETS["trainings"].names),
                                                              [])})
    with pytest.raises(InputRejected, match="this workbook holds trainings, not consultations"):
        sheets.plan_import(ctx, "consultations", workbook)


def test_a_header_that_fits_every_kind_names_no_other_kind(ctx, tmp_path):
    path = write_csv(tmp_path / "g.csv", ["id", "programme"], [])
    with pytest.raises(InputRejected) as refused:
        sheets.plan_import(ctx, "grants", path)
    assert "missing columns country, grantee" in str(refused.value)
    assert "looks like" not in str(refused.value)


def test_non_utf8_csv_says_how_to_save_it(ctx, tmp_path):
    path = write_csv(tmp_path / "latin.csv", list(SHEETS["consultations"].names),
                     [row_of("consultations", valid_consultation(title="Café de la Paix"))],
                     encoding="cp1252")
    with pytest.raises(InputRejected) as refused:
        sheets.plan_import(ctx, "consultations", path)
    assert str(refused.value) == ("latin.csv: not UTF-8 text: in Excel use Save As › CSV UTF-8 "
                                  "(Comma delimited)")


def test_bad_utf8_far_into_a_file_names_the_row(ctx, tmp_path):
    good = [row_of("trainings", valid_training(title=f"Training {i}")) for i in range(3000)]
    path = write_csv(tmp_path / "late.csv", list(SHEETS["trainings"].names), good)
    with path.open("ab") as stream:
        stream.write(b",GLOACT-SA,BD,Caf\xe9\r\n")
    with pytest.raises(InputRejected, match=r"late.csv: not UTF-8 text \(line 3,002 is not\)"):
        sheets.plan_import(ctx, "trainings", path)
    assert count(ctx, "trainings") == 0


def test_utf16_csv_is_named(ctx, tmp_path):
    path = write_csv(tmp_path / "u16.csv", ["id", "programme"], [], encoding="utf-16")
    with pytest.raises(InputRejected, match="UTF-16 text, not UTF-8: in Excel use Save As"):
        sheets.plan_import(ctx, "consultations", path)


def test_empty_file_and_header_without_names(ctx, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputRejected, match="empty.csv: the file is empty"):
        sheets.plan_import(ctx, "consultations", empty)
    blank = tmp_path / "blank.csv"
    blank.write_text(",,,\n1,2,3\n")
    with pytest.raises(InputRejected, match="row 1 is empty; it must hold the column names"):
        sheets.plan_import(ctx, "consultations", blank)
    missing = tmp_path / "missing.csv"
    with pytest.raises(InputRejected, match="missing.csv: no such file"):
        sheets.plan_import(ctx, "consultations", missing)


def test_header_only_imports_nothing_without_error(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "grants", [])
    assert plan.ok and plan.rows == 0
    assert sheets.apply_import(ctx, plan).inserted == 0


def test_fifty_megabytes_of_random_bytes_are_refused_at_once(ctx, tmp_path):
    path = tmp_path / "noise.csv"
    with path.open("wb") as stream:
        for _ in range(50):
            stream.write(os.urandom(1 << 20))
    started = time.perf_counter()
    with pytest.raises(InputRejected, match="noise.csv: the file holds binary data, not CSV "
                                            "text"):
        sheets.plan_import(ctx, "trainings", path)
    assert time.perf_counter() - started < 1.0


def test_a_workbook_named_csv_and_other_endings(ctx, tmp_path):
    workbook = write_xlsx(tmp_path / "w.xlsx", {"grants": (["id"], [])})
    renamed = tmp_path / "w.csv"
    renamed.write_bytes(workbook.read_bytes())
    with pytest.raises(InputRejected, match="this is an Excel workbook, not CSV text: name it "
                                            ".xlsx"):
        sheets.plan_import(ctx, "grants", renamed)
    other = tmp_path / "w.ods"
    other.write_bytes(b"x")
    with pytest.raises(InputRejected, match="sheets must be .csv or .xlsx files"):
        sheets.plan_import(ctx, "grants", other)


def test_xlsx_that_is_a_zip_of_something_else_or_no_zip(ctx, tmp_path):
    fake = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8 not really")
    with pytest.raises(InputRejected, match="photos.xlsx: not an Excel workbook: it is a zip "
                                            "file of something else"):
        sheets.plan_import(ctx, "consultations", fake)
    text_file = tmp_path / "text.xlsx"
    text_file.write_text("id,programme\n")
    with pytest.raises(InputRejected, match=r"not an Excel workbook \(it looks like CSV text"):
        sheets.plan_import(ctx, "consultations", text_file)
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2000))
    with pytest.raises(InputRejected, match="old .xls file or a password-protected workbook"):
        sheets.plan_import(ctx, "consultations", old)


def test_size_and_row_limits(ctx, tmp_path, monkeypatch):
    rows = [valid_training(title=f"T{i}") for i in range(12)]
    _, path = import_csv(ctx, tmp_path, "trainings", rows)
    monkeypatch.setattr(reading, "MAX_ROWS", 10)
    with pytest.raises(InputRejected, match="has more than 10 rows; split it into smaller files"):
        sheets.plan_import(ctx, "trainings", path)
    workbook = write_xlsx(tmp_path / "t.xlsx", {"trainings": (
        list(SHEETS["trainings"].names), [row_of("trainings", r) for r in rows])})
    with pytest.raises(InputRejected, match="the trainings sheet has more than 10 rows"):
        sheets.plan_import(ctx, "trainings", workbook)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 100)
    with pytest.raises(InputRejected, match="sheets are limited to 0 MB|split it into smaller"):
        sheets.plan_import(ctx, "trainings", path)
    assert count(ctx, "trainings") == 0


# --- row problems: where, what, and how to fix -------------------------------------------------

def test_unknown_programme_and_country_and_country_outside_programme(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "consultations", [
        valid_consultation(programme="GLOACT-XX"),
        valid_consultation(country="XX"),
        valid_consultation(country="TJ"),
    ], name="c.csv")
    assert_refused(ctx, plan,
                   "c.csv row 2, programme: 'GLOACT-XX' is not a known programme",
                   "c.csv row 3, country: 'XX' is not a known country",
                   "c.csv row 4, country: TJ (Tajikistan) is not a country of GLOACT-SA")


def test_impossible_date_names_the_value_and_format(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "trainings", [valid_training(start_date="2025-13-45")],
                         name="t.csv")
    assert_refused(ctx, plan, "t.csv row 2, start_date: '2025-13-45' is not a date; use "
                              "YYYY-MM-DD, for example 2025-03-14")
    assert [p.column for p in plan.problems] == ["start_date"]  # no knock-on errors


@pytest.mark.parametrize("value, words", [
    ("-1", "participants_male: is -1; counts cannot be negative"),
    ("3.5", "participants_male: '3.5' is not a whole number"),
    ("many", "participants_male: 'many' is not a whole number"),
])
def test_negative_or_fractional_counts(ctx, tmp_path, value, words):
    plan, _ = import_csv(ctx, tmp_path, "consultations",
                         [valid_consultation(participants_male=value)])
    assert_refused(ctx, plan, "row 2, " + words)


def test_score_above_100(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "trainings", [valid_training(post_test_avg="140")])
    assert_refused(ctx, plan, "post_test_avg: is 140.0; scores are averages between 0 and 100")


def test_three_decimals_in_a_two_decimal_currency(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "grants", [valid_grant(committed_amount="1500.125")])
    assert_refused(ctx, plan, "committed_amount: 1500.125 has 3 decimals but USD has 2; round it")


def test_decimal_comma_is_not_read_as_thousands(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "grants", [valid_grant(committed_amount="1500,50")])
    assert_refused(ctx, plan, "'1500,50' is not an amount; use a point for decimals")
    plan, _ = import_csv(ctx, tmp_path, "grants", [valid_grant(committed_amount="1,500,000.50")],
                         name="ok.csv")
    assert plan.ok and plan.records[0].committed_amount == Decimal("1500000.50")


def test_duplicate_ids_name_the_first_row(ctx, tmp_path):
    repeated = str(uuid.uuid4())
    plan, _ = import_csv(ctx, tmp_path, "trainings", [
        valid_training(id=repeated), valid_training(), valid_training(id=repeated),
        valid_training(id=repeated.upper())])
    assert_refused(ctx, plan, f"row 4, id: {repeated} is also on row 2",
                   f"row 5, id: {repeated} is also on row 2")
    assert len(plan.problems) == 2


def test_an_id_of_another_kind_and_a_deleted_id(ctx, tmp_path):
    training = factories.training()
    gone = factories.consultation()
    save_record(ctx, training)
    save_record(ctx, gone)
    delete_records(ctx, "consultations", [gone.id])
    plan, _ = import_csv(ctx, tmp_path, "consultations", [
        valid_consultation(id=training.id), valid_consultation(id=gone.id),
        valid_consultation(id="not-an-id")])
    assert_refused(ctx, plan,
                   f"row 2, id: {training.id} is a training, not a consultation; import it in "
                   "a trainings sheet, or clear the id to add this row as a new consultation",
                   f"row 3, id: consultation {gone.id} was deleted; restore it in the app "
                   "first, or clear the id",
                   "row 4, id: 'not-an-id' is not an id")


def test_formula_text_is_kept_as_text(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "consultations", [
        valid_consultation(title="=HYPERLINK(\"http://x\",\"click\")", place="@SUM(1)",
                           summary="'=not a formula", objective="")])
    assert plan.ok, problems_of(plan)
    sheets.apply_import(ctx, plan)
    rec = get_record(ctx, "consultations", plan.new_ids[0])
    assert rec.title == "=HYPERLINK(\"http://x\",\"click\")"
    assert rec.place == "@SUM(1)"
    assert rec.summary == "=not a formula"  # the apostrophe is the CSV escape, taken off


def test_xlsx_formula_cell_in_a_text_column_is_stored_as_its_text(ctx, tmp_path):
    row = row_of("trainings", valid_training(title="=1+2", participants_male=14.0,
                                             start_date=date(2025, 5, 5)))
    path = write_xlsx(tmp_path / "f.xlsx", {"trainings": (list(SHEETS["trainings"].names),
                                                          [row])})
    plan = sheets.plan_import(ctx, "trainings", path)
    assert plan.ok, problems_of(plan)
    assert plan.records[0].title == "=1+2"
    assert plan.records[0].participants_male == 14
    assert plan.records[0].start_date == date(2025, 5, 5)


def test_xlsx_fractional_count_and_formula_in_number_column(ctx, tmp_path):
    row = row_of("trainings", valid_training(participants_male=3.5, trainers_male="=1+1"))
    path = write_xlsx(tmp_path / "f.xlsx", {"trainings": (list(SHEETS["trainings"].names),
                                                          [row])})
    plan = sheets.plan_import(ctx, "trainings", path)
    assert_refused(ctx, plan, "trainings row 2, participants_male: '3.5' is not a whole number",
                   "trainings row 2, trainers_male: '=1+1' is not a whole number")


def test_every_bad_row_is_listed_and_none_is_written(ctx, tmp_path):
    rows = [valid_training(title=f"T{i}") for i in range(50)]
    rows[10]["end_date"] = "2025-05-01"
    rows[40]["delivery"] = "by pigeon"
    plan, _ = import_csv(ctx, tmp_path, "trainings", rows, name="t.csv")
    assert_refused(ctx, plan,
                   "t.csv row 12, end_date: 2025-05-01 is before start_date 2025-05-05",
                   "t.csv row 42, delivery: 'by pigeon' is not a known delivery mode")
    assert plan.problem_count == 2
    assert plan.new == 48  # the clean rows are classified for the preview, but not written
    assert count(ctx, "trainings") == 0


def test_counterparts_cell(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "consultations", [
        valid_consultation(counterparts="Ministry of Home Affairs"),
        valid_consultation(counterparts="Nepal Police [police]; nepal police [police_border]"),
    ])
    assert_refused(ctx, plan,
                   "row 2, counterparts: 'Ministry of Home Affairs' has no [type code]; write "
                   "each counterpart as 'Organisation name [type code]'",
                   "row 3, counterparts: counterpart 1, type: 'police' is not a known "
                   "counterpart type")


def test_unnamed_column_with_values(ctx, tmp_path):
    header = list(SHEETS["grants"].names)
    plan, _ = import_csv(ctx, tmp_path, "grants",
                         [row_of("grants", valid_grant()) + ["", "stray"]], header=header)
    assert_refused(ctx, plan, "row 2, column AG: holds a value but has no name in row 1")


def test_invisible_control_characters_are_refused(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "trainings", [valid_training(title="Line\x0bbreak")])
    assert_refused(ctx, plan, "title: contains an invisible control character (U+000B")


# --- good sheets -------------------------------------------------------------------------------

def test_new_rows_then_updates_then_unchanged(ctx, tmp_path):
    plan, path = import_csv(ctx, tmp_path, "trainings", [valid_training(), valid_training()])
    assert (plan.new, plan.updated, plan.unchanged) == (2, 0, 0)
    assert sheets.apply_import(ctx, plan).inserted == 2
    first, second = plan.new_ids
    plan, _ = import_csv(ctx, tmp_path, "trainings", [
        valid_training(id=first, title="Renamed"), valid_training(id=second.upper())])
    assert (plan.updated_ids, plan.unchanged_ids) == ([first], [second])
    assert plan.row_of == {first: 2, second: 3}
    counts = sheets.apply_import(ctx, plan)
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 1, 1)
    assert get_record(ctx, "trainings", first).title == "Renamed"


def test_an_unknown_uuid_makes_a_record_with_that_id(ctx, tmp_path):
    chosen = str(uuid.uuid4())
    plan, _ = import_csv(ctx, tmp_path, "grants", [valid_grant(id=chosen)])
    sheets.apply_import(ctx, plan)
    assert get_record(ctx, "grants", chosen).grantee == "Safe Migration Alliance"


def test_blank_rows_and_rows_blank_but_for_an_id_are_skipped(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "consultations", [
        valid_consultation(), {}, {"id": str(uuid.uuid4())}, ["  ", ""], [],
        valid_consultation()])
    assert plan.ok, problems_of(plan)
    assert plan.rows == 2 and plan.row_of == dict(zip(plan.new_ids, (2, 7)))


def test_csv_with_semicolons_and_without_bom(ctx, tmp_path):
    path = write_csv(tmp_path / "eu.csv", list(SHEETS["consultations"].names),
                     [row_of("consultations", valid_consultation(pillars="policy"))],
                     encoding="utf-8", delimiter=";")
    plan = sheets.plan_import(ctx, "consultations", path)
    assert plan.ok, problems_of(plan)
    assert plan.records[0].pillars == ("policy",)
    assert plan.records[0].counterparts[1].organisation == "Nepal Police"


def test_cells_in_their_many_spellings(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "trainings", [
        valid_training(outside_capital="Y", topics=" a ;b;; c ;", participants_female="1,000",
                       participants_male="14.0", pre_test_avg="", delivery=""),
        valid_training(outside_capital="FALSE", participants_female="1000", country=" bd ")])
    assert plan.ok, problems_of(plan)
    first, second = plan.records
    assert first.outside_capital is True and second.outside_capital is False
    assert first.topics == ("a", "b", "c")
    assert first.participants_female == 1000 and first.participants_male == 14
    assert first.pre_test_avg is None
    assert first.delivery == "in_person"  # blank: the record's default
    assert second.country == "BD"
    plan, _ = import_csv(ctx, tmp_path, "trainings", [valid_training(outside_capital="maybe")])
    assert_refused(ctx, plan, "outside_capital: 'maybe' is not yes or no")


def test_columns_left_out_keep_stored_values(ctx, tmp_path):
    rec = factories.grant(notes="Keep me")
    save_record(ctx, rec)
    header = ["id", "programme", "country", "grantee", "currency", "committed_amount",
              "start_date", "end_date", "assisted_male_child_vulnerable"]
    plan, _ = import_csv(ctx, tmp_path, "grants", [
        [rec.id, "GLOACT-SA", "LK", "Renamed grantee", "LKR", "1500000", "2025-01-01",
         "2025-12-31", "5"]], header=header)
    assert plan.ok, problems_of(plan)
    assert "notes" in plan.columns_kept and "services" in plan.columns_kept
    assert "Not in the sheet, so existing records keep what they hold" in plan.summary()
    sheets.apply_import(ctx, plan)
    after = get_record(ctx, "grants", rec.id)
    assert after.grantee == "Renamed grantee" and after.notes == "Keep me"
    assert after.assisted["assisted_male_child_vulnerable"] == 5
    assert after.assisted["assisted_female_adult_trafficking"] == 12
    assert after.tranches == rec.tranches  # no tranches sheet: left as they are


def test_csv_change_checked_against_stored_children(ctx, tmp_path):
    """Institutions are not in a CSV, but the participants must still add up with them."""
    rec = factories.training()
    save_record(ctx, rec)
    plan, _ = import_csv(ctx, tmp_path, "trainings", [valid_training(
        id=rec.id, participants_female="11")])
    assert_refused(ctx, plan, "participants_female: is 11 but the institutions add up to 10")


def test_child_sheet_replaces_children_and_absent_sheet_keeps_them(ctx, tmp_path):
    rec = factories.consultation()
    save_record(ctx, rec)
    main = (list(SHEETS["consultations"].names),
            [row_of("consultations", valid_consultation(id=rec.id))])
    kept = sheets.plan_import(ctx, "consultations", write_xlsx(tmp_path / "a.xlsx",
                                                               {"consultations": main}))
    assert kept.children_replaced == ("counterparts",)
    sheets.apply_import(ctx, kept)
    assert len(get_record(ctx, "consultations", rec.id).follow_ups) == 1
    follow_ups = (["id", "consultation_id", "action", "owner", "due_date", "status"],
                  [["", rec.id, "Draft the SOP", "", "2025-06-01", ""],
                   ["", rec.id, "Share it", "UNODC", "", "done"]])
    plan = sheets.plan_import(ctx, "consultations", write_xlsx(
        tmp_path / "b.xlsx", {"consultations": main, "follow_ups": follow_ups}))
    assert plan.ok, problems_of(plan)
    assert plan.updated_ids == [rec.id]
    sheets.apply_import(ctx, plan)
    after = get_record(ctx, "consultations", rec.id)
    assert [(f.action, f.status) for f in after.follow_ups] == [("Draft the SOP", "open"),
                                                                 ("Share it", "done")]


def test_child_rows_whose_record_is_not_in_the_sheet_or_belongs_elsewhere(ctx, tmp_path):
    one, other = factories.consultation(), factories.consultation()
    save_record(ctx, one)
    save_record(ctx, other)
    stranger = str(uuid.uuid4())
    main = (list(SHEETS["consultations"].names),
            [row_of("consultations", valid_consultation(id=one.id))])
    follow_ups = (["id", "consultation_id", "action", "owner", "due_date", "status"], [
        ["", stranger, "Orphan", "", "", "open"],
        [other.follow_ups[0].id, one.id, "Taken", "", "", "open"],
        ["", "", "No parent", "", "", "open"],
        ["", one.id, "", "", "2025-02-30", "open"],
    ])
    plan = sheets.plan_import(ctx, "consultations", write_xlsx(
        tmp_path / "c.xlsx", {"consultations": main, "follow_ups": follow_ups}))
    assert_refused(ctx, plan,
                   f"follow_ups row 2, consultation_id: {stranger} is not in the consultations "
                   "sheet; add the consultation there or remove this row",
                   f"follow_ups row 3, id: follow-up {other.follow_ups[0].id} belongs to "
                   f"another consultation ({other.id}); clear the id",
                   "follow_ups row 4, consultation_id: is required",
                   "follow_ups row 5, action: is required",
                   "follow_ups row 5, due_date: '2025-02-30' is not a date")


def test_institution_problems_point_at_the_child_row(ctx, tmp_path):
    main = (list(SHEETS["trainings"].names), [row_of("trainings", valid_training(
        id=(tid := str(uuid.uuid4())), participants_female="10", participants_male="14"))])
    institutions = (["training_id", "institution_type", "female", "male", "other"], [
        [tid, "police_border", 6, 10, 0], [tid, "police_border", 4, 4, 0]])
    plan = sheets.plan_import(ctx, "trainings", write_xlsx(
        tmp_path / "i.xlsx", {"trainings": main, "institutions": institutions, "Notes": (["x"],
                                                                                          [])}))
    assert_refused(ctx, plan, "institutions row 3, institution_type: 'police_border' appears "
                              "twice; merge its counts into one row")
    assert "Notes: not a sheet of a trainings workbook; it was ignored" in \
        [str(w) for w in plan.warnings]


def test_grant_tranche_warnings_do_not_block(ctx, tmp_path):
    gid = str(uuid.uuid4())
    main = (list(SHEETS["grants"].names), [row_of("grants", valid_grant(
        id=gid, committed_amount=1000))])
    tranches = (["id", "grant_id", "date", "amount", "reference"],
                [["", gid, date(2025, 2, 1), 1200.5, "TR-1"]])
    reports = (["id", "grant_id", "kind", "due_date", "received_date", "notes"],
               [["", gid, "narrative", "2025-06-30", None, None]])
    plan = sheets.plan_import(ctx, "grants", write_xlsx(
        tmp_path / "g.xlsx", {"grants": main, "tranches": tranches, "reports": reports}))
    assert plan.ok, problems_of(plan)
    assert [str(w) for w in plan.warnings] == [
        "grants row 2, tranches: 1200.5 USD disbursed is more than the 1000 USD committed"]
    sheets.apply_import(ctx, plan)
    grant = get_record(ctx, "grants", gid)
    assert grant.tranches[0].amount == Decimal("1200.5") and len(grant.reports) == 1


def test_progress_and_cancel(ctx, tmp_path):
    rows = [valid_consultation(title=f"C{i}") for i in range(5000)]
    calls = []
    _, path = import_csv(ctx, tmp_path, "consultations", rows[:1])
    path = write_csv(tmp_path / "many.csv", list(SHEETS["consultations"].names),
                     [row_of("consultations", r) for r in rows])
    plan = sheets.plan_import(ctx, "consultations", path,
                              progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (5000, 5000) and len(calls) >= 3
    assert all(done <= total for done, total in calls)
    with pytest.raises(Cancelled):
        sheets.plan_import(ctx, "consultations", path, cancel=lambda: True)
    with pytest.raises(Cancelled):
        sheets.apply_import(ctx, plan, cancel=lambda: True)
    assert count(ctx, "consultations") == 0


def test_a_plan_is_applied_once_and_only_while_current(ctx, tmp_path):
    plan, _ = import_csv(ctx, tmp_path, "grants", [valid_grant()])
    sheets.apply_import(ctx, plan)
    with pytest.raises(InputRejected, match="this check of the sheet was imported already"):
        sheets.apply_import(ctx, plan)
    taken = factories.grant(id=str(uuid.uuid4()))
    plan, _ = import_csv(ctx, tmp_path, "grants", [valid_grant(id=taken.id)])
    save_record(ctx, taken)  # someone saves a grant with that id in the meantime
    with pytest.raises(InputRejected, match="records changed since the sheet was checked"):
        sheets.apply_import(ctx, plan)
    assert count(ctx, "grants") == 2


@pytest.mark.parametrize("kind", list(VALID))
def test_templates_import_as_empty_sheets(ctx, tmp_path, kind):
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"{kind}{suffix}"
        sheets.write_template(kind, path)
        plan = sheets.plan_import(ctx, kind, path)
        assert plan.ok and plan.rows == 0 and not plan.warnings
