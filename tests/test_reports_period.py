"""Period summary PDFs: every key figure read back from the PDF and checked against SQL written
straight against the file, on demo data and on records made with known totals."""

from __future__ import annotations

import re
import sqlite3
import time
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from glo_act_desktop import i18n
from glo_act_desktop.domain.records import (
    Consultation, FollowUp, Grant, GrantReport, Training, Tranche,
)
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.reports import text
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.services.demo import generate_demo
from glo_act_desktop.services.records import save_record
from glo_act_desktop.services.reports import build_period_summary
from glo_act_desktop.services.setup import init_device
from tests.scope_sql import where as scope_where

TODAY = date(2025, 6, 30)
FIGURE_LABELS = (
    "Activities", "Consultations", "Trainings", "People trained", "Women among people trained",
    "Knowledge gain (post − pre)", "Grants", "People assisted",
    "Persons with disabilities among them", "Activities outside the capital",
    "Follow-ups overdue", "Grant reports overdue",
)


def pdf_text(path, pages: slice = slice(None)) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages[pages])


def read_key_figures(path) -> tuple[dict[str, str], dict[str, tuple[str, str, str]]]:
    """The key figures table and the money table of page 1, as printed."""
    page = pdf_text(path, slice(0, 1))
    body = page.split("Key figures Figure Value ", 1)[1]
    figures = {}
    for label in FIGURE_LABELS:
        assert body.startswith(label + " "), (label, body[:80])
        body = body[len(label) + 1:]
        value, _, body = body.partition(" ")
        if label == "Activities outside the capital":  # "50 (43.9%)"
            share, _, body = body.partition(" ")
            value = f"{value} {share}"
        figures[label] = value
    # The money table may go on to page 2 (a row per currency), past the footer and header.
    body = pdf_text(path, slice(0, 2)).split("Committed, disbursed and balance by currency ", 1)[1]
    body = body.split("Committed: grants", 1)[0]
    amount = r"(-?[\d,]+(?:\.\d+)?)"
    money = {m[0]: m[1:] for m in re.findall(rf"\b([A-Z]{{3}}) {amount} {amount} {amount}", body)}
    return figures, money


def expected_figures(database, scope: Scope, today: date) -> tuple[dict, dict]:
    """The same figures, computed with plain SQL and formatted as the report prints them."""
    con = sqlite3.connect(database)
    one = lambda sql, args=(): con.execute(sql, args).fetchone()  # noqa: E731

    def where(prefix: str = "", dated: str | None = None) -> tuple[str, list]:
        return scope_where(scope, dated, prefix)

    w, a = where(dated="date")
    consultations, c_out = one(f"select count(*), coalesce(sum(outside_capital), 0) "
                               f"from consultations where {w}", a)
    w, a = where(dated="start_date")
    trainings, t_out, female, male, other = one(
        "select count(*), coalesce(sum(outside_capital), 0), coalesce(sum(participants_female), 0),"
        " coalesce(sum(participants_male), 0), coalesce(sum(participants_other), 0) "
        f"from trainings where {w}", a)
    pre, post = one(f"select avg(pre_test_avg), avg(post_test_avg) from trainings where {w} "
                    "and pre_test_avg is not null and post_test_avg is not null", a)
    w, a = where(dated="overlap")
    grants = one(f"select count(*) from grants where {w}", a)[0]
    assisted = one(f"select coalesce(sum({' + '.join(ASSISTED_COLUMNS)}), 0), "
                   f"coalesce(sum(assisted_with_disability), 0) from grants where {w}", a)
    minor = dict(con.execute("select code, minor_units from currencies"))
    committed = dict(con.execute(
        f"select currency, sum(committed_amount) from grants where {w} "
        "and status in ('active', 'suspended', 'closed') group by currency", a))
    gw, ga = where("g.", "overlap")
    tw, ta = ["t.deleted = 0"], []
    if scope.date_from:
        tw.append("t.date >= ?")
        ta.append(scope.date_from.isoformat())
    if scope.date_to:
        tw.append("t.date <= ?")
        ta.append(scope.date_to.isoformat())
    disbursed = dict(con.execute(
        "select g.currency, sum(t.amount) from grants g join grant_tranches t on t.grant_id = g.id "
        f"where {gw} and {' and '.join(tw)} group by g.currency", ga + ta))
    cw, ca = where("c.")
    overdue_follow_ups = one(
        "select count(*) from follow_ups f join consultations c on c.id = f.consultation_id "
        f"where {cw} and f.deleted = 0 and f.status in ('open', 'in_progress') "
        "and f.due_date < ?", ca + [today.isoformat()])[0]
    gw, ga = where("g.")
    overdue_reports = one(
        "select count(*) from grant_reports r join grants g on g.id = r.grant_id "
        f"where {gw} and r.deleted = 0 and r.received_date is null and r.due_date < ?",
        ga + [today.isoformat()])[0]
    con.close()

    trained = female + male + other
    activities = consultations + trainings
    outside = c_out + t_out
    figures = {
        "Activities": f"{activities:,}", "Consultations": f"{consultations:,}",
        "Trainings": f"{trainings:,}", "People trained": f"{trained:,}",
        "Women among people trained": f"{female / trained * 100:.1f}%" if trained else "–",
        "Knowledge gain (post − pre)": f"{post - pre:+.1f}" if pre is not None else "–",
        "Grants": f"{grants:,}", "People assisted": f"{assisted[0]:,}",
        "Persons with disabilities among them": f"{assisted[1]:,}",
        "Activities outside the capital":
            f"{outside:,} ({outside / activities * 100:.1f}%)" if activities else f"{outside} (–)",
        "Follow-ups overdue": f"{overdue_follow_ups:,}",
        "Grant reports overdue": f"{overdue_reports:,}",
    }

    def amount(scaled: int, currency: str) -> str:
        value = Decimal(scaled) / 10_000
        return f"{value.quantize(Decimal(1).scaleb(-minor[currency])):,}"
    money = {cur: (amount(committed.get(cur, 0), cur), amount(disbursed.get(cur, 0), cur),
                   amount(committed.get(cur, 0) - disbursed.get(cur, 0), cur))
             for cur in set(committed) | set(disbursed)}
    return figures, money


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx = AppContext.open(tmp_path_factory.mktemp("period-demo"))
    init_device(ctx, "NP", "Report test laptop")
    generate_demo(ctx, 700, seed=11)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("scope", [
    Scope(programme="GLOACT-SA"),
    Scope(country="NP", date_from=date(2024, 3, 1), date_to=date(2025, 2, 28)),
    Scope(programme="PROTECT", date_from=date(2024, 1, 1)),
    Scope(),
], ids=lambda s: s.describe())
def test_key_figures_in_the_pdf_match_independent_sql(demo, tmp_path, scope):
    out = tmp_path / "period.pdf"
    build_period_summary(demo, scope, out, today=TODAY)
    figures, money = read_key_figures(out)
    expected_figures_, expected_money = expected_figures(demo.data_dir.database, scope, TODAY)
    assert figures == expected_figures_
    assert money == expected_money
    assert int(figures["Activities"].replace(",", "")) > 0 and money


def _known_records() -> list:
    """Two consultations, two trainings and two grants in the Maldives with totals known by
    hand; plus records outside the scope that must not count."""
    day = date(2025, 3, 10)
    records = [
        Consultation(programme="GLOACT-SA", country="MV", date=day, title="Meeting in Malé",
                     type="technical_meeting", place="Malé", participants_female=3,
                     participants_male=4, pillars=("policy",),
                     follow_ups=[FollowUp("Send minutes", due_date=date(2025, 4, 1)),
                                 FollowUp("Book room", due_date=date(2025, 4, 1),
                                          status="done")]),
        Consultation(programme="GLOACT-SA", country="MV", date=day, title="Visit to Addu",
                     type="field_visit", place="Addu City", outside_capital=True,
                     participants_female=2, pillars=("protection", "cooperation")),
        Training(programme="GLOACT-SA", country="MV", title="Victim identification",
                 start_date=day, end_date=day, pillar="capacity", participants_female=10,
                 participants_male=5, participants_other=1, pre_test_avg=40.0,
                 post_test_avg=60.0),
        Training(programme="GLOACT-SA", country="MV", title="Digital evidence",
                 start_date=day, end_date=day, pillar="capacity", outside_capital=True,
                 participants_female=2, participants_male=8, pre_test_avg=50.0,
                 post_test_avg=55.0),
        Grant(programme="GLOACT-SA", country="MV", grantee="Hope Shelter Foundation",
              currency="USD", committed_amount=Decimal("10000"), start_date=date(2024, 10, 1),
              end_date=date(2025, 9, 30), status="active",
              tranches=[Tranche(date(2024, 10, 15), Decimal("1000"), "TR-0"),  # before the period
                        Tranche(date(2025, 1, 15), Decimal("2500"), "TR-1"),
                        Tranche(date(2025, 5, 2), Decimal("1500.25"), "TR-2")],
              reports=[GrantReport("narrative", date(2025, 3, 31)),
                       GrantReport("financial", date(2025, 3, 31), date(2025, 4, 2))],
              assisted_with_disability=1),
        Grant(programme="GLOACT-SA", country="MV", grantee="Legal Aid Collective",
              currency="MVR", committed_amount=Decimal("50000"), start_date=date(2025, 6, 1),
              end_date=date(2026, 5, 31), status="pipeline"),
        # outside the scope: another country, and a consultation after the period
        Training(programme="GLOACT-SA", country="NP", title="Elsewhere", start_date=day,
                 end_date=day, pillar="capacity", participants_female=50),
        Consultation(programme="GLOACT-SA", country="MV", date=date(2025, 8, 1),
                     title="Later", type="workshop", participants_male=40),
    ]
    records[4].assisted["assisted_female_adult_trafficking"] = 4
    records[4].assisted["assisted_male_child_smuggled"] = 2
    return records


KNOWN_SCOPE = Scope(programme="GLOACT-SA", country="MV", date_from=date(2025, 1, 1),
                    date_to=date(2025, 6, 30))


def test_known_totals_are_printed(ctx, tmp_path):
    for rec in _known_records():
        save_record(ctx, rec)
    out = tmp_path / "known.pdf"
    build_period_summary(ctx, KNOWN_SCOPE, out, today=TODAY)
    figures, money = read_key_figures(out)
    assert figures == {
        "Activities": "4", "Consultations": "2", "Trainings": "2", "People trained": "26",
        "Women among people trained": "46.2%", "Knowledge gain (post − pre)": "+12.5",
        "Grants": "2", "People assisted": "6", "Persons with disabilities among them": "1",
        "Activities outside the capital": "2 (50.0%)", "Follow-ups overdue": "1",
        "Grant reports overdue": "1",
    }
    assert money == {"USD": ("10,000.00", "4,000.25", "5,999.75")}
    assert (figures, money) == expected_figures(ctx.data_dir.database, KNOWN_SCOPE, TODAY)
    body = pdf_text(out)
    # the breakdowns further on
    assert "Policy development 1 0" in body and "Capacity building 0 2" in body
    assert "Trainings with both tests Pre-test average Post-test average Knowledge gain " \
           "(post − pre) 2 45.0 57.5 +12.5" in body
    assert "Total 2 trainings 12 13 1 26 45.0 57.5 +12.5" in body
    assert "Total 2 consultations 9" in body
    assert "Victim of trafficking · Adult 4 0 0 4" in body
    assert "Smuggled migrant · Child (under 18) 0 2 0 2" in body
    assert "Total 4 2 0 6" in body
    assert "Persons with disabilities among them: 1" in body
    assert "the table counts 0 of the 26 people trained" in body  # no breakdown was given
    assert "Hope Shelter Foundation – Active USD 10,000.00 4,000.25 5,999.75 6" in body
    assert "Legal Aid Collective – Pipeline MVR 0.00 0.00 0.00 0" in body
    assert "Hope Shelter Foundation – Narrative report 2025-03-31 91" in body
    assert "Send minutes" in body and "Book room" not in body
    assert "Consultations 1 2 50.0% Trainings 1 2 50.0% All activities 2 4 50.0%" in body
    assert "Page 1 of" in body and "Period summary · GLO.ACT South Asia 2024–2027 · Maldives · " \
           "2025-01-01 to 2025-06-30" in body


def test_an_empty_scope_says_so(ctx, tmp_path):
    out = tmp_path / "empty.pdf"
    pages = build_period_summary(ctx, Scope(programme="GLOACT-SA", country="FR"), out,
                                 today=TODAY)
    body = pdf_text(out)
    assert pages == 1
    assert "There is nothing in this scope" in body
    figures, money = read_key_figures(out)
    assert figures["Activities"] == "0" and figures["Women among people trained"] == "–"
    assert money == {}


@pytest.mark.parametrize("paper, size", [("a4", (595.28, 841.89)), ("letter", (612, 792))])
def test_paper_sizes(ctx, tmp_path, paper, size):
    out = tmp_path / f"{paper}.pdf"
    build_period_summary(ctx, Scope(), out, paper=paper, today=TODAY)
    box = PdfReader(out).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


@pytest.mark.parametrize("lang", ["ne", "ar"])
def test_translated_reports_have_no_english_left(demo, tmp_path, lang):
    i18n.clear_missing()
    text.missing_glyphs.clear()
    out = tmp_path / f"period-{lang}.pdf"
    build_period_summary(demo, Scope(programme="GLOACT-SA"), out, lang=lang, today=TODAY)
    assert not i18n.missing(lang)
    assert not text.missing_glyphs
    body = pdf_text(out)
    for english in ("Key figures", "Page 1 of", "Consultations", "Female", "Capacity building",
                    "Total"):
        assert english not in body
    assert PdfReader(out).metadata.title.startswith(
        i18n.translate("report", "Period summary", lang))


def test_a_cancelled_build_leaves_no_file(demo, tmp_path):
    out = tmp_path / "period.pdf"
    out.write_bytes(b"the previous report")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if len(calls) == 15:
            raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        build_period_summary(demo, Scope(), out, progress=progress, today=TODAY)
    assert out.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["period.pdf"]
    assert all(0 < done <= total for done, total in calls)


def test_progress_reaches_the_end(demo, tmp_path):
    calls = []
    build_period_summary(demo, Scope(country="NP"), tmp_path / "p.pdf",
                         progress=lambda d, t: calls.append((d, t)), today=TODAY)
    assert calls[-1][0] == calls[-1][1] and len(calls) > 10


def test_bad_scope_and_options_are_rejected(ctx, tmp_path):
    out = tmp_path / "never.pdf"
    for kwargs, reason in (
            ({"scope": Scope(country="ZZ")}, "not an ISO"),
            ({"scope": Scope(date_from=date(2025, 2, 1), date_to=date(2025, 1, 1))}, "after"),
            ({"scope": Scope(), "lang": "xx"}, "no translation"),
            ({"scope": Scope(), "paper": "a5"}, "paper")):
        with pytest.raises(InputRejected, match=reason):
            build_period_summary(ctx, path=out, **kwargs)
    assert not out.exists()


def test_a_thousand_activities_build(tmp_path):
    ctx = AppContext.open(tmp_path / "data")
    init_device(ctx, "NP", "Big office")
    generate_demo(ctx, 1178, seed=3)  # 530 consultations and 471 trainings
    out = tmp_path / "big.pdf"
    started = time.perf_counter()
    pages = build_period_summary(ctx, Scope(), out, today=TODAY)
    elapsed = time.perf_counter() - started
    figures, _ = read_key_figures(out)
    ctx.close()
    assert figures["Activities"] == "1,001"
    assert pages > 40 and elapsed < 60
    body = pdf_text(out, slice(-30, None))
    assert re.search(r"Total 471 trainings", pdf_text(out)) and f"Page {pages} of {pages}" in body
