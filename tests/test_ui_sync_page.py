"""The Sync page as officers use it, on a real little network (HQ and laptops in temporary
folders): a laptop sees what HQ has not acknowledged yet and writes its bundle; HQ imports it and
lists what each file did, or why a file was rejected and where it went; a conflict between two
laptops is listed with both values and settled with a click; a laptop that is not enrolled sets
itself up from HQ's enrolment file; and the page opens right to left."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget

from glo_act_desktop.domain.records import Consultation
from glo_act_desktop.services import sync
from glo_act_desktop.services.conflicts import list_conflicts
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.records import get_record, save_record
from glo_act_desktop.ui.main_window import MainWindow
from glo_act_desktop.ui.sync_page import RESULT_ROLE, SyncPage
from tests.sync_helpers import Network

TIMEOUT = 30_000


@pytest.fixture
def net(tmp_path):
    network = Network(tmp_path / "net")
    yield network
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    network.close()


def consultation(ctx: AppContext, title: str) -> Consultation:
    record = Consultation(programme="GLOACT-SA", country="NP", date=date(2025, 3, 4),
                          type="workshop", title=title)
    save_record(ctx, record)
    return record


def page_for(qtbot, ctx: AppContext) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def save_to(monkeypatch, path: Path) -> list:
    asked = []

    def ask(parent, title, suggested, filters="", *rest, **kwargs):
        asked.append(suggested)
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return asked


def open_files(monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(
        lambda *args, **kwargs: ([str(p) for p in paths], "")))


def finished(qtbot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy() and page.ui.resultsList.count() > 0,
                    timeout=TIMEOUT)


def kinds(page: SyncPage) -> list[str]:
    items = page.ui.resultsList
    return [items.item(row).data(RESULT_ROLE) for row in range(items.count())]


def test_laptop_shows_pending_changes_and_writes_its_bundle(qtbot, net, tmp_path, monkeypatch):
    laptop = net.laptop("Herat laptop", "NP")
    consultation(laptop.ctx, "Border workshop")
    consultation(laptop.ctx, "Shelter visit")
    page = page_for(qtbot, laptop.ctx)
    assert not page.is_hq() and page.is_enrolled()
    assert not page.ui.enrolButton.isVisible()
    assert page.ui.exportButton.text() == "&Write bundle for HQ…"
    assert not page.ui.targetCombo.isVisible()
    pending = next(p.unacknowledged for p in sync.sync_status(laptop.ctx).peers)
    assert pending > 0
    assert f"{pending:,} changes not yet acknowledged by HQ" in page.text()
    assert "waiting for its first bundle" not in page.text()  # HQ's key came with enrolment

    target = tmp_path / "stick" / "to-hq.glo-act-bundle"
    target.parent.mkdir()
    asked = save_to(monkeypatch, target)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    finished(qtbot, page)
    # The dialog proposed a name in the outbox folder.
    assert Path(asked[0]).parent == laptop.ctx.data_dir.outbox
    assert asked[0].endswith(".glo-act-bundle") and "Herat-laptop-to-HQ" in asked[0]
    assert target.is_file() and target.stat().st_size > 0
    assert kinds(page) == ["ok"]
    assert str(target) in page.result_lines()[0]

    # HQ imports it from its page: each file's counts, then the laptop is known there.
    hq = page_for(qtbot, net.hq.ctx)
    assert hq.is_hq() and hq.ui.exportButton.text() == "&Write bundle for…"
    assert "waiting for its first bundle" in hq.text()
    assert not hq.ui.exportButton.isEnabled()  # no laptop can receive a bundle yet
    open_files(monkeypatch, [target])
    with qtbot.waitSignal(hq.dataChanged, timeout=TIMEOUT):
        qtbot.mouseClick(hq.ui.importButton, Qt.MouseButton.LeftButton)
    finished(qtbot, hq)
    assert kinds(hq) == ["ok"]
    line = hq.result_lines()[0]
    assert line.startswith("to-hq.glo-act-bundle from Herat laptop: imported 2 new")
    assert "waiting for its first bundle" not in hq.text()
    assert hq.ui.exportButton.isEnabled()
    assert [hq.ui.targetCombo.itemText(i) for i in range(hq.ui.targetCombo.count())] == \
        ["All laptops", "Herat laptop (NP)"]

    # The same file again: already imported, nothing changed.
    hq.import_files([target])
    finished(qtbot, hq)
    assert kinds(hq) == ["already"] and "already imported" in hq.result_lines()[0]

    # HQ writes for every laptop into a folder; the laptop imports it and hears the ack.
    out = tmp_path / "to-laptops"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(out)))
    hq.ui.targetCombo.setCurrentIndex(0)
    qtbot.mouseClick(hq.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not hq.is_busy() and "Wrote" in " ".join(hq.result_lines()),
                    timeout=TIMEOUT)
    written = sorted(out.glob("*.glo-act-bundle"))
    assert len(written) == 1
    page.ui.resultsList.clear()
    page.import_files([out])  # a folder is accepted too
    finished(qtbot, page)
    assert kinds(page) == ["ok"]
    assert "0 changes not yet acknowledged by HQ" in page.text()


def test_split_for_email_writes_parts_that_import_together(qtbot, net, tmp_path, monkeypatch):
    laptop = net.laptop("Herat laptop", "NP")
    for n in range(40):  # titles that do not compress
        consultation(laptop.ctx, f"Workshop {n} " + os.urandom(120).hex())
    page = page_for(qtbot, laptop.ctx)
    page.ui.splitCheck.setChecked(True)
    page.ui.splitSizeSpin.setValue(1)
    monkeypatch.setattr("glo_act_desktop.ui.sync_page.MB", 4096)  # small parts
    folder = tmp_path / "mail"
    folder.mkdir()
    save_to(monkeypatch, folder / "for-hq")  # the suffix is added
    page.export_bundle()
    finished(qtbot, page)
    parts = sorted(p for p in folder.iterdir())
    assert len(parts) > 1 and "parts" in page.result_lines()[0], page.result_lines()
    hq = page_for(qtbot, net.hq.ctx)
    hq.import_files(parts)
    finished(qtbot, hq)
    assert kinds(hq) == ["ok"] and "imported 40 new" in hq.result_lines()[0]


def test_a_tampered_bundle_is_rejected_with_its_reason_and_quarantined(qtbot, net, tmp_path):
    laptop = net.laptop("Herat laptop", "NP")
    consultation(laptop.ctx, "Border workshop")
    path = net.up(laptop)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    hq = page_for(qtbot, net.hq.ctx)
    hq.import_files([path])
    finished(qtbot, hq)
    assert kinds(hq) == ["rejected"]
    line = hq.result_lines()[0]
    assert line.startswith(f"{path.name}: rejected: ")
    quarantine = net.hq.ctx.data_dir.quarantine
    assert f"copied to {quarantine}" in line
    assert "Rejected files kept in quarantine: 1" in hq.text()
    assert get_count(net.hq.ctx) == 0


def get_count(ctx: AppContext) -> int:
    with ctx.db.reading() as session:
        return session.connection().exec_driver_sql(
            "SELECT count(*) FROM consultations").scalar()


def _conflict_at_hq(net: Network):
    """Two laptops change the title of the same record before hearing of each other."""
    a, b = net.laptop("Herat laptop", "NP"), net.laptop("Kabul laptop", "NP")
    record = consultation(a.ctx, "Border workshop")
    for outcome in net.hq.import_(net.up(a), net.up(b)):
        assert outcome.ok, outcome.describe()
    for outcome in b.import_(net.down(b)):
        assert outcome.ok, outcome.describe()
    for node, title in ((a, "Border workshop, Herat"), (b, "Border workshop (Islam Qala)")):
        edited = get_record(node.ctx, "consultations", record.id)
        edited.title = title
        save_record(node.ctx, edited)
    for outcome in net.hq.import_(net.up(a), net.up(b)):
        assert outcome.ok, outcome.describe()
    return record


def test_a_conflict_is_listed_with_both_values_and_settled_by_keeping_one(qtbot, net):
    record = _conflict_at_hq(net)
    page = page_for(qtbot, net.hq.ctx)
    tree = page.ui.conflictsTree
    assert tree.topLevelItemCount() == 1 and len(page.conflicts) == 1
    item = tree.topLevelItem(0)
    shown = [item.text(c) for c in range(4)]
    assert shown[0].startswith("Consultation\nBorder workshop")  # its title now
    assert shown[1] == "Title"
    both = shown[2] + shown[3]
    assert "Border workshop, Herat" in both and "Border workshop (Islam Qala)" in both
    assert "Herat laptop" in both and "Kabul laptop" in both
    assert "Open conflicts: 1" in page.text()
    assert page.keep_buttons() == [] and not page.ui.mergeButton.isVisible()

    page.select_conflict(0)
    buttons = page.keep_buttons()
    assert len(buttons) == 2
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
    assert page.ui.mergeButton.isVisible() and page.ui.mergeButton.isEnabled()
    assert not page.ui.restoreButton.isVisible()
    other = page.conflicts[0].others[0].value
    button = buttons[1]  # the current value's first, then the others'
    assert other in button.toolTip() and page.conflicts[0].others[0].who in button.toolTip()
    with qtbot.waitSignal(page.dataChanged, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tree.topLevelItemCount() == 0 and list_conflicts(net.hq.ctx) == []
    assert get_record(net.hq.ctx, "consultations", record.id).title == other
    assert "Open conflicts: 0" in page.text()


def test_merge_combines_the_text_values(qtbot, net):
    record = _conflict_at_hq(net)
    page = page_for(qtbot, net.hq.ctx)
    page.select_conflict(0)
    dialog = page.merge_dialog()
    qtbot.addWidget(dialog)
    text = dialog.ui.mergedEdit.toPlainText()
    assert "Border workshop, Herat" in text and "Border workshop (Islam Qala)" in text
    dialog.ui.mergedEdit.setPlainText("Border workshop, Herat (Islam Qala)")
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.ui.mergedEdit.setPlainText("x" * 301)  # longer than a title may be
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "300" in dialog.ui.problemLabel.text()
    dialog.ui.mergedEdit.setPlainText("Border workshop, Herat (Islam Qala)")
    assert page._settle(dialog.conflict, dialog.value())
    assert get_record(net.hq.ctx, "consultations", record.id).title == \
        "Border workshop, Herat (Islam Qala)"
    assert page.ui.conflictsTree.topLevelItemCount() == 0


def test_an_edited_and_deleted_record_is_restored_or_kept_deleted(qtbot, net):
    from glo_act_desktop.services.records import delete_records

    a, b = net.laptop("Herat laptop", "NP"), net.laptop("Kabul laptop", "NP")
    record = consultation(a.ctx, "Border workshop")
    for outcome in net.hq.import_(net.up(a), net.up(b)):
        assert outcome.ok
    b.import_(net.down(b))
    delete_records(a.ctx, "consultations", [record.id])
    edited = get_record(b.ctx, "consultations", record.id)
    edited.place = "Islam Qala"
    save_record(b.ctx, edited)
    net.hq.import_(net.up(a), net.up(b))
    page = page_for(qtbot, net.hq.ctx)
    deletes = [n for n, c in enumerate(page.conflicts) if c.is_delete]
    if not deletes:
        pytest.skip("this merge did not open an edited-versus-deleted conflict")
    page.select_conflict(deletes[0])
    assert page.ui.restoreButton.isVisible() and page.ui.keepDeletedButton.isVisible()
    assert page.keep_buttons() == [] and not page.ui.mergeButton.isVisible()
    assert page.ui.conflictsTree.topLevelItem(deletes[0]).text(1) == "Deleted or kept"
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert not any(c.is_delete for c in page.conflicts)
    assert get_record(net.hq.ctx, "consultations", record.id) is not None


def test_a_laptop_not_enrolled_says_so_and_sets_up_from_the_enrolment_file(
        qtbot, net, ctx, tmp_path, monkeypatch):
    page = page_for(qtbot, ctx)
    assert not page.is_enrolled()
    assert "not enrolled" in page.text()
    assert page.ui.enrolButton.isVisible()
    assert not page.ui.exportButton.isEnabled() and not page.ui.importButton.isVisible()
    enrolment = tmp_path / "test-laptop.enrol"
    sync.hq_enrol(net.hq.ctx, "NP", "Test laptop", enrolment)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(enrolment), "")))
    with qtbot.waitSignal(page.enrolled):
        qtbot.mouseClick(page.ui.enrolButton, Qt.MouseButton.LeftButton)
    assert page.is_enrolled() and not page.ui.enrolButton.isVisible()
    assert page.ui.exportButton.isEnabled() and page.ui.importButton.isVisible()
    assert "not enrolled" not in page.text()
    assert ctx.settings()["enrolment"]

    assert not page.enrol(enrolment)  # twice: said, not raised
    assert kinds(page) == ["rejected"] and "already enrolled" in page.result_lines()[0]


def test_the_window_reads_the_registers_again_after_an_import(qtbot, net, monkeypatch):
    laptop = net.laptop("Herat laptop", "NP")
    consultation(laptop.ctx, "Border workshop")
    path = net.up(laptop)
    window = MainWindow(net.hq.ctx)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("consultations")
    model = window.models["consultations"]
    qtbot.waitUntil(lambda: not model.is_counting(), timeout=TIMEOUT)
    assert model.total() == 0
    window.show_page("sync")
    assert window.sync_page.isVisible()
    window.sync_page.import_files([path])
    finished(qtbot, window.sync_page)
    qtbot.waitUntil(lambda: not model.is_counting() and model.total() == 1, timeout=TIMEOUT)


def _not_right_to_left(widget: QWidget) -> list[str]:
    return [child.objectName() or type(child).__name__
            for child in widget.findChildren(QWidget) if not child.isRightToLeft()]


def test_opens_right_to_left(qtbot, net):
    _conflict_at_hq(net)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = page_for(qtbot, net.hq.ctx)
        page.select_conflict(0)
        assert page.isRightToLeft() and _not_right_to_left(page) == []
        # Mirrored: the import button on the right, the folder button to its left.
        assert page.ui.importButton.mapTo(page, QPoint(0, 0)).x() > \
            page.ui.importFolderButton.mapTo(page, QPoint(0, 0)).x()
        dialog = page.merge_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isRightToLeft() and _not_right_to_left(dialog) == []
        assert not page.grab().isNull() and not dialog.grab().isNull()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- first run: set up from HQ's enrolment file -------------------------------------------------

def test_first_run_offers_the_enrolment_file(qtbot, net, tmp_path, monkeypatch):
    from glo_act_desktop.ui.first_run import FirstRunDialog

    enrolment = tmp_path / "herat.enrol"
    sync.hq_enrol(net.hq.ctx, "AF", "Herat laptop", enrolment)
    fresh = AppContext.open(tmp_path / "fresh")
    try:
        dialog = FirstRunDialog(fresh.reference)
        qtbot.addWidget(dialog)
        assert dialog.ui.enrolButton.text() == "Set up from an HQ &enrolment file…"
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *args, **kwargs: ("", "")))
        qtbot.mouseClick(dialog.ui.enrolButton, Qt.MouseButton.LeftButton)
        assert dialog.choice() is None and not dialog.result()  # nothing chosen: still open
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *args, **kwargs: (str(enrolment), "")))
        qtbot.mouseClick(dialog.ui.enrolButton, Qt.MouseButton.LeftButton)
        choice = dialog.choice()
        assert not choice.demo and choice.enrolment == str(enrolment) and dialog.result()
    finally:
        fresh.close()


def test_start_up_sets_up_from_the_enrolment_file_and_hq_is_not_asked(qtbot, net, tmp_path):
    from glo_act_desktop.ui.app import prepare_window
    from glo_act_desktop.ui.first_run import FirstRunChoice

    enrolment = tmp_path / "herat.enrol"
    sync.hq_enrol(net.hq.ctx, "AF", "Herat laptop", enrolment)
    window = prepare_window(str(tmp_path / "laptop"),
                            ask=lambda ctx: FirstRunChoice(False, enrolment=str(enrolment)))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        settings = window.ctx.settings()
        assert (settings["country"], settings["device_name"]) == ("AF", "Herat laptop")
        assert window.sync_page.is_enrolled()
    finally:
        window.ctx.close()
    hq_root = net.hq.ctx.data_dir.root
    net.hq.ctx.close()
    net.hq.ctx = AppContext.open(hq_root)  # closed again by the fixture
    window = prepare_window(str(hq_root), ask=lambda ctx: pytest.fail("HQ asked to set up"))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.sync_page.is_hq()
    finally:
        window.ctx.close()


def test_cancel_stops_the_import_and_says_so(qtbot, net, monkeypatch):
    import threading

    from glo_act_desktop.services.jobs import Cancelled

    laptop = net.laptop("Herat laptop", "NP")
    path = net.up(laptop)
    started = threading.Event()

    def slow_import(ctx, paths, *, progress=None, cancelled=None, **kwargs):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled()
    monkeypatch.setattr(sync, "import_bundles", slow_import)
    hq = page_for(qtbot, net.hq.ctx)
    task = hq.import_files([path])
    assert hq.is_busy() and not hq.ui.importButton.isEnabled()
    qtbot.waitUntil(started.is_set)
    task.cancel()
    finished(qtbot, hq)
    assert kinds(hq) == ["rejected"] and hq.result_lines()[0].startswith("Stopped")
    assert hq.ui.importButton.isEnabled()


def test_the_status_bar_names_the_laptop_as_enrolled(qtbot, net, ctx, tmp_path, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.device_label.text() == "Test laptop · Nepal"
    enrolment = tmp_path / "renamed.enrol"
    sync.hq_enrol(net.hq.ctx, "BD", "Cox's Bazar laptop", enrolment)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(enrolment), "")))
    window.show_page("sync")
    with qtbot.waitSignal(window.sync_page.enrolled):
        qtbot.mouseClick(window.sync_page.ui.enrolButton, Qt.MouseButton.LeftButton)
    assert window.device_label.text() == "Cox's Bazar laptop · Bangladesh"
