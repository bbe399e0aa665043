"""XLSX workbook of a scope: opened with openpyxl, every summary figure and every sheet's rows
checked against SQL written straight against the database file, on records with known totals and
on demo data."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from glo_act_desktop import i18n
from glo_act_desktop.domain.records import (
    Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Training, Tranche,
)
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import (
    AGE_GROUPS, AGE_LABELS, ASSISTED_COLUMNS, ASSISTED_KIND_LABELS, ASSISTED_KINDS, SEX_LABELS,
    SEXES,
)
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.jobs import Cancelled, JobControl
from glo_act_desktop.services.records import delete_records, save_record
from glo_act_desktop.services.setup import init_device
from glo_act_desktop.services.workbook import (
    CONSULTATIONS, COUNTERPARTS, FOLLOW_UPS, GRANT_REPORTS, GRANTS, REGISTER_SHEETS, SHEET_NAMES,
    SUMMARY, TRAININGS, TRANCHES, export_workbook,
)
from tests.scope_sql import where as scope_where

TODAY = date(2025, 6, 30)
SCOPE = Scope("GLOACT-SA", "NP", date(2025, 1, 1), date(2025, 12, 31))
FORMULAS = ("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\")", "#N/A")
SCALE = Decimal(10) ** 4


# --- independent SQL ----------------------------------------------------------------------------

class Sql:
    """The scope's figures and rows, asked of the file with plain SQL."""

    def __init__(self, database, scope: Scope, today: date):
        self.con = sqlite3.connect(database)
        self.scope, self.today = scope, today

    def where(self, prefix: str, dated: str | None) -> tuple[str, list]:
        return scope_where(self.scope, dated, prefix)

    def one(self, sql: str, args=()) -> tuple:
        return self.con.execute(sql, args).fetchone()

    def all(self, sql: str, args=()) -> list[tuple]:
        return self.con.execute(sql, args).fetchall()

    def consultations(self, prefix: str = "") -> tuple[str, list]:
        return self.where(prefix, "date")

    def trainings(self, prefix: str = "") -> tuple[str, list]:
        return self.where(prefix, "start_date")

    def grants(self, prefix: str = "") -> tuple[str, list]:
        return self.where(prefix, "overlap")

    def figures(self) -> dict[str, object]:
        found: dict[str, object] = {}
        w, a = self.consultations()
        found["Consultations"], c_out = self.one(
            f"select count(*), coalesce(sum(outside_capital), 0) from consultations where {w}", a)
        w, a = self.trainings()
        trainings, t_out, female, male, other = self.one(
            "select count(*), coalesce(sum(outside_capital), 0), "
            "coalesce(sum(participants_female), 0), coalesce(sum(participants_male), 0), "
            f"coalesce(sum(participants_other), 0) from trainings where {w}", a)
        found["Trainings"] = trainings
        found["by sex"] = {"female": female, "male": male, "other": other}
        found["People trained"] = female + male + other
        found["Women among people trained"] = female / (female + male + other) \
            if female + male + other else None
        both, pre, post = self.one(
            f"select count(*), avg(pre_test_avg), avg(post_test_avg) from trainings where {w} "
            "and pre_test_avg is not null and post_test_avg is not null", a)
        found["tests"] = (both, pre, post)
        found["Knowledge gain (post − pre)"] = None if pre is None else post - pre
        found["Activities"] = found["Consultations"] + trainings
        outside = c_out + t_out
        found["Activities outside the capital"] = (
            outside, outside / found["Activities"] if found["Activities"] else None)
        w, a = self.grants()
        found["Grants"] = self.one(f"select count(*) from grants where {w}", a)[0]
        sums = self.one(f"select {', '.join(f'coalesce(sum({c}), 0)' for c in ASSISTED_COLUMNS)}, "
                        f"coalesce(sum(assisted_with_disability), 0) from grants where {w}", a)
        found["assisted"] = dict(zip(ASSISTED_COLUMNS, sums[:-1]))
        found["People assisted"] = sum(sums[:-1])
        found["Persons with disabilities among them"] = sums[-1]
        committed = dict(self.all(
            f"select currency, sum(committed_amount) from grants where {w} "
            "and status in ('active', 'suspended', 'closed') group by currency", a))
        gw, ga = self.grants("g.")
        tw, ta = self.tranche_period("t.")
        disbursed = dict(self.all(
            "select g.currency, sum(t.amount) from grants g join grant_tranches t "
            f"on t.grant_id = g.id where {gw} and {tw} group by g.currency", ga + ta))
        found["money"] = {
            cur: (Decimal(committed.get(cur, 0)) / SCALE, Decimal(disbursed.get(cur, 0)) / SCALE,
                  Decimal(committed.get(cur, 0) - disbursed.get(cur, 0)) / SCALE)
            for cur in set(committed) | set(disbursed)}
        cw, ca = self.where("c.", None)
        found["Follow-ups overdue"] = self.one(
            "select count(*) from follow_ups f join consultations c on c.id = f.consultation_id "
            f"where {cw} and f.deleted = 0 and f.status in ('open', 'in_progress') "
            "and f.due_date < ?", ca + [self.today.isoformat()])[0]
        gw, ga = self.where("g.", None)
        found["Grant reports overdue"] = self.one(
            "select count(*) from grant_reports r join grants g on g.id = r.grant_id "
            f"where {gw} and r.deleted = 0 and r.received_date is null and r.due_date < ?",
            ga + [self.today.isoformat()])[0]
        tw, ta = self.trainings("t.")
        found["institutions"] = {code: (f, m, o) for code, f, m, o in self.all(
            "select i.institution_type, sum(i.female), sum(i.male), sum(i.other) "
            "from training_institutions i join trainings t on t.id = i.training_id "
            f"where {tw} and i.deleted = 0 group by i.institution_type", ta)}
        return found

    def tranche_period(self, prefix: str) -> tuple[str, list]:
        sql, args = [f"{prefix}deleted = 0"], []
        if self.scope.date_from:
            sql.append(f"{prefix}date >= ?")
            args.append(self.scope.date_from.isoformat())
        if self.scope.date_to:
            sql.append(f"{prefix}date <= ?")
            args.append(self.scope.date_to.isoformat())
        return " and ".join(sql), args

    def ids(self, sheet: str) -> list[str]:
        """The ids a sheet must hold (for counterparts, consultation id and organisation)."""
        if sheet in (CONSULTATIONS, TRAININGS, GRANTS):
            table = sheet.lower()
            w, a = {CONSULTATIONS: self.consultations, TRAININGS: self.trainings,
                    GRANTS: self.grants}[sheet]()
            return [r[0] for r in self.all(f"select id from {table} where {w}", a)]
        if sheet in (COUNTERPARTS, FOLLOW_UPS):
            w, a = self.consultations("c.")
            if sheet == COUNTERPARTS:
                return [f"{r[0]}|{r[1]}" for r in self.all(
                    "select x.consultation_id, x.organisation from consultation_counterparts x "
                    f"join consultations c on c.id = x.consultation_id where {w} "
                    "and x.deleted = 0", a)]
            return [r[0] for r in self.all(
                "select x.id from follow_ups x join consultations c on c.id = x.consultation_id "
                f"where {w} and x.deleted = 0", a)]
        table = {TRANCHES: "grant_tranches", GRANT_REPORTS: "grant_reports"}[sheet]
        w, a = self.grants("g.")
        return [r[0] for r in self.all(
            f"select x.id from {table} x join grants g on g.id = x.grant_id where {w} "
            "and x.deleted = 0", a)]


# --- reading the workbook -----------------------------------------------------------------------

def sections(book) -> dict[str, list[tuple]]:
    """The summary sheet as blocks separated by blank rows, keyed by each block's first cell."""
    found: dict[str, list[tuple]] = {}
    block: list[tuple] = []
    for row in book[SUMMARY].iter_rows(values_only=True):
        if all(v is None for v in row):
            block = []
            continue
        if not block:
            found[row[0]] = block
        block.append(tuple(v for v in row))
    return found


def table(rows: list[tuple], skip: int = 2) -> dict[object, tuple]:
    """A block's rows keyed by their first cell (the heading and header rows left out)."""
    return {row[0]: row[1:] for row in rows[skip:]}


def sheet_rows(book, name: str) -> list[dict[str, object]]:
    rows = book[name].iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, row)) for row in rows]


def check_against_sql(path, database, scope: Scope, today: date) -> dict[str, object]:
    """Every summary figure and every sheet's rows equal what SQL says; returns the figures."""
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(SHEET_NAMES)
    sql = Sql(database, scope, today)
    expected = sql.figures()
    blocks = sections(book)
    key = table(blocks["Key figures"])
    for label in ("Activities", "Consultations", "Trainings", "People trained", "Grants",
                  "People assisted", "Persons with disabilities among them",
                  "Follow-ups overdue", "Grant reports overdue"):
        assert key[label][0] == expected[label], label
        assert isinstance(key[label][0], int), label
    for label in ("Women among people trained", "Knowledge gain (post − pre)"):
        if expected[label] is None:
            assert key[label][0] == "–"
        else:
            assert key[label][0] == pytest.approx(expected[label], abs=1e-9), label
    outside, share = expected["Activities outside the capital"]
    assert key["Activities outside the capital"][0] == outside
    assert key["Activities outside the capital"][1] == (
        "–" if share is None else pytest.approx(share, abs=1e-12))

    money = blocks["Committed, disbursed and balance by currency"]
    if expected["money"]:
        found = {row[0]: tuple(Decimal(str(v)) for v in row[1:4]) for row in money[2:]
                 if row[0] and len(row[0]) == 3}
        assert found == expected["money"]
    else:
        assert money[1][0] == "None."

    by_sex = table(blocks["People trained and assisted, by sex"])
    for sex in SEXES:
        assisted = sum(v for c, v in expected["assisted"].items() if c.split("_")[1] == sex)
        assert by_sex[SEX_LABELS[sex]][:2] == (expected["by sex"][sex], assisted)
    assert by_sex["Total"][:2] == (expected["People trained"], expected["People assisted"])

    assisted = table(blocks["People assisted by sex, age and kind"])
    for kind in ASSISTED_KINDS:
        for age in AGE_GROUPS:
            label = f"{ASSISTED_KIND_LABELS[kind]} · {AGE_LABELS[age]}"
            values = tuple(expected["assisted"][f"assisted_{sex}_{age}_{kind}"] for sex in SEXES)
            assert assisted[label][:4] == (*values, sum(values)), label
    assert assisted["Total"][3] == expected["People assisted"]

    institutions = table(blocks["Participants by sex and institution type"])
    names = dict(sql.all("select code, name from counterpart_types"))
    for code, values in expected["institutions"].items():
        assert institutions[names[code]][:4] == (*values, sum(values)), code
    assert len(institutions) == len(expected["institutions"]) + 1  # and a total row

    tests = table(blocks["Knowledge gain"], skip=1)
    both, pre, post = expected["tests"]
    assert tests["Trainings with both tests"][0] == both
    if pre is not None:
        assert tests["Pre-test average"][0] == pytest.approx(pre)
        assert tests["Post-test average"][0] == pytest.approx(post)

    # Every sheet holds exactly the rows of the scope: nothing dropped, nothing extra.
    for name in REGISTER_SHEETS:
        rows = sheet_rows(book, name)
        if name == COUNTERPARTS:
            found = [f"{r['consultation_id']}|{r['organisation']}" for r in rows]
        else:
            found = [r["id"] for r in rows]
        assert Counter(found) == Counter(sql.ids(name)), name
        assert book[name].freeze_panes == "A2"
    # ... and the sheets add up to the summary.
    grants = sheet_rows(book, GRANTS)
    assert sum(r[c] for r in grants for c in ASSISTED_COLUMNS) == expected["People assisted"]
    tranches = sheet_rows(book, TRANCHES)
    paid: dict[str, Decimal] = {}
    for r in tranches:
        if r["in_period"]:
            paid[r["currency"]] = paid.get(r["currency"], Decimal(0)) + Decimal(str(r["amount"]))
    assert {c: v for c, v in paid.items()} == \
        {c: m[1] for c, m in expected["money"].items() if m[1]}
    trainings = sheet_rows(book, TRAININGS)
    assert sum(r["participants_total"] for r in trainings) == expected["People trained"]
    return expected


# --- records with known totals ------------------------------------------------------------------

def _known(ctx) -> dict[str, object]:
    day = date(2025, 3, 10)
    c1 = Consultation(
        programme="GLOACT-SA", country="NP", date=day, title=FORMULAS[0], type="technical_meeting",
        place=FORMULAS[1], participants_female=3, participants_male=4, pillars=("policy",),
        summary=FORMULAS[2],
        counterparts=[Counterpart(FORMULAS[3], "ministry"), Counterpart("Nepal Police",
                                                                       "police_border")],
        follow_ups=[FollowUp(FORMULAS[4], due_date=date(2025, 4, 1)),
                    FollowUp("Book room", due_date=date(2025, 4, 1), status="done"),
                    FollowUp("Write report")])
    c2 = Consultation(programme="GLOACT-SA", country="NP", date=date(2025, 11, 2),
                      title="Visit", type="field_visit", place="Nepalgunj",
                      outside_capital=True, participants_female=2)
    # Outside the dates: not in the sheets, but its overdue follow-up counts (any date).
    old = Consultation(programme="GLOACT-SA", country="NP", date=date(2023, 5, 5), title="Old",
                       type="workshop", follow_ups=[FollowUp("Old action",
                                                             due_date=date(2023, 6, 1))])
    other_country = Consultation(programme="GLOACT-SA", country="BD", date=day, title="BD",
                                 type="workshop", participants_male=50)
    gone = Consultation(programme="GLOACT-SA", country="NP", date=day, title="Deleted",
                        type="workshop", participants_male=99)
    t1 = Training(programme="GLOACT-SA", country="NP", title="Victim identification",
                  start_date=day, end_date=day, pillar="capacity", participants_female=10,
                  participants_male=5, participants_other=1, pre_test_avg=40.0,
                  post_test_avg=60.5, notes=FORMULAS[5],
                  institutions=[InstitutionCount("police_border", 6, 3, 1),
                                InstitutionCount("judiciary", 4, 2, 0)])
    t2 = Training(programme="GLOACT-SA", country="NP", title="Digital evidence",
                  start_date=date(2025, 12, 30), end_date=date(2026, 1, 2), pillar="capacity",
                  outside_capital=True, participants_male=7)
    g1 = Grant(programme="GLOACT-SA", country="NP", grantee="Shakti Samuha", currency="NPR",
               committed_amount=Decimal("1500000"), start_date=date(2024, 7, 1),
               end_date=date(2025, 6, 30), status="active", agreement_ref="VAG/NP/1",
               tranches=[Tranche(date(2024, 8, 1), Decimal("500000.50"), "TR-1"),
                         Tranche(date(2025, 2, 1), Decimal("250000.25"), FORMULAS[0]),
                         Tranche(date(2025, 3, 1), Decimal("1"), "to remove")],
               reports=[GrantReport("narrative", date(2025, 3, 31)),
                        GrantReport("financial", date(2025, 3, 31), date(2025, 4, 2))])
    g1.assisted["assisted_female_adult_trafficking"] = 12
    g1.assisted["assisted_male_child_vulnerable"] = 3
    g1.assisted_with_disability = 2
    g2 = Grant(programme="GLOACT-SA", country="NP", grantee="Maiti Nepal", currency="IQD",
               committed_amount=Decimal("1234.567"), start_date=date(2025, 1, 1),
               end_date=date(2025, 12, 31), status="suspended",
               tranches=[Tranche(date(2025, 5, 5), Decimal("100.001"))])
    g2.assisted["assisted_other_child_smuggled"] = 5
    g3 = Grant(programme="GLOACT-SA", country="NP", grantee="Pipeline NGO", currency="JPY",
               committed_amount=Decimal("900000"), start_date=date(2025, 9, 1),
               end_date=date(2026, 8, 31), status="pipeline")
    for rec in (c1, c2, old, other_country, gone, t1, t2, g1, g2, g3):
        save_record(ctx, rec)
    delete_records(ctx, "consultations", [gone.id])
    removed = g1.tranches.pop()  # saved, then taken off: a soft-deleted tranche
    save_record(ctx, g1)
    return {"c1": c1, "t1": t1, "g1": g1, "g2": g2, "removed": removed, "gone": gone}


def test_known_records_totals_match_sql_and_hand_counts(ctx, tmp_path):
    known = _known(ctx)
    out = tmp_path / "np.xlsx"
    result = export_workbook(ctx, SCOPE, out, today=TODAY)
    expected = check_against_sql(out, ctx.data_dir.database, SCOPE, TODAY)
    # The same numbers by hand, so the SQL above is checked too.
    assert (expected["Consultations"], expected["Trainings"], expected["Grants"]) == (2, 2, 3)
    assert expected["People trained"] == 23 and expected["People assisted"] == 20
    assert expected["Follow-ups overdue"] == 2  # c1's open one and the 2023 one
    assert expected["Grant reports overdue"] == 1
    assert expected["money"] == {
        "NPR": (Decimal("1500000"), Decimal("250000.25"), Decimal("1249999.75")),
        "IQD": (Decimal("1234.567"), Decimal("100.001"), Decimal("1134.566"))}
    assert result.rows == {SUMMARY: result.rows[SUMMARY], CONSULTATIONS: 2, COUNTERPARTS: 2,
                           FOLLOW_UPS: 3, TRAININGS: 2, GRANTS: 3, TRANCHES: 3,
                           GRANT_REPORTS: 2}
    assert result.records == 7

    book = openpyxl.load_workbook(out)
    tranche_ids = {r["id"] for r in sheet_rows(book, TRANCHES)}
    assert known["removed"].id not in tranche_ids
    assert {t.id for t in known["g1"].tranches} <= tranche_ids
    assert known["gone"].id not in {r["id"] for r in sheet_rows(book, CONSULTATIONS)}


def test_cells_have_real_types_and_formats(ctx, tmp_path):
    known = _known(ctx)
    out = tmp_path / "np.xlsx"
    export_workbook(ctx, SCOPE, out, today=TODAY)
    book = openpyxl.load_workbook(out)
    grants = {row[0].value: row for row in book[GRANTS].iter_rows(min_row=2)}
    header = [c.value for c in next(book[GRANTS].iter_rows(max_row=1))]
    col = {name: i for i, name in enumerate(header)}
    npr = grants[known["g1"].id]
    assert npr[col["committed_amount"]].value == 1500000
    assert npr[col["committed_amount"]].number_format == "#,##0.00"
    assert npr[col["disbursed_amount"]].value == pytest.approx(750000.75)
    assert npr[col["disbursed_in_period"]].value == pytest.approx(250000.25)
    assert npr[col["balance"]].value == pytest.approx(749999.25)
    assert npr[col["start_date"]].is_date and npr[col["start_date"]].value == datetime(2024, 7, 1)
    assert npr[col["assisted_total"]].value == 15
    assert npr[col["assisted_female_adult_trafficking"]].value == 12
    assert npr[col["assisted_female_adult_trafficking"]].data_type == "n"
    iqd = grants[known["g2"].id]
    assert iqd[col["committed_amount"]].number_format == "#,##0.000"
    assert iqd[col["committed_amount"]].value == pytest.approx(1234.567)
    jpy = next(row for row in grants.values() if row[col["currency"]].value == "JPY")
    assert jpy[col["committed_amount"]].number_format == "#,##0"
    assert [c.value for c in next(book[TRANCHES].iter_rows(min_row=2, max_row=2))][2] == \
        "Shakti Samuha (VAG/NP/1)"  # a readable label of the parent

    trainings = sheet_rows(book, TRAININGS)
    t1 = next(r for r in trainings if r["id"] == known["t1"].id)
    assert (t1["institution_police_border_female"], t1["institution_police_border_male"],
            t1["institution_police_border_other"]) == (6, 3, 1)
    assert t1["institution_judiciary_female"] == 4
    assert t1["institution_ministry_female"] is None  # no breakdown for that type
    assert t1["outside_capital"] is False and t1["pre_test_avg"] == 40.0
    follow_ups = sheet_rows(book, FOLLOW_UPS)
    assert {r["consultation"] for r in follow_ups} == {"2025-03-10 · =1+1"}
    assert sum(1 for r in follow_ups if r["overdue"]) == 1


def test_formula_looking_text_stays_text(ctx, tmp_path):
    _known(ctx)
    out = tmp_path / "np.xlsx"
    export_workbook(ctx, SCOPE, out, today=TODAY)
    book = openpyxl.load_workbook(out)
    seen = {}
    for name in REGISTER_SHEETS:
        for row in book[name].iter_rows(min_row=2):
            for cell in row:
                if cell.value in FORMULAS:
                    seen[cell.value] = cell.data_type
    assert set(seen) == set(FORMULAS)
    assert set(seen.values()) == {"s"}  # never "f" (formula) or "e" (error)


def test_an_empty_scope_gives_a_valid_workbook_that_says_so(ctx, tmp_path):
    save_record(ctx, Consultation(programme="GLOACT-SA", country="NP", date=date(2025, 1, 5),
                                  title="Not in FR", type="workshop"))
    out = tmp_path / "empty.xlsx"
    scope = Scope("GLOACT-SA", "FR", date(2025, 1, 1), date(2025, 12, 31))
    result = export_workbook(ctx, scope, out, today=TODAY)
    assert result.records == 0
    assert all(result.rows[name] == 0 for name in REGISTER_SHEETS)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == list(SHEET_NAMES)
    texts = [v for row in book[SUMMARY].iter_rows(values_only=True) for v in row if v]
    assert any(str(t).startswith("There is nothing in this scope") for t in texts)
    for name in REGISTER_SHEETS:
        assert book[name].max_row == 1  # the header row only
    check_against_sql(out, ctx.data_dir.database, scope, TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx = AppContext.open(tmp_path_factory.mktemp("workbook-demo"))
    init_device(ctx, "NP", "Workbook test laptop")
    generate_demo(ctx, 600, seed=5)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("scope", [
    Scope(),
    Scope(programme="GLOACT-SA", date_from=date(2024, 1, 1), date_to=date(2024, 12, 31)),
    Scope(country="NP", date_from=date(2024, 7, 1)),
], ids=lambda s: s.describe())
def test_demo_data_totals_match_sql(demo, tmp_path, scope):
    out = tmp_path / "demo.xlsx"
    seen = []
    export_workbook(demo, scope, out, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    expected = check_against_sql(out, demo.data_dir.database, scope, TODAY)
    assert expected["Activities"] > 0 and expected["money"]
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] == \
        expected["Activities"] + expected["Grants"]


def test_the_summary_is_in_the_chosen_language(demo, tmp_path):
    out = tmp_path / "ne.xlsx"
    export_workbook(demo, Scope(country="NP"), out, lang="ne", today=TODAY)
    texts = {v for row in openpyxl.load_workbook(out)[SUMMARY].iter_rows(values_only=True)
             for v in row if isinstance(v, str)}
    for label in ("Key figures", "People trained", "Committed"):
        translated = i18n.translate("report", label, "ne")
        assert translated != label and translated in texts
    assert i18n.translate("vocab", "Female", "ne") in texts
    out = tmp_path / "ar.xlsx"
    export_workbook(demo, Scope(country="NP"), out, lang="ar", today=TODAY)
    assert openpyxl.load_workbook(out)[SUMMARY].sheet_view.rightToLeft


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_cancel_leaves_no_file_and_keeps_the_old_one(demo, tmp_path):
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    temporary_before = list(ALL_TEMP_FILES)
    out = tmp_path / "w.xlsx"
    out.write_bytes(b"the previous export")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        export_workbook(demo, Scope(), out, cancelled=cancelled)
    control = JobControl()

    def progress(done: int, total: int) -> None:
        if done:
            control.cancel_event.set()
        control.progress(done, total)

    with pytest.raises(Cancelled):
        export_workbook(demo, Scope(), out, progress=progress, cancelled=control.cancelled)
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.xlsx"]
    assert ALL_TEMP_FILES == temporary_before  # openpyxl's own per-sheet files are gone too


@pytest.mark.parametrize("scope, name, lang, reason", [
    (Scope(country="ZZ"), "w.xlsx", "en", "'ZZ' is not an ISO 3166-1 alpha-2 code"),
    (Scope(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1)), "w.xlsx", "en",
     "--from 2025-02-01 is after --to 2025-01-01"),
    (Scope(), "w.xlsx", "xx", "language 'xx' has no translation"),
    (Scope(), "w.csv", "en", "w.csv: the workbook is written as .xlsx"),
])
def test_bad_requests_are_rejected_and_write_nothing(ctx, tmp_path, scope, name, lang, reason):
    with pytest.raises(InputRejected, match=reason.replace("(", r"\(").replace(".", r"\.")):
        export_workbook(ctx, scope, tmp_path / name, lang=lang)
    assert list(tmp_path.iterdir()) == [ctx.data_dir.root] or \
        not any(p.suffix in (".xlsx", ".csv", ".part") for p in tmp_path.iterdir())


def test_records_are_read_a_batch_at_a_time(demo, tmp_path, monkeypatch):
    from glo_act_desktop.services import workbook

    batches = []
    load = workbook.load_records

    def counting_load(session, kind, ids, *args, **kwargs):
        batches.append(len(ids))
        return load(session, kind, ids, *args, **kwargs)

    monkeypatch.setattr(workbook, "BATCH", 40)
    monkeypatch.setattr(workbook, "load_records", counting_load)
    seen = []
    out = tmp_path / "batched.xlsx"
    result = export_workbook(demo, Scope(), out, today=TODAY,
                             progress=lambda done, total: seen.append((done, total)))
    assert max(batches) <= 40 and sum(batches) == result.records > 400
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) == len(batches) + 1 and seen[-1] == (result.records, result.records)
    check_against_sql(out, demo.data_dir.database, Scope(), TODAY)


def test_every_summary_label_is_a_report_text_with_translations():
    """The summary uses the PDF's texts, so it is as translated as the PDF: a new label must go
    into reports/messages.py and the .ts files (through a report module)."""
    import ast
    import inspect

    from glo_act_desktop.reports import messages
    from glo_act_desktop.services import workbook

    labels = set()
    for node in ast.walk(ast.parse(inspect.getsource(workbook))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args \
                and isinstance(node.args[0], ast.Constant):
            labels.add(node.args[0].value)
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and \
                isinstance(node.elts[0], ast.Constant) and isinstance(node.elts[0].value, str) \
                and isinstance(node.elts[1], ast.Call):  # ("Label", count(...)) rows
            labels.add(node.elts[0].value)
    assert len(labels) > 30
    assert labels <= set(messages.REPORT), labels - set(messages.REPORT)
    for lang in ("ne", "ar"):
        table = i18n.parse_ts(i18n.translations_dir() / f"glo_act_{lang}.ts")
        assert all(("report", label) in table for label in labels), lang
