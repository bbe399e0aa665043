"""Helpers shared by the sheet tests (kept in a test_ module so they live beside them): files
written as an officer's spreadsheet program would, valid rows to change one cell of, and a
snapshot of every record row to prove an import changed nothing."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import text

from glo_act_desktop.services.sheets.columns import SHEETS
from glo_act_desktop.store.models import Base

REPLICATED_TABLES = [t.name for t in Base.metadata.sorted_tables if "updated_at" in t.c]


def write_csv(path: Path, header: list[str], rows: list[list[Any]], *,
              encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, tuple[list[str], list[list[Any]]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, (header, rows) in sheets.items():
        sheet = workbook.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def row_of(kind: str, values: dict[str, Any]) -> list[Any]:
    """A row with the kind's columns in order, blank where `values` says nothing."""
    return [values.get(name, "") for name in SHEETS[kind].names]


def valid_consultation(**changes: Any) -> dict[str, Any]:
    return {"programme": "GLOACT-SA", "country": "NP", "date": "2025-03-14",
            "title": "Meeting on the national action plan", "type": "technical_meeting",
            "place": "Nepalgunj", "outside_capital": "yes", "objective": "GLOACT-SA.OC1",
            "participants_female": "7", "participants_male": "9", "participants_other": "1",
            "pillars": "policy; cooperation", "target_groups": "women",
            "counterparts": "Ministry of Home Affairs [ministry]; Nepal Police [police_border]",
            "summary": "Reviewed the draft action plan.", **changes}


def valid_training(**changes: Any) -> dict[str, Any]:
    return {"programme": "GLOACT-SA", "country": "BD", "title": "Financial investigations",
            "pillar": "capacity", "objective": "GLOACT-SA.OC2",
            "topics": "financial investigations; digital evidence", "start_date": "2025-05-05",
            "end_date": "2025-05-07", "venue": "Cox's Bazar", "outside_capital": "yes",
            "delivery": "in_person", "participants_female": "10", "participants_male": "14",
            "participants_other": "0", "trainers_female": "1", "trainers_male": "2",
            "pre_test_avg": "48.5", "post_test_avg": "77", "target_groups": "", "notes": "",
            **changes}


def valid_grant(**changes: Any) -> dict[str, Any]:
    return {"programme": "GLOACT-SA", "country": "LK", "grantee": "Safe Migration Alliance",
            "agreement_ref": "VAG/LK/2025/01", "currency": "USD",
            "committed_amount": "150000.00", "start_date": "2025-01-01",
            "end_date": "2025-12-31", "status": "active", "services": "shelter; legal_aid",
            "assisted_female_adult_trafficking": "12", "assisted_with_disability": "2",
            **changes}


VALID = {"consultations": valid_consultation, "trainings": valid_training,
         "grants": valid_grant}


def snapshot(ctx) -> dict[str, list[tuple]]:
    """Every row of every replicated table: equal before and after means nothing was written."""
    with ctx.db.reading() as session:
        return {table: [tuple(row) for row in
                        session.execute(text(f"select * from {table} order by id"))]
                for table in REPLICATED_TABLES}


def count(ctx, table: str, where: str = "not deleted") -> int:
    with ctx.db.reading() as session:
        return session.execute(text(f"select count(*) from {table} where {where}")).scalar()
