"""What an import would do, worked out before anything is written: the preview a person checks
and the exact list of records `apply_import` then writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from glo_act_desktop.domain.records import Record

MAX_LISTED_PROBLEMS = 10_000  # beyond this a file is wrong throughout: count, do not list
SUMMARY_PROBLEMS = 15


@dataclass(frozen=True)
class SheetProblem:
    """One bad cell or row, located as the user sees it in Excel (the header is row 1)."""

    sheet: str
    row: int | None  # None: the sheet as a whole
    column: str
    message: str

    def __str__(self) -> str:
        where = self.sheet if self.row is None else f"{self.sheet} row {self.row:,}"
        return f"{where}, {self.column}: {self.message}" if self.column \
            else f"{where}: {self.message}"


@dataclass
class ImportPlan:
    kind: str
    path: Path
    children_replaced: tuple[str, ...] = ()  # child lists the sheet replaces in every record
    columns_kept: tuple[str, ...] = ()  # optional columns not in the sheet: stored values stay
    rows: int = 0  # records read (blank rows are skipped, not counted)
    new_ids: list[str] = field(default_factory=list)
    new_ids_given: list[str] = field(default_factory=list)  # new records the sheet gave an id
    updated_ids: list[str] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)
    row_of: dict[str, int] = field(default_factory=dict)  # record id -> its row in the sheet
    problems: list[SheetProblem] = field(default_factory=list)
    problem_count: int = 0  # all of them; `problems` lists the first MAX_LISTED_PROBLEMS
    warnings: list[SheetProblem] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)  # the new and updated ones, to write
    applied: bool = False

    def add_problem(self, problem: SheetProblem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(problem)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    @property
    def new(self) -> int:
        return len(self.new_ids)

    @property
    def updated(self) -> int:
        return len(self.updated_ids)

    @property
    def unchanged(self) -> int:
        return len(self.unchanged_ids)

    def problem_lines(self) -> list[str]:
        lines = [str(p) for p in self.problems]
        if self.problem_count > len(self.problems):
            lines.append(f"… and {self.problem_count - len(self.problems):,} more problems")
        return lines

    def summary(self) -> str:
        name = self.path.name
        if not self.ok:
            lines = [f"{name}: {self.problem_count:,} problem(s) in {self.rows:,} rows; nothing "
                     "will be imported until they are fixed:"]
            lines += [f"  {p}" for p in self.problems[:SUMMARY_PROBLEMS]]
            if self.problem_count > SUMMARY_PROBLEMS:
                lines.append(f"  … and {self.problem_count - SUMMARY_PROBLEMS:,} more")
            return "\n".join(lines)
        lines = [f"{name}: {self.rows:,} {self.kind}: {self.new:,} new, {self.updated:,} "
                 f"updated, {self.unchanged:,} unchanged"]
        if self.children_replaced:
            lines.append(f"Replaced from the sheet for every record in it: "
                         f"{', '.join(self.children_replaced)}")
        if self.columns_kept:
            lines.append("Not in the sheet, so existing records keep what they hold: "
                         f"{', '.join(self.columns_kept)}")
        if self.warnings:
            lines.append(f"{len(self.warnings):,} warning(s):")
            lines += [f"  {w}" for w in self.warnings[:SUMMARY_PROBLEMS]]
            if len(self.warnings) > SUMMARY_PROBLEMS:
                lines.append(f"  … and {len(self.warnings) - SUMMARY_PROBLEMS:,} more")
        return "\n".join(lines)
