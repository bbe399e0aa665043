"""The window in Nepali and Arabic: resources/translations/window_<lang>.ts (the window's texts,
extracted by pyside6-lupdate) and glo_act_<lang>.ts (reports, CLI) compiled together into
glo_act_<lang>.qm by `make translations`, which the app's QTranslator loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from glo_act_desktop import i18n
from glo_act_desktop.ui.app import install_translators
from glo_act_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("ne", "ar")
STALE = "run `make translations`"
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*(?::[^}]*)?\}")
TAG = re.compile(r"</?\w+[^>]*>")


def _tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (bin/ or Scripts/), else the one on PATH."""
    here = Path(sys.executable).parent
    for candidate in (name, f"{name}.exe"):
        if (here / candidate).exists():
            return str(here / candidate)
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} not found")
    return found


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [(context.findtext("name", default=""), message)
            for context in root.iter("context") for message in context.iter("message")]


def _window_sources() -> list[str]:
    """What `make translations` gives pyside6-lupdate: the UI's Python code (not the generated
    forms, whose texts come from the .ui files), the validation messages and the Designer
    forms."""
    code = [p for p in (ROOT / "glo_act_desktop" / "ui").rglob("*.py")
            if "forms_gen" not in p.parts]
    code.append(ROOT / "glo_act_desktop" / "domain" / "validation.py")
    return sorted(str(p) for p in code + list((ROOT / "forms").rglob("*.ui")))


@pytest.fixture
def translated(qapp):
    """Install the app's translators for a language; removed again (and the layout left to
    right) after the test, so that other tests see English."""
    installed: list[QTranslator] = []

    def install(lang: str) -> list[QTranslator]:
        installed.extend(install_translators(qapp, lang))
        return installed

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _navigation(window: MainWindow) -> list[str]:
    navigation = window.ui.navigationList
    return [navigation.item(row).text() for row in range(navigation.count())]


def test_the_window_speaks_nepali(qtbot, ctx, translated):
    assert translated("ne_NP"), "glo_act_ne.qm did not load"
    window = _window(qtbot, ctx)

    assert _navigation(window) == ["ड्यासबोर्ड", "परामर्शहरू", "तालिमहरू", "अनुदानहरू",
                                   "म्याद भएका अनुगमन", "सिंक"]
    # Devanagari takes a Latin mnemonic after the text, as Indic desktops do.
    assert [window.ui.fileMenu.title(), window.ui.editMenu.title(), window.ui.viewMenu.title(),
            window.ui.helpMenu.title()] == ["फाइल (&F)", "सम्पादन (&E)", "दृश्य (&V)",
                                            "सहायता (&H)"]
    assert window.ui.newConsultationAction.text() == "नयाँ परामर्श (&C)"
    assert window.ui.newAction.shortcut().toString() == "Ctrl+N"  # shortcuts are kept
    assert not window.isRightToLeft()

    editor = window.new_record("consultations")
    assert editor.ui.titleFieldLabel.text() == "शीर्षक (&T)"
    assert editor.ui.dateLabel.text() == "मिति (&D)"
    assert editor.ui.participantsFemaleLabel.text() == "महिला (&F)"
    assert editor.ui.tabs.tabText(editor.ui.tabs.indexOf(editor.ui.meetingTab)) == "बैठक"
    assert editor.title() == "नयाँ परामर्श"
    # The reports' catalogue is in the same .qm: closed vocabularies show translated.
    assert QCoreApplication.translate("vocab", "In progress") == "प्रगतिमा"
    window.close_editors()


def test_the_window_speaks_arabic_right_to_left(qtbot, ctx, translated):
    assert translated("ar"), "glo_act_ar.qm did not load"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = _window(qtbot, ctx)

    assert _navigation(window) == ["لوحة المعلومات", "المشاورات", "التدريبات", "المنح",
                                   "المتابعات المستحقة", "المزامنة"]
    assert window.ui.fileMenu.title() == "&ملف"
    assert window.ui.helpMenu.title() == "م&ساعدة"
    assert window.isRightToLeft()

    editor = window.new_record("trainings")
    assert editor.isRightToLeft()
    assert editor.ui.titleFieldLabel.text() == "ال&عنوان"
    assert editor.ui.venueLabel.text() == "&مكان الانعقاد"
    assert QCoreApplication.translate("vocab", "Online") == "عبر الإنترنت"
    window.close_editors()


def test_english_needs_no_translation(qapp, translated):
    installed = translated("en")
    assert not any(Path(t.filePath()).name.startswith("glo_act_") for t in installed)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"


@pytest.mark.parametrize("lang", LANGS)
def test_every_window_message_is_translated_with_its_placeholders(lang):
    path = TRANSLATIONS / f"window_{lang}.ts"
    messages = _messages(path)
    assert len(messages) > 500
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type"):
            state = "missing" if translation is None else translation.get("type")
            problems.append(f"{where} is {state}")
            continue
        texts = [f.text or "" for f in translation.iter("numerusform")] \
            if message.get("numerus") == "yes" else [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has no translation")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{where}: accelerator (&) lost or added in {text!r}")
            elif TAG.findall(source) != TAG.findall(text):
                problems.append(f"{where}: HTML tags differ in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_window_catalogues_are_not_report_languages():
    """i18n lists languages from glo_act_*.ts; the window's own files must not add to them, and
    the report catalogues keep every message usable (none obsolete or vanished)."""
    assert i18n.available_languages() == ["ar", "en", "ne"]
    for lang in LANGS:
        report_messages = _messages(TRANSLATIONS / f"glo_act_{lang}.ts")
        assert report_messages
        assert not [m for _c, m in report_messages
                    if m.find("translation").get("type") in ("obsolete", "vanished")]


def test_the_window_catalogues_hold_every_window_text(tmp_path):
    """pyside6-lupdate over the window's sources finds nothing the committed window_<lang>.ts
    files lack (a new or changed text needs `make translations` and a translation)."""
    lupdate = _tool("pyside6-lupdate")
    for lang in LANGS:
        committed = TRANSLATIONS / f"window_{lang}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        result = subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none",
                                 *_window_sources(), "-ts", str(fresh)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        keys = {(c, m.findtext("source")) for c, m in _messages(committed)}
        found = {(c, m.findtext("source")) for c, m in _messages(fresh)}
        assert found == keys, (
            f"{committed.name} is stale: {STALE} and translate the new texts; "
            f"new: {sorted(found - keys)[:10]}, gone: {sorted(keys - found)[:10]}")


def test_the_compiled_translations_are_current(tmp_path):
    """The committed glo_act_<lang>.qm files are what pyside6-lrelease makes of the .ts files
    (byte for byte with this lrelease; else every message translates the same)."""
    lrelease = _tool("pyside6-lrelease")
    for lang in LANGS:
        sources = [TRANSLATIONS / f"glo_act_{lang}.ts", TRANSLATIONS / f"window_{lang}.ts"]
        committed = TRANSLATIONS / f"glo_act_{lang}.qm"
        assert committed.exists(), f"{committed.name} is missing: {STALE}"
        fresh = tmp_path / committed.name
        result = subprocess.run([lrelease, "-silent", *map(str, sources), "-qm", str(fresh)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        if fresh.read_bytes() == committed.read_bytes():
            continue
        keys = {(c, m.findtext("source")) for path in sources for c, m in _messages(path)}
        old, new = QTranslator(), QTranslator()
        assert old.load(str(committed)) and new.load(str(fresh))
        differ = sorted(key for key in keys
                        if old.translate(key[0], key[1]) != new.translate(key[0], key[1]))
        assert not differ, f"{committed.name} is stale: {STALE}; e.g. {differ[:5]}"


def test_the_shipped_script_fonts_are_there_for_nepali_and_arabic(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from glo_act_desktop.ui.app import register_script_fonts

    families = register_script_fonts()
    assert {"Noto Sans Devanagari", "Noto Naskh Arabic", "Noto Sans Bengali"} <= set(families)
    assert "Noto Sans" not in families  # Latin text keeps the system's font
    assert QFontMetrics(QFont("Noto Sans Devanagari")).inFontUcs4(ord("न"))
    assert QFontMetrics(QFont("Noto Naskh Arabic")).inFontUcs4(ord("م"))


def test_validation_messages_are_shown_in_the_officers_language(translated, ctx):
    from glo_act_desktop.domain.validation import validate
    from tests.factories import consultation

    rec = consultation(title="x" * 301, participants_female=-2, type="")
    problems = {p.field: p for p in validate(rec, ctx.reference)}
    english = {field: p.localized(QCoreApplication.translate) for field, p in problems.items()}
    assert english["title"] == "is 301 characters long; shorten it to 300 or fewer"
    translated("ne")
    nepali = {field: p.localized(QCoreApplication.translate) for field, p in problems.items()}
    assert nepali["title"] == "301 अक्षर लामो छ; 300 वा सोभन्दा कम बनाउनुहोस्"
    assert nepali["participants_female"] == "-2 छ; गणना ऋणात्मक हुन सक्दैन"
    assert nepali["type"] == "आवश्यक छ: परामर्शको प्रकार छान्नुहोस्"  # the word translated too
    assert problems["title"].message == english["title"]  # sheets and the CLI keep English


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english():
    from glo_act_desktop.domain.validation import Problem

    problem = Problem("title", "is 3 long", "error", "is {length} long", (("length", 3),))
    assert problem.localized(lambda _context, _text: "{lenght} लामो") == "is 3 long"
    assert problem.localized(lambda _context, text: text.upper().replace("{LENGTH}",
                                                                         "{length}")) == "IS 3 LONG"
