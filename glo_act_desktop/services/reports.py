"""Build the PDF summaries: one record, or a programme and/or country over a period.

Both read their data in one read transaction, lay it out in the chosen language and paper, and
write the file all or nothing (a cancelled or failed build leaves no half file). `progress(done,
total)` may raise to cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timezone
from pathlib import Path

from glo_act_desktop import i18n
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.reports import fonts, period_summary, record_summary, text
from glo_act_desktop.reports.document import write_pdf
from glo_act_desktop.reports.layout import Writer
from glo_act_desktop.reports.styles import PAPERS
from glo_act_desktop.reports.text import isolate, strip_controls
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories import report_data
from glo_act_desktop.store.repositories.figures import key_figures
from glo_act_desktop.store.repositories.records import kinds_of_ids, load_records

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
DATA_STEPS = 10  # progress steps counted for reading the data


def check_options(lang: str, paper: str) -> None:
    problems = []
    if not i18n.is_available(lang):
        problems.append(f"language '{lang}' has no translation; use one of "
                        f"{', '.join(i18n.available_languages())}")
    if paper.lower() not in PAPERS:
        problems.append(f"paper '{paper}' is not known; use {' or '.join(PAPERS)}")
    if problems:
        raise InputRejected("; ".join(problems))


def _writer(ctx: AppContext, lang: str, paper: str) -> Writer:
    check_options(lang, paper)
    fonts.register()
    return Writer(ctx.reference, lang, paper.lower())


def _check_glyphs() -> None:
    if text.missing_glyphs:
        log.warning("characters without a glyph in the shipped fonts: %s",
                    "".join(sorted(text.missing_glyphs)))


def build_record_summary(ctx: AppContext, record_id: str, path: str | Path, lang: str = "en",
                         paper: str = "a4", today: date | None = None,
                         progress: Progress | None = None) -> int:
    """Write the summary of one record; returns the number of pages."""
    writer = _writer(ctx, lang, paper)
    record_id = record_id.strip()
    with ctx.db.reading() as session:
        found = kinds_of_ids(session, [record_id]).get(record_id)
        if found is None:
            raise InputRejected(f"no consultation, training or grant has the id '{record_id}'")
        kind, deleted = found
        if deleted:
            raise InputRejected(f"the {kind[:-1]} '{record_id}' was deleted; restore it first")
        rec = load_records(session, kind, [record_id])[record_id]
        stamps = report_data.record_stamps(session, kind, record_id)
    text.missing_glyphs.clear()
    flow = record_summary.story(writer, rec, stamps, today or date.today())
    kind_name = record_summary.kind_title(writer, rec)
    heading = record_summary.record_heading(rec)
    pages = write_pdf(Path(path), writer, flow, title=f"{kind_name}: {strip_controls(heading)}",
                      header=f"{isolate(kind_name)} · {isolate(heading)}", progress=progress)
    _check_glyphs()
    return pages


def read_period(ctx: AppContext, scope: Scope, today: date | None = None,
                progress: Progress | None = None) -> period_summary.PeriodData:
    """Everything the period summary needs, in one read transaction."""
    problems = scope.problems(ctx.reference)
    if problems:
        raise InputRejected("; ".join(problems))
    today = today or date.today()
    steps = iter(range(1, DATA_STEPS + 1))

    def step() -> None:
        if progress is not None:
            progress(next(steps), DATA_STEPS)

    device = ctx.settings().get("device_name", "")
    as_of = datetime.now(timezone.utc)
    # One read transaction, so every table of the report comes from the same snapshot (hence
    # the key figures' repository function here rather than services.figures.figures_for,
    # which checks the scope as above and reads in a transaction of its own).
    with ctx.db.reading() as session:
        data = period_summary.PeriodData(
            scope=scope, figures=key_figures(session, scope, today), today=today, as_of=as_of,
            last_change=report_data.last_change(session), device=device)
        step()
        data.by_pillar = report_data.activities_by_pillar(session, scope)
        data.by_objective = report_data.activities_by_objective(session, scope)
        step()
        data.trainings = report_data.training_lines(session, scope)
        step()
        data.by_institution = report_data.trained_by_institution(session, scope)
        data.gain = report_data.knowledge_gain(session, scope)
        step()
        data.consultations = report_data.consultation_lines(session, scope)
        step()
        data.counterpart_types = report_data.counterpart_types(session, scope)
        data.follow_ups = report_data.open_follow_ups(session, scope)
        step()
        data.grants = report_data.grant_lines(session, scope)
        step()
        data.disbursed_by_quarter = report_data.disbursed_by_quarter(session, scope)
        step()
        data.overdue_reports = report_data.overdue_reports(session, scope, today)
        step()
    step()
    return data


def build_period_summary(ctx: AppContext, scope: Scope, path: str | Path, lang: str = "en",
                         paper: str = "a4", progress: Progress | None = None,
                         today: date | None = None) -> int:
    """Write the period summary of a scope; returns the number of pages."""
    writer = _writer(ctx, lang, paper)

    def reading(done: int, _total: int) -> None:
        if progress is not None:
            progress(done, DATA_STEPS + 1)  # the layout's own total comes once it starts

    data = read_period(ctx, scope, today, reading)
    text.missing_glyphs.clear()
    flow = period_summary.story(writer, data)
    pages = write_pdf(Path(path), writer, flow,
                      title=period_summary.header_text(writer, scope, for_page=False),
                      header=period_summary.header_text(writer, scope),
                      subject=scope.describe(), progress=progress, steps_before=DATA_STEPS)
    _check_glyphs()
    return pages
