"""CSV and XLSX files written row by row, safely: never a live formula, never half a file.

Both write to a temporary file beside the target and move it into place at the end, so an
interrupted export leaves the previous file (or none), not a truncated one.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.sheets.cells import csv_safe, ooxml_escape
from glo_act_desktop.services.sheets.columns import Column, column_letter

HELP_SHEET = "help"


class CsvWriter:
    """One sheet (a CSV file cannot hold more). UTF-8 with a BOM, so Excel shows Nepali,
    Bengali and Arabic text as it is."""

    holds_child_sheets = False

    def __init__(self, stream):
        self.writer = csv.writer(stream)
        self.texts: list[Callable[[Any], str]] = []

    def add_sheet(self, name: str, columns: Sequence[Column]) -> None:
        self.texts = [c.format.text for c in columns]
        self.writer.writerow([c.name for c in columns])

    def write(self, name: str, values: Sequence[Any]) -> None:
        self.writer.writerow([csv_safe(text(value)) for text, value in zip(self.texts, values)])


class XlsxWriter:
    """Any number of sheets, written as they come (openpyxl's write-only mode)."""

    holds_child_sheets = True

    def __init__(self):
        import openpyxl  # only when a workbook is written: it takes a while to import
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ERROR_CODES
        from openpyxl.styles import Font

        self._cell = WriteOnlyCell
        self._error_codes = frozenset(ERROR_CODES)
        self._bold = Font(bold=True)
        self.workbook = openpyxl.Workbook(write_only=True)
        self.sheets: dict[str, tuple[Any, Sequence[Column]]] = {}

    def text(self, sheet: Any, value: str, **style: Any) -> Any:
        """A cell that is text whatever it holds: openpyxl would make "=..." a formula and
        "#N/A" an error value. Other text it writes as text anyway, and a plain str is several
        times cheaper than a cell object, so only the risky ones get one."""
        value = ooxml_escape(value)
        if not style and value[:1] != "=" and value not in self._error_codes:
            return value
        cell = self._cell(sheet, value)
        cell.data_type = "s"
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell

    def add_sheet(self, name: str, columns: Sequence[Column]) -> None:
        sheet = self.workbook.create_sheet(name)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns):
            letter = column_letter(index)
            sheet.column_dimensions[letter].width = max(12, min(40, len(column.name) + 4))
        sheet.append([self.text(sheet, c.name, font=self._bold) for c in columns])
        self.sheets[name] = (sheet, columns)

    def write(self, name: str, values: Sequence[Any]) -> None:
        sheet, columns = self.sheets[name]
        cells = []
        for column, value in zip(columns, values):
            native = column.format.native(value)
            cells.append(self.text(sheet, native) if isinstance(native, str) and native
                         else native)
        sheet.append(cells)

    def add_help(self, rows: Sequence[tuple[bool, Sequence[str]]],
                 widths: Sequence[int]) -> None:
        """A sheet of plain text; rows marked True are headings."""
        sheet = self.workbook.create_sheet(HELP_SHEET)
        for index, width in enumerate(widths):
            sheet.column_dimensions[column_letter(index)].width = width
        for heading, row in rows:
            style = {"font": self._bold} if heading else {}
            sheet.append([self.text(sheet, value, **style) if value else None for value in row])

    def save(self, target: Path) -> None:
        self.workbook.save(target)


@contextmanager
def sheet_writer(path: Path) -> Iterator[CsvWriter | XlsxWriter]:
    """A writer for `path` by its extension; the file appears only if the block succeeds."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputRejected(f"{path.name}: sheets are written as .csv or .xlsx; name the file "
                            "with one of those endings")
    folder = path.parent
    if not folder.is_dir():
        raise InputRejected(f"{path.name}: the folder {folder} does not exist")
    # Made with open(), not mkstemp, so the file gets the user's usual permissions.
    temporary = folder / f".{path.name}.{uuid.uuid4().hex[:12]}.part"
    try:
        if suffix == ".csv":
            with temporary.open("x", encoding="utf-8-sig", newline="") as stream:
                yield CsvWriter(stream)
        else:
            xlsx = XlsxWriter()
            yield xlsx
            xlsx.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
