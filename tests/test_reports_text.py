"""The text layer of the PDF reports: translations, a font per script, shaping, bidi order."""

from __future__ import annotations

import ast
import io

import pytest
import uharfbuzz
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tests import reports_samples as samples
from glo_act_desktop import i18n
from glo_act_desktop.domain import vocab
from glo_act_desktop.paths import package_dir
from glo_act_desktop.reports import fonts, messages, text
from glo_act_desktop.store.migrations import reference_0001 as reference

ARABIC = samples.ARABIC_SENTENCE  # "وصل 25 مشاركا من UNODC إلى أربيل في 2024."


# --- translations ----------------------------------------------------------------------------

def test_ts_reader_keeps_usable_translations(tmp_path):
    path = tmp_path / "glo_act_xx.ts"
    path.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx">
<context><name>report</name>
  <message><source>Total</source><translation>Jami</translation></message>
  <message><source>Draft</source><translation type="unfinished">Rasm</translation></message>
  <message><source>Empty</source><translation type="unfinished"></translation></message>
  <message><source>Old</source><translation type="vanished">Eski</translation></message>
  <message><source>Older</source><translation type="obsolete">Eskiroq</translation></message>
</context>
<context><name>vocab</name>
  <message><source>Total</source><translation>Hammasi</translation></message>
</context>
</TS>""", encoding="utf-8")
    assert i18n.parse_ts(path) == {("report", "Total"): "Jami", ("report", "Draft"): "Rasm",
                                   ("vocab", "Total"): "Hammasi"}


def test_translate_falls_back_to_the_source_and_notes_it():
    i18n.clear_missing()
    assert i18n.translate("report", "Key figures", "ne") == "मुख्य तथ्याङ्क"
    assert i18n.translate("report", "Key figures", "ne_NP") == "मुख्य तथ्याङ्क"
    assert i18n.translate("report", "No such label", "ar") == "No such label"
    assert i18n.translate("report", "No such label", "en") == "No such label"
    assert i18n.missing("ar") == {("ar", "report", "No such label")}
    i18n.clear_missing()


def test_languages_and_directions():
    assert {"en", "ne", "ar"} <= set(i18n.available_languages())
    assert not i18n.is_available("xx")
    for lang in ("ar", "ar_IQ", "fa", "prs", "ps", "ur", "dv"):
        assert i18n.direction(lang) == "rtl"
    for lang in ("en", "ne", "bn", "si", "ta", "ru"):
        assert i18n.direction(lang) == "ltr"


def _report_labels() -> list[str]:
    """Every literal the report modules pass to Writer.t(...)."""
    found = []
    for path in sorted((package_dir() / "reports").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "t" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.append(node.args[0].value)
    return found


def _vocabulary_labels() -> list[str]:
    return [s for labels in (
        vocab.SEX_LABELS, vocab.AGE_LABELS, vocab.ASSISTED_KIND_LABELS, vocab.DELIVERY_LABELS,
        vocab.GRANT_STATUS_LABELS, vocab.SERVICE_LABELS, vocab.FOLLOW_UP_STATUS_LABELS,
        vocab.REPORT_KIND_LABELS) for s in labels.values()]


def _reference_names() -> list[str]:
    return [name for rows in (reference.PILLARS, reference.COUNTERPART_TYPES,
                              reference.TARGET_GROUPS, reference.CONSULTATION_TYPES)
            for _, name in rows]


def test_the_lupdate_catalogue_lists_every_text_the_reports_translate():
    """reports/messages.py keeps the report texts in the .ts files when lupdate runs."""
    assert set(messages.REPORT) == set(_report_labels()), \
        "add new Writer.t() texts to glo_act_desktop/reports/messages.py (and translate them)"
    assert set(messages.VOCAB) == set(_vocabulary_labels())
    assert set(messages.REFERENCE) == set(_reference_names())


@pytest.mark.parametrize("lang", ["ne", "ar"])
def test_every_report_string_is_translated(lang):
    table = i18n.parse_ts(i18n.translations_dir() / f"glo_act_{lang}.ts")
    labels = _report_labels()
    assert len(labels) > 100
    wanted = [("report", s) for s in labels]
    wanted += [("vocab", s) for s in _vocabulary_labels()]
    wanted += [("reference", name) for name in _reference_names()]
    missing = [key for key in wanted if key not in table]
    assert not missing
    for (context, source), translated in table.items():
        # placeholders survive translation
        names = {p for p in source.split("{")[1:]}
        assert {p.split("}")[0] for p in names} == \
            {p.split("}")[0] for p in translated.split("{")[1:]}, source


# --- fonts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sample, family", [
    ("Семинар в Душанбе", "latin"), ("কক্সবাজার", "bengali"), ("नेपालगञ्ज", "devanagari"),
    ("ශ්‍රී ලංකා", "sinhala"), ("யாழ்ப்பாணம்", "tamil"), ("هرات", "arabic"),
    ("د کډوالو وزارت", "arabic"), ("اسلام آباد", "arabic"), ("މާލެ", "thaana"),
])
def test_each_script_gets_its_noto_family(sample, family):
    assert {f for f, _ in fonts.runs(sample)} == {family}


def test_latin_words_and_common_characters_inside_arabic():
    runs = fonts.runs(ARABIC)
    assert ("latin", "UNODC ") in runs
    assert all(f == "arabic" for f, piece in runs if "25" in piece or "أربيل" in piece)
    # A character no shipped font has still gets a font (its .notdef), and is counted below.
    assert fonts.families_of("ก") == ("latin",)


def _hb_glyphs(family: str, piece: str) -> list[int]:
    """Shape with harfbuzz straight from the shipped font file (not through reportlab)."""
    blob = uharfbuzz.Blob.from_file_path(str(fonts.fonts_dir() / fonts.FAMILIES[family]
                                             .regular_file))
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buf = uharfbuzz.Buffer()
    buf.add_str(piece)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {})
    return [g.codepoint for g in buf.glyph_infos]


@pytest.mark.parametrize("name", sorted(samples.ALL))
def test_every_text_of_the_samples_has_glyphs(name):
    rec = samples.ALL[name]()
    texts = [v for v in vars(rec).values() if isinstance(v, str)]
    for child in ("counterparts", "follow_ups", "tranches", "reports"):
        for item in getattr(rec, child, []):
            texts += [v for v in vars(item).values() if isinstance(v, str)]
    texts += [t for t in getattr(rec, "topics", ())]
    for value in texts:
        for family, piece in (r for line in value.split("\n") for r in fonts.runs(line)):
            assert 0 not in _hb_glyphs(family, piece), (family, piece)


def test_a_character_without_a_glyph_is_counted():
    text.missing_glyphs.clear()
    canvas = Canvas(io.BytesIO())
    text.draw_text(canvas, "Thai ก in a report", 10, 10, 9)
    assert text.missing_glyphs == {"ก": 1}
    text.missing_glyphs.clear()


# --- shaping and order -----------------------------------------------------------------------

def _line(sample: str, rtl_default: bool = False) -> text.Line:
    lines = text.layout(sample, 1e6, 10, False, text.paragraph_level(sample, rtl_default))
    assert len(lines) == 1
    return lines[0]


def _cmap(family: str) -> dict[int, int]:
    return pdfmetrics.getFont(fonts.font_name(family)).face.charToGlyph


def test_arabic_sentence_in_visual_order_with_digits_and_latin_left_to_right():
    line = _line(ARABIC)
    visual = "".join(run.source for run in line.runs)
    # Read from the left: the full stop ends the sentence on the left, each number and the
    # Latin word keep their own order, the Arabic words run right to left.
    assert visual == ".2024 في أربيل إلى UNODC من مشاركا 25 وصل"
    by_source = {run.source: run for run in line.runs}
    arabic = _cmap("arabic")
    assert by_source["2024"].glyph_ids == tuple(arabic[ord(c)] for c in "2024")
    assert by_source["25"].glyph_ids == tuple(arabic[ord(c)] for c in "25")
    assert by_source["UNODC"].font == fonts.font_name("latin")
    assert by_source["UNODC"].level % 2 == 0 and by_source["وصل"].level % 2 == 1


def test_arabic_letters_are_joined():
    run = {r.source: r for r in _line(ARABIC).runs}["مشاركا"]
    isolated = [_cmap("arabic")[ord(c)] for c in "مشاركا"]
    assert len(run.glyph_ids) == len(isolated)
    # Visual order is right to left, so the word's first letter (initial form) comes last.
    assert run.glyph_ids[-1] != isolated[0]  # م in its initial form, not the isolated one
    assert run.glyph_ids[-2] != isolated[1]  # ش in its medial form
    assert run.glyph_ids[0] != isolated[-1]  # ا in its final form


def test_dari_with_zero_width_non_joiner_and_persian_digits():
    line = _line("می‌خواهم ۲۵ نفر (افغانستان)")
    visual = [r.source for r in line.runs if r.source.strip()]
    assert visual[0] == ")"  # mirrored by the shaper: drawn as the opening bracket
    assert visual[-1] == "می\u200cخواهم" and "۲۵" in visual
    digits = {r.source: r for r in line.runs}["۲۵"]
    assert digits.glyph_ids == tuple(_cmap("arabic")[ord(c)] for c in "۲۵")


def test_dates_in_a_translated_arabic_sentence_keep_their_order():
    sentence = i18n.translate("report", "{start} to {end}", "ar").format(
        start=text.isolate("2024-01-01"), end=text.isolate("2025-12-31"))
    visual = "".join(r.source for r in _line(sentence, rtl_default=True).runs)
    assert visual == "2025-12-31 إلى 2024-01-01 من"


def test_an_urdu_sentence_starting_with_a_latin_acronym_is_right_to_left():
    assert text.paragraph_level("FIA کے 30 افسران نے شرکت کی۔", False) == 1
    assert text.paragraph_level("+17.9", True) == 0
    assert text.paragraph_level("Ministry of Home Affairs", True) == 0


@pytest.mark.parametrize("family, cluster", [
    ("bengali", "ক্ষ"), ("devanagari", "क्ष"), ("devanagari", "र्य"), ("sinhala", "ශ්‍රී"),
])
def test_indic_conjuncts_are_one_shaped_glyph_cluster(family, cluster):
    run = _line(cluster).runs[0]
    cmap = _cmap(family)
    plain = [cmap.get(ord(c)) for c in cluster]
    assert run.glyph_ids != tuple(g for g in plain if g)  # the shaper changed them
    assert len(run.glyph_ids) < len(cluster)


def test_tamil_vowel_sign_is_reordered_before_its_consonant():
    run = _line("கொ").runs[0]
    cmap = _cmap("tamil")
    assert run.glyph_ids == (cmap[ord("ெ")], cmap[ord("க")], cmap[ord("ா")])


def test_digits_and_latin_come_out_of_the_pdf_in_reading_order():
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=fonts.font_name("latin"))
    text.draw_text(canvas, ARABIC, 500, 700, 12, rtl=True)
    canvas.save()
    extracted = " ".join(PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().split())
    assert "2024" in extracted and "25" in extracted and "UNODC" in extracted
    assert "4202" not in extracted and "CDONU" not in extracted


def test_text_wraps_and_splits_across_frames():
    paragraph = text.Text(" ".join(["word"] * 200), 9)
    _, height = paragraph.wrap(200, 1000)
    lines = paragraph.lines(200)
    assert len(lines) > 10 and height == pytest.approx(len(lines) * paragraph.leading)
    assert all(line.width * 9 <= 200 for line in lines)
    first, rest = paragraph.split(200, paragraph.leading * 4.5)
    assert len(first.lines(200)) == 4 and len(rest.lines(200)) == len(lines) - 4


def test_a_word_longer_than_the_line_is_cut_and_lines_take_their_own_direction():
    paragraph = text.Text("Reference: " + "X" * 120, 9)
    paragraph.wrap(100, 1000)
    assert all(line.width * 9 <= 100 for line in paragraph.lines(100))
    assert "".join(r.source for line in paragraph.lines(100) for r in line.runs) \
        .replace(" ", "") == "Reference:" + "X" * 120
    mixed = text.Text("Meeting notes\nوصل 25 مشاركا", 9)
    first, second = mixed.lines(500)
    assert first.runs[0].level == 0 and second.runs[0].source == "مشاركا"
