"""Building blocks of a report in one language: translated labels, headings, tables, numbers.

Everything a report prints goes through `Writer.t` (the "report" context of the translation
files), `Writer.vocab` (closed vocabularies, "vocab" context, as the UI) or `Writer.ref_name`
(reference data names, "reference" context). In a right-to-left language the tables are mirrored
(first column on the right) and text is aligned to the right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib.colors import Color
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from glo_act_desktop.domain.money import decimal_places
from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.i18n import Translator
from glo_act_desktop.reports import fonts
from glo_act_desktop.reports import styles as st
from glo_act_desktop.reports.text import Localized, Pen, Text, has_rtl, isolate

DASH = "–"
_PAD_X = 3  # table cells' left and right padding
_PAD_Y = 1  # top and bottom
_PAD_Y_FIELDS = 1.5  # top and bottom in a table of fields
LIST_LEAD_IN = 100  # points: a list_heading, the header row and the first few rows
REPORT_CONTEXT = "report"
VOCAB_CONTEXT = "vocab"
REFERENCE_CONTEXT = "reference"


class CellTable(Table):
    """reportlab's Table, writing the Text cells itself, at their place on the page: their
    plain runs all go into one PDF text object per table (per page, once split), instead of a
    saved graphics state, a translation and a text object per cell and per run as reportlab
    draws a flowable; that text object is emitted after the table's backgrounds and rules (it
    does not overlap them). Other cells, and any cell not aligned left and top (where Text
    expects to be), are drawn by reportlab.

    Relies on Table.draw calling Table._drawCell(value, style, (x, y), (width, height)) for
    each cell, as reportlab 5 does (the tests draw every kind of report through it)."""

    _pen: Pen | None = None

    def draw(self):
        self._pen = None
        super().draw()
        if self._pen is not None:
            self._pen.flush()
            self._pen = None

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 (reportlab's name)
        if type(cellval) is not Text or cellstyle.alignment != "LEFT" \
                or cellstyle.valign != "TOP" or cellval.spaceBefore or cellval.spaceAfter:
            if self._pen is not None:  # what was written goes first, in reading order
                self._pen.flush()
                self._pen.ink = None  # reportlab sets its own colour and font
                self._curcellstyle = None  # and must set them again after ours
            return super()._drawCell(cellval, cellstyle, pos, size)
        colpos, rowpos = pos
        colwidth, rowheight = size
        # the geometry of Table._drawCell for a flowable aligned LEFT and TOP
        _, height = cellval.wrap(colwidth - cellstyle.leftPadding - cellstyle.rightPadding,
                                 rowheight - cellstyle.topPadding - cellstyle.bottomPadding)
        if self._pen is None:
            self._pen = Pen(self.canv)
        cellval.write_at(self._pen, colpos + cellstyle.leftPadding,
                         rowpos + rowheight - cellstyle.topPadding - height)


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # share of the frame width
    numeric: bool = False


class Writer:
    def __init__(self, ref: Reference, lang: str, paper: str):
        self.ref = ref
        self.translator = Translator(lang)
        self.lang = self.translator.lang
        self.rtl = self.translator.rtl
        self.paper = paper
        self.page_width, self.page_height = st.paper_size(paper)
        self.width = self.page_width - 2 * st.MARGIN_SIDE

    # --- words -------------------------------------------------------------------------------

    def t(self, text: str, **values: object) -> str:
        """A report label, translated, with {placeholders} filled in after translation."""
        found = self.translator(REPORT_CONTEXT, text)
        if values:
            found = found.format(**{key: isolate(str(value)) if self.rtl or has_rtl(str(value))
                                    else value for key, value in values.items()})
        return Localized(found)

    def vocab(self, labels: Mapping[str, str], code: str) -> str:
        return Localized(self.translator(VOCAB_CONTEXT, labels[code])) if code in labels \
            else code

    def ref_name(self, names: Mapping[str, str], code: str) -> str:
        if not code:
            return DASH
        return Localized(self.translator(REFERENCE_CONTEXT, names[code])) if code in names \
            else code

    def country(self, code: str) -> str:
        return self.ref.countries.get(code, code) if code else DASH

    def programme(self, code: str) -> str:
        found = self.ref.programmes.get(code)
        return found.name if found else code or DASH

    def objective(self, code: str) -> str:
        if not code:
            return self.t("No objective given")
        for programme in self.ref.programmes.values():
            if code in programme.objectives:
                return f"{code} · {programme.objectives[code]}"
        return code

    def framework_word(self, programme: str | None) -> str:
        """What the programme calls its results: objectives, pillars or outcomes."""
        framework = self.ref.programmes[programme].framework if programme in self.ref.programmes \
            else "objective"
        return {"pillar": self.t("Pillar"), "outcome": self.t("Outcome")}.get(
            framework, self.t("Objective"))

    # --- numbers -----------------------------------------------------------------------------

    @staticmethod
    def num(value: int | None) -> str:
        return DASH if value is None else f"{value:,}"

    def amount(self, value: Decimal | None, currency: str) -> str:
        if value is None:
            return DASH
        found = self.ref.currencies.get(currency)
        places = found.minor_units if found else max(2, decimal_places(value))
        return f"{value.quantize(Decimal(1).scaleb(-places)):,}"

    @staticmethod
    def pct(share: float | None) -> str:
        return DASH if share is None else f"{share * 100:.1f}%"

    @staticmethod
    def score(value: float | None, signed: bool = False) -> str:
        if value is None:
            return DASH
        return f"{value:+.1f}" if signed else f"{value:.1f}"

    @staticmethod
    def day(value: date | datetime | None) -> str:
        if value is None:
            return DASH
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M UTC")
        return value.isoformat()

    def yes_no(self, value: bool) -> str:
        return self.t("Yes") if value else self.t("No")

    def names(self, names: Mapping[str, str], codes: Iterable[str], context: str = "ref") -> str:
        looked = [self.ref_name(names, c) if context == "ref" else self.vocab(names, c)
                  for c in codes]
        return Localized(self.join(looked)) if looked else DASH

    def join(self, items: Iterable[str]) -> str:
        """A list in one line; each item keeps its own direction when scripts are mixed."""
        items = list(items)
        if self.rtl or any(has_rtl(i) for i in items):
            items = [isolate(i) for i in items]
        return self.list_separator.join(items)

    @property
    def list_separator(self) -> str:
        return "، " if self.rtl else ", "  # the Arabic comma in Arabic-script languages

    # --- flowables ---------------------------------------------------------------------------

    def text(self, text: str, size: float = st.BODY, **kwargs) -> Text:
        kwargs.setdefault("rtl", self.rtl)
        return Text(text, size, **kwargs)

    def title(self, text: str) -> Text:
        return self.text(text, st.TITLE, bold=True, color=st.ACCENT, space_after=4,
                         leading=st.TITLE * 1.5)

    def heading(self, text: str) -> Text:
        found = self.text(text, st.HEADING, bold=True, color=st.ACCENT, space_before=10,
                          space_after=3)
        found.keepWithNext = True
        return found

    def subheading(self, text: str) -> Text:
        found = self.text(text, st.SUBHEADING, bold=True, color=st.INK, space_before=6,
                          space_after=2)
        found.keepWithNext = True
        return found

    def list_heading(self, text: str) -> list[Flowable]:
        """A subheading over a table that may run over pages: kept with the table's first rows
        only. (Kept with the whole table, as subheading() does, reportlab moves both to a new
        page whenever the table does not fit in what is left of this one, leaving it blank.)"""
        found = self.text(text, st.SUBHEADING, bold=True, color=st.INK, space_before=6,
                          space_after=2)
        return [CondPageBreak(LIST_LEAD_IN), found]

    def para(self, text: str, size: float = st.BODY, **kwargs) -> Text:
        kwargs.setdefault("space_after", 3)
        return self.text(text, size, **kwargs)

    def note(self, text: str, color: Color = st.MUTED) -> Text:
        return self.text(text, st.SMALL, color=color, space_after=3)

    @staticmethod
    def gap(height: float = 6) -> Spacer:
        return Spacer(1, height)

    @staticmethod
    def cell_font() -> list[tuple]:
        """Table cells hold our own text; this only stops reportlab from naming Helvetica (a
        font it would not embed) in the PDF."""
        return [("FONTNAME", (0, 0), (-1, -1), fonts.font_name(fonts.LATIN))]

    def _cell(self, value: object, *, numeric: bool, bold: bool = False,
              color: Color = st.INK) -> Flowable:
        if isinstance(value, Flowable):
            return value
        if not isinstance(value, str):  # keeps a Localized label as it is
            value = "" if value is None else str(value)
        return Text(value, st.TABLE, bold=bold, color=color,
                    align="end" if numeric else "start", rtl=self.rtl, leading=st.TABLE * 1.45)

    @staticmethod
    def _row_heights(data: Sequence[Sequence[object]], widths: Sequence[float],
                     pad_x: float, pad_y: float) -> list[float | None]:
        """Each row's height, as reportlab's Table would find it by wrapping every cell (a
        Text's lines are laid out once here, at the width the table gives it); given to the
        Table, so that it does not wrap each cell again at each page it tries. A row with
        another kind of flowable is left to the Table (None)."""
        heights: list[float | None] = []
        for row in data:
            tallest: float | None = 0.0
            for value, width in zip(row, widths):
                if type(value) is not Text:
                    tallest = None
                    break
                # the same arithmetic as Table._listCellGeom and _calc_height
                tallest = max(tallest, value.wrap(width - pad_x - pad_x, 72000)[1]
                              + (pad_y + pad_y))
            heights.append(tallest)
        return heights

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[object]], *,
              totals: int = 0, warn_rows: Iterable[int] = ()) -> Table:
        """A table with a header row repeated on every page; the last `totals` rows are totals
        (bold, shaded); rows in `warn_rows` are printed in the warning colour."""
        warn = set(warn_rows)
        widths = [c.width * self.width for c in columns]
        data = [[self._cell(c.header, numeric=c.numeric, bold=True) for c in columns]]
        first_total = len(rows) - totals
        for index, row in enumerate(rows):
            data.append([self._cell(value, numeric=c.numeric, bold=index >= first_total,
                                    color=st.WARN if index in warn else st.INK)
                         for value, c in zip(row, columns)])
        if self.rtl:
            data = [list(reversed(r)) for r in data]
            widths.reverse()
        style = [
            *self.cell_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), _PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_Y),
            ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
        ]
        if totals and rows:
            style += [("BACKGROUND", (0, first_total + 1), (-1, -1), st.TOTAL_FILL),
                      ("LINEABOVE", (0, first_total + 1), (-1, first_total + 1), 0.8, st.INK)]
        found = CellTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style),
                          rowHeights=self._row_heights(data, widths, _PAD_X, _PAD_Y),
                          hAlign="RIGHT" if self.rtl else "LEFT")
        found.spaceAfter = 6
        return found

    def fields(self, pairs: Sequence[tuple[str, object]], label_share: float = 0.28) -> Table:
        """Label and value, one field a row (a record's fields)."""
        rows = [[self._cell(label, numeric=False, bold=True, color=st.MUTED),
                 self._cell(value if value not in (None, "") else DASH, numeric=False)]
                for label, value in pairs]
        widths = [label_share * self.width, (1 - label_share) * self.width]
        if self.rtl:
            rows = [list(reversed(r)) for r in rows]
            widths.reverse()
        found = CellTable(rows, colWidths=widths, style=TableStyle([
            *self.cell_font(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), _PAD_Y_FIELDS),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_Y_FIELDS),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, st.RULE),
        ]), rowHeights=self._row_heights(rows, widths, _PAD_X, _PAD_Y_FIELDS),
            hAlign="RIGHT" if self.rtl else "LEFT")
        found.spaceAfter = 6
        return found

    def cross_table(self, row_header: str, row_labels: Sequence[str],
                    column_labels: Sequence[str], cells: Sequence[Sequence[int]],
                    *, total_label: str | None = None, first_share: float = 0.34,
                    column_totals: bool = True) -> Table:
        """A disaggregation table with a total for each row and (unless told not to, for a
        single row) each column."""
        total_label = total_label or self.t("Total")
        n = len(column_labels) + 1
        rest = (1 - first_share) / n
        columns = [Column(row_header, first_share)] + \
            [Column(label, rest, numeric=True) for label in (*column_labels, total_label)]
        rows: list[list[object]] = []
        for label, values in zip(row_labels, cells):
            rows.append([label, *map(self.num, values), self.num(sum(values))])
        if not column_totals:
            return self.table(columns, rows)
        sums = [sum(values[i] for values in cells) for i in range(len(column_labels))]
        rows.append([total_label, *map(self.num, sums), self.num(sum(sums))])
        return self.table(columns, rows, totals=1)
