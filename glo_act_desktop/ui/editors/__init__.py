"""The record editors, one per register, and what the main window needs to use them.

    editor = create_editor(ctx, "trainings", parent)   # a QWidget; starts on a new record
    editor.load(record_id)                              # or keep the new one
    editor.saved.connect(...); editor.deleted.connect(...); editor.closed.connect(...)

    for draft in pending_drafts(ctx):                   # at start-up: work a crash left behind
        open_draft_editor(ctx, draft, parent)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.drafts import Draft
from glo_act_desktop.ui.editors.base import (
    DRAFT_INTERVAL_MS, RecordEditor, pending_drafts, undo_delete,
)
from glo_act_desktop.ui.editors.consultation import ConsultationEditor
from glo_act_desktop.ui.editors.grant import GrantEditor
from glo_act_desktop.ui.editors.training import TrainingEditor

EDITORS: dict[str, type[RecordEditor]] = {
    "consultations": ConsultationEditor,
    "trainings": TrainingEditor,
    "grants": GrantEditor,
}


def create_editor(ctx: AppContext, kind: str, parent: QWidget | None = None,
                  **options) -> RecordEditor:
    return EDITORS[kind](ctx, parent, **options)


def open_draft_editor(ctx: AppContext, draft: Draft, parent: QWidget | None = None,
                      **options) -> RecordEditor:
    """An editor showing a draft from `pending_drafts` (over its saved record, if any)."""
    editor = create_editor(ctx, draft.kind, parent, **options)
    editor.open_draft(draft)
    return editor


def describe_draft(draft: Draft) -> str:
    """One line for a list of pending drafts: 'Training “Financial investigations”, 14:02'."""
    nouns = {"consultations": QCoreApplication.translate("RecordEditor", "Consultation"),
             "trainings": QCoreApplication.translate("RecordEditor", "Training"),
             "grants": QCoreApplication.translate("RecordEditor", "Grant")}
    rec = draft.record
    name = (getattr(rec, "title", "") or getattr(rec, "grantee", "")).strip()
    when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    state = QCoreApplication.translate("RecordEditor", "changes to a saved record") \
        if draft.existing else QCoreApplication.translate("RecordEditor", "new, never saved")
    shown = f"“{name}”" if name else QCoreApplication.translate("RecordEditor", "(untitled)")
    return f"{nouns.get(draft.kind, draft.kind)} {shown} — {state}, {when}"


__all__ = [
    "ConsultationEditor", "DRAFT_INTERVAL_MS", "EDITORS", "GrantEditor", "RecordEditor",
    "TrainingEditor", "create_editor", "describe_draft", "open_draft_editor", "pending_drafts",
    "undo_delete",
]
