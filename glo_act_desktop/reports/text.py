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

import re
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
_ASCII_ALNUM = re.compile("[A-Za-z0-9]")

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


# --- 2 and 3 for plain Latin text, the common case ----------------------------------------

@lru_cache(maxsize=4_096)
def _plain_char(char: str) -> bool:
    """Whether `char` is laid out as plain Latin in a left-to-right paragraph: Noto Sans, no
    shaping, level 0 (what _analyse would find for it, without asking bidi and harfbuzz)."""
    if char in _EXPLICIT or unicodedata.bidirectional(char) in _RTL_CLASSES \
            or unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me"):
        return False
    return fonts.script_family(char) in (fonts.LATIN, None) and fonts.covers(fonts.LATIN, char)


def is_plain(text: str) -> bool:
    """Text that _analyse would cut into unshaped Noto Sans words at level 0 only (at a base
    level of 0): printable ASCII always is; other characters are asked once each."""
    if text.isascii():
        return text.isprintable()
    return all(map(_plain_char, text))


@lru_cache(maxsize=20_000)
def _plain_piece(source: str, bold: bool) -> Glyphs:
    """What shape() returns for a piece of plain Latin text (its unshaped branch)."""
    font_name = fonts.font_name(fonts.LATIN, bold)
    scale = fonts.FAMILIES[fonts.LATIN].scale
    return Glyphs(source, font_name, pdfmetrics.stringWidth(source, font_name, scale), 0,
                  source, scale=scale)


def _analyse_plain(text: str, bold: bool) -> list[Word]:
    """_analyse for is_plain text at level 0: the same words, without bidi, font choice or
    harfbuzz."""
    parts = text.split(_SPACE)
    space = _plain_piece(_SPACE, bold)
    words = [Word((_plain_piece(part, bold),) if part else (), space) for part in parts[:-1]]
    if parts[-1]:
        words.append(Word((_plain_piece(parts[-1], bold),), None))
    return words


def clear_caches() -> None:
    """Empty every cache of the text layout (and of the font choice), as in a fresh process."""
    for cached in (layout, shape, bidi_levels, _plain_piece, _plain_char, fonts.families_of,
                   fonts.covers, fonts.script_family):
        cached.cache_clear()


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


def _plain_line(words: list[Word]) -> Line:
    """_line for words of plain Latin text (from _analyse_plain and _cut_long): one run of
    the whole line, as _merge_plain would make it, without a Glyphs for each step."""
    items: list[Glyphs] = []
    for index, word in enumerate(words):
        items.extend(word.pieces)
        if word.space is not None and index < len(words) - 1:
            items.append(word.space)
    if not items:
        return Line((), 0)
    if len(items) == 1:
        return Line((items[0],), 0 + items[0].width)
    width = items[0].width
    for item in items[1:]:
        width = width + item.width
    draw = "".join([item.draw for item in items])
    first = items[0]
    return Line((Glyphs(draw, first.font, width, 0, draw, scale=first.scale),), 0 + width)


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
        plain = level == 0 and is_plain(paragraph)
        analysed = _analyse_plain(paragraph, bold) if plain else _analyse(paragraph, level, bold)
        make_line = _plain_line if plain else _line
        words = [part for word in analysed for part in _cut_long(word, limit)]
        current: list[Word] = []
        used = 0.0
        for word in words:
            space = current[-1].space.width if current and current[-1].space else 0.0
            if current and used + space + word.width > limit:
                lines.append(make_line(current))
                current, used = [word], word.width
            else:
                current.append(word)
                used += space + word.width
        lines.append(make_line(current))
    return tuple(lines)


def paragraph_level(text: str, rtl_default: bool) -> int:
    """Base level of a paragraph: the direction most of its letters are written in (an Urdu
    sentence that starts with "FIA" is still Urdu), ties going to the first strong letter; a
    text without letters that has digits (an amount, a date, "+17.9") reads left to right;
    any other text takes the document's direction."""
    if text.isascii():  # ASCII's only strong letters are A-Z and a-z, all left to right
        return 0 if _ASCII_ALNUM.search(text) else 1 if rtl_default else 0
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
        # canvas.drawString(x, y, run.draw) writes the same operators, after passing the text
        # through reportlab's own bidi hook, which measures its width (unused) and would
        # reorder our lines a second time if reportlab's bidi were turned on
        text = canvas.beginText(x, y)
        text.textLine(run.draw)
        canvas.drawText(text)
        x += run.width * size


class Pen:
    """One PDF text object for many laid-out lines (the cells of a table on one page): the
    plain runs go into it, setting a font or a colour only when it changes, rather than one
    text object per run as canvas.drawString makes. Call flush() once everything is written;
    the colour it sets is left set (as draw_line leaves it).

    A shaped run (harfbuzz's glyphs with their offsets) gets a text object of its own, as from
    draw_line (reportlab's vertical offsets, its text rise, are only reliable in a text object
    of their own); what was written before it is emitted first, so the page's text stays in
    reading order for text extraction."""

    __slots__ = ("canvas", "text", "written", "ink", "font", "size")

    def __init__(self, canvas):
        self.canvas = canvas
        self.text = canvas.beginText()
        self.written = False
        self.ink: Color | None = None
        self.font: str | None = None
        self.size: float | None = None

    def flush(self) -> None:
        """Emit what was written to the canvas; the pen can go on with a new text object."""
        if self.written:
            self.canvas.drawText(self.text)
            self.text = self.canvas.beginText()
            self.written = False
            self.font = self.size = None

    def line(self, line: Line, x: float, y: float, size: float, color: Color = black) -> None:
        """draw_line, into the text object."""
        text = self.text
        for run in line.runs:
            if run.missing:
                missing_glyphs.update(run.missing)
            font_size = size * run.scale
            if type(run.draw) is not str:  # a ShapedStr
                self.flush()
                text = self.text
                alone = self.canvas.beginText(x, y)
                alone.setFillColor(color)
                alone.setFont(run.font, font_size)
                alone.textLine(run.draw)
                self.canvas.drawText(alone)
                self.ink = color
            else:
                if color is not self.ink:
                    text.setFillColor(color)
                    self.ink = color
                if run.font != self.font or font_size != self.size:
                    text.setFont(run.font, font_size)
                    self.font, self.size = run.font, font_size
                text.setTextOrigin(x, y)
                text.textLine(run.draw)
                self.written = True
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
        self._laid: tuple[Line, ...] = ()
        self._laid_width: float | None = None
        self._avail = 0.0

    def __repr__(self) -> str:
        return f"Text({self.text[:40]!r})"

    def lines(self, width: float) -> tuple[Line, ...]:
        if self._lines is not None:
            return self._lines
        if width != self._laid_width:  # a table asks again and again at the same width
            self._laid = layout(self.text, width, self.size, self.bold, self.base, self.auto)
            self._laid_width = width
        return self._laid

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
        for line, x, y in self._placed(0.0, 0.0):
            draw_line(canvas, line, x, y, self.size, self.color)

    def write_at(self, pen: Pen, left: float, bottom: float) -> None:
        """Write the wrapped text into `pen`'s text object, with the box's lower left corner at
        (left, bottom) on the canvas (a table cell)."""
        for line, x, y in self._placed(left, bottom):
            pen.line(line, x, y, self.size, self.color)

    def _placed(self, left: float, bottom: float):
        """Each line with the x of its left end and the y of its baseline."""
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
            yield line, left + x, bottom + y
            y -= self.leading
