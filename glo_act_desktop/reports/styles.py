"""Look of the reports: paper, margins, type sizes and colours, in one place."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

PAPERS = {"a4": A4, "letter": LETTER}

MARGIN_SIDE = 16 * mm
MARGIN_TOP = 20 * mm  # room for the running header
MARGIN_BOTTOM = 18 * mm  # room for the page number

TITLE = 20
HEADING = 13
SUBHEADING = 10.5
BODY = 9
TABLE = 8
SMALL = 7.5

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#5f6368")
ACCENT = colors.HexColor("#00689d")  # UN blue, darkened for print
RULE = colors.HexColor("#c8ccd0")
HEADER_FILL = colors.HexColor("#e8f1f7")
TOTAL_FILL = colors.HexColor("#f3f4f5")
WARN = colors.HexColor("#b3261e")

# Series colours of the charts: female, male, other (distinct in grey print too).
SEX_COLOURS = (colors.HexColor("#7b3294"), colors.HexColor("#008837"),
               colors.HexColor("#a6a6a6"))
OUTSIDE = colors.HexColor("#e08214")
INSIDE = colors.HexColor("#9ecae1")


def paper_size(paper: str) -> tuple[float, float]:
    return PAPERS[paper.lower()]
