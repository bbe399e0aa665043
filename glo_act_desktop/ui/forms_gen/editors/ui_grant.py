# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grant.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

from glo_act_desktop.ui.widgets.attachments import AttachmentsPanel
from glo_act_desktop.ui.widgets.child_rows import ChildRowsEditor
from glo_act_desktop.ui.widgets.disaggregation import DisaggregationGrid
from glo_act_desktop.ui.widgets.inputs import (AmountEdit, CodeChecklist, CodeCombo, CountSpinBox,
    DateEdit)
from glo_act_desktop.ui.widgets.undo_bar import UndoBar

class Ui_GrantEditor(object):
    def setupUi(self, GrantEditor):
        if not GrantEditor.objectName():
            GrantEditor.setObjectName(u"GrantEditor")
        GrantEditor.resize(1080, 640)
        self.mainLayout = QVBoxLayout(GrantEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.undoBar = UndoBar(GrantEditor)
        self.undoBar.setObjectName(u"undoBar")

        self.mainLayout.addWidget(self.undoBar)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(GrantEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.headingLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(GrantEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(GrantEditor)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.grantTab = QWidget()
        self.grantTab.setObjectName(u"grantTab")
        self.grantTabLayout = QVBoxLayout(self.grantTab)
        self.grantTabLayout.setObjectName(u"grantTabLayout")
        self.grantTabLayout.setContentsMargins(0, 0, 0, 0)
        self.grantTabScroll = QScrollArea(self.grantTab)
        self.grantTabScroll.setObjectName(u"grantTabScroll")
        self.grantTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grantTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grantTabScroll.setWidgetResizable(True)
        self.grantTabContents = QWidget()
        self.grantTabContents.setObjectName(u"grantTabContents")
        self.grantColumns = QHBoxLayout(self.grantTabContents)
        self.grantColumns.setSpacing(12)
        self.grantColumns.setObjectName(u"grantColumns")
        self.grantLeft = QVBoxLayout()
        self.grantLeft.setObjectName(u"grantLeft")
        self.agreementBox = QGroupBox(self.grantTabContents)
        self.agreementBox.setObjectName(u"agreementBox")
        self.agreementForm = QFormLayout(self.agreementBox)
        self.agreementForm.setObjectName(u"agreementForm")
        self.agreementForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programmeLabel = QLabel(self.agreementBox)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = CodeCombo(self.agreementBox)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.countryLabel = QLabel(self.agreementBox)
        self.countryLabel.setObjectName(u"countryLabel")

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = CodeCombo(self.agreementBox)
        self.countryCombo.setObjectName(u"countryCombo")

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.granteeLabel = QLabel(self.agreementBox)
        self.granteeLabel.setObjectName(u"granteeLabel")

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.granteeLabel)

        self.granteeEdit = QLineEdit(self.agreementBox)
        self.granteeEdit.setObjectName(u"granteeEdit")

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.granteeEdit)

        self.agreementRefLabel = QLabel(self.agreementBox)
        self.agreementRefLabel.setObjectName(u"agreementRefLabel")

        self.agreementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agreementRefLabel)

        self.agreementRefEdit = QLineEdit(self.agreementBox)
        self.agreementRefEdit.setObjectName(u"agreementRefEdit")

        self.agreementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agreementRefEdit)

        self.statusLabelField = QLabel(self.agreementBox)
        self.statusLabelField.setObjectName(u"statusLabelField")

        self.agreementForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabelField)

        self.statusCombo = CodeCombo(self.agreementBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.agreementForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.grantLeft.addWidget(self.agreementBox)

        self.moneyBox = QGroupBox(self.grantTabContents)
        self.moneyBox.setObjectName(u"moneyBox")
        self.moneyForm = QFormLayout(self.moneyBox)
        self.moneyForm.setObjectName(u"moneyForm")
        self.moneyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currencyLabel = QLabel(self.moneyBox)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyCombo = CodeCombo(self.moneyBox)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.moneyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currencyCombo)

        self.committedLabel = QLabel(self.moneyBox)
        self.committedLabel.setObjectName(u"committedLabel")

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.committedLabel)

        self.committedEdit = AmountEdit(self.moneyBox)
        self.committedEdit.setObjectName(u"committedEdit")

        self.moneyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.committedEdit)

        self.startDateLabel = QLabel(self.moneyBox)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = DateEdit(self.moneyBox)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.moneyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(self.moneyBox)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.moneyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = DateEdit(self.moneyBox)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.moneyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.endDateEdit)


        self.grantLeft.addWidget(self.moneyBox)

        self.grantLeftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grantLeft.addItem(self.grantLeftSpacer)


        self.grantColumns.addLayout(self.grantLeft)

        self.grantRight = QVBoxLayout()
        self.grantRight.setObjectName(u"grantRight")
        self.servicesBox = QGroupBox(self.grantTabContents)
        self.servicesBox.setObjectName(u"servicesBox")
        self.servicesLayout = QVBoxLayout(self.servicesBox)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.servicesLabel = QLabel(self.servicesBox)
        self.servicesLabel.setObjectName(u"servicesLabel")

        self.servicesLayout.addWidget(self.servicesLabel)

        self.servicesList = CodeChecklist(self.servicesBox)
        self.servicesList.setObjectName(u"servicesList")

        self.servicesLayout.addWidget(self.servicesList)

        self.notesLabel = QLabel(self.servicesBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.servicesLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.servicesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.servicesLayout.addWidget(self.notesEdit)

        self.notesHint = QLabel(self.servicesBox)
        self.notesHint.setObjectName(u"notesHint")
        self.notesHint.setWordWrap(True)

        self.servicesLayout.addWidget(self.notesHint)


        self.grantRight.addWidget(self.servicesBox)

        self.grantRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grantRight.addItem(self.grantRightSpacer)


        self.grantColumns.addLayout(self.grantRight)

        self.grantTabScroll.setWidget(self.grantTabContents)

        self.grantTabLayout.addWidget(self.grantTabScroll)

        self.tabs.addTab(self.grantTab, "")
        self.paymentsTab = QWidget()
        self.paymentsTab.setObjectName(u"paymentsTab")
        self.paymentsLayout = QVBoxLayout(self.paymentsTab)
        self.paymentsLayout.setObjectName(u"paymentsLayout")
        self.tranchesLabel = QLabel(self.paymentsTab)
        self.tranchesLabel.setObjectName(u"tranchesLabel")

        self.paymentsLayout.addWidget(self.tranchesLabel)

        self.tranchesTable = ChildRowsEditor(self.paymentsTab)
        self.tranchesTable.setObjectName(u"tranchesTable")

        self.paymentsLayout.addWidget(self.tranchesTable)

        self.reportsLabel = QLabel(self.paymentsTab)
        self.reportsLabel.setObjectName(u"reportsLabel")

        self.paymentsLayout.addWidget(self.reportsLabel)

        self.reportsTable = ChildRowsEditor(self.paymentsTab)
        self.reportsTable.setObjectName(u"reportsTable")

        self.paymentsLayout.addWidget(self.reportsTable)

        self.tabs.addTab(self.paymentsTab, "")
        self.assistedTab = QWidget()
        self.assistedTab.setObjectName(u"assistedTab")
        self.assistedTabLayout = QVBoxLayout(self.assistedTab)
        self.assistedTabLayout.setObjectName(u"assistedTabLayout")
        self.assistedTabLayout.setContentsMargins(0, 0, 0, 0)
        self.assistedTabScroll = QScrollArea(self.assistedTab)
        self.assistedTabScroll.setObjectName(u"assistedTabScroll")
        self.assistedTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.assistedTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.assistedTabScroll.setWidgetResizable(True)
        self.assistedTabContents = QWidget()
        self.assistedTabContents.setObjectName(u"assistedTabContents")
        self.assistedLayout = QVBoxLayout(self.assistedTabContents)
        self.assistedLayout.setObjectName(u"assistedLayout")
        self.assistedHint = QLabel(self.assistedTabContents)
        self.assistedHint.setObjectName(u"assistedHint")
        self.assistedHint.setWordWrap(True)

        self.assistedLayout.addWidget(self.assistedHint)

        self.assistedLabel = QLabel(self.assistedTabContents)
        self.assistedLabel.setObjectName(u"assistedLabel")

        self.assistedLayout.addWidget(self.assistedLabel)

        self.assistedGrid = DisaggregationGrid(self.assistedTabContents)
        self.assistedGrid.setObjectName(u"assistedGrid")

        self.assistedLayout.addWidget(self.assistedGrid)

        self.disabilityForm = QFormLayout()
        self.disabilityForm.setObjectName(u"disabilityForm")
        self.disabilityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.disabilityLabel = QLabel(self.assistedTabContents)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.disabilityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disabilitySpin = CountSpinBox(self.assistedTabContents)
        self.disabilitySpin.setObjectName(u"disabilitySpin")

        self.disabilityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disabilitySpin)


        self.assistedLayout.addLayout(self.disabilityForm)

        self.assistedSummary = QLabel(self.assistedTabContents)
        self.assistedSummary.setObjectName(u"assistedSummary")
        self.assistedSummary.setText(u"")
        self.assistedSummary.setWordWrap(True)

        self.assistedLayout.addWidget(self.assistedSummary)

        self.assistedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.assistedLayout.addItem(self.assistedSpacer)

        self.assistedTabScroll.setWidget(self.assistedTabContents)

        self.assistedTabLayout.addWidget(self.assistedTabScroll)

        self.tabs.addTab(self.assistedTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsPanel = AttachmentsPanel(self.attachmentsTab)
        self.attachmentsPanel.setObjectName(u"attachmentsPanel")

        self.attachmentsLayout.addWidget(self.attachmentsPanel)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.problemSummary = QLabel(GrantEditor)
        self.problemSummary.setObjectName(u"problemSummary")
        self.problemSummary.setText(u"")
        self.problemSummary.setWordWrap(True)
        self.problemSummary.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problemSummary)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.deleteButton = QPushButton(GrantEditor)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(GrantEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(GrantEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.granteeLabel.setBuddy(self.granteeEdit)
        self.agreementRefLabel.setBuddy(self.agreementRefEdit)
        self.statusLabelField.setBuddy(self.statusCombo)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.committedLabel.setBuddy(self.committedEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.servicesLabel.setBuddy(self.servicesList)
        self.notesLabel.setBuddy(self.notesEdit)
        self.tranchesLabel.setBuddy(self.tranchesTable)
        self.reportsLabel.setBuddy(self.reportsTable)
        self.assistedLabel.setBuddy(self.assistedGrid)
        self.disabilityLabel.setBuddy(self.disabilitySpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.granteeEdit)
        QWidget.setTabOrder(self.granteeEdit, self.agreementRefEdit)
        QWidget.setTabOrder(self.agreementRefEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.committedEdit)
        QWidget.setTabOrder(self.committedEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.servicesList)
        QWidget.setTabOrder(self.servicesList, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.tranchesTable)
        QWidget.setTabOrder(self.tranchesTable, self.reportsTable)
        QWidget.setTabOrder(self.reportsTable, self.assistedGrid)
        QWidget.setTabOrder(self.assistedGrid, self.disabilitySpin)
        QWidget.setTabOrder(self.disabilitySpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.tabs)

        self.retranslateUi(GrantEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(GrantEditor)
    # setupUi

    def retranslateUi(self, GrantEditor):
        GrantEditor.setWindowTitle(QCoreApplication.translate("GrantEditor", u"Grant", None))
        self.agreementBox.setTitle(QCoreApplication.translate("GrantEditor", u"Grant agreement", None))
        self.programmeLabel.setText(QCoreApplication.translate("GrantEditor", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("GrantEditor", u"Cou&ntry", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.granteeLabel.setText(QCoreApplication.translate("GrantEditor", u"&Grantee", None))
#if QT_CONFIG(accessibility)
        self.granteeEdit.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Grantee organisation", None))
#endif // QT_CONFIG(accessibility)
        self.granteeEdit.setPlaceholderText(QCoreApplication.translate("GrantEditor", u"The civil-society organisation", None))
        self.agreementRefLabel.setText(QCoreApplication.translate("GrantEditor", u"Agreement &reference", None))
#if QT_CONFIG(accessibility)
        self.agreementRefEdit.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Agreement reference", None))
#endif // QT_CONFIG(accessibility)
        self.agreementRefEdit.setPlaceholderText(QCoreApplication.translate("GrantEditor", u"e.g. VAG/LK/2025/01", None))
        self.statusLabelField.setText(QCoreApplication.translate("GrantEditor", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Grant status", None))
#endif // QT_CONFIG(accessibility)
        self.moneyBox.setTitle(QCoreApplication.translate("GrantEditor", u"Money and dates", None))
        self.currencyLabel.setText(QCoreApplication.translate("GrantEditor", u"&Currency", None))
#if QT_CONFIG(accessibility)
        self.currencyCombo.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.committedLabel.setText(QCoreApplication.translate("GrantEditor", u"Committed &amount", None))
#if QT_CONFIG(accessibility)
        self.committedEdit.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Committed amount", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("GrantEditor", u"Start &date", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("GrantEditor", u"&End date", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("GrantEditor", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.servicesBox.setTitle(QCoreApplication.translate("GrantEditor", u"Services and notes", None))
        self.servicesLabel.setText(QCoreApplication.translate("GrantEditor", u"Ser&vices provided", None))
#if QT_CONFIG(accessibility)
        self.servicesList.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Services provided", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("GrantEditor", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("GrantEditor", u"About the grant and the grantee, never about assisted persons", None))
        self.notesHint.setText(QCoreApplication.translate("GrantEditor", u"Do no harm: never write names or anything that could identify a person who was assisted (no initials, addresses, photos or case details). Record people only as counts, on the People assisted tab.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.grantTab), QCoreApplication.translate("GrantEditor", u"Grant", None))
        self.tranchesLabel.setText(QCoreApplication.translate("GrantEditor", u"&Tranches paid", None))
#if QT_CONFIG(accessibility)
        self.tranchesTable.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Tranches paid", None))
#endif // QT_CONFIG(accessibility)
        self.reportsLabel.setText(QCoreApplication.translate("GrantEditor", u"&Reports due from the grantee", None))
#if QT_CONFIG(accessibility)
        self.reportsTable.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Reports due", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.paymentsTab), QCoreApplication.translate("GrantEditor", u"Tranches and reports", None))
        self.assistedHint.setText(QCoreApplication.translate("GrantEditor", u"Counts only. Never record names or details that could identify a person who was assisted.", None))
        self.assistedLabel.setText(QCoreApplication.translate("GrantEditor", u"People assisted, by &age group, sex and kind", None))
#if QT_CONFIG(accessibility)
        self.assistedGrid.setAccessibleName(QCoreApplication.translate("GrantEditor", u"People assisted by age group, sex and kind", None))
#endif // QT_CONFIG(accessibility)
        self.disabilityLabel.setText(QCoreApplication.translate("GrantEditor", u"Of whom persons with &disabilities", None))
#if QT_CONFIG(accessibility)
        self.disabilitySpin.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Persons with disabilities among the people assisted", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.assistedTab), QCoreApplication.translate("GrantEditor", u"People assisted", None))
#if QT_CONFIG(accessibility)
        self.attachmentsPanel.setAccessibleName(QCoreApplication.translate("GrantEditor", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("GrantEditor", u"Attachments", None))
        self.deleteButton.setText(QCoreApplication.translate("GrantEditor", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("GrantEditor", u"Delete this record (you can undo it)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("GrantEditor", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("GrantEditor", u"Close the editor (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("GrantEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("GrantEditor", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

