"""Empty sheets to fill in: the header row, and in XLSX a help sheet with every column and code."""

from __future__ import annotations

from pathlib import Path

from glo_act_desktop.domain.reference import Currency, Programme, Reference
from glo_act_desktop.domain.vocab import (
    DELIVERY_LABELS, FOLLOW_UP_STATUS_LABELS, GRANT_STATUS_LABELS, REPORT_KIND_LABELS,
    SERVICE_LABELS,
)
from glo_act_desktop.services.sheets.columns import SHEETS, Column, SheetSpec
from glo_act_desktop.services.sheets.writing import XlsxWriter, sheet_writer

HELP_WIDTHS = (16, 26, 10, 44, 60, 18)


def seed_reference() -> Reference:
    """The reference data every new database starts with, for templates made without one
    (the published templates in docs/)."""
    from glo_act_desktop.store.migrations import iso_data, reference_0001 as seed

    programmes = {}
    for code, name, start, end, framework in seed.PROGRAMMES:
        programmes[code] = Programme(
            code, name, start, end, framework,
            {c: role for p, c, role in seed.PROGRAMME_COUNTRIES if p == code},
            {o: title for o, p, _, title in sorted(seed.OBJECTIVES, key=lambda o: o[2])
             if p == code})
    return Reference(
        programmes=programmes, countries=dict(iso_data.COUNTRIES),
        currencies={code: Currency(code, name, minor)
                    for code, name, minor in iso_data.CURRENCIES},
        pillars=dict(seed.PILLARS), counterpart_types=dict(seed.COUNTERPART_TYPES),
        target_groups=dict(seed.TARGET_GROUPS), consultation_types=dict(seed.CONSULTATION_TYPES))


def code_lists(ref: Reference) -> dict[str, list[tuple[str, str]]]:
    """Each code list a column can name: (code, what it means)."""
    programmes_of: dict[str, list[str]] = {}
    for programme in ref.programmes.values():
        for country, role in programme.countries.items():
            programmes_of.setdefault(country, []).append(f"{programme.code} ({role})")
    return {
        "programmes": [(p.code, p.name) for p in ref.programmes.values()],
        "countries": [(code, f"{ref.countries.get(code, code)}: {', '.join(found)}")
                      for code, found in sorted(programmes_of.items())],
        "objectives": [(code, f"{p.code}: {title}") for p in ref.programmes.values()
                       for code, title in p.objectives.items()],
        "consultation_types": list(ref.consultation_types.items()),
        "pillars": list(ref.pillars.items()),
        "target_groups": list(ref.target_groups.items()),
        "counterpart_types": list(ref.counterpart_types.items()),
        "currencies": [(c.code, f"{c.name} ({c.minor_units} decimals)")
                       for c in ref.currencies.values()],
        "delivery_modes": list(DELIVERY_LABELS.items()),
        "grant_statuses": list(GRANT_STATUS_LABELS.items()),
        "services": list(SERVICE_LABELS.items()),
        "follow_up_statuses": list(FOLLOW_UP_STATUS_LABELS.items()),
        "report_kinds": list(REPORT_KIND_LABELS.items()),
    }


def _rules(spec: SheetSpec) -> list[str]:
    rules = [
        f"How to fill in the {spec.kind} sheet",
        "Row 1 holds the column names: keep them. Columns may come in any order; optional ones "
        "may be left out, and existing records then keep what they hold.",
        f"One row per {spec.noun}. Leave id blank to add a {spec.noun}; keep the id to update "
        "that one.",
        "Dates as YYYY-MM-DD. yes or no for yes-or-no columns. Several values in one cell are "
        "separated by ;.",
        "The import is all or nothing: if any row has a problem, nothing is imported, and each "
        "problem is listed with its sheet, row and column.",
    ]
    for child in spec.children:
        rules.append(f"The {child.name} sheet, when present, replaces the {child.noun}s of every "
                     f"{spec.noun} in the {spec.kind} sheet (delete the sheet to leave them as "
                     f"they are). Its {child.parent_column} is the id of the {spec.noun}.")
    if spec.children:
        rules.append("A child sheet needs all its columns (only id may be left out), even when "
                     "some of their cells are blank.")
    return rules


def _column_row(sheet: str, column: Column) -> list[str]:
    return [sheet, column.name, "yes" if column.required else "", column.format.help,
            column.meaning, f"see {column.codes} below" if column.codes else ""]


def help_rows(spec: SheetSpec, ref: Reference) -> list[tuple[bool, list[str]]]:
    """The help sheet's rows, each with whether it is a heading."""
    title, *rules = _rules(spec)
    rows = [(True, [title]), *((False, [line]) for line in rules), (False, []),
            (True, ["sheet", "column", "required", "format", "meaning", "allowed values"])]
    rows += [(False, _column_row(spec.kind, c)) for c in spec.columns]
    rows += [(False, _column_row(child.name, c)) for child in spec.children
             for c in child.columns]
    lists = code_lists(ref)
    every_column = (*spec.columns, *(c for child in spec.children for c in child.columns))
    for name in dict.fromkeys(c.codes for c in every_column if c.codes):
        rows += [(False, []), (True, [f"Codes: {name}"]), (True, ["", "code", "", "meaning"])]
        rows += [(False, ["", code, "", meaning]) for code, meaning in lists[name]]
    return rows


def write_template(kind: str, path: str | Path, reference: Reference | None = None) -> None:
    """An empty sheet with the header row; in XLSX also the child sheets and a help sheet
    listing every column, its format and the allowed codes (from `reference`, or the codes a
    new database starts with)."""
    spec = SHEETS[kind]
    with sheet_writer(Path(path)) as out:
        out.add_sheet(spec.kind, spec.columns)
        if isinstance(out, XlsxWriter):
            for child in spec.children:
                out.add_sheet(child.name, child.columns)
            out.add_help(help_rows(spec, reference or seed_reference()), HELP_WIDTHS)
