"""What the period summary prints besides the key figures: breakdowns and lists, in SQL.

The scope rules are those of the registers and the key figures (consultations by date, trainings
by start date, grants whose period overlaps the range); lists of things still to do (open
follow-ups, reports overdue) cover the programme and country at any date, like their key figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.store.models import (
    ConsultationCounterpartRow, ConsultationRow, FollowUpRow, GrantReportRow, GrantRow,
    GrantTrancheRow, TrainingInstitutionRow, TrainingRow,
)
from glo_act_desktop.store.repositories.figures import COMMITTED_STATUSES, OPEN_FOLLOW_UP
from glo_act_desktop.store.repositories.scoped import scope_conditions

C = ConsultationRow.__table__
T = TrainingRow.__table__
G = GrantRow.__table__


def _undated(scope: Scope) -> Scope:
    return Scope(programme=scope.programme, country=scope.country)


def last_change(session: Session) -> datetime | None:
    """When any record was last written (created, edited or deleted)."""
    found = [session.execute(select(func.max(table.c.updated_at))).scalar_one()
             for table in (C, T, G)]
    found = [f for f in found if f is not None]
    return max(found) if found else None


def record_stamps(session: Session, kind: str, record_id: str) -> dict[str, object] | None:
    table = {"consultations": C, "trainings": T, "grants": G}[kind]
    row = session.execute(select(table.c.created_at, table.c.created_by, table.c.updated_at,
                                 table.c.updated_by).where(table.c.id == record_id)).first()
    return dict(row._mapping) if row else None


# --- activities by pillar and by objective ---------------------------------------------------

def activities_by_pillar(session: Session, scope: Scope) -> dict[str, tuple[int, int]]:
    """Pillar code -> (consultations, trainings). A consultation counts under each of its
    pillars; a training has one."""
    consultations: dict[str, int] = defaultdict(int)
    for pillars, count in session.execute(
            select(C.c.pillars, func.count()).where(*scope_conditions("consultations", scope))
            .group_by(C.c.pillars)):
        for code in pillars or ("",):  # "" collects consultations with no pillar
            consultations[code] += count
    trainings = dict(session.execute(
        select(T.c.pillar, func.count()).where(*scope_conditions("trainings", scope))
        .group_by(T.c.pillar)).all())
    return {code: (consultations.get(code, 0), trainings.get(code, 0))
            for code in set(consultations) | set(trainings)}


def activities_by_objective(session: Session, scope: Scope) -> dict[str, tuple[int, int, int]]:
    """Objective code ("" for none) -> (consultations, trainings, people trained)."""
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for code, count in session.execute(
            select(C.c.objective, func.count()).where(*scope_conditions("consultations", scope))
            .group_by(C.c.objective)):
        found[code or ""][0] += count
    trained = T.c.participants_female + T.c.participants_male + T.c.participants_other
    for code, count, people in session.execute(
            select(T.c.objective, func.count(), func.coalesce(func.sum(trained), 0))
            .where(*scope_conditions("trainings", scope)).group_by(T.c.objective)):
        found[code or ""][1] += count
        found[code or ""][2] += people
    return {code: (v[0], v[1], v[2]) for code, v in found.items()}


# --- trainings ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingLine:
    start_date: date
    end_date: date
    title: str
    country: str
    venue: str
    outside_capital: bool
    female: int
    male: int
    other: int
    pre_test_avg: float | None
    post_test_avg: float | None


def training_lines(session: Session, scope: Scope) -> list[TrainingLine]:
    rows = session.execute(
        select(T.c.start_date, T.c.end_date, T.c.title, T.c.country, T.c.venue,
               T.c.outside_capital, T.c.participants_female, T.c.participants_male,
               T.c.participants_other, T.c.pre_test_avg, T.c.post_test_avg)
        .where(*scope_conditions("trainings", scope)).order_by(T.c.start_date, T.c.id))
    return [TrainingLine(*row) for row in rows]


def trained_by_institution(session: Session, scope: Scope) -> dict[str, tuple[int, int, int]]:
    """Institution type -> people trained (female, male, other), from the trainings' breakdown."""
    i = TrainingInstitutionRow.__table__
    rows = session.execute(
        select(i.c.institution_type, func.sum(i.c.female), func.sum(i.c.male), func.sum(i.c.other))
        .join(T, T.c.id == i.c.training_id)
        .where(*scope_conditions("trainings", scope), i.c.deleted.is_(False))
        .group_by(i.c.institution_type))
    return {code: (f or 0, m or 0, o or 0) for code, f, m, o in rows}


@dataclass(frozen=True)
class KnowledgeGain:
    trainings: int  # with both a pre-test and a post-test average
    pre: float | None
    post: float | None

    @property
    def gain(self) -> float | None:
        return None if self.pre is None or self.post is None else self.post - self.pre


def knowledge_gain(session: Session, scope: Scope) -> KnowledgeGain:
    """Mean pre- and post-test averages over the trainings that have both."""
    count, pre, post = session.execute(
        select(func.count(), func.avg(T.c.pre_test_avg), func.avg(T.c.post_test_avg))
        .where(*scope_conditions("trainings", scope), T.c.pre_test_avg.is_not(None),
               T.c.post_test_avg.is_not(None))).one()
    return KnowledgeGain(count, pre, post)


# --- consultations -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsultationLine:
    date: date
    title: str
    type: str
    country: str
    place: str
    outside_capital: bool
    participants: int
    counterpart_types: tuple[str, ...]


def consultation_lines(session: Session, scope: Scope) -> list[ConsultationLine]:
    cp = ConsultationCounterpartRow.__table__
    types: dict[str, set[str]] = defaultdict(set)
    for cid, ctype in session.execute(
            select(cp.c.consultation_id, cp.c.type).join(C, C.c.id == cp.c.consultation_id)
            .where(*scope_conditions("consultations", scope), cp.c.deleted.is_(False))):
        types[cid].add(ctype)
    rows = session.execute(
        select(C.c.id, C.c.date, C.c.title, C.c.type, C.c.country, C.c.place,
               C.c.outside_capital,
               C.c.participants_female + C.c.participants_male + C.c.participants_other)
        .where(*scope_conditions("consultations", scope)).order_by(C.c.date, C.c.id))
    return [ConsultationLine(d, title, ctype, country, place, outside, people,
                             tuple(sorted(types.get(cid, ()))))
            for cid, d, title, ctype, country, place, outside, people in rows]


def counterpart_types(session: Session, scope: Scope) -> dict[str, tuple[int, int]]:
    """Counterpart type -> (consultations with at least one, counterparts named)."""
    cp = ConsultationCounterpartRow.__table__
    rows = session.execute(
        select(cp.c.type, func.count(func.distinct(cp.c.consultation_id)), func.count())
        .join(C, C.c.id == cp.c.consultation_id)
        .where(*scope_conditions("consultations", scope), cp.c.deleted.is_(False))
        .group_by(cp.c.type))
    return {code: (consultations, named) for code, consultations, named in rows}


@dataclass(frozen=True)
class FollowUpLine:
    due_date: date | None
    action: str
    owner: str
    status: str
    consultation_date: date
    consultation_title: str


def open_follow_ups(session: Session, scope: Scope) -> list[FollowUpLine]:
    """Open and in-progress follow-ups of the programme's and country's consultations (any
    date), the earliest due first."""
    f = FollowUpRow.__table__
    rows = session.execute(
        select(f.c.due_date, f.c.action, f.c.owner, f.c.status, C.c.date, C.c.title)
        .join(C, C.c.id == f.c.consultation_id)
        .where(*scope_conditions("consultations", _undated(scope)), f.c.deleted.is_(False),
               f.c.status.in_(OPEN_FOLLOW_UP))
        .order_by(f.c.due_date.is_(None), f.c.due_date, C.c.date, f.c.id))
    return [FollowUpLine(*row) for row in rows]


# --- grants ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GrantLine:
    grantee: str
    agreement_ref: str
    status: str
    currency: str
    committed: Decimal  # 0 for a grant still in the pipeline
    disbursed: Decimal  # tranches paid within the period
    start_date: date
    end_date: date
    assisted: int

    @property
    def balance(self) -> Decimal:
        return self.committed - self.disbursed


def _paid_in_period(scope: Scope):
    tr = GrantTrancheRow.__table__
    found = [tr.c.deleted.is_(False)]
    if scope.date_from:
        found.append(tr.c.date >= scope.date_from)
    if scope.date_to:
        found.append(tr.c.date <= scope.date_to)
    return found


def grant_lines(session: Session, scope: Scope) -> list[GrantLine]:
    """Grants in scope, with committed and disbursed counted as the key figures count them."""
    tr = GrantTrancheRow.__table__
    paid = (select(tr.c.grant_id, func.sum(tr.c.amount).label("paid"))
            .where(*_paid_in_period(scope)).group_by(tr.c.grant_id).subquery())
    assisted = sum((G.c[column] for column in ASSISTED_COLUMNS[1:]), G.c[ASSISTED_COLUMNS[0]])
    rows = session.execute(
        select(G.c.grantee, G.c.agreement_ref, G.c.status, G.c.currency, G.c.committed_amount,
               paid.c.paid, G.c.start_date, G.c.end_date, assisted)
        .outerjoin(paid, paid.c.grant_id == G.c.id)
        .where(*scope_conditions("grants", scope))
        .order_by(G.c.currency, G.c.start_date, G.c.id))
    # SUM keeps the column's exact type: amounts come back as Decimals.
    return [GrantLine(grantee, ref, status, currency,
                      committed if status in COMMITTED_STATUSES else Decimal(0),
                      paid or Decimal(0), start, end, people)
            for grantee, ref, status, currency, committed, paid, start, end, people in rows]


def disbursed_by_quarter(session: Session,
                         scope: Scope) -> dict[str, dict[tuple[int, int], Decimal]]:
    """Currency -> (year, quarter) -> amount paid in the period to grants in scope."""
    tr = GrantTrancheRow.__table__
    found: dict[str, dict[tuple[int, int], Decimal]] = defaultdict(dict)
    rows = session.execute(
        select(G.c.currency, tr.c.date, tr.c.amount)
        .join(tr, and_(tr.c.grant_id == G.c.id, *_paid_in_period(scope)))
        .where(*scope_conditions("grants", scope)))
    for currency, day, amount in rows:
        key = (day.year, (day.month - 1) // 3 + 1)
        found[currency][key] = found[currency].get(key, Decimal(0)) + amount
    return dict(found)


@dataclass(frozen=True)
class OverdueReport:
    grantee: str
    agreement_ref: str
    currency: str
    kind: str
    due_date: date


def overdue_reports(session: Session, scope: Scope, today: date) -> list[OverdueReport]:
    """Grant reports past due and not received, of the programme's and country's grants
    (any date), the longest overdue first."""
    r = GrantReportRow.__table__
    rows = session.execute(
        select(G.c.grantee, G.c.agreement_ref, G.c.currency, r.c.kind, r.c.due_date)
        .join(G, G.c.id == r.c.grant_id)
        .where(*scope_conditions("grants", _undated(scope)), r.c.deleted.is_(False),
               r.c.received_date.is_(None), r.c.due_date < today)
        .order_by(r.c.due_date, G.c.grantee, r.c.id))
    return [OverdueReport(*row) for row in rows]
