"""The shipped Noto fonts: registering them with reportlab and choosing one for each run of text.

Each script has its own Noto family (Noto Sans covers Latin, Cyrillic and Greek; the Indic and
Arabic families have no Latin letters), so a line that mixes scripts is drawn in several fonts.
Characters common to all scripts (spaces, digits, punctuation, joiners) stay in the font of the
text around them when that font has them, else they go to the first font that does.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from glo_act_desktop.paths import resources_dir

LATIN = "latin"


@dataclass(frozen=True)
class Family:
    key: str
    regular_file: str
    bold_file: str
    scale: float = 1.0  # drawn this much larger, to match Noto Sans's apparent size

    def name(self, bold: bool = False) -> str:
        """The name the font is registered under with reportlab."""
        return f"GloAct{self.regular_file.split('-')[0]}{'-Bold' if bold else ''}"


FAMILIES: dict[str, Family] = {f.key: f for f in (
    Family(LATIN, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Family("arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", scale=1.1),
    Family("bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    Family("devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    Family("sinhala", "NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf"),
    Family("tamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    Family("thaana", "NotoSansThaana-Regular.ttf", "NotoSansThaana-Bold.ttf"),  # Dhivehi
)}

# Unicode blocks whose letters need a family other than Noto Sans.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x0870, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"),
    (0x1CD0, 0x1CFF, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0D80, 0x0DFF, "sinhala"), (0x111E0, 0x111FF, "sinhala"),
    (0x0780, 0x07BF, "thaana"),
)
# Shared by several scripts although they sit in one script's block.
_COMMON_IN_BLOCK = frozenset({0x0964, 0x0965,  # danda, double danda (Bengali uses them too)
                              0x060C, 0x061B, 0x061F, 0x0640})  # Arabic comma, ; ? tatweel
_JOINERS = frozenset({0x200C, 0x200D})

FONT_DIR_NAME = "fonts"
_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}


def fonts_dir() -> Path:
    return resources_dir() / FONT_DIR_NAME


def register() -> None:
    """Register every shipped font once (regular and bold); safe to call again."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for family in FAMILIES.values():
            for bold, filename in ((False, family.regular_file), (True, family.bold_file)):
                path = folder / filename
                if not path.is_file():
                    raise FileNotFoundError(f"font {filename} is missing from {folder}")
                font = TTFont(family.name(bold), str(path))
                pdfmetrics.registerFont(font)
                # Shaping adds private-use entries to the live cmap later: keep the real one.
                _coverage[font.fontName] = frozenset(font.face.charToGlyph)
            regular, bold_name = family.name(False), family.name(True)
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold_name)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold_name)
        _registered = True


def font_name(family: str, bold: bool = False) -> str:
    register()
    return FAMILIES[family].name(bold)


@lru_cache(maxsize=16_384)  # per character: a report asks about the same few hundred often
def covers(family: str, char: str) -> bool:
    register()
    return ord(char) in _coverage[FAMILIES[family].name(False)]


@lru_cache(maxsize=8_192)
def script_family(char: str) -> str | None:
    """The family a letter or mark needs, or None for a character common to all scripts."""
    code = ord(char)
    if code in _COMMON_IN_BLOCK or code in _JOINERS:
        return None
    for low, high, family in _SCRIPT_RANGES:
        if low <= code <= high:
            return family
    category = unicodedata.category(char)
    if category[0] == "L":
        return LATIN
    return None


def _fallback(char: str, preferred: tuple[str | None, ...]) -> str:
    for family in preferred:
        if family and covers(family, char):
            return family
    for family in FAMILIES:
        if covers(family, char):
            return family
    return LATIN  # nothing has it: Noto Sans draws its .notdef box, and the layout counts it


@lru_cache(maxsize=20_000)
def families_of(text: str) -> tuple[str, ...]:
    """The family of every character of `text`, in order."""
    register()
    own = [script_family(c) for c in text]
    following: list[str | None] = [None] * len(text)  # the next character's own family
    upcoming: str | None = None
    for i in range(len(text) - 1, -1, -1):
        following[i] = upcoming
        upcoming = own[i] or upcoming
    result: list[str] = []
    previous: str | None = None
    for i, char in enumerate(text):
        family = own[i]
        if family is None:
            code = ord(char)
            nxt = following[i]
            if code in _JOINERS or unicodedata.category(char) in ("Mn", "Me"):
                family = previous or nxt or LATIN  # joiners and marks belong to their cluster
            else:
                family = _fallback(char, (previous, nxt, LATIN))
        elif not covers(family, char) and unicodedata.category(char)[0] != "M":
            family = _fallback(char, (family, LATIN))
        result.append(family)
        previous = family
    return tuple(result)


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (family, piece) runs of one font each, in logical order."""
    found: list[tuple[str, str]] = []
    for family, char in zip(families_of(text), text):
        if found and found[-1][0] == family:
            found[-1] = (family, found[-1][1] + char)
        else:
            found.append((family, char))
    return found


def needs_shaping(family: str, text: str) -> bool:
    """Whether harfbuzz must place the glyphs (any script but plain Latin, or combining marks)."""
    if family != LATIN:
        return True
    return any(unicodedata.combining(c) for c in text)
