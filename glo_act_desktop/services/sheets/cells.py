"""One cell in, one value out: how each kind of column is read from and written to a sheet.

A cell arrives as text (CSV) or as what openpyxl gives (str, int, float, datetime, bool, None).
Parsers raise CellError with a message that names the bad value and the expected format; the
importer adds the sheet, row and column.
"""

from __future__ import annotations

import math
import re
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from glo_act_desktop.domain.money import AmountError, decimal_places, parse_amount
from glo_act_desktop.domain.records import Counterpart

LIST_SEPARATOR = ";"
EXAMPLE_DATE = "2025-03-14"


class CellError(ValueError):
    """A cell that cannot be read as its column's format."""


Cell = str | int | float | datetime | date | bool | None


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _shown(cell: Cell) -> str:
    """The cell as the user typed it, for messages (long texts cut short)."""
    text = cell if isinstance(cell, str) else str(cell)
    return text if len(text) <= 40 else text[:37] + "…"


# --- formula safety ---------------------------------------------------------------------------
# Spreadsheet programs run a CSV cell that starts with one of these as a formula. On export such
# text gets one leading apostrophe (Excel's "this is text" mark); on import one is taken off
# again, so export -> import gives back the same text, and "'hello" stays "'hello".
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED_FORMULA = re.compile(r"'+[=+\-@\t\r]")
_RISKY_FIRST = frozenset("'=+-@\t\r")


def csv_safe(text: str) -> str:
    if text[:1] not in _RISKY_FIRST:  # most cells: one cheap look at the first character
        return text
    return "'" + text if _FORMULA_START.match(text) else text


def csv_unescape(text: str) -> str:
    return text[1:] if _ESCAPED_FORMULA.match(text) else text


# --- OOXML string escapes ---------------------------------------------------------------------
# XML parsers turn a carriage return into a line feed, so Excel writes it as "_x000D_" and reads
# any "_xHHHH_" as that character; a literal "_xHHHH_" is written with its "_" as "_x005F_".
# openpyxl does neither, so we do, to stay lossless and read Excel's own files right.
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|\r")
_OOXML_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_escape(text: str) -> str:
    if "\r" not in text and "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: "_x000D_" if m.group() == "\r" else "_x005F_", text)


def ooxml_unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _OOXML_UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


# --- formats ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Format:
    """How one kind of column looks in a sheet."""

    help: str  # what the template's help sheet and the docs say about it
    parse: Callable[[Cell], object]
    text: Callable[[object], str]  # the value as CSV text
    native: Callable[[object], object]  # the value as an XLSX cell (str cells are text cells)


def _as_text(cell: Cell) -> str:
    """Any cell as text, for text columns: an XLSX number typed into a text column is kept as
    the digits Excel shows."""
    if cell.__class__ is str:
        return cell  # type: ignore[return-value]
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == time() else cell.isoformat(sep=" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return repr(cell) if isinstance(cell, float) else str(cell)


def _identity(value: object) -> object:
    return value


TEXT = Format("text", _as_text, str, _identity)


# Codes repeat on every row: one shared string per code keeps a big plan a fifth smaller.
def _parse_code(cell: Cell) -> str:
    return sys.intern(_as_text(cell).strip())


CODE = Format("one code from the list", _parse_code, str, _identity)


def _parse_upper_code(cell: Cell) -> str:
    return sys.intern(_as_text(cell).strip().upper())


ISO_CODE = Format("ISO code (capital letters)", _parse_upper_code, str, _identity)


def _split(cell: Cell) -> tuple[str, ...]:
    parts = [part.strip() for part in _as_text(cell).split(LIST_SEPARATOR)]
    return tuple(part for part in parts if part)


def _join(values: object) -> str:
    return (LIST_SEPARATOR + " ").join(values)  # type: ignore[arg-type]


def _split_codes(cell: Cell) -> tuple[str, ...]:
    return tuple(sys.intern(code) for code in _split(cell))


CODES = Format("codes from the list, separated by ;", _split_codes, _join, _join)
TEXTS = Format("short texts separated by ; (a text may not contain ;)", _split, _join,
               _join)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(cell: Cell) -> date | None:
    if cell.__class__ is str and _ISO_DATE.fullmatch(cell):
        try:
            return date.fromisoformat(cell)  # type: ignore[arg-type]
        except ValueError:
            raise CellError(f"'{cell}' is not a date; use YYYY-MM-DD, for example "
                            f"{EXAMPLE_DATE}") from None
    if is_blank(cell):
        return None
    if isinstance(cell, datetime):
        if cell.time() != time():
            raise CellError(f"'{_shown(cell)}' has a time of day; enter only the date")
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, (int, float)):  # bool is an int too
        raise CellError(f"'{_shown(cell)}' is a number, not a date; format the cell as a date "
                        f"or type it as YYYY-MM-DD, for example {EXAMPLE_DATE}")
    text = _as_text(cell).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise CellError(f"'{_shown(cell)}' is not a date; use YYYY-MM-DD, for example {EXAMPLE_DATE}")


def _date_text(value: object) -> str:
    return value.isoformat() if value else ""  # type: ignore[union-attr]


DATE = Format(f"date as YYYY-MM-DD, for example {EXAMPLE_DATE}", _parse_date, _date_text,
              _identity)

_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0"}


def _parse_bool(cell: Cell) -> bool:
    if is_blank(cell):
        return False
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, (int, float)) and cell in (0, 1):
        return bool(cell)
    word = _as_text(cell).strip().casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise CellError(f"'{_shown(cell)}' is not yes or no; write yes or no (blank means no)")


def _yes_no(value: object) -> str:
    return "yes" if value else "no"


BOOL = Format("yes or no (also true/false, 1/0, y/n; blank means no)", _parse_bool,
              _yes_no, _yes_no)

_WHOLE = re.compile(r"[+-]?\d+(\.0*)?")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")


def _parse_count(cell: Cell) -> int:
    if cell.__class__ is str and cell.isdigit() and cell.isascii():  # type: ignore[union-attr]
        return int(cell)  # type: ignore[arg-type]
    if is_blank(cell):
        return 0
    if isinstance(cell, bool):
        raise CellError(f"'{_shown(cell)}' is not a whole number; counts are 0 or more")
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell)
        raise CellError(f"'{_shown(cell)}' is not a whole number; counts are 0 or more")
    text = _as_text(cell).strip()
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    if _WHOLE.fullmatch(text):
        return int(text.split(".")[0])  # negative counts are left to validation to report
    raise CellError(f"'{_shown(cell)}' is not a whole number; counts are 0 or more, like 12")


def _count_text(value: object) -> str:
    return str(value)


COUNT = Format("whole number, 0 or more (blank means 0)", _parse_count, _count_text,
               _identity)

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DECIMAL_COMMA = "use a point for decimals (77.5) and no thousands separators"


def _parse_score(cell: Cell) -> float | None:
    if is_blank(cell):
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        if not math.isfinite(cell):
            raise CellError(f"'{_shown(cell)}' is not a number")
        return float(cell)
    text = _as_text(cell).strip()
    if _NUMBER.fullmatch(text):
        return float(text)
    hint = f"; {_DECIMAL_COMMA}" if "," in text else ", for example 77.5"
    raise CellError(f"'{_shown(cell)}' is not a number{hint}")


def _score_text(value: object) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)  # type: ignore[union-attr]


def _score_native(value: object) -> object:
    if value is None:
        return None
    # openpyxl writes numbers with 16 significant digits; keep the rare float that needs 17
    # exact by writing it as text.
    return value if float("%.16g" % value) == value else repr(value)


SCORE = Format("average score from 0 to 100, for example 77.5 (blank if not tested)",
               _parse_score, _score_text, _score_native)

def _parse_amount(cell: Cell) -> Decimal:
    if is_blank(cell):
        raise CellError("is required: enter an amount, for example 12500.50")
    if isinstance(cell, bool):
        raise CellError(f"'{_shown(cell)}' is not an amount")
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise CellError(f"'{_shown(cell)}' is not an amount")
        return Decimal(repr(cell))  # the shortest text that is this float: no binary noise
    text = _as_text(cell).strip()
    try:
        return parse_amount(text)
    except AmountError:
        hint = "use a point for decimals, for example" if "," in text else "write it like"
        raise CellError(f"'{_shown(cell)}' is not an amount; {hint} 12500.50") from None


def _amount_text(value: object) -> str:
    return f"{value:f}"


def _amount_native(value: object) -> object:
    """A number when Excel can hold it exactly (15–16 digits); otherwise text, never rounded."""
    as_float = float(value)  # type: ignore[arg-type]
    if Decimal(repr(float("%.16g" % as_float))) == value:
        return as_float
    return _amount_text(value)


AMOUNT = Format("amount with a point for decimals and no more decimals than the currency "
                "has, for example 12500.50", _parse_amount, _amount_text, _amount_native)


def with_minor_units(value: Decimal, minor_units: int) -> Decimal:
    """12500 -> 12500.00 for a two-decimal currency, as accountants write it (never rounds)."""
    if decimal_places(value) > minor_units:
        return value
    return value.quantize(Decimal(1).scaleb(-minor_units))


def parse_id(cell: Cell) -> str | None:
    """A record or child id: None when blank, else the canonical UUID text."""
    if is_blank(cell):
        return None
    text = _as_text(cell).strip()
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise CellError(f"'{_shown(cell)}' is not an id; ids look like "
                        "3f2b8c1e-5d4a-4b7e-9c1f-2a6e8d0b4c71. Leave it blank for a new "
                        "record") from None


ID = Format("id (a UUID) given by the app; blank for a new one", parse_id,
            lambda value: value or "", lambda value: value or "")
PARENT_ID = Format("id (a UUID) of a record in the main sheet", parse_id, ID.text, ID.native)

_COUNTERPART = re.compile(r"(?P<organisation>.*?)\s*\[(?P<type>[^\[\]]*)\]", re.DOTALL)


def _parse_counterparts(cell: Cell) -> list[Counterpart]:
    found = []
    for item in _split(cell):
        match = _COUNTERPART.fullmatch(item)
        if not match:
            raise CellError(f"'{_shown(item)}' has no [type code]; write each counterpart as "
                            "'Organisation name [type code]', separated by ;")
        found.append(Counterpart(match["organisation"].strip(), match["type"].strip()))
    return found


def _counterparts_text(value: object) -> str:
    return _join(f"{c.organisation} [{c.type}]" for c in value)  # type: ignore[attr-defined]


COUNTERPARTS = Format("Organisation name [type code]; Other organisation [type code]",
                      _parse_counterparts, _counterparts_text, _counterparts_text)
