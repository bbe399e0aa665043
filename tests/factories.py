"""Valid records to start tests from; tests change one thing and check what happens."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from glo_act_desktop.domain.records import (
    Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Training, Tranche,
)


def consultation(**changes) -> Consultation:
    rec = Consultation(
        programme="GLOACT-SA", country="NP", date=date(2025, 3, 14),
        title="Meeting on the national action plan", type="technical_meeting",
        place="Nepalgunj", outside_capital=True, objective="GLOACT-SA.OC1",
        participants_female=7, participants_male=9, participants_other=1,
        pillars=("policy", "cooperation"), target_groups=("women",),
        summary="Reviewed the draft action plan.",
        counterparts=[Counterpart("Ministry of Home Affairs", "ministry"),
                      Counterpart("Nepal Police", "police_border")],
        follow_ups=[FollowUp("Send comments on the draft", owner="UNODC",
                             due_date=date(2025, 4, 1))])
    for key, value in changes.items():
        setattr(rec, key, value)
    return rec


def training(**changes) -> Training:
    rec = Training(
        programme="GLOACT-SA", country="BD", title="Financial investigations",
        start_date=date(2025, 5, 5), end_date=date(2025, 5, 7), pillar="capacity",
        topics=("financial investigations", "digital evidence"), venue="Cox's Bazar",
        outside_capital=True, delivery="in_person",
        participants_female=10, participants_male=14, participants_other=0,
        trainers_female=1, trainers_male=2, pre_test_avg=48.5, post_test_avg=77.0,
        institutions=[InstitutionCount("police_border", 6, 10, 0),
                      InstitutionCount("prosecution", 4, 4, 0)])
    for key, value in changes.items():
        setattr(rec, key, value)
    return rec


def grant(**changes) -> Grant:
    rec = Grant(
        programme="GLOACT-SA", country="LK", grantee="Safe Migration Alliance",
        currency="LKR", committed_amount=Decimal("1500000.00"),
        start_date=date(2025, 1, 1), end_date=date(2025, 12, 31), agreement_ref="VAG/LK/2025/01",
        status="active", services=("shelter", "legal_aid"),
        tranches=[Tranche(date(2025, 2, 1), Decimal("500000.50"), "TR-1")],
        reports=[GrantReport("narrative", date(2025, 6, 30))])
    rec.assisted["assisted_female_adult_trafficking"] = 12
    rec.assisted["assisted_male_child_vulnerable"] = 3
    rec.assisted_with_disability = 2
    for key, value in changes.items():
        setattr(rec, key, value)
    return rec
