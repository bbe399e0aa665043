"""The summary of one consultation, training or grant: every field, its lists, its breakdowns."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from glo_act_desktop.domain.records import Consultation, Grant, Record, Training
from glo_act_desktop.domain.vocab import (
    AGE_GROUPS, AGE_LABELS, ASSISTED_KIND_LABELS, ASSISTED_KINDS, DELIVERY_LABELS,
    FOLLOW_UP_STATUS_LABELS, GRANT_STATUS_LABELS, REPORT_KIND_LABELS, SERVICE_LABELS, SEX_LABELS,
    SEXES, assisted_column,
)
from glo_act_desktop.reports.layout import DASH, Column, Writer


def kind_title(writer: Writer, rec: Record) -> str:
    if isinstance(rec, Consultation):
        return writer.t("Consultation")
    if isinstance(rec, Training):
        return writer.t("Training")
    return writer.t("Victim-assistance grant")


def record_heading(rec: Record) -> str:
    if isinstance(rec, Grant):
        return rec.grantee
    return rec.title


def story(writer: Writer, rec: Record, stamps: dict | None, today: date) -> list[Flowable]:
    flow: list[Flowable] = [
        writer.note(kind_title(writer, rec)),
        writer.title(record_heading(rec) or DASH),
    ]
    if isinstance(rec, Consultation):
        flow += _consultation(writer, rec, today)
    elif isinstance(rec, Training):
        flow += _training(writer, rec)
    else:
        flow += _grant(writer, rec, today)
    flow += _stamps(writer, rec, stamps)
    return flow


def _common(writer: Writer, rec: Record) -> list[tuple[str, object]]:
    return [(writer.t("Programme"), writer.programme(rec.programme)),
            (writer.t("Country"), writer.country(rec.country))]


def _participants(writer: Writer, female: int, male: int, other: int) -> Flowable:
    return writer.cross_table(writer.t("Participants"), [writer.t("People")],
                              [writer.vocab(SEX_LABELS, s) for s in SEXES],
                              [[female, male, other]], first_share=0.28,
                              column_totals=False)


def _consultation(writer: Writer, rec: Consultation, today: date) -> list[Flowable]:
    ref = writer.ref
    fields = [
        (writer.t("Title"), rec.title),
        *_common(writer, rec),
        (writer.t("Date"), writer.day(rec.date)),
        (writer.t("Type"), writer.ref_name(ref.consultation_types, rec.type)),
        (writer.t("Place"), rec.place),
        (writer.t("Outside the capital"), writer.yes_no(rec.outside_capital)),
        (writer.framework_word(rec.programme), writer.objective(rec.objective)),
        (writer.t("Pillars"), writer.names(ref.pillars, rec.pillars)),
        (writer.t("Target groups"), writer.names(ref.target_groups, rec.target_groups)),
        (writer.t("Summary"), rec.summary),
    ]
    flow: list[Flowable] = [writer.fields(fields)]
    flow += [writer.subheading(writer.t("Participants by sex")),
             _participants(writer, rec.participants_female, rec.participants_male,
                           rec.participants_other)]
    flow.append(writer.subheading(writer.t("Counterparts")))
    if rec.counterparts:
        flow.append(writer.table(
            [Column(writer.t("Organisation"), 0.6), Column(writer.t("Type"), 0.4)],
            [[c.organisation, writer.ref_name(ref.counterpart_types, c.type)]
             for c in rec.counterparts]))
    else:
        flow.append(writer.note(writer.t("None recorded.")))
    flow.append(writer.subheading(writer.t("Follow-up actions")))
    if rec.follow_ups:
        overdue = [i for i, f in enumerate(rec.follow_ups)
                   if f.status in ("open", "in_progress") and f.due_date and f.due_date < today]
        flow.append(writer.table(
            [Column(writer.t("Action"), 0.5), Column(writer.t("Responsible"), 0.18),
             Column(writer.t("Due"), 0.14), Column(writer.t("Status"), 0.18)],
            [[f.action, f.owner, writer.day(f.due_date),
              writer.vocab(FOLLOW_UP_STATUS_LABELS, f.status)
              + (f" · {writer.t('overdue')}" if i in overdue else "")]
             for i, f in enumerate(rec.follow_ups)], warn_rows=overdue))
    else:
        flow.append(writer.note(writer.t("None recorded.")))
    return flow


def _training(writer: Writer, rec: Training) -> list[Flowable]:
    ref = writer.ref
    gain = None if rec.pre_test_avg is None or rec.post_test_avg is None \
        else rec.post_test_avg - rec.pre_test_avg
    fields = [
        (writer.t("Title"), rec.title),
        *_common(writer, rec),
        (writer.t("Dates"), writer.t("{start} to {end}", start=writer.day(rec.start_date),
                                     end=writer.day(rec.end_date))),
        (writer.t("Pillar"), writer.ref_name(ref.pillars, rec.pillar)),
        (writer.framework_word(rec.programme), writer.objective(rec.objective)),
        (writer.t("Topics"), writer.join(rec.topics) or DASH),
        (writer.t("Venue"), rec.venue),
        (writer.t("Outside the capital"), writer.yes_no(rec.outside_capital)),
        (writer.t("Delivery"), writer.vocab(DELIVERY_LABELS, rec.delivery)),
        (writer.t("Trainers"), writer.t("Women: {female}, men: {male}",
                                        female=rec.trainers_female, male=rec.trainers_male)),
        (writer.t("Pre-test average"), writer.score(rec.pre_test_avg)),
        (writer.t("Post-test average"), writer.score(rec.post_test_avg)),
        (writer.t("Knowledge gain (post − pre)"), writer.score(gain, signed=True)),
        (writer.t("Target groups"), writer.names(ref.target_groups, rec.target_groups)),
        (writer.t("Notes"), rec.notes),
    ]
    flow: list[Flowable] = [writer.fields(fields)]
    flow.append(writer.subheading(writer.t("Participants by sex and institution type")))
    if rec.institutions:
        flow.append(writer.cross_table(
            writer.t("Institution type"),
            [writer.ref_name(ref.counterpart_types, i.institution_type)
             for i in rec.institutions],
            [writer.vocab(SEX_LABELS, s) for s in SEXES],
            [[i.female, i.male, i.other] for i in rec.institutions]))
    else:
        flow.append(_participants(writer, rec.participants_female, rec.participants_male,
                                  rec.participants_other))
        flow.append(writer.note(writer.t("No breakdown by institution type was recorded.")))
    return flow


def _grant(writer: Writer, rec: Grant, today: date) -> list[Flowable]:
    disbursed = rec.disbursed_amount
    money = lambda v: f"{writer.amount(v, rec.currency)} {rec.currency}"  # noqa: E731
    fields = [
        (writer.t("Grantee"), rec.grantee),
        *_common(writer, rec),
        (writer.t("Agreement reference"), rec.agreement_ref),
        (writer.t("Status"), writer.vocab(GRANT_STATUS_LABELS, rec.status)),
        (writer.t("Period"), writer.t("{start} to {end}", start=writer.day(rec.start_date),
                                      end=writer.day(rec.end_date))),
        (writer.t("Committed"), money(rec.committed_amount)),
        (writer.t("Disbursed"), money(disbursed)),
        (writer.t("Balance"), money(rec.committed_amount - disbursed)),
        (writer.t("Services"), writer.names(SERVICE_LABELS, rec.services, context="vocab")),
        (writer.t("People assisted"), writer.num(rec.assisted_total)),
        (writer.t("Persons with disabilities among them"),
         writer.num(rec.assisted_with_disability)),
        (writer.t("Notes"), rec.notes),
    ]
    flow: list[Flowable] = [writer.fields(fields)]
    flow.append(writer.subheading(writer.t("People assisted by sex, age and kind")))
    flow.append(assisted_table(writer, rec.assisted))
    flow.append(writer.note(writer.t("Persons with disabilities among them: {count}",
                                     count=writer.num(rec.assisted_with_disability))))
    flow.append(writer.subheading(writer.t("Tranches")))
    if rec.tranches:
        rows = [[writer.day(t.date), t.reference, writer.amount(t.amount, rec.currency)]
                for t in rec.tranches]
        rows.append([writer.t("Total"), "", writer.amount(disbursed, rec.currency)])
        flow.append(writer.table(
            [Column(writer.t("Date"), 0.2), Column(writer.t("Reference"), 0.5),
             Column(writer.t("Amount ({currency})", currency=rec.currency), 0.3, numeric=True)],
            rows, totals=1))
    else:
        flow.append(writer.note(writer.t("None recorded.")))
    flow.append(writer.subheading(writer.t("Reports")))
    if rec.reports:
        overdue = [i for i, r in enumerate(rec.reports)
                   if r.received_date is None and r.due_date and r.due_date < today]
        rows = []
        for i, r in enumerate(rec.reports):
            state = writer.t("Received") if r.received_date else \
                writer.t("Overdue") if i in overdue else writer.t("Due")
            rows.append([writer.vocab(REPORT_KIND_LABELS, r.kind), writer.day(r.due_date),
                         writer.day(r.received_date), state, r.notes])
        flow.append(writer.table(
            [Column(writer.t("Report"), 0.22), Column(writer.t("Due"), 0.14),
             Column(writer.t("Received"), 0.14), Column(writer.t("Status"), 0.14),
             Column(writer.t("Notes"), 0.36)], rows, warn_rows=overdue))
    else:
        flow.append(writer.note(writer.t("None recorded.")))
    return flow


def assisted_table(writer: Writer, assisted: dict[str, int]) -> Flowable:
    """Rows: kind and age; columns: sex; totals both ways."""
    row_labels, cells = [], []
    for kind in ASSISTED_KINDS:
        for age in AGE_GROUPS:
            row_labels.append(f"{writer.vocab(ASSISTED_KIND_LABELS, kind)} · "
                              f"{writer.vocab(AGE_LABELS, age)}")
            cells.append([assisted.get(assisted_column(sex, age, kind), 0) for sex in SEXES])
    return writer.cross_table(writer.t("Kind and age"), row_labels,
                              [writer.vocab(SEX_LABELS, s) for s in SEXES], cells,
                              first_share=0.44)


def _stamps(writer: Writer, rec: Record, stamps: dict | None) -> list[Flowable]:
    lines = [writer.t("Record id: {id}", id=rec.id)]
    if stamps:
        lines.append(writer.t("Created {when} on {device}; last changed {changed} on {by}.",
                              when=writer.day(stamps["created_at"]),
                              device=stamps["created_by"],
                              changed=writer.day(stamps["updated_at"]), by=stamps["updated_by"]))
    return [writer.gap(8)] + [writer.note(line) for line in lines]
