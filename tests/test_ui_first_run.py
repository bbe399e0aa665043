"""First run: country and laptop name, or the separate demo database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from glo_act_desktop.services.setup import demo_data_dir, init_device, prepare_demo
from glo_act_desktop.ui.first_run import FirstRunDialog


def test_set_up_needs_a_country_and_a_name(qtbot, ctx):
    dialog = FirstRunDialog(ctx.reference)
    qtbot.addWidget(dialog)
    assert not dialog.ui.setUpButton.isEnabled()
    assert "country" in dialog.ui.problemLabel.text()
    dialog.select_country("BD")
    assert "name" in dialog.ui.problemLabel.text()
    qtbot.keyClicks(dialog.ui.deviceNameEdit, "Cox's Bazar laptop")
    assert dialog.ui.setUpButton.isEnabled() and dialog.ui.problemLabel.text() == ""
    qtbot.mouseClick(dialog.ui.setUpButton, Qt.MouseButton.LeftButton)
    choice = dialog.choice()
    assert (choice.demo, choice.country, choice.device_name) == (False, "BD", "Cox's Bazar laptop")
    init_device(ctx, choice.country, choice.device_name)
    assert ctx.settings()["country"] == "BD"


def test_programme_countries_come_first(qtbot, ctx):
    dialog = FirstRunDialog(ctx.reference)
    qtbot.addWidget(dialog)
    combo = dialog.ui.countryCombo
    first = [combo.itemData(i) for i in range(1, 8)]
    programme_countries = {cc for p in ctx.reference.programmes.values() for cc in p.countries}
    assert set(first) <= programme_countries
    assert combo.findData("FR") > combo.findData("NP")


def test_demo_choice_opens_a_separate_filled_database(qtbot, ctx, monkeypatch):
    monkeypatch.setattr("glo_act_desktop.services.setup.DEMO_RECORDS", 40)
    dialog = FirstRunDialog(ctx.reference)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.demoButton, Qt.MouseButton.LeftButton)
    assert dialog.choice().demo
    demo = prepare_demo(ctx.data_dir.root)
    try:
        assert demo.data_dir.root == demo_data_dir(ctx.data_dir.root)
        assert demo.data_dir.root != ctx.data_dir.root
        assert demo.settings()["device_name"] == "Demo laptop"
        from glo_act_desktop.store.repositories.records import all_ids
        with demo.db.reading() as session:
            assert len(all_ids(session, "trainings")) == 16
    finally:
        demo.close()


def test_quit_gives_no_choice(qtbot, ctx):
    dialog = FirstRunDialog(ctx.reference)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert dialog.choice() is None and dialog.result() == 0


def test_opens_right_to_left(qtbot, ctx):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = FirstRunDialog(ctx.reference, suggested_name="x")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isRightToLeft()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
