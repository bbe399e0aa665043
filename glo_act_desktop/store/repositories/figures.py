"""Aggregates for a scope, computed in SQL (never by loading records)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from glo_act_desktop.domain.figures import KeyFigures, MoneyLine
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.domain.vocab import ASSISTED_COLUMNS
from glo_act_desktop.store.models import (
    ConsultationRow, FollowUpRow, GrantReportRow, GrantRow, GrantTrancheRow, TrainingRow,
)

OPEN_FOLLOW_UP = ("open", "in_progress")
COMMITTED_STATUSES = ("active", "suspended", "closed")  # a pipeline grant is not yet committed


def _where(model, scope: Scope, *, dated: bool = True) -> list[ColumnElement[bool]]:
    """Scope conditions: consultations by date, trainings by start, grants overlapping."""
    found: list[ColumnElement[bool]] = [model.deleted.is_(False)]
    if scope.programme:
        found.append(model.programme == scope.programme)
    if scope.country:
        found.append(model.country == scope.country)
    if not dated:
        return found
    if model is GrantRow:
        if scope.date_from:
            found.append(model.end_date >= scope.date_from)
        if scope.date_to:
            found.append(model.start_date <= scope.date_to)
    else:
        day = model.date if model is ConsultationRow else model.start_date
        if scope.date_from:
            found.append(day >= scope.date_from)
        if scope.date_to:
            found.append(day <= scope.date_to)
    return found


def key_figures(session: Session, scope: Scope, today: date) -> KeyFigures:
    c = ConsultationRow
    consultations, c_outside = session.execute(
        select(func.count(), func.coalesce(func.sum(case((c.outside_capital, 1), else_=0)), 0))
        .where(*_where(c, scope))).one()
    t = TrainingRow
    trainings, t_outside, female, male, other = session.execute(
        select(func.count(), func.coalesce(func.sum(case((t.outside_capital, 1), else_=0)), 0),
               func.coalesce(func.sum(t.participants_female), 0),
               func.coalesce(func.sum(t.participants_male), 0),
               func.coalesce(func.sum(t.participants_other), 0))
        .where(*_where(t, scope))).one()
    g = GrantRow
    grant_filter = _where(g, scope)
    grants = session.execute(select(func.count()).where(*grant_filter)).scalar_one()
    assisted_row = session.execute(
        select(*(func.coalesce(func.sum(getattr(g, col)), 0) for col in ASSISTED_COLUMNS),
               func.coalesce(func.sum(g.assisted_with_disability), 0))
        .where(*grant_filter)).one()
    return KeyFigures(
        consultations=consultations, consultations_outside_capital=c_outside,
        trainings=trainings, trainings_outside_capital=t_outside,
        trained_by_sex={"female": female, "male": male, "other": other},
        grants=grants, money=_money(session, scope),
        assisted=dict(zip(ASSISTED_COLUMNS, assisted_row[:-1])),
        assisted_with_disability=assisted_row[-1],
        follow_ups_overdue=_overdue_follow_ups(session, scope, today),
        reports_overdue=_overdue_reports(session, scope, today))


def _money(session: Session, scope: Scope) -> tuple[MoneyLine, ...]:
    """Committed per currency for grants in scope (not pipeline); disbursed = their tranches
    paid within the period."""
    g, tr = GrantRow, GrantTrancheRow
    committed = dict(session.execute(
        select(g.currency, func.sum(g.committed_amount))
        .where(*_where(g, scope), g.status.in_(COMMITTED_STATUSES))
        .group_by(g.currency)).all())
    paid_in_period = [tr.deleted.is_(False)]
    if scope.date_from:
        paid_in_period.append(tr.date >= scope.date_from)
    if scope.date_to:
        paid_in_period.append(tr.date <= scope.date_to)
    disbursed = dict(session.execute(
        select(g.currency, func.sum(tr.amount))
        .join(tr, and_(tr.grant_id == g.id, *paid_in_period))
        .where(*_where(g, scope)).group_by(g.currency)).all())
    # SUM keeps the column's exact type, so these are Decimals already.
    return tuple(MoneyLine(cur, committed.get(cur, Decimal(0)), disbursed.get(cur, Decimal(0)))
                 for cur in sorted(set(committed) | set(disbursed)))


def _overdue_follow_ups(session: Session, scope: Scope, today: date) -> int:
    """Open follow-ups past due, of consultations in the programme and country (any date)."""
    c, f = ConsultationRow, FollowUpRow
    return session.execute(
        select(func.count()).select_from(f).join(c, c.id == f.consultation_id)
        .where(*_where(c, scope, dated=False), f.deleted.is_(False),
               f.status.in_(OPEN_FOLLOW_UP), f.due_date < today)).scalar_one()


def _overdue_reports(session: Session, scope: Scope, today: date) -> int:
    """Grant reports past due and not received, of grants in the programme and country."""
    g, r = GrantRow, GrantReportRow
    return session.execute(
        select(func.count()).select_from(r).join(g, g.id == r.grant_id)
        .where(*_where(g, scope, dated=False), r.deleted.is_(False),
               r.received_date.is_(None), r.due_date < today)).scalar_one()
