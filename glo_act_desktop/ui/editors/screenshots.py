"""Render each editor, filled with a demo record, into PNG files (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen python -m glo_act_desktop.ui.editors.screenshots docs/screenshots

Writes editor-consultation.png, editor-training.png and editor-grant.png (the first tab), and
editor-<kind>-<n>.png for the other tabs. Uses a throwaway data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

EDITOR_SIZE = (1120, 640)  # what is left of a 1366×768 screen beside the navigation and bars


def demo_records():
    from glo_act_desktop.domain.records import (
        Consultation, Counterpart, FollowUp, Grant, GrantReport, InstitutionCount, Training,
        Tranche,
    )
    consultation = Consultation(
        programme="GLOACT-SA", country="NP", date=date(2025, 3, 14),
        title="Review of the national action plan on trafficking", type="technical_meeting",
        place="Nepalgunj", outside_capital=True, objective="GLOACT-SA.OC1",
        participants_female=7, participants_male=9, participants_other=1,
        pillars=("policy", "cooperation"), target_groups=("women", "vulnerable_migrants"),
        summary="Reviewed the draft national action plan chapter on protection. The ministry "
                "will circulate a revised draft to the committee before the next session.",
        counterparts=[Counterpart("Ministry of Home Affairs", "ministry"),
                      Counterpart("Nepal Police, Banke district", "police_border"),
                      Counterpart("Maiti Nepal", "civil_society")],
        follow_ups=[
            FollowUp("Send written comments on the draft chapter", owner="UNODC",
                     due_date=date(2025, 4, 1), status="done"),
            FollowUp("Circulate the revised draft to committee members",
                     owner="Ministry of Home Affairs", due_date=date(2025, 4, 20),
                     status="in_progress"),
            FollowUp("Schedule a training for district prosecutors", owner="UNODC",
                     due_date=date(2025, 6, 30))])
    training = Training(
        programme="GLOACT-SA", country="BD", title="Financial investigations of trafficking",
        start_date=date(2025, 5, 5), end_date=date(2025, 5, 7), pillar="capacity",
        objective="GLOACT-SA.OC2",
        topics=("Following the money", "Digital evidence", "Victim-centred interviews"),
        venue="Cox's Bazar, district training centre", outside_capital=True,
        delivery="in_person", participants_female=10, participants_male=14,
        trainers_female=1, trainers_male=2, pre_test_avg=48.5, post_test_avg=77.0,
        target_groups=("women",), notes="Two participants left after the first day.",
        institutions=[InstitutionCount("police_border", 6, 10, 0),
                      InstitutionCount("prosecution", 4, 3, 0),
                      InstitutionCount("judiciary", 0, 1, 0)])
    grant = Grant(
        programme="GLOACT-SA", country="LK", grantee="Safe Migration Alliance",
        currency="LKR", committed_amount=Decimal("1500000.00"),
        start_date=date(2025, 1, 1), end_date=date(2025, 12, 31),
        agreement_ref="VAG/LK/2025/01", status="active",
        services=("shelter", "legal_aid", "psychosocial"),
        notes="Shelter in Negombo; legal aid through partner lawyers.",
        tranches=[Tranche(date(2025, 2, 1), Decimal("500000.00"), "TR-1"),
                  Tranche(date(2025, 6, 2), Decimal("450000.00"), "TR-2")],
        reports=[GrantReport("narrative", date(2025, 6, 30), date(2025, 7, 4)),
                 GrantReport("financial", date(2025, 6, 30)),
                 GrantReport("final", date(2026, 1, 31))])
    grant.assisted.update({
        "assisted_female_adult_trafficking": 12, "assisted_female_child_trafficking": 4,
        "assisted_male_adult_smuggled": 9, "assisted_male_child_vulnerable": 3,
        "assisted_female_adult_vulnerable": 6, "assisted_other_adult_trafficking": 1})
    grant.assisted_with_disability = 2
    return {"consultations": consultation, "trainings": training, "grants": grant}


def render(out_dir: Path, size: tuple[int, int] = EDITOR_SIZE, rtl: bool = False) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from glo_act_desktop.services.context import AppContext
    from glo_act_desktop.services.records import save_record
    from glo_act_desktop.services.setup import init_device
    from glo_act_desktop.ui.editors import EDITORS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(tmp)
        try:
            init_device(ctx, "NP", "Demo laptop")
            for kind, rec in demo_records().items():
                save_record(ctx, rec)
                editor = EDITORS[kind](ctx)
                editor.resize(*size)
                editor.load(rec.id)
                editor.show()
                app.processEvents()
                stem = f"editor-{kind.rstrip('s')}" + ("-rtl" if rtl else "")
                for tab in range(editor.ui.tabs.count()):
                    editor.ui.tabs.setCurrentIndex(tab)
                    app.processEvents()
                    path = out_dir / (f"{stem}.png" if tab == 0 else f"{stem}-{tab + 1}.png")
                    editor.grab().save(str(path))
                    written.append(path)
                editor.close()
                editor.deleteLater()
                app.processEvents()
        finally:
            ctx.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout")
    parser.add_argument("--size", default="x".join(map(str, EDITOR_SIZE)))
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    for path in render(args.out_dir, (width, height), args.rtl):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
