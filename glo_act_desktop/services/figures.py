"""Key figures for a scope (dashboard, period summary)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services.context import AppContext, InputRejected

if TYPE_CHECKING:
    from glo_act_desktop.domain.figures import KeyFigures


def figures_for(ctx: AppContext, scope: Scope, today: date | None = None) -> KeyFigures:
    # The queries (and SQLAlchemy) are imported here, in the dashboard's worker, after the window
    # is on screen; importing them with this module would hold up its first paint.
    from glo_act_desktop.store.repositories.figures import key_figures

    problems = scope.problems(ctx.reference)
    if problems:
        raise InputRejected("; ".join(problems))
    with ctx.db.reading() as session:
        return key_figures(session, scope, today or date.today())
