"""Independent SQL for a scope's WHERE clause, for tests that check figures against raw sqlite3."""

from __future__ import annotations

from glo_act_desktop.domain.scope import Scope


def where(scope: Scope, date_column: str | None, prefix: str = "") -> tuple[str, list]:
    """Live rows of the scope; `date_column` "overlap" means a grant's period overlaps the range."""
    sql, args = [f"{prefix}deleted = 0"], []
    if scope.programme:
        sql.append(f"{prefix}programme = ?")
        args.append(scope.programme)
    if scope.country:
        sql.append(f"{prefix}country = ?")
        args.append(scope.country)
    if date_column == "overlap":
        if scope.date_from:
            sql.append(f"{prefix}end_date >= ?")
            args.append(scope.date_from.isoformat())
        if scope.date_to:
            sql.append(f"{prefix}start_date <= ?")
            args.append(scope.date_to.isoformat())
    elif date_column:
        if scope.date_from:
            sql.append(f"{prefix}{date_column} >= ?")
            args.append(scope.date_from.isoformat())
        if scope.date_to:
            sql.append(f"{prefix}{date_column} <= ?")
            args.append(scope.date_to.isoformat())
    return " and ".join(sql), args
