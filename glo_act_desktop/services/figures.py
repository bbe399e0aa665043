"""Key figures for a scope (dashboard, period summary)."""

from __future__ import annotations

from datetime import date

from glo_act_desktop.domain.figures import KeyFigures
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories.figures import key_figures


def figures_for(ctx: AppContext, scope: Scope, today: date | None = None) -> KeyFigures:
    problems = scope.problems(ctx.reference)
    if problems:
        raise InputRejected("; ".join(problems))
    with ctx.db.reading() as session:
        return key_figures(session, scope, today or date.today())
