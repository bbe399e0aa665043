# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consultation.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from glo_act_desktop.ui.widgets.attachments import AttachmentsPanel
from glo_act_desktop.ui.widgets.child_rows import ChildRowsEditor
from glo_act_desktop.ui.widgets.inputs import (CodeChecklist, CodeCombo, CountSpinBox, DateEdit)
from glo_act_desktop.ui.widgets.undo_bar import UndoBar

class Ui_ConsultationEditor(object):
    def setupUi(self, ConsultationEditor):
        if not ConsultationEditor.objectName():
            ConsultationEditor.setObjectName(u"ConsultationEditor")
        ConsultationEditor.resize(1080, 640)
        self.mainLayout = QVBoxLayout(ConsultationEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.undoBar = UndoBar(ConsultationEditor)
        self.undoBar.setObjectName(u"undoBar")

        self.mainLayout.addWidget(self.undoBar)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(ConsultationEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.headingLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(ConsultationEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(ConsultationEditor)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.meetingTab = QWidget()
        self.meetingTab.setObjectName(u"meetingTab")
        self.meetingTabLayout = QVBoxLayout(self.meetingTab)
        self.meetingTabLayout.setObjectName(u"meetingTabLayout")
        self.meetingTabLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingTabScroll = QScrollArea(self.meetingTab)
        self.meetingTabScroll.setObjectName(u"meetingTabScroll")
        self.meetingTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.meetingTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.meetingTabScroll.setWidgetResizable(True)
        self.meetingTabContents = QWidget()
        self.meetingTabContents.setObjectName(u"meetingTabContents")
        self.meetingColumns = QHBoxLayout(self.meetingTabContents)
        self.meetingColumns.setSpacing(12)
        self.meetingColumns.setObjectName(u"meetingColumns")
        self.meetingLeft = QVBoxLayout()
        self.meetingLeft.setObjectName(u"meetingLeft")
        self.meetingBox = QGroupBox(self.meetingTabContents)
        self.meetingBox.setObjectName(u"meetingBox")
        self.meetingForm = QFormLayout(self.meetingBox)
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programmeLabel = QLabel(self.meetingBox)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = CodeCombo(self.meetingBox)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.countryLabel = QLabel(self.meetingBox)
        self.countryLabel.setObjectName(u"countryLabel")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = CodeCombo(self.meetingBox)
        self.countryCombo.setObjectName(u"countryCombo")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.objectiveLabel = QLabel(self.meetingBox)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objectiveLabel)

        self.objectiveCombo = CodeCombo(self.meetingBox)
        self.objectiveCombo.setObjectName(u"objectiveCombo")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objectiveCombo)

        self.dateLabel = QLabel(self.meetingBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(self.meetingBox)
        self.dateEdit.setObjectName(u"dateEdit")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.typeLabel = QLabel(self.meetingBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = CodeCombo(self.meetingBox)
        self.typeCombo.setObjectName(u"typeCombo")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.titleFieldLabel = QLabel(self.meetingBox)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleFieldLabel)

        self.titleEdit = QLineEdit(self.meetingBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.placeLabel = QLabel(self.meetingBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.meetingBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.outsideCapitalCheck = QCheckBox(self.meetingBox)
        self.outsideCapitalCheck.setObjectName(u"outsideCapitalCheck")

        self.meetingForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.outsideCapitalCheck)


        self.meetingLeft.addWidget(self.meetingBox)

        self.summaryBox = QGroupBox(self.meetingTabContents)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryBox)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.summaryBox)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.summaryEdit)


        self.meetingLeft.addWidget(self.summaryBox)


        self.meetingColumns.addLayout(self.meetingLeft)

        self.meetingRight = QVBoxLayout()
        self.meetingRight.setObjectName(u"meetingRight")
        self.participantsBox = QGroupBox(self.meetingTabContents)
        self.participantsBox.setObjectName(u"participantsBox")
        self.participantsForm = QFormLayout(self.participantsBox)
        self.participantsForm.setObjectName(u"participantsForm")
        self.participantsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.participantsFemaleLabel = QLabel(self.participantsBox)
        self.participantsFemaleLabel.setObjectName(u"participantsFemaleLabel")

        self.participantsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantsFemaleLabel)

        self.participantsFemaleSpin = CountSpinBox(self.participantsBox)
        self.participantsFemaleSpin.setObjectName(u"participantsFemaleSpin")

        self.participantsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participantsFemaleSpin)

        self.participantsMaleLabel = QLabel(self.participantsBox)
        self.participantsMaleLabel.setObjectName(u"participantsMaleLabel")

        self.participantsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantsMaleLabel)

        self.participantsMaleSpin = CountSpinBox(self.participantsBox)
        self.participantsMaleSpin.setObjectName(u"participantsMaleSpin")

        self.participantsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantsMaleSpin)

        self.participantsOtherLabel = QLabel(self.participantsBox)
        self.participantsOtherLabel.setObjectName(u"participantsOtherLabel")

        self.participantsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsOtherLabel)

        self.participantsOtherSpin = CountSpinBox(self.participantsBox)
        self.participantsOtherSpin.setObjectName(u"participantsOtherSpin")

        self.participantsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.participantsOtherSpin)

        self.participantsTotalLabel = QLabel(self.participantsBox)
        self.participantsTotalLabel.setObjectName(u"participantsTotalLabel")

        self.participantsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.participantsTotalLabel)

        self.participantsTotalValue = QLabel(self.participantsBox)
        self.participantsTotalValue.setObjectName(u"participantsTotalValue")
        self.participantsTotalValue.setText(u"0")

        self.participantsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.participantsTotalValue)


        self.meetingRight.addWidget(self.participantsBox)

        self.themesBox = QGroupBox(self.meetingTabContents)
        self.themesBox.setObjectName(u"themesBox")
        self.themesLayout = QVBoxLayout(self.themesBox)
        self.themesLayout.setObjectName(u"themesLayout")
        self.pillarsLabel = QLabel(self.themesBox)
        self.pillarsLabel.setObjectName(u"pillarsLabel")

        self.themesLayout.addWidget(self.pillarsLabel)

        self.pillarsList = CodeChecklist(self.themesBox)
        self.pillarsList.setObjectName(u"pillarsList")

        self.themesLayout.addWidget(self.pillarsList)

        self.targetGroupsLabel = QLabel(self.themesBox)
        self.targetGroupsLabel.setObjectName(u"targetGroupsLabel")

        self.themesLayout.addWidget(self.targetGroupsLabel)

        self.targetGroupsList = CodeChecklist(self.themesBox)
        self.targetGroupsList.setObjectName(u"targetGroupsList")

        self.themesLayout.addWidget(self.targetGroupsList)


        self.meetingRight.addWidget(self.themesBox)

        self.meetingRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.meetingRight.addItem(self.meetingRightSpacer)


        self.meetingColumns.addLayout(self.meetingRight)

        self.meetingTabScroll.setWidget(self.meetingTabContents)

        self.meetingTabLayout.addWidget(self.meetingTabScroll)

        self.tabs.addTab(self.meetingTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.counterpartsLabel = QLabel(self.peopleTab)
        self.counterpartsLabel.setObjectName(u"counterpartsLabel")

        self.peopleLayout.addWidget(self.counterpartsLabel)

        self.counterpartsHint = QLabel(self.peopleTab)
        self.counterpartsHint.setObjectName(u"counterpartsHint")
        self.counterpartsHint.setWordWrap(True)

        self.peopleLayout.addWidget(self.counterpartsHint)

        self.counterpartsTable = ChildRowsEditor(self.peopleTab)
        self.counterpartsTable.setObjectName(u"counterpartsTable")

        self.peopleLayout.addWidget(self.counterpartsTable)

        self.followUpsLabel = QLabel(self.peopleTab)
        self.followUpsLabel.setObjectName(u"followUpsLabel")

        self.peopleLayout.addWidget(self.followUpsLabel)

        self.followUpsHint = QLabel(self.peopleTab)
        self.followUpsHint.setObjectName(u"followUpsHint")
        self.followUpsHint.setWordWrap(True)

        self.peopleLayout.addWidget(self.followUpsHint)

        self.followUpsTable = ChildRowsEditor(self.peopleTab)
        self.followUpsTable.setObjectName(u"followUpsTable")

        self.peopleLayout.addWidget(self.followUpsTable)

        self.tabs.addTab(self.peopleTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsPanel = AttachmentsPanel(self.attachmentsTab)
        self.attachmentsPanel.setObjectName(u"attachmentsPanel")

        self.attachmentsLayout.addWidget(self.attachmentsPanel)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.problemSummary = QLabel(ConsultationEditor)
        self.problemSummary.setObjectName(u"problemSummary")
        self.problemSummary.setText(u"")
        self.problemSummary.setWordWrap(True)
        self.problemSummary.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problemSummary)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.deleteButton = QPushButton(ConsultationEditor)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ConsultationEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(ConsultationEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.objectiveLabel.setBuddy(self.objectiveCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.participantsFemaleLabel.setBuddy(self.participantsFemaleSpin)
        self.participantsMaleLabel.setBuddy(self.participantsMaleSpin)
        self.participantsOtherLabel.setBuddy(self.participantsOtherSpin)
        self.pillarsLabel.setBuddy(self.pillarsList)
        self.targetGroupsLabel.setBuddy(self.targetGroupsList)
        self.counterpartsLabel.setBuddy(self.counterpartsTable)
        self.followUpsLabel.setBuddy(self.followUpsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.objectiveCombo)
        QWidget.setTabOrder(self.objectiveCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.outsideCapitalCheck)
        QWidget.setTabOrder(self.outsideCapitalCheck, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.participantsFemaleSpin)
        QWidget.setTabOrder(self.participantsFemaleSpin, self.participantsMaleSpin)
        QWidget.setTabOrder(self.participantsMaleSpin, self.participantsOtherSpin)
        QWidget.setTabOrder(self.participantsOtherSpin, self.pillarsList)
        QWidget.setTabOrder(self.pillarsList, self.targetGroupsList)
        QWidget.setTabOrder(self.targetGroupsList, self.counterpartsTable)
        QWidget.setTabOrder(self.counterpartsTable, self.followUpsTable)
        QWidget.setTabOrder(self.followUpsTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.tabs)

        self.retranslateUi(ConsultationEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConsultationEditor)
    # setupUi

    def retranslateUi(self, ConsultationEditor):
        ConsultationEditor.setWindowTitle(QCoreApplication.translate("ConsultationEditor", u"Consultation", None))
        self.meetingBox.setTitle(QCoreApplication.translate("ConsultationEditor", u"Meeting", None))
        self.programmeLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("ConsultationEditor", u"Cou&ntry", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.objectiveLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Objective", None))
#if QT_CONFIG(accessibility)
        self.objectiveCombo.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Programme objective or outcome", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Date of the consultation", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("ConsultationEditor", u"T&ype", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Type of consultation", None))
#endif // QT_CONFIG(accessibility)
        self.titleFieldLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ConsultationEditor", u"e.g. Meeting on the national action plan", None))
        self.placeLabel.setText(QCoreApplication.translate("ConsultationEditor", u"P&lace", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ConsultationEditor", u"Town or district", None))
#if QT_CONFIG(accessibility)
        self.outsideCapitalCheck.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Held outside the capital", None))
#endif // QT_CONFIG(accessibility)
        self.outsideCapitalCheck.setText(QCoreApplication.translate("ConsultationEditor", u"Held outside the &capital", None))
        self.summaryBox.setTitle(QCoreApplication.translate("ConsultationEditor", u"What was discussed", None))
        self.summaryLabel.setText(QCoreApplication.translate("ConsultationEditor", u"S&ummary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ConsultationEditor", u"What was discussed and agreed. Name organisations and roles, not private persons.", None))
        self.participantsBox.setTitle(QCoreApplication.translate("ConsultationEditor", u"Participants", None))
        self.participantsFemaleLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Female", None))
#if QT_CONFIG(accessibility)
        self.participantsFemaleSpin.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Female participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsMaleLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Male", None))
#if QT_CONFIG(accessibility)
        self.participantsMaleSpin.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Male participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsOtherLabel.setText(QCoreApplication.translate("ConsultationEditor", u"Ot&her or not recorded", None))
#if QT_CONFIG(accessibility)
        self.participantsOtherSpin.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Other or not recorded participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsTotalLabel.setText(QCoreApplication.translate("ConsultationEditor", u"Total", None))
#if QT_CONFIG(accessibility)
        self.participantsTotalValue.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Total participants", None))
#endif // QT_CONFIG(accessibility)
        self.themesBox.setTitle(QCoreApplication.translate("ConsultationEditor", u"Themes", None))
        self.pillarsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"P&illars", None))
#if QT_CONFIG(accessibility)
        self.pillarsList.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Pillars", None))
#endif // QT_CONFIG(accessibility)
        self.targetGroupsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"Tar&get groups", None))
#if QT_CONFIG(accessibility)
        self.targetGroupsList.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Target groups", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.meetingTab), QCoreApplication.translate("ConsultationEditor", u"Meeting", None))
        self.counterpartsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Counterparts", None))
        self.counterpartsHint.setText(QCoreApplication.translate("ConsultationEditor", u"The organisations that took part. Name organisations, not people.", None))
#if QT_CONFIG(accessibility)
        self.counterpartsTable.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Counterparts", None))
#endif // QT_CONFIG(accessibility)
        self.followUpsLabel.setText(QCoreApplication.translate("ConsultationEditor", u"&Follow-up actions", None))
        self.followUpsHint.setText(QCoreApplication.translate("ConsultationEditor", u"What was agreed: the action, who does it, and by when.", None))
#if QT_CONFIG(accessibility)
        self.followUpsTable.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Follow-up actions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("ConsultationEditor", u"Counterparts and follow-up", None))
#if QT_CONFIG(accessibility)
        self.attachmentsPanel.setAccessibleName(QCoreApplication.translate("ConsultationEditor", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("ConsultationEditor", u"Attachments", None))
        self.deleteButton.setText(QCoreApplication.translate("ConsultationEditor", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("ConsultationEditor", u"Delete this record (you can undo it)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ConsultationEditor", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ConsultationEditor", u"Close the editor (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ConsultationEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ConsultationEditor", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

