"""Text that any of our scripts can be written in, laid out for reportlab.

reportlab's Paragraph shapes Indic text with harfbuzz, but does no bidi reordering in a paragraph
that switches fonts, and shapes each word with a guessed direction, so digits inside Arabic text
come out reversed and Latin words fall into a font without Latin letters. So every text of a
report is laid out here instead, the way a browser does it:

1. the Unicode bidi algorithm (python-bidi) gives each character an embedding level, from the
   paragraph's base direction (that of most of its letters, see paragraph_level);
2. each character gets a font (fonts.families_of), and each word is cut into pieces of one font and
   one level;
3. each piece is shaped by harfbuzz with the direction of its level (odd: right to left, so an
   Arabic piece's glyphs come out in visual order, joined; even: left to right, so "2025" and
   "UNODC" keep theirs), which also does Indic conjuncts and mirrors brackets;
4. lines are broken in logical order at spaces, then each line's pieces are put in visual order
   (rule L2: reverse every run at level k or higher, from the highest level down to 1).

The shaped glyphs go to the PDF through reportlab's own ShapedStr, as its Paragraph does.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from bidi import algorithm as uba
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus.flowables import Flowable

from glo_act_desktop.reports import fonts

FEATURES = {"kern": True, "liga": True}
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
_REMOVED_BY_X9 = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN"})
_STRONG = {"L": 0, "R": 1, "AL": 1}
# Explicit embedding controls: they steer the bidi levels, then are not drawn.
_EXPLICIT = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACE = " "

_lock = threading.RLock()  # harfbuzz fonts and reportlab's private glyph table are shared
missing_glyphs: Counter[str] = Counter()  # characters drawn as .notdef since the last reset


# --- 1. bidi levels -------------------------------------------------------------------------

def first_strong_level(text: str) -> int | None:
    """0 for a first strong left-to-right letter, 1 for a right-to-left one, None if neither."""
    for char in text:
        level = _STRONG.get(unicodedata.bidirectional(char))
        if level is not None:
            return level
    return None


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


@lru_cache(maxsize=20_000)
def bidi_levels(text: str, base: int) -> tuple[int, ...]:
    """The resolved embedding level of every character (rules P..I of UAX #9, python-bidi)."""
    if base == 0 and not has_rtl(text):
        return (0,) * len(text)
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage)
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    resolved = iter(c["level"] for c in storage["chars"])
    levels: list[int] = []
    for char in text:
        # Rule X9 dropped joiners and embedding controls: they take the level before them.
        if unicodedata.bidirectional(char) in _REMOVED_BY_X9:
            levels.append(levels[-1] if levels else base)
        else:
            levels.append(next(resolved))
    return tuple(levels)


# --- 2 and 3. pieces, shaped ----------------------------------------------------------------

@dataclass(frozen=True)
class Glyphs:
    """One shaped piece: what to draw in which font, and its advance at a font size of 1."""

    draw: str  # a ShapedStr (glyphs placed by harfbuzz) or a plain str
    font: str
    width: float
    level: int
    source: str
    glyph_ids: tuple[int, ...] = ()  # harfbuzz's output, in visual order (empty: not shaped)
    missing: tuple[str, ...] = ()  # characters the font has no glyph for (drawn as .notdef)
    scale: float = 1.0  # font size factor of the family (see fonts.Family.scale)


_hb_fonts: dict[str, uharfbuzz.Font] = {}


def _hb_font(font_name: str):
    found = _hb_fonts.get(font_name)
    if found is None:
        found = _hb_fonts[font_name] = pdfmetrics.getFont(font_name).hbFont(10)
    return found


@lru_cache(maxsize=50_000)
def shape(source: str, family: str, bold: bool, level: int) -> Glyphs:
    """Shape one piece of one font and one direction."""
    font_name = fonts.font_name(family, bold)
    scale = fonts.FAMILIES[family].scale
    rtl = level % 2 == 1
    if not rtl and not fonts.needs_shaping(family, source) \
            and all(fonts.covers(family, c) for c in source):
        return Glyphs(source, font_name, pdfmetrics.stringWidth(source, font_name, scale),
                      level, source, scale=scale)
    with _lock:
        ttf = pdfmetrics.getFont(font_name)
        hb_font = _hb_font(font_name)
        buf = uharfbuzz.Buffer()
        buf.add_str(source)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        uharfbuzz.shape(hb_font, buf, FEATURES)
        face = ttf.face
        chars, data, ids, missing = [], [], [], []
        width = 0.0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions):
            gid = info.codepoint
            ids.append(gid)
            x_advance = ttf.pdfScale(pos.x_advance)
            if gid == 0:
                missing.append(source[info.cluster])
            try:
                code = face.glyphToChar[gid][0]
            except (KeyError, IndexError):  # a conjunct or a joining form: no character has it
                code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, x_advance)
            chars.append(chr(code))
            data.append(ShapeData(info.cluster, x_advance, ttf.pdfScale(pos.y_advance),
                                  ttf.pdfScale(pos.x_offset), ttf.pdfScale(pos.y_offset),
                                  face.charWidths[code]))
            width += x_advance
    return Glyphs(ShapedStr("".join(chars), shapeData=data), font_name, width * scale / 1000,
                  level, source, tuple(ids), tuple(missing), scale)


@dataclass(frozen=True)
class Word:
    pieces: tuple[Glyphs, ...]  # logical order
    space: Glyphs | None  # the space after it, if any

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)


def _analyse(text: str, base: int, bold: bool) -> list[Word]:
    levels = bidi_levels(text, base)
    families = fonts.families_of(text)
    words: list[Word] = []
    pieces: list[Glyphs] = []
    start = 0
    i = 0
    n = len(text)
    while i <= n:
        if i == n or text[i] == _SPACE:
            # close the word text[start:i], cut where the font or the level changes
            j = start
            while j < i:
                if text[j] in _EXPLICIT:
                    j += 1
                    continue
                k = j + 1
                while k < i and families[k] == families[j] and levels[k] == levels[j] \
                        and text[k] not in _EXPLICIT:
                    k += 1
                pieces.append(shape(text[j:k], families[j], bold, levels[j]))
                j = k
            space = None
            if i < n:
                space = shape(_SPACE, families[i], bold, levels[i])
            if pieces or space:
                words.append(Word(tuple(pieces), space))
            pieces = []
            start = i + 1
        i += 1
    return words


# --- 4. lines in visual order ---------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    runs: tuple[Glyphs, ...]  # visual order, left to right
    width: float  # at size 1


def visual_order(items: list[Glyphs]) -> list[Glyphs]:
    """Rule L2 of UAX #9 over a line's pieces (each piece keeps its own inner order)."""
    if not items:
        return []
    result = list(items)
    highest = max(g.level for g in result)
    lowest_odd = min((g.level for g in result if g.level % 2), default=None)
    if lowest_odd is None:
        return result
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(result):
            if result[i].level >= level:
                j = i
                while j < len(result) and result[j].level >= level:
                    j += 1
                result[i:j] = reversed(result[i:j])
                i = j
            else:
                i += 1
    return result


def _line(words: list[Word]) -> Line:
    items: list[Glyphs] = []
    for index, word in enumerate(words):
        items.extend(word.pieces)
        if word.space is not None and index < len(words) - 1:
            items.append(word.space)
    # Rule L1: trailing spaces are dropped above; any left at the ends take the paragraph level.
    ordered = _merge_plain(visual_order(items))
    return Line(tuple(ordered), sum(g.width for g in ordered))


def _merge_plain(runs: list[Glyphs]) -> list[Glyphs]:
    """Join neighbouring unshaped pieces of one font (the words and spaces of Latin text), so a
    line of plain text is drawn with one text operator instead of one per word."""
    merged: list[Glyphs] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (last is not None and not run.glyph_ids and not last.glyph_ids
                and type(run.draw) is str and type(last.draw) is str
                and run.font == last.font and run.level == last.level
                and run.scale == last.scale and not run.missing and not last.missing):
            merged[-1] = Glyphs(last.draw + run.draw, run.font, last.width + run.width,
                                run.level, last.source + run.source, scale=run.scale)
        else:
            merged.append(run)
    return merged


def _cut_long(word: Word, limit: float) -> list[Word]:
    """A word of plain text wider than a line (a long reference or address), cut into pieces
    that fit; shaped words are left whole rather than broken inside a cluster."""
    if word.width <= limit or len(word.pieces) != 1 or word.pieces[0].glyph_ids:
        return [word]
    piece = word.pieces[0]
    parts: list[Word] = []
    chunk = ""
    for char in piece.source:
        if chunk and pdfmetrics.stringWidth(chunk + char, piece.font, piece.scale) > limit:
            parts.append(Word((shape(chunk, fonts.LATIN, _is_bold(piece), piece.level),), None))
            chunk = ""
        chunk += char
    parts.append(Word((shape(chunk, fonts.LATIN, _is_bold(piece), piece.level),), word.space))
    return parts


def _is_bold(piece: Glyphs) -> bool:
    return piece.font == fonts.font_name(fonts.LATIN, True)


@lru_cache(maxsize=50_000)
def layout(text: str, width: float, size: float, bold: bool = False, base: int = 0,
           auto: bool = False) -> tuple[Line, ...]:
    """Break `text` into lines no wider than `width` points at `size`, each in visual order.
    A newline starts a new line and a new bidi paragraph; with `auto`, each paragraph takes
    its own base direction (`base` is then the document's, for text without letters)."""
    lines: list[Line] = []
    limit = width / size if size else width
    for paragraph in text.split("\n"):
        level = paragraph_level(paragraph, base == 1) if auto else base
        words = [part for word in _analyse(paragraph, level, bold)
                 for part in _cut_long(word, limit)]
        current: list[Word] = []
        used = 0.0
        for word in words:
            space = current[-1].space.width if current and current[-1].space else 0.0
            if current and used + space + word.width > limit:
                lines.append(_line(current))
                current, used = [word], word.width
            else:
                current.append(word)
                used += space + word.width
        lines.append(_line(current))
    return tuple(lines)


def paragraph_level(text: str, rtl_default: bool) -> int:
    """Base level of a paragraph: the direction most of its letters are written in (an Urdu
    sentence that starts with "FIA" is still Urdu), ties going to the first strong letter; a
    text without letters that has digits (an amount, a date, "+17.9") reads left to right;
    any other text takes the document's direction."""
    counts = [0, 0]
    for char in text:
        level = _STRONG.get(unicodedata.bidirectional(char))
        if level is not None:
            counts[level] += 1
    if counts[0] != counts[1]:
        return 0 if counts[0] > counts[1] else 1
    found = first_strong_level(text)
    if found is not None:
        return found
    if any(c.isdigit() for c in text):
        return 0
    return 1 if rtl_default else 0


LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"


class Localized(str):
    """A text in the report's own language (a translated label or sentence): laid out in the
    document's direction whatever the values filled into it (an Arabic sentence about
    "Kathmandu office laptop" is still an Arabic sentence). Other texts, the record content,
    take the direction of most of their letters."""

    __slots__ = ()


def strip_controls(value: str) -> str:
    """`value` without bidi embedding controls (for PDF metadata and plain-text output)."""
    return "".join(c for c in value if c not in _EXPLICIT)


def isolate(value: str) -> str:
    """`value` embedded in its own direction, for filling a placeholder of a sentence: a date
    or a code keeps its order inside Arabic text, an Arabic name inside English text."""
    level = paragraph_level(value, False)
    return f"{RLE if level else LRE}{value}{PDF}"


def draw_line(canvas, line: Line, x: float, y: float, size: float,
              color: Color = black) -> None:
    """Draw one laid-out line with its left end at x and baseline at y."""
    canvas.setFillColor(color)
    for run in line.runs:
        if run.missing:
            missing_glyphs.update(run.missing)
        canvas.setFont(run.font, size * run.scale)
        canvas.drawString(x, y, run.draw)
        x += run.width * size


def line_width(text: str, size: float, bold: bool = False, rtl_default: bool = False) -> float:
    base = paragraph_level(text, rtl_default)
    return max((ln.width for ln in layout(text, 1e9, size, bold, base)), default=0.0) * size


def draw_text(canvas, text: str, x: float, y: float, size: float, *, bold: bool = False,
              anchor: str = "start", rtl: bool = False, color: Color = black,
              base: int | None = None) -> float:
    """Draw a one-line text on a canvas: anchor 'start', 'end' (by the document's direction),
    'left', 'right' or 'middle' at x. Returns its width."""
    if base is None:
        base = (1 if rtl else 0) if isinstance(text, Localized) else paragraph_level(text, rtl)
    lines = layout(text.replace("\n", " "), 1e9, size, bold, base)
    line = lines[0] if lines else Line((), 0.0)
    width = line.width * size
    side = {"start": "right" if rtl else "left", "end": "left" if rtl else "right"}.get(anchor,
                                                                                      anchor)
    left = x - width if side == "right" else x - width / 2 if side == "middle" else x
    draw_line(canvas, line, left, y, size, color)
    return width


# --- the flowable ---------------------------------------------------------------------------

class Text(Flowable):
    """A paragraph of any script(s), wrapped to the available width.

    `align` is 'start', 'end' or 'center', read in the document's direction (`rtl`), so a table
    column or a heading mirrors in an Arabic report; the text's own base direction comes from
    its first strong letter (an English title in an Arabic report reads left to right).
    """

    def __init__(self, text: str, size: float = 9, *, bold: bool = False, color: Color = black,
                 align: str = "start", rtl: bool = False, leading: float | None = None,
                 space_before: float = 0, space_after: float = 0, base: int | None = None,
                 _lines: tuple[Line, ...] | None = None):
        super().__init__()
        if base is None and isinstance(text, Localized):
            base = 1 if rtl else 0
        value = text if isinstance(text, str) else str(text)
        self.text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        self.size = size
        self.bold = bold
        self.color = color
        self.align = align
        self.rtl = rtl
        self.leading = leading or size * 1.5
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.auto = base is None
        self.base = (1 if rtl else 0) if base is None else base
        self._lines = _lines
        self._avail = 0.0

    def __repr__(self) -> str:
        return f"Text({self.text[:40]!r})"

    def lines(self, width: float) -> tuple[Line, ...]:
        if self._lines is not None:
            return self._lines
        return layout(self.text, width, self.size, self.bold, self.base, self.auto)

    def wrap(self, availWidth, availHeight):  # noqa: N802, N803 (reportlab's names)
        self._avail = availWidth
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N802, N803
        lines = self.lines(availWidth)
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        kwargs = dict(size=self.size, bold=self.bold, color=self.color, align=self.align,
                      rtl=self.rtl, leading=self.leading, base=self.base)
        return [Text(self.text, space_before=self.spaceBefore, _lines=lines[:fit], **kwargs),
                Text(self.text, space_after=self.spaceAfter, _lines=lines[fit:], **kwargs)]

    def draw(self):
        canvas = self.canv
        lines = self.lines(self._avail)
        side = {"start": "right" if self.rtl else "left",
                "end": "left" if self.rtl else "right"}.get(self.align, self.align)
        # baseline of the first line: a little below the line box's middle
        y = self.height - self.leading / 2 - self.size * 0.36
        for line in lines:
            width = line.width * self.size
            if side == "right":
                x = self.width - width
            elif side == "center":
                x = (self.width - width) / 2
            else:
                x = 0.0
            draw_line(canvas, line, x, y, self.size, self.color)
            y -= self.leading
