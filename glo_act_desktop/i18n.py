"""Translations without Qt: a small reader of the Qt Linguist `.ts` files the UI compiles to `.qm`.

The window loads `resources/translations/glo_act_<lang>.qm` through QTranslator; the CLI and the
PDF reports read the same `glo_act_<lang>.ts` sources here, so one set of files serves both and a
translator edits them with Qt Linguist. The window's own texts are in `window_<lang>.ts` (made by
pyside6-lupdate), which `make translations` compiles into the same `.qm`; they are not read here.
A text without a translation falls back to its English source, as Qt does. Finished and
unfinished translations are both used (lrelease's default); obsolete and vanished ones are not.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from glo_act_desktop.paths import resources_dir

SOURCE_LANGUAGE = "en"
FILE_PREFIX = "glo_act_"

# Languages written right to left, by ISO 639 code (Dari is "prs", or "fa" with region AF).
RTL_LANGUAGES = frozenset({"ar", "fa", "prs", "ps", "ur", "he", "ug", "sd", "ckb", "dv", "ku"})

_SKIPPED = {"obsolete", "vanished"}
_lock = threading.Lock()
_missing: set[tuple[str, str, str]] = set()  # (lang, context, source) looked up, not translated


def translations_dir() -> Path:
    return resources_dir() / "translations"


def normalise(lang: str) -> str:
    """'ne_NP', 'ne-NP', 'NE' -> 'ne'."""
    return lang.strip().replace("-", "_").split("_")[0].lower()


def available_languages() -> list[str]:
    """English plus every language with a `.ts` file, sorted."""
    found = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        found.update(normalise(p.stem[len(FILE_PREFIX):])
                     for p in folder.glob(f"{FILE_PREFIX}*.ts"))
    return sorted(found)


def is_available(lang: str) -> bool:
    return normalise(lang) in available_languages()


def direction(lang: str) -> str:
    """'rtl' or 'ltr' for a language code."""
    return "rtl" if normalise(lang) in RTL_LANGUAGES else "ltr"


def is_rtl(lang: str) -> bool:
    return direction(lang) == "rtl"


def parse_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for the usable messages of one `.ts` file."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _SKIPPED:
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = forms[0] if forms else ""
            else:
                text = translation.text or ""
            if text:
                table[(name, source)] = text
    return table


@lru_cache(maxsize=16)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"{FILE_PREFIX}{lang}.ts"
    return parse_ts(path) if path.is_file() else {}


def translate(context: str, text: str, lang: str) -> str:
    """The translation of `text` in `context`, or `text` itself when there is none."""
    lang = normalise(lang)
    if lang == SOURCE_LANGUAGE:
        return text
    found = _catalogue(lang).get((context, text))
    if found is None:
        with _lock:
            _missing.add((lang, context, text))
        return text
    return found


def missing(lang: str | None = None) -> set[tuple[str, str, str]]:
    """Texts looked up since the last `clear_missing()` that had no translation."""
    with _lock:
        return {m for m in _missing if lang is None or m[0] == normalise(lang)}


def clear_missing() -> None:
    with _lock:
        _missing.clear()


def reload() -> None:
    """Forget parsed files (after a translator changed one)."""
    _catalogue.cache_clear()


class Translator:
    """`translate` bound to one language, for code that renders a whole document."""

    def __init__(self, lang: str):
        self.lang = normalise(lang)
        self.rtl = is_rtl(self.lang)

    def __call__(self, context: str, text: str) -> str:
        return translate(context, text, self.lang)
