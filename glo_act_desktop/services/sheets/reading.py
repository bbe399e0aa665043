"""Rows out of a CSV or XLSX file, with the checks that keep a bad file from costing minutes.

Whole-file problems (too big, not text, not a workbook, no header) raise InputRejected naming
the file. Rows come out lazily, numbered as Excel numbers them (the header is row 1), so a
200 MB file is never held in memory as cells.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.sheets.cells import Cell, csv_unescape, ooxml_unescape

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 1_000_000  # data rows per sheet
MAX_UNPACKED_BYTES = 2 * 1024 ** 3  # an XLSX is a zip: what it may grow to once unpacked
MAX_SHARED_STRINGS_BYTES = 400 * 1024 * 1024  # openpyxl holds this part in memory
SNIFF_BYTES = 64 * 1024
# Characters in one CSV cell. Far above the longest text allowed (20,000), so an over-long cell
# is reported on its row by validation rather than making the whole file unreadable.
CSV_FIELD_LIMIT = 1024 * 1024

SAVE_AS_CSV_UTF8 = "in Excel use Save As › CSV UTF-8 (Comma delimited)"


@dataclass
class Table:
    """One sheet: its header and its rows, numbered as Excel shows them."""

    name: str
    header: list[str]
    rows: Iterator[tuple[int, list[Cell]]]
    estimated_rows: int  # for progress; 0 when unknown


def rejected(path: Path, reason: str) -> InputRejected:
    return InputRejected(f"{path.name}: {reason}")


def _too_many_rows(path: Path, sheet: str) -> InputRejected:
    return rejected(path, f"the {sheet} sheet has more than {MAX_ROWS:,} rows; split it into "
                          "smaller files")


def _check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise rejected(path, "no such file") from None
    except OSError as exc:
        raise rejected(path, f"cannot be read ({exc.strerror})") from None
    if size == 0:
        raise rejected(path, "the file is empty; start from a template")
    if size > MAX_FILE_BYTES:
        raise rejected(path, f"the file is {size / 2**20:,.0f} MB; sheets are limited to "
                             f"{MAX_FILE_BYTES // 2**20} MB, split it into smaller files")
    return size


def header_names(cells: list[Cell] | tuple[Cell, ...]) -> list[str]:
    """Column names as typed, without the spaces or stray byte-order marks around them."""
    return ["" if cell is None else str(cell).strip().strip("\ufeff") for cell in cells]


# --- CSV --------------------------------------------------------------------------------------

def _sniff_csv(path: Path, head: bytes) -> None:
    """Refuse what is plainly not UTF-8 CSV text before reading any further."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise rejected(path, f"the file is UTF-16 text, not UTF-8: {SAVE_AS_CSV_UTF8}")
    if head.startswith(b"PK\x03\x04"):
        raise rejected(path, "this is an Excel workbook, not CSV text: name it .xlsx")
    if b"\x00" in head:
        raise rejected(path, "the file holds binary data, not CSV text; save the sheet as "
                             "CSV UTF-8 or as an Excel workbook (.xlsx)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        raise rejected(path, f"not UTF-8 text: {SAVE_AS_CSV_UTF8}") from None


def _first_bad_line(path: Path) -> int:
    """The line of the first byte that is not UTF-8, counting from 1."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 1
    with path.open("rb") as raw:
        for chunk in iter(lambda: raw.read(1 << 16), b""):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return lines + chunk.count(b"\n", 0, max(exc.start, 0))
            lines += chunk.count(b"\n")
    return lines


def _count_lines(path: Path) -> int:
    with path.open("rb") as raw:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: raw.read(1 << 20), b""))


def _count_records(path: Path) -> int:
    """Rows as a CSV reader sees them (a line count also counts line breaks inside cells)."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        try:
            return sum(1 for _ in csv.reader(stream))
        except (UnicodeDecodeError, csv.Error):
            return 0  # reported with its row number when the rows are read


def _delimiter(first_line: str) -> str:
    """Excel in many European locales saves CSV with ';' between cells."""
    return ";" if ";" in first_line and "," not in first_line else ","


@contextmanager
def _csv_tables(path: Path, main_name: str) -> Iterator[dict[str, Table]]:
    size = _check_size(path)
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
    _sniff_csv(path, head)
    lines = _count_lines(path) if size > len(head) else head.count(b"\n")
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        try:
            first_line = stream.readline()
        except UnicodeDecodeError:
            raise rejected(path, f"not UTF-8 text: {SAVE_AS_CSV_UTF8}") from None
        reader = csv.reader(itertools.chain([first_line], stream),
                            delimiter=_delimiter(first_line))
        try:
            header = next(reader, [])
        except csv.Error as exc:
            raise rejected(path, f"the header row cannot be read as CSV ({exc})") from None
        if not any(name.strip() for name in header):
            raise rejected(path, "row 1 is empty; it must hold the column names (start from a "
                                 "template)")
        if lines > MAX_ROWS and _count_records(path) > MAX_ROWS + 1:
            raise _too_many_rows(path, main_name)

        def rows() -> Iterator[tuple[int, list[Cell]]]:
            number = 1
            try:
                for number, cells in enumerate(reader, start=2):
                    if number > MAX_ROWS + 1:
                        raise _too_many_rows(path, main_name)
                    yield number, [csv_unescape(cell) if cell[:1] == "'" else cell
                                   for cell in cells]
            except UnicodeDecodeError:
                raise rejected(path, f"not UTF-8 text (line {_first_bad_line(path):,} is not): "
                                     f"{SAVE_AS_CSV_UTF8}") from None
            except csv.Error as exc:
                raise rejected(path, f"row {number + 1:,} cannot be read as CSV ({exc})") \
                    from None

        yield {main_name: Table(main_name, header_names(header), rows(), max(lines - 1, 0))}


# --- XLSX -------------------------------------------------------------------------------------

_ROW_TAG = re.compile(rb"<row[ >]")


def _count_row_tags(archive: zipfile.ZipFile, member: str) -> int:
    """Rows in a worksheet part, counted without parsing it: the size of the work ahead, and an
    early refusal of a sheet over the row limit."""
    count, tail = 0, b""
    with archive.open(member) as part:
        for chunk in iter(lambda: part.read(1 << 20), b""):
            data = tail + chunk
            count += len(_ROW_TAG.findall(data))
            tail = data[-4:]  # shorter than a tag: a tag cut in two is counted once, whole
    return count


def _check_workbook(path: Path) -> None:
    with path.open("rb") as raw:
        magic = raw.read(8)
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise rejected(path, "not an Excel workbook in the .xlsx format: it is an old .xls file "
                             "or a password-protected workbook; in Excel save it as .xlsx "
                             "without a password")
    if not zipfile.is_zipfile(path):
        looks_like_text = all(32 <= byte < 127 or byte in b"\t\r\n" for byte in magic)
        hint = " (it looks like CSV text: name it .csv)" if looks_like_text else ""
        raise rejected(path, f"not an Excel workbook{hint}")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = {info.filename: info for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError) as exc:
        raise rejected(path, f"not an Excel workbook ({exc})") from None
    if "[Content_Types].xml" not in parts or "xl/workbook.xml" not in parts:
        raise rejected(path, "not an Excel workbook: it is a zip file of something else")
    if sum(info.file_size for info in parts.values()) > MAX_UNPACKED_BYTES:
        raise rejected(path, "the workbook unpacks to more than "
                             f"{MAX_UNPACKED_BYTES // 2**30} GB; split it into smaller files")
    strings = parts.get("xl/sharedStrings.xml")
    if strings and strings.file_size > MAX_SHARED_STRINGS_BYTES:
        raise rejected(path, "the workbook holds too much text; split it into smaller files")


def _worksheet_rows(path: Path, worksheet, name: str) -> Iterator[tuple[int, list[Cell]]]:
    rows = worksheet.iter_rows(values_only=True)
    next(rows, None)  # the header
    for number, cells in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            raise _too_many_rows(path, name)
        yield number, [ooxml_unescape(c) if isinstance(c, str) else c for c in cells]


@contextmanager
def _xlsx_tables(path: Path) -> Iterator[dict[str, Table]]:
    import openpyxl  # only when a workbook is read: it takes a while to import

    _check_size(path)
    _check_workbook(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False,
                                          keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds of error for a damaged file
        reason = " ".join(str(exc).split())[:200]
        raise rejected(path, f"cannot be read as an Excel workbook ({reason})") from None
    try:
        tables = {}
        for worksheet in workbook.worksheets:
            # A wrong <dimension> tag would cut the rows short: read what is really there.
            worksheet.reset_dimensions()
            first = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
            rows = _count_row_tags(workbook._archive, worksheet._worksheet_path)
            if rows > MAX_ROWS + 1:
                raise _too_many_rows(path, worksheet.title)
            tables[worksheet.title] = Table(
                worksheet.title, header_names([ooxml_unescape(c) if isinstance(c, str) else c
                                               for c in first]),
                _worksheet_rows(path, worksheet, worksheet.title), max(rows - 1, 0))
        yield tables
    finally:
        workbook.close()


@contextmanager
def open_tables(path: Path, main_name: str) -> Iterator[dict[str, Table]]:
    """The sheets of a CSV (one, called `main_name`) or XLSX file (all its worksheets)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with _csv_tables(path, main_name) as tables:
            yield tables
    elif suffix == ".xlsx":
        with _xlsx_tables(path) as tables:
            yield tables
    else:
        raise rejected(path, "sheets must be .csv or .xlsx files (in Excel use Save As and "
                             "choose one of those)")

