"""Drafts: unsaved editor work kept on disk every few seconds and offered back after a crash.

The crash is real: a separate Python process opens editors offscreen, types, waits for the
autosave and is killed with SIGKILL; a new editor in this process then offers the draft back.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from glo_act_desktop.domain.records import Training
from glo_act_desktop.services.drafts import (
    DraftError, discard_draft, draft_from_json, draft_path, list_drafts, load_draft,
    record_from_json, record_to_json, save_draft,
)
from glo_act_desktop.services.records import get_record, save_record
from glo_act_desktop.ui.editors import (
    DRAFT_INTERVAL_MS, GrantEditor, TrainingEditor, describe_draft, open_draft_editor,
    pending_drafts,
)
from tests import factories
from tests.editor_helpers import Answers, open_editor, retype

REPO = Path(__file__).resolve().parent.parent
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


# -- the Qt-free service ---------------------------------------------------------------------

@pytest.mark.parametrize("make", [factories.consultation, factories.training, factories.grant])
def test_a_record_survives_the_trip_through_json(ctx, make):
    rec = make()
    kind = {"Consultation": "consultations", "Training": "trainings", "Grant": "grants"}[
        type(rec).__name__]
    again = record_from_json(kind, json.loads(json.dumps(record_to_json(rec))))
    assert again == rec
    save_draft(ctx, kind, rec, existing=True)
    draft = load_draft(ctx, rec.id, kind)
    assert draft.record == rec and draft.existing and draft.kind == kind
    assert load_draft(ctx, rec.id, "nonsense") is None


def test_amounts_stay_exact_and_unknown_values_survive(ctx):
    rec = factories.grant(committed_amount=Decimal("NaN"), end_date=None)
    rec.tranches[0].amount = Decimal("0.10")
    data = record_to_json(rec)
    assert data["tranches"][0]["amount"] == "0.10" and data["committed_amount"] == "NaN"
    back = record_from_json("grants", data)
    assert back.tranches[0].amount == Decimal("0.10") and str(back.tranches[0].amount) == "0.10"
    assert back.committed_amount.is_nan() and back.end_date is None


def test_files_are_written_whole_listed_newest_first_and_discarded(ctx):
    first, second = factories.training(), factories.consultation()
    save_draft(ctx, "trainings", first, existing=False)
    save_draft(ctx, "consultations", second, existing=True)
    assert [d.record_id for d in list_drafts(ctx)] == [second.id, first.id]
    assert sorted(p.name for p in ctx.data_dir.drafts.iterdir()) == sorted(
        [draft_path(ctx, first.id).name, draft_path(ctx, second.id).name])  # no temp files
    (ctx.data_dir.drafts / "broken.draft.json").write_text("{not json")
    (ctx.data_dir.drafts / ".half-written.draft.json.tmp").write_text("{")
    assert len(list_drafts(ctx)) == 2  # a damaged file is skipped, not fatal
    assert discard_draft(ctx, first.id) and not discard_draft(ctx, first.id)
    assert [d.record_id for d in list_drafts(ctx)] == [second.id]


def test_an_odd_id_cannot_name_a_path(ctx):
    rec = factories.training()
    rec.id = "../../etc/passwd"
    path = draft_path(ctx, rec.id)
    assert path.parent == ctx.data_dir.drafts and ".." not in path.name
    with pytest.raises(DraftError):
        draft_from_json({"format": 99})


# -- autosave in the editor ------------------------------------------------------------------

def test_autosave_while_dirty_and_gone_after_save(qtbot, ctx):
    assert TrainingEditor(ctx)._draft_timer.interval() == DRAFT_INTERVAL_MS == 3000
    editor = open_editor(qtbot, TrainingEditor(ctx, draft_interval_ms=50))
    qtbot.keyClicks(editor.ui.titleEdit, "Draft me")
    qtbot.waitUntil(lambda: load_draft(ctx, editor.record_id()) is not None, timeout=3000)
    assert load_draft(ctx, editor.record_id()).record.title == "Draft me"
    assert "draft kept at" in editor.ui.statusLabel.text()
    # undoing the typing by hand makes the form clean again: no draft to offer
    retype(qtbot, editor.ui.titleEdit, "")
    assert not editor.is_dirty() and load_draft(ctx, editor.record_id()) is None

    original = factories.training()
    save_record(ctx, original)
    editor.load(original.id)
    retype(qtbot, editor.ui.venueEdit, "Dhaka")
    qtbot.waitUntil(lambda: load_draft(ctx, original.id) is not None, timeout=3000)
    assert editor.save()
    assert load_draft(ctx, original.id) is None and not editor.is_dirty()


def test_declining_a_draft_throws_it_away(qtbot, ctx, monkeypatch):
    original = factories.training()
    save_record(ctx, original)
    save_draft(ctx, "trainings", replace(original, title="Typed before the crash"),
               existing=True)
    answers = Answers(monkeypatch, No)
    editor = open_editor(qtbot, TrainingEditor(ctx))
    assert editor.load(original.id)
    assert "were never saved" in answers.asked[0]
    assert editor.ui.titleEdit.text() == original.title and not editor.is_dirty()
    assert load_draft(ctx, original.id) is None


# -- a real crash ----------------------------------------------------------------------------

CRASHING_SESSION = textwrap.dedent("""
    import sys, time
    import tests.editor_helpers  # noqa: F401  (PySide6 6.12 / Python 3.11 guard)
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from glo_act_desktop.services.context import AppContext
    from glo_act_desktop.services.drafts import load_draft
    from glo_act_desktop.ui.editors import GrantEditor, TrainingEditor
    ctx = AppContext.open()  # GLO_ACT_DATA_DIR
    training = TrainingEditor(ctx, draft_interval_ms=200)
    training.show()
    training.load(sys.argv[1])
    training.ui.titleEdit.selectAll()
    QTest.keyClicks(training.ui.titleEdit, "Investigations, day two")
    QTest.keyClicks(training.ui.venueEdit, " (annex)")
    training.ui.trainersMaleSpin.selectAll()
    QTest.keyClicks(training.ui.trainersMaleSpin, "4")
    grant = GrantEditor(ctx, draft_interval_ms=200)  # a new grant, never saved
    grant.show()
    QTest.keyClicks(grant.ui.granteeEdit, "Shelter Trust")
    QTest.keyClicks(grant.ui.committedEdit, "1234.56")
    QTest.keyClicks(grant.ui.startDateEdit, "2025-02-03")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        QTest.qWait(50)
        kept = load_draft(ctx, training.record_id()), load_draft(ctx, grant.record_id())
        if all(kept) and kept[0].record.trainers_male == 4 and kept[1].record.start_date:
            print("READY", grant.record_id(), flush=True)
            break
    while True:  # still editing when the battery dies
        QTest.qWait(1000)
""")


def _read_line(stream, timeout: float) -> str:
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return found[0] if found else ""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_edit_the_draft_is_offered_back(qtbot, ctx, monkeypatch):
    original = factories.training()
    save_record(ctx, original)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GLO_ACT_DATA_DIR=str(ctx.data_dir.root),
               PYTHONPATH=str(REPO))
    session = subprocess.Popen([sys.executable, "-c", CRASHING_SESSION, original.id], cwd=REPO,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = _read_line(session.stdout, 60)
        assert line.startswith("READY"), f"no autosave: {line!r} {session.stderr.read()[-2000:]}" \
            if session.poll() is not None else f"no autosave: {line!r}"
        grant_id = line.split()[1]
    finally:
        os.kill(session.pid, signal.SIGKILL)
        session.wait(10)
        session.stdout.close()
        session.stderr.close()
    assert session.returncode == -signal.SIGKILL

    # the saved record was not touched; both drafts wait on disk
    assert get_record(ctx, "trainings", original.id) == original
    waiting = {d.record_id: d for d in pending_drafts(ctx)}
    assert set(waiting) == {original.id, grant_id}
    assert waiting[original.id].existing and not waiting[grant_id].existing
    assert "Grant “Shelter Trust” — new, never saved" in describe_draft(waiting[grant_id])

    # opening the training offers its draft back, with the values typed before the crash
    answers = Answers(monkeypatch, Yes)
    editor = open_editor(qtbot, TrainingEditor(ctx))
    assert editor.load(original.id)
    assert len(answers.asked) == 1 and "kept as a draft" in answers.asked[0]
    assert editor.ui.titleEdit.text() == "Investigations, day two"
    assert editor.ui.venueEdit.text() == "Cox's Bazar (annex)"
    assert editor.ui.trainersMaleSpin.value() == 4
    assert editor.is_dirty() and not editor.is_new()
    assert editor.save()
    saved = get_record(ctx, "trainings", original.id)
    assert (saved.title, saved.trainers_male) == ("Investigations, day two", 4)
    assert load_draft(ctx, original.id) is None

    # the never-saved grant comes back from the list the main window shows at start-up
    grant_editor = open_draft_editor(ctx, waiting[grant_id])
    qtbot.addWidget(grant_editor)
    assert grant_editor.is_new() and grant_editor.is_dirty()
    assert grant_editor.record_id() == grant_id
    assert grant_editor.ui.granteeEdit.text() == "Shelter Trust"
    assert grant_editor.ui.committedEdit.amount() == Decimal("1234.56")
    assert grant_editor.ui.startDateEdit.date_value() == date(2025, 2, 3)
    assert isinstance(GrantEditor, type) and isinstance(editor.record(), Training)
