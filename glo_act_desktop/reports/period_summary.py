"""The summary of a programme and/or country over a period, for HQ and the EU."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table

from glo_act_desktop.domain.figures import KeyFigures
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import (
    FOLLOW_UP_STATUS_LABELS, GRANT_STATUS_LABELS, REPORT_KIND_LABELS, SEX_LABELS, SEXES,
)
from glo_act_desktop.reports import charts
from glo_act_desktop.reports import styles as st
from glo_act_desktop.reports.layout import DASH, Column, Writer
from glo_act_desktop.reports.record_summary import assisted_table
from glo_act_desktop.reports.text import isolate, strip_controls

if TYPE_CHECKING:  # plain data read by store.repositories.report_data
    from glo_act_desktop.store.repositories.report_data import (
        ConsultationLine, FollowUpLine, GrantLine, KnowledgeGain, OverdueReport, TrainingLine,
    )

CHARTED_CURRENCIES = 4  # disbursement charts for the currencies paid most often


@dataclass
class PeriodData:
    """Everything the period summary prints, read in one transaction."""

    scope: Scope
    figures: KeyFigures
    today: date
    as_of: datetime
    last_change: datetime | None
    device: str
    by_pillar: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_objective: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    trainings: list[TrainingLine] = field(default_factory=list)
    by_institution: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    gain: KnowledgeGain | None = None
    consultations: list[ConsultationLine] = field(default_factory=list)
    counterpart_types: dict[str, tuple[int, int]] = field(default_factory=dict)
    follow_ups: list[FollowUpLine] = field(default_factory=list)
    grants: list[GrantLine] = field(default_factory=list)
    disbursed_by_quarter: dict[str, dict[tuple[int, int], Decimal]] = field(default_factory=dict)
    overdue_reports: list[OverdueReport] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.figures.activities or self.figures.grants)


def scope_lines(writer: Writer, scope: Scope) -> list[tuple[str, str]]:
    period = writer.t("All dates")
    if scope.date_from or scope.date_to:
        period = writer.t("{start} to {end}", start=writer.day(scope.date_from) if
                          scope.date_from else "…", end=writer.day(scope.date_to)
                          if scope.date_to else "…")
    return [
        (writer.t("Programme"), writer.programme(scope.programme) if scope.programme
         else writer.t("All programmes")),
        (writer.t("Country"), writer.country(scope.country) if scope.country
         else writer.t("All countries")),
        (writer.t("Period"), period),
    ]


def header_text(writer: Writer, scope: Scope, for_page: bool = True) -> str:
    """The running header (each part kept in its own direction), or the PDF's title."""
    parts = [writer.t("Period summary")] + [value for _, value in scope_lines(writer, scope)]
    return " · ".join(isolate(p) if for_page else strip_controls(p) for p in parts)


def story(writer: Writer, data: PeriodData) -> list[Flowable]:
    flow: list[Flowable] = _cover(writer, data)
    flow += _key_figures(writer, data)
    if data.empty:
        return flow
    flow += _activities(writer, data)
    flow += _trainings(writer, data)
    flow += _consultations(writer, data)
    flow += _grants(writer, data)
    flow += _assisted(writer, data)
    flow += _outside_capital(writer, data)
    return flow


def _cover(writer: Writer, data: PeriodData) -> list[Flowable]:
    flow: list[Flowable] = [
        writer.gap(40),
        writer.note(writer.t("GLO.ACT Field")),
        writer.title(writer.t("Period summary")),
        writer.gap(4),
        writer.fields(scope_lines(writer, data.scope) + [
            (writer.t("Data as of"), writer.day(data.as_of)),
            (writer.t("Last change recorded"), writer.day(data.last_change)),
            (writer.t("Prepared on"), data.device),
        ], label_share=0.3),
    ]
    if data.empty:
        flow += [writer.gap(10), writer.para(writer.t(
            "There is nothing in this scope: no consultations, trainings or grants were "
            "recorded for it."), bold=True, size=st.SUBHEADING)]
    flow.append(writer.note(writer.t(
        "Consultations are counted by their date, trainings by their first day, and grants "
        "when their period overlaps the dates above; amounts disbursed are the tranches paid "
        "within those dates. Open follow-ups and overdue reports are counted at any date.")))
    return flow


def _key_figures(writer: Writer, data: PeriodData) -> list[Flowable]:
    f = data.figures
    outside = f.consultations_outside_capital + f.trainings_outside_capital
    rows: list[list[object]] = [
        [writer.t("Activities"), writer.num(f.activities)],
        [writer.t("Consultations"), writer.num(f.consultations)],
        [writer.t("Trainings"), writer.num(f.trainings)],
        [writer.t("People trained"), writer.num(f.trained_total)],
        [writer.t("Women among people trained"), writer.pct(f.women_share)],
        [writer.t("Knowledge gain (post − pre)"),
         writer.score(data.gain.gain if data.gain else None, signed=True)],
        [writer.t("Grants"), writer.num(f.grants)],
        [writer.t("People assisted"), writer.num(f.assisted_total)],
        [writer.t("Persons with disabilities among them"), writer.num(f.assisted_with_disability)],
        [writer.t("Activities outside the capital"),
         f"{writer.num(outside)} ({writer.pct(f.outside_capital_share)})"],
        [writer.t("Follow-ups overdue"), writer.num(f.follow_ups_overdue)],
        [writer.t("Grant reports overdue"), writer.num(f.reports_overdue)],
    ]
    flow: list[Flowable] = [
        writer.heading(writer.t("Key figures")),
        writer.table([Column(writer.t("Figure"), 0.6),
                      Column(writer.t("Value"), 0.4, numeric=True)], rows),
        writer.subheading(writer.t("Committed, disbursed and balance by currency"))]
    if f.money:
        flow.append(writer.table(
            [Column(writer.t("Currency"), 0.16),
             Column(writer.t("Committed"), 0.28, numeric=True),
             Column(writer.t("Disbursed"), 0.28, numeric=True),
             Column(writer.t("Balance"), 0.28, numeric=True)],
            [[m.currency, writer.amount(m.committed, m.currency),
              writer.amount(m.disbursed, m.currency), writer.amount(m.balance, m.currency)]
             for m in f.money]))
        flow.append(writer.note(writer.t(
            "Committed: grants that are active, suspended or closed (not those in the "
            "pipeline). Disbursed: tranches paid within the period.")))
    else:
        flow.append(writer.note(writer.t("None.")))
    return flow


def _activities(writer: Writer, data: PeriodData) -> list[Flowable]:
    ref = writer.ref
    word = writer.framework_word(data.scope.programme)
    flow: list[Flowable] = [PageBreak(), writer.heading(writer.t("Activities by pillar")),
                            writer.note(writer.t(
                                "A consultation counts under each of its pillars, so the "
                                "consultations column can add up to more than their number."))]
    order = list(ref.pillars) + sorted(set(data.by_pillar) - set(ref.pillars))
    rows = []
    for code in order:
        consultations, trainings = data.by_pillar.get(code, (0, 0))
        if consultations or trainings:
            name = writer.ref_name(ref.pillars, code) if code else writer.t("No pillar given")
            rows.append([name, writer.num(consultations), writer.num(trainings)])
    flow.append(writer.table([Column(writer.t("Pillar"), 0.6),
                              Column(writer.t("Consultations"), 0.2, numeric=True),
                              Column(writer.t("Trainings"), 0.2, numeric=True)], rows))
    framework = writer.ref.programmes[data.scope.programme].framework \
        if data.scope.programme in writer.ref.programmes else "objective"
    flow.append(writer.heading({"outcome": writer.t("Activities by programme outcome"),
                                "pillar": writer.t("Activities by programme pillar")}.get(
        framework, writer.t("Activities by programme objective"))))
    rows = []
    totals = [0, 0, 0]
    for code in sorted(data.by_objective, key=lambda c: (c == "", c)):
        values = data.by_objective[code]
        totals = [a + b for a, b in zip(totals, values)]
        rows.append([writer.objective(code), *map(writer.num, values)])
    rows.append([writer.t("Total"), *map(writer.num, totals)])
    flow.append(writer.table([Column(word, 0.55),
                              Column(writer.t("Consultations"), 0.15, numeric=True),
                              Column(writer.t("Trainings"), 0.15, numeric=True),
                              Column(writer.t("People trained"), 0.15, numeric=True)],
                             rows, totals=1))
    return flow


def _trainings(writer: Writer, data: PeriodData) -> list[Flowable]:
    ref = writer.ref
    f = data.figures
    flow: list[Flowable] = [CondPageBreak(260), writer.heading(writer.t("Trainings"))]
    if not data.trainings:
        return flow + [writer.note(writer.t("No trainings in this scope."))]
    sexes = [writer.vocab(SEX_LABELS, s) for s in SEXES]
    trained = tuple(f.trained_by_sex.get(s, 0) for s in SEXES)
    assisted = tuple(f.assisted_by(sex=s) for s in SEXES)
    flow.append(writer.subheading(writer.t("People trained and assisted, by sex")))
    flow.append(charts.sex_bars(writer, [(writer.t("People trained"), trained),
                                         (writer.t("People assisted"), assisted)]))
    flow.append(writer.subheading(writer.t("Participants by sex and institution type")))
    codes = list(ref.counterpart_types) + sorted(set(data.by_institution)
                                                 - set(ref.counterpart_types))
    codes = [c for c in codes if c in data.by_institution]
    flow.append(writer.cross_table(writer.t("Institution type"),
                                   [writer.ref_name(ref.counterpart_types, c) for c in codes],
                                   sexes, [list(data.by_institution[c]) for c in codes]))
    by_type = tuple(sum(v[i] for v in data.by_institution.values()) for i in range(3))
    if by_type != trained:
        flow.append(writer.note(writer.t(
            "Some trainings have no breakdown by institution type, or one that does not add up: "
            "the table counts {counted} of the {total} people trained.",
            counted=writer.num(sum(by_type)), total=writer.num(sum(trained)))))
    gain = data.gain
    assert gain is not None
    flow.append(writer.subheading(writer.t("Knowledge gain")))
    flow.append(writer.table(
        [Column(writer.t("Trainings with both tests"), 0.25, numeric=True),
         Column(writer.t("Pre-test average"), 0.25, numeric=True),
         Column(writer.t("Post-test average"), 0.25, numeric=True),
         Column(writer.t("Knowledge gain (post − pre)"), 0.25, numeric=True)],
        [[writer.num(gain.trainings), writer.score(gain.pre), writer.score(gain.post),
          writer.score(gain.gain, signed=True)]]))
    flow += writer.list_heading(writer.t("Trainings in the period"))
    rows = []
    for t in data.trainings:
        total = t.female + t.male + t.other
        gain_one = None if t.pre_test_avg is None or t.post_test_avg is None \
            else t.post_test_avg - t.pre_test_avg
        rows.append([writer.day(t.start_date), t.title, _where(writer, t.venue, t.country),
                     writer.num(t.female), writer.num(t.male), writer.num(t.other),
                     writer.num(total), writer.score(t.pre_test_avg),
                     writer.score(t.post_test_avg), writer.score(gain_one, signed=True)])
    rows.append([writer.t("Total"), writer.t("{count} trainings", count=writer.num(len(rows))),
                 "", *map(writer.num, trained), writer.num(sum(trained)),
                 writer.score(gain.pre), writer.score(gain.post),
                 writer.score(gain.gain, signed=True)])
    short = [writer.t("F"), writer.t("M"), writer.t("O")]
    # The whole frame's width (the columns added up to 0.955); a total of 5 digits fits its
    # column in bold ("16,933" was cut in two).
    flow.append(writer.table(
        [Column(writer.t("Start"), 0.1), Column(writer.t("Title"), 0.28),
         Column(writer.t("Place"), 0.16),
         *(Column(s, 0.065, numeric=True) for s in short),
         Column(writer.t("Total"), 0.07, numeric=True),
         Column(writer.t("Pre"), 0.065, numeric=True),
         Column(writer.t("Post"), 0.065, numeric=True),
         Column(writer.t("Gain"), 0.065, numeric=True)], rows, totals=1))
    flow.append(writer.note(writer.t("F, M, O: female, male, other or not recorded.")))
    return flow


def _where(writer: Writer, place: str, country: str) -> str:
    return f"{place}, {country}" if place else writer.country(country)


def _consultations(writer: Writer, data: PeriodData) -> list[Flowable]:
    ref = writer.ref
    flow: list[Flowable] = [CondPageBreak(200), writer.heading(writer.t("Consultations"))]
    if data.consultations:
        flow.append(writer.subheading(writer.t("Counterpart types")))
        codes = [c for c in list(ref.counterpart_types)
                 + sorted(set(data.counterpart_types) - set(ref.counterpart_types))
                 if c in data.counterpart_types]
        flow.append(writer.table(
            [Column(writer.t("Counterpart type"), 0.6),
             Column(writer.t("Consultations"), 0.2, numeric=True),
             Column(writer.t("Counterparts"), 0.2, numeric=True)],
            [[writer.ref_name(ref.counterpart_types, c),
              *map(writer.num, data.counterpart_types[c])] for c in codes]))
        flow += writer.list_heading(writer.t("Consultations in the period"))
        rows = [[writer.day(c.date), c.title, writer.ref_name(ref.consultation_types, c.type),
                 _where(writer, c.place, c.country),
                 writer.names(ref.counterpart_types, c.counterpart_types),
                 writer.num(c.participants)] for c in data.consultations]
        rows.append([writer.t("Total"), writer.t("{count} consultations",
                                                 count=writer.num(len(rows))), "", "", "",
                     writer.num(sum(c.participants for c in data.consultations))])
        flow.append(writer.table(
            [Column(writer.t("Date"), 0.1), Column(writer.t("Title"), 0.3),
             Column(writer.t("Type"), 0.14), Column(writer.t("Place"), 0.14),
             Column(writer.t("Counterpart types"), 0.21),  # "Participants" fits in bold
             Column(writer.t("Participants"), 0.11, numeric=True)], rows, totals=1))
    else:
        flow.append(writer.note(writer.t("No consultations in this scope.")))
    flow += writer.list_heading(writer.t("Open follow-up actions"))
    if data.follow_ups:
        overdue = [i for i, f in enumerate(data.follow_ups)
                   if f.due_date is not None and f.due_date < data.today]
        flow.append(writer.note(writer.t(
            "{open} open, {overdue} of them overdue on {today} (shown in red); of consultations "
            "at any date.", open=writer.num(len(data.follow_ups)),
            overdue=writer.num(len(overdue)), today=writer.day(data.today))))
        flow.append(writer.table(
            [Column(writer.t("Due"), 0.1), Column(writer.t("Action"), 0.36),
             Column(writer.t("Responsible"), 0.13), Column(writer.t("Status"), 0.11),
             Column(writer.t("Consultation"), 0.3)],
            [[writer.day(f.due_date), f.action, f.owner,
              writer.vocab(FOLLOW_UP_STATUS_LABELS, f.status),
              f"{writer.day(f.consultation_date)} · {f.consultation_title}"]
             for f in data.follow_ups], warn_rows=overdue))
    else:
        flow.append(writer.note(writer.t("None.")))
    return flow


def _grants(writer: Writer, data: PeriodData) -> list[Flowable]:
    flow: list[Flowable] = [CondPageBreak(220),
                            writer.heading(writer.t("Victim-assistance grants"))]
    if not data.grants:
        return flow + [writer.note(writer.t("No grants in this scope."))]
    note = writer.note(writer.t(
        "Committed, disbursed and balance by currency are on the first page, with the key "
        "figures."))
    note.keepWithNext = True  # the heading is not left alone with it at the foot of a page
    flow.append(note)
    if data.disbursed_by_quarter:
        flow.append(writer.subheading(writer.t("Disbursement over time, by quarter")))
        ranked = sorted(data.disbursed_by_quarter,
                        key=lambda c: (-len(data.disbursed_by_quarter[c]), c))
        shown = ranked[:CHARTED_CURRENCIES]
        width = writer.width / 2 - 4
        cells = [charts.disbursement_bars(writer, c, data.disbursed_by_quarter[c], width)
                 for c in shown]
        grid = [cells[i:i + 2] for i in range(0, len(cells), 2)]
        if len(grid[-1]) == 1:
            grid[-1].append("")
        if writer.rtl:
            grid = [list(reversed(r)) for r in grid]
        table = Table(grid, colWidths=[writer.width / 2] * 2,
                      hAlign="RIGHT" if writer.rtl else "LEFT")
        table.setStyle([*writer.cell_font(), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        flow.append(table)
        if len(ranked) > len(shown):
            flow.append(writer.note(writer.t("Charts for the {count} currencies paid most often; "
                                             "the table on the first page has them all.",
                                             count=len(shown))))
    flow += writer.list_heading(writer.t("Grants in the period"))
    rows = [[g.grantee, g.agreement_ref or DASH, writer.vocab(GRANT_STATUS_LABELS, g.status),
             g.currency, writer.amount(g.committed, g.currency),
             writer.amount(g.disbursed, g.currency), writer.amount(g.balance, g.currency),
             writer.num(g.assisted)] for g in data.grants]
    flow.append(writer.table(
        # "Currency" and "Suspended" fit their columns
        [Column(writer.t("Grantee"), 0.185), Column(writer.t("Agreement"), 0.14),
         Column(writer.t("Status"), 0.1), Column(writer.t("Currency"), 0.085),
         Column(writer.t("Committed"), 0.13, numeric=True),
         Column(writer.t("Disbursed"), 0.13, numeric=True),
         Column(writer.t("Balance"), 0.13, numeric=True),
         Column(writer.t("People assisted"), 0.1, numeric=True)], rows))
    flow += writer.list_heading(writer.t("Grant reports overdue"))
    if data.overdue_reports:
        flow.append(writer.table(
            [Column(writer.t("Grantee"), 0.3), Column(writer.t("Agreement"), 0.2),
             Column(writer.t("Report"), 0.2), Column(writer.t("Due"), 0.15),
             Column(writer.t("Days overdue"), 0.15, numeric=True)],
            [[r.grantee, r.agreement_ref or DASH, writer.vocab(REPORT_KIND_LABELS, r.kind),
              writer.day(r.due_date), writer.num((data.today - r.due_date).days)]
             for r in data.overdue_reports]))
    else:
        flow.append(writer.note(writer.t("None.")))
    return flow


def _assisted(writer: Writer, data: PeriodData) -> list[Flowable]:
    f = data.figures
    return [CondPageBreak(200), writer.heading(writer.t("People assisted")),
            writer.note(writer.t("Counts only: the people assisted are never named.")),
            assisted_table(writer, f.assisted),
            writer.note(writer.t("Persons with disabilities among them: {count}",
                                 count=writer.num(f.assisted_with_disability)))]


def _outside_capital(writer: Writer, data: PeriodData) -> list[Flowable]:
    f = data.figures
    rows = [(writer.t("Consultations"), f.consultations_outside_capital, f.consultations),
            (writer.t("Trainings"), f.trainings_outside_capital, f.trainings),
            (writer.t("All activities"),
             f.consultations_outside_capital + f.trainings_outside_capital, f.activities)]
    return [CondPageBreak(180), writer.heading(writer.t("Activities outside the capital")),
            writer.table([Column(writer.t("Activities"), 0.4),
                          Column(writer.t("Outside the capital"), 0.2, numeric=True),
                          Column(writer.t("All"), 0.2, numeric=True),
                          Column(writer.t("Share outside"), 0.2, numeric=True)],
                         [[name, writer.num(out), writer.num(total),
                           writer.pct(out / total if total else None)]
                          for name, out, total in rows]),
            charts.outside_capital_bars(writer, rows)]
