"""Record summary PDFs: every field and list, totals, vocabulary names, and every script drawn
with an embedded font that has its glyphs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from glo_act_desktop.reports import text
from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.records import delete_records, save_record
from glo_act_desktop.services.reports import build_record_summary
from tests import factories
from tests import reports_samples as samples

TODAY = date(2025, 6, 30)

# The Noto family each sample needs besides Noto Sans.
FAMILIES = {
    "bengali": {"NotoSansBengali"}, "nepali": {"NotoSansDevanagari"},
    "sinhala-tamil": {"NotoSansSinhala", "NotoSansTamil"}, "arabic": {"NotoNaskhArabic"},
    "dari-pashto": {"NotoNaskhArabic"}, "urdu": {"NotoNaskhArabic"}, "russian": set(),
    "dhivehi": {"NotoSansThaana"},
}


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def embedded_fonts(path) -> dict[str, bool]:
    """Base font name (subset prefix dropped) -> whether the font file is embedded."""
    found = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).split("+", 1)[-1].split("-")[0]
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile2", "/FontFile3"))
            found[name] = found.get(name, True) and embedded
    return found


@pytest.mark.parametrize("name, lang", [(name, "en") for name in sorted(samples.ALL)]
                         + [(name, "ar") for name in ("arabic", "dari-pashto", "nepali")])
def test_each_script_renders_with_embedded_fonts_and_no_missing_glyph(ctx, tmp_path, name,
                                                                      lang):
    rec = samples.ALL[name]()
    save_record(ctx, rec)
    out = tmp_path / f"{name}.pdf"
    text.missing_glyphs.clear()
    assert build_record_summary(ctx, rec.id, out, lang=lang, today=TODAY) >= 1
    assert not text.missing_glyphs
    fonts = embedded_fonts(out)
    assert all(fonts.values()), fonts  # every font embedded: no base-14 stand-in
    assert FAMILIES[name] | {"NotoSans"} <= set(fonts)
    assert rec.id in pdf_text(out)


def test_arabic_content_reads_back_in_order(ctx, tmp_path):
    rec = samples.arabic()
    save_record(ctx, rec)
    out = tmp_path / "arabic.pdf"
    build_record_summary(ctx, rec.id, out, lang="ar", today=TODAY)
    body = pdf_text(out)
    for number in ("2024", "25", "40", "12", "85,000.00", "55,000.50", "29,999.50",
                   "2024-07-01", "2025-12-31", "VAG/IQ/2024/07"):
        assert number in body
    assert "UNODC" in body and "IOM" in body
    assert "4202" not in body and "CDONU" not in body


def test_consultation_summary_has_every_field_and_list(ctx, tmp_path):
    rec = factories.consultation()
    save_record(ctx, rec)
    out = tmp_path / "c.pdf"
    build_record_summary(ctx, rec.id, out, today=TODAY)
    body = pdf_text(out)
    for expected in (
            "Meeting on the national action plan", "GLO.ACT South Asia 2024–2027", "Nepal",
            "2025-03-14", "Technical meeting", "Nepalgunj", "Outside the capital Yes",
            "GLOACT-SA.OC1 · National policy and legal frameworks",
            "Policy development, Regional and international cooperation", "Women",
            "Reviewed the draft action plan.", "People 7 9 1 17",
            "Ministry of Home Affairs Ministry or government department",
            "Nepal Police Police and border agencies",
            "Send comments on the draft UNODC 2025-04-01 Open · overdue",
            "Created ", "Test laptop"):
        assert expected in body, expected
    assert "technical_meeting" not in body and "police_border" not in body  # names, not codes


def test_training_summary_has_the_breakdown_with_totals(ctx, tmp_path):
    rec = factories.training()
    save_record(ctx, rec)
    out = tmp_path / "t.pdf"
    build_record_summary(ctx, rec.id, out, today=TODAY)
    body = pdf_text(out)
    for expected in (
            "Financial investigations", "Bangladesh", "2025-05-05 to 2025-05-07",
            "Capacity building", "financial investigations, digital evidence", "Cox's Bazar",
            "In person", "Women: 1, men: 2", "Pre-test average 48.5", "Post-test average 77.0",
            "Knowledge gain (post − pre) +28.5",
            "Police and border agencies 6 10 0 16", "Prosecution service 4 4 0 8",
            "Total 10 14 0 24"):
        assert expected in body, expected


def test_grant_summary_has_money_people_tranches_and_reports(ctx, tmp_path):
    rec = factories.grant()
    rec.tranches.append(factories.Tranche(date(2025, 5, 1), Decimal("250000"), "TR-2"))
    save_record(ctx, rec)
    out = tmp_path / "g.pdf"
    build_record_summary(ctx, rec.id, out, today=TODAY)
    body = pdf_text(out)
    for expected in (
            "Safe Migration Alliance", "Sri Lanka", "VAG/LK/2025/01", "Active",
            "2025-01-01 to 2025-12-31", "Committed 1,500,000.00 LKR",
            "Disbursed 750,000.50 LKR", "Balance 749,999.50 LKR", "Shelter, Legal aid",
            "People assisted 15", "Persons with disabilities among them 2",
            "Victim of trafficking · Adult 12 0 0 12",
            "Vulnerable migrant · Child (under 18) 0 3 0 3", "Total 12 3 0 15",
            "2025-02-01 TR-1 500,000.50", "2025-05-01 TR-2 250,000.00", "Total 750,000.50",
            "Narrative report 2025-06-30 – Due"):
        assert expected in body, expected


def test_overdue_report_is_marked(ctx, tmp_path):
    rec = factories.grant()
    save_record(ctx, rec)
    out = tmp_path / "g.pdf"
    build_record_summary(ctx, rec.id, out, today=date(2025, 7, 15))
    assert "Narrative report 2025-06-30 – Overdue" in pdf_text(out)


def test_unknown_and_deleted_records_are_rejected(ctx, tmp_path):
    out = tmp_path / "never.pdf"
    with pytest.raises(InputRejected, match="no consultation, training or grant"):
        build_record_summary(ctx, "not-an-id", out)
    rec = factories.consultation()
    save_record(ctx, rec)
    delete_records(ctx, "consultations", [rec.id])
    with pytest.raises(InputRejected, match="was deleted"):
        build_record_summary(ctx, rec.id, out)
    assert not out.exists()
