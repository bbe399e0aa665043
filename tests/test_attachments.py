"""Attachments: files added to records, stored once by SHA-256, captured for sync, carried in
bundles between a laptop and HQ."""

from __future__ import annotations

import hashlib
import json

import pytest

from glo_act_desktop.services import attachments as service
from glo_act_desktop.services.attachments import (
    MAX_ATTACHMENT_BYTES, add_attachment, attachment_path, list_attachments, open_copy_path,
    remove_attachment,
)
from glo_act_desktop.services.context import InputRejected
from glo_act_desktop.services.records import delete_records, save_record
from tests import factories
from tests.sync_helpers import Network


def _sync_rows(ctx, row_id):
    with ctx.db.reading() as session:
        return session.connection().exec_driver_sql(
            "SELECT tbl, cl, seq, state FROM sync_rows WHERE tbl = 'attachments' AND row_id = ?",
            (row_id,)).all()


def _stored_files(ctx):
    folder = ctx.data_dir.attachments
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def saved(ctx):
    rec = factories.consultation()
    save_record(ctx, rec)
    return rec


def test_add_stores_the_file_under_its_hash_and_lists_it(ctx, saved, tmp_path):
    source = tmp_path / "attendance sheet.pdf"
    source.write_bytes(b"%PDF-1.4 attendance" * 100)
    sha = hashlib.sha256(source.read_bytes()).hexdigest()

    added = add_attachment(ctx, "consultations", saved.id, source)
    assert (added.file_name, added.sha256, added.size, added.media_type) == (
        "attendance sheet.pdf", sha, source.stat().st_size, "application/pdf")
    assert added.created_by == "Test laptop"
    stored = ctx.data_dir.attachments / sha
    assert stored.read_bytes() == source.read_bytes()
    assert _stored_files(ctx) == [sha]  # no temporary file left behind
    assert list_attachments(ctx, "consultations", saved.id) == [added]
    assert list_attachments(ctx, "trainings", saved.id) == []
    assert attachment_path(ctx, added) == stored
    copy = open_copy_path(ctx, added.id)
    assert copy.name == "attendance sheet.pdf" and copy.read_bytes() == source.read_bytes()


def test_the_same_content_is_stored_once(ctx, saved, tmp_path, monkeypatch):
    first = tmp_path / "photo.jpg"
    first.write_bytes(b"\xff\xd8 the same photo")
    second = tmp_path / "copy of photo.JPG"
    second.write_bytes(first.read_bytes())
    a = add_attachment(ctx, "consultations", saved.id, first)
    copies = []
    monkeypatch.setattr(service.tempfile, "mkstemp",
                        lambda *args, **kwargs: copies.append(kwargs) or pytest.fail("copied"))
    b = add_attachment(ctx, "consultations", saved.id, second)
    assert copies == []  # the file was there already: not copied again
    assert a.sha256 == b.sha256 and a.id != b.id
    assert b.media_type == "image/jpeg"
    assert _stored_files(ctx) == [a.sha256]
    assert [x.file_name for x in list_attachments(ctx, "consultations", saved.id)] == [
        "photo.jpg", "copy of photo.JPG"]


def test_a_file_over_the_cap_is_refused_with_its_name_and_the_cap(ctx, saved, tmp_path):
    big = tmp_path / "scan.tiff"
    with open(big, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(InputRejected) as caught:
        add_attachment(ctx, "consultations", saved.id, big)
    message = str(caught.value)
    assert "scan.tiff" in message and "20.0 MB" in message and "at most" in message
    assert list_attachments(ctx, "consultations", saved.id) == []
    assert _stored_files(ctx) == []
    exactly = tmp_path / "exactly.bin"
    with open(exactly, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES)
    assert add_attachment(ctx, "consultations", saved.id, exactly).size == MAX_ATTACHMENT_BYTES


def test_missing_file_folder_and_unsaved_record_are_refused_clearly(ctx, saved, tmp_path):
    with pytest.raises(InputRejected, match="“gone.pdf” was not found in .*add it again"):
        add_attachment(ctx, "consultations", saved.id, tmp_path / "gone.pdf")
    folder = tmp_path / "photos"
    folder.mkdir()
    with pytest.raises(InputRejected, match="“photos” is a folder, not a file"):
        add_attachment(ctx, "consultations", saved.id, folder)
    source = tmp_path / "agreement.docx"
    source.write_bytes(b"agreement")
    with pytest.raises(InputRejected, match="Save the record first"):
        add_attachment(ctx, "consultations", "no-such-record", source)
    delete_records(ctx, "consultations", [saved.id])
    with pytest.raises(InputRejected, match="agreement.docx"):
        add_attachment(ctx, "consultations", saved.id, source)
    with ctx.db.reading() as session:
        assert session.connection().exec_driver_sql(
            "SELECT count(*) FROM attachments").scalar() == 0


def test_remove_keeps_the_file_and_is_captured(ctx, saved, tmp_path):
    source = tmp_path / "agreement.pdf"
    source.write_bytes(b"signed agreement")
    one = add_attachment(ctx, "consultations", saved.id, source)
    two = add_attachment(ctx, "consultations", saved.id, source)
    [(tbl, cl, seq_added, state)] = _sync_rows(ctx, one.id)
    assert (tbl, cl) == ("attachments", 1) and json.loads(state)
    assert remove_attachment(ctx, one.id) is True
    assert remove_attachment(ctx, one.id) is False  # already removed
    assert list_attachments(ctx, "consultations", saved.id) == [two]
    assert (ctx.data_dir.attachments / one.sha256).exists()  # `two` still uses it
    [(_t, cl, seq_removed, _s)] = _sync_rows(ctx, one.id)
    assert cl == 2 and seq_removed > seq_added  # deleted, as a new change to send
    with pytest.raises(InputRejected, match="removed"):
        attachment_path(ctx, one.id)
    assert attachment_path(ctx, two.id).exists()


def test_every_added_attachment_has_change_capture(ctx, saved, tmp_path):
    ids = []
    for n in range(3):
        source = tmp_path / f"photo-{n}.png"
        source.write_bytes(b"png %d" % n)
        ids.append(add_attachment(ctx, "consultations", saved.id, source).id)
    with ctx.db.reading() as session:
        captured = {row_id for (row_id,) in session.connection().exec_driver_sql(
            "SELECT row_id FROM sync_rows WHERE tbl = 'attachments'")}
    assert captured == set(ids)


def test_an_attachment_travels_to_hq_once(tmp_path):
    net = Network(tmp_path)
    try:
        laptop = net.laptop("kathmandu", "NP")
        rec = factories.consultation()
        save_record(laptop.ctx, rec)
        source = tmp_path / "attendance.jpg"
        content = bytes(range(256)) * 5000  # over one bundle piece (1 MiB)
        source.write_bytes(content)
        sha = hashlib.sha256(content).hexdigest()
        added = add_attachment(laptop.ctx, "consultations", rec.id, source)

        first = net.up(laptop)
        [outcome] = net.hq.import_(first)
        assert outcome.ok, outcome.describe()
        assert outcome.result.attachments == 1
        [at_hq] = list_attachments(net.hq.ctx, "consultations", rec.id)
        assert at_hq == added
        assert (net.hq.ctx.data_dir.attachments / sha).read_bytes() == content

        # HQ acknowledges what it received; the laptop's next bundle leaves the file out
        [back] = net.laptops["kathmandu"].import_(net.down(laptop))
        assert back.ok, back.describe()
        again = laptop.export_result(output=net.bundle_path("kathmandu", "HQ"))
        assert again.attachments == 0 and "attachments" not in again.by_table
        assert again.size < len(content) // 4

        # removing it travels too; HQ keeps the file (content-addressed, possibly shared)
        remove_attachment(laptop.ctx, added.id)
        third = laptop.export_result(output=net.bundle_path("kathmandu", "HQ"))
        assert third.by_table.get("attachments") == 1 and third.attachments == 0
        outcomes = net.hq.import_(again.path, third.path)
        assert [o.ok for o in outcomes] == [True, True], [o.describe() for o in outcomes]
        assert list_attachments(net.hq.ctx, "consultations", rec.id) == []
        assert (net.hq.ctx.data_dir.attachments / sha).exists()
    finally:
        net.close()


# -- the Attachments tab of the editors --------------------------------------------------------

def _attachments_tab(editor):
    ui = editor.ui
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.attachmentsTab))
    return ui.attachmentsPanel


def test_add_open_and_remove_a_file_in_the_editor(qtbot, ctx, saved, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from glo_act_desktop.ui.editors import ConsultationEditor
    from tests.editor_helpers import Answers, click, open_editor

    source = tmp_path / "attendance sheet.pdf"
    source.write_bytes(b"%PDF attendance" * 200)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: asked.append(args) or (str(source), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    editor = open_editor(qtbot, ConsultationEditor(ctx))
    assert editor.load(saved.id)
    panel = _attachments_tab(editor)
    assert panel.isVisible() and panel.addButton.isEnabled()
    assert panel.file_names() == [] and not panel.removeButton.isEnabled()
    click(qtbot, panel.addButton)
    assert len(asked) == 1
    assert panel.file_names() == ["attendance sheet.pdf"]
    assert panel.listView.topLevelItem(0).text(1) == panel.locale().formattedDataSize(
        3000, 1, panel.locale().DataSizeFormat.DataSizeTraditionalFormat)
    assert [a.file_name for a in list_attachments(ctx, "consultations", saved.id)] == [
        "attendance sheet.pdf"]
    assert not editor.is_dirty()  # stored at once: nothing waits for Save

    assert panel.openButton.isEnabled()  # the added file is selected
    click(qtbot, panel.openButton)
    [url] = opened
    assert url.toLocalFile().endswith("attendance sheet.pdf")

    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    click(qtbot, panel.removeButton)
    assert "attendance sheet.pdf" in answers.asked[0]
    assert panel.file_names() == []
    assert list_attachments(ctx, "consultations", saved.id) == []


def test_a_refused_file_is_explained_and_a_new_record_asks_to_be_saved_first(
        qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from glo_act_desktop.ui.editors import ConsultationEditor
    from tests.editor_helpers import click, open_editor

    editor = open_editor(qtbot, ConsultationEditor(ctx))
    panel = _attachments_tab(editor)
    assert editor.is_new() and not panel.addButton.isEnabled()
    assert "Save the record first" in panel.addButton.toolTip()
    assert "Save the record first" in panel.statusLabel.text()

    rec = factories.consultation()
    save_record(ctx, rec)
    editor.load(rec.id)
    panel = _attachments_tab(editor)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(tmp_path / "gone.pdf"), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warned.append(text))
    click(qtbot, panel.addButton)
    assert len(warned) == 1 and "gone.pdf" in warned[0]
    assert panel.file_names() == []


@pytest.mark.parametrize("kind", ["consultations", "trainings", "grants"])
def test_every_editor_has_the_attachments_tab_right_to_left(qtbot, ctx, tmp_path, kind):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from glo_act_desktop.ui.editors import ConsultationEditor, GrantEditor, TrainingEditor
    from tests.editor_helpers import open_editor

    cls = {"consultations": ConsultationEditor, "trainings": TrainingEditor,
           "grants": GrantEditor}[kind]
    rec = {"consultations": factories.consultation, "trainings": factories.training,
           "grants": factories.grant}[kind]()
    save_record(ctx, rec)
    source = tmp_path / "صورة.jpg"
    source.write_bytes(b"photo")
    add_attachment(ctx, kind, rec.id, source)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = open_editor(qtbot, cls(ctx))
        assert editor.load(rec.id)
        panel = _attachments_tab(editor)
        assert panel.isRightToLeft() and panel.listView.isRightToLeft()
        assert panel.file_names() == ["صورة.jpg"]
        assert not editor.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
