"""First run: which country this laptop works in and its name, or the enrolment file HQ made for
it (country and name come from that file), or a separate demo database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QFileDialog, QWidget

from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.domain.validation import device_name_check
from glo_act_desktop.ui.forms_gen.ui_first_run import Ui_FirstRunDialog


@dataclass(frozen=True)
class FirstRunChoice:
    demo: bool
    country: str = ""
    device_name: str = ""
    enrolment: str = ""  # HQ's enrolment file: set up from it (services.sync.init_from_enrolment)


class FirstRunDialog(QDialog):
    def __init__(self, reference: Reference, parent: QWidget | None = None,
                 suggested_name: str = ""):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._choice: FirstRunChoice | None = None
        self._fill_countries(reference)
        self.ui.deviceNameEdit.setText(suggested_name)
        self.ui.deviceNameEdit.textChanged.connect(self._check)
        self.ui.countryCombo.currentIndexChanged.connect(self._check)
        self.ui.setUpButton.clicked.connect(self._set_up)
        self.ui.demoButton.clicked.connect(self._demo)
        self.ui.enrolButton.clicked.connect(lambda: self.choose_enrolment())
        self.ui.cancelButton.clicked.connect(self.reject)
        self._check()

    def _fill_countries(self, reference: Reference) -> None:
        """Programme countries first (that is nearly every officer), then every other country."""
        combo = self.ui.countryCombo
        programme_countries = {cc for p in reference.programmes.values() for cc in p.countries}
        by_name = sorted(reference.countries.items(), key=lambda item: item[1])
        combo.addItem(self.tr("Choose a country…"), "")
        for code, name in by_name:
            if code in programme_countries:
                combo.addItem(f"{name} ({code})", code)
        combo.insertSeparator(combo.count())
        for code, name in by_name:
            if code not in programme_countries:
                combo.addItem(f"{name} ({code})", code)
        completer = combo.completer() or QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setCurrentIndex(0)

    def select_country(self, code: str) -> None:
        self.ui.countryCombo.setCurrentIndex(self.ui.countryCombo.findData(code))

    def _problem(self) -> str | None:
        if not self.ui.countryCombo.currentData():
            return self.tr("Choose the country you work in.")
        problem = device_name_check(self.ui.deviceNameEdit.text())
        return problem.localized(QCoreApplication.translate) if problem else None

    def _check(self) -> None:
        problem = self._problem()
        self.ui.problemLabel.setText(problem or "")
        self.ui.setUpButton.setEnabled(problem is None)

    def _set_up(self) -> None:
        if self._problem() is None:
            self._choice = FirstRunChoice(False, self.ui.countryCombo.currentData(),
                                          self.ui.deviceNameEdit.text().strip())
            self.accept()

    def _demo(self) -> None:
        self._choice = FirstRunChoice(True)
        self.accept()

    def choose_enrolment(self, path: str | None = None) -> bool:
        """Set up from HQ's enrolment file (asked for when `path` is None)."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Enrolment file from HQ"), "",
                self.tr("Enrolment files (*.enrol);;All files (*)"))
        if not path:
            return False
        self._choice = FirstRunChoice(False, enrolment=str(path))
        self.accept()
        return True

    def choice(self) -> FirstRunChoice | None:
        """What the officer chose, or None if they quit."""
        return self._choice
