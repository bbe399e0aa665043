# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training.ui'
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
from glo_act_desktop.ui.widgets.disaggregation import DisaggregationGrid
from glo_act_desktop.ui.widgets.inputs import (CodeChecklist, CodeCombo, CountSpinBox, DateEdit,
    ScoreEdit)
from glo_act_desktop.ui.widgets.undo_bar import UndoBar

class Ui_TrainingEditor(object):
    def setupUi(self, TrainingEditor):
        if not TrainingEditor.objectName():
            TrainingEditor.setObjectName(u"TrainingEditor")
        TrainingEditor.resize(1080, 640)
        self.mainLayout = QVBoxLayout(TrainingEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.undoBar = UndoBar(TrainingEditor)
        self.undoBar.setObjectName(u"undoBar")

        self.mainLayout.addWidget(self.undoBar)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(TrainingEditor)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.headingLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.statusLabel = QLabel(TrainingEditor)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")

        self.headerLayout.addWidget(self.statusLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(TrainingEditor)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.trainingTab = QWidget()
        self.trainingTab.setObjectName(u"trainingTab")
        self.trainingTabLayout = QVBoxLayout(self.trainingTab)
        self.trainingTabLayout.setObjectName(u"trainingTabLayout")
        self.trainingTabLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingTabScroll = QScrollArea(self.trainingTab)
        self.trainingTabScroll.setObjectName(u"trainingTabScroll")
        self.trainingTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.trainingTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.trainingTabScroll.setWidgetResizable(True)
        self.trainingTabContents = QWidget()
        self.trainingTabContents.setObjectName(u"trainingTabContents")
        self.trainingColumns = QHBoxLayout(self.trainingTabContents)
        self.trainingColumns.setSpacing(12)
        self.trainingColumns.setObjectName(u"trainingColumns")
        self.trainingLeft = QVBoxLayout()
        self.trainingLeft.setObjectName(u"trainingLeft")
        self.trainingBox = QGroupBox(self.trainingTabContents)
        self.trainingBox.setObjectName(u"trainingBox")
        self.trainingForm = QFormLayout(self.trainingBox)
        self.trainingForm.setObjectName(u"trainingForm")
        self.trainingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programmeLabel = QLabel(self.trainingBox)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeCombo = CodeCombo(self.trainingBox)
        self.programmeCombo.setObjectName(u"programmeCombo")

        self.trainingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programmeCombo)

        self.countryLabel = QLabel(self.trainingBox)
        self.countryLabel.setObjectName(u"countryLabel")

        self.trainingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = CodeCombo(self.trainingBox)
        self.countryCombo.setObjectName(u"countryCombo")

        self.trainingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.objectiveLabel = QLabel(self.trainingBox)
        self.objectiveLabel.setObjectName(u"objectiveLabel")

        self.trainingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objectiveLabel)

        self.objectiveCombo = CodeCombo(self.trainingBox)
        self.objectiveCombo.setObjectName(u"objectiveCombo")

        self.trainingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objectiveCombo)

        self.pillarLabel = QLabel(self.trainingBox)
        self.pillarLabel.setObjectName(u"pillarLabel")

        self.trainingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pillarLabel)

        self.pillarCombo = CodeCombo(self.trainingBox)
        self.pillarCombo.setObjectName(u"pillarCombo")

        self.trainingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pillarCombo)

        self.titleFieldLabel = QLabel(self.trainingBox)
        self.titleFieldLabel.setObjectName(u"titleFieldLabel")

        self.trainingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleFieldLabel)

        self.titleEdit = QLineEdit(self.trainingBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.trainingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.topicsLabel = QLabel(self.trainingBox)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.trainingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsEdit = QPlainTextEdit(self.trainingBox)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setTabChangesFocus(True)
        self.topicsEdit.setMaximumSize(QSize(16777215, 90))

        self.trainingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topicsEdit)


        self.trainingLeft.addWidget(self.trainingBox)

        self.trainingLeftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.trainingLeft.addItem(self.trainingLeftSpacer)


        self.trainingColumns.addLayout(self.trainingLeft)

        self.trainingRight = QVBoxLayout()
        self.trainingRight.setObjectName(u"trainingRight")
        self.whereBox = QGroupBox(self.trainingTabContents)
        self.whereBox.setObjectName(u"whereBox")
        self.whereForm = QFormLayout(self.whereBox)
        self.whereForm.setObjectName(u"whereForm")
        self.whereForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.startDateLabel = QLabel(self.whereBox)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = DateEdit(self.whereBox)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(self.whereBox)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = DateEdit(self.whereBox)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.venueLabel = QLabel(self.whereBox)
        self.venueLabel.setObjectName(u"venueLabel")

        self.whereForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.whereBox)
        self.venueEdit.setObjectName(u"venueEdit")

        self.whereForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.outsideCapitalCheck = QCheckBox(self.whereBox)
        self.outsideCapitalCheck.setObjectName(u"outsideCapitalCheck")

        self.whereForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.outsideCapitalCheck)

        self.deliveryLabel = QLabel(self.whereBox)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.whereForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deliveryLabel)

        self.deliveryCombo = CodeCombo(self.whereBox)
        self.deliveryCombo.setObjectName(u"deliveryCombo")

        self.whereForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deliveryCombo)


        self.trainingRight.addWidget(self.whereBox)

        self.moreBox = QGroupBox(self.trainingTabContents)
        self.moreBox.setObjectName(u"moreBox")
        self.moreLayout = QVBoxLayout(self.moreBox)
        self.moreLayout.setObjectName(u"moreLayout")
        self.targetGroupsLabel = QLabel(self.moreBox)
        self.targetGroupsLabel.setObjectName(u"targetGroupsLabel")

        self.moreLayout.addWidget(self.targetGroupsLabel)

        self.targetGroupsList = CodeChecklist(self.moreBox)
        self.targetGroupsList.setObjectName(u"targetGroupsList")

        self.moreLayout.addWidget(self.targetGroupsList)

        self.notesLabel = QLabel(self.moreBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.moreLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.moreBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.moreLayout.addWidget(self.notesEdit)


        self.trainingRight.addWidget(self.moreBox)

        self.trainingRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.trainingRight.addItem(self.trainingRightSpacer)


        self.trainingColumns.addLayout(self.trainingRight)

        self.trainingTabScroll.setWidget(self.trainingTabContents)

        self.trainingTabLayout.addWidget(self.trainingTabScroll)

        self.tabs.addTab(self.trainingTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsTabLayout = QVBoxLayout(self.resultsTab)
        self.resultsTabLayout.setObjectName(u"resultsTabLayout")
        self.resultsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsTabScroll = QScrollArea(self.resultsTab)
        self.resultsTabScroll.setObjectName(u"resultsTabScroll")
        self.resultsTabScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resultsTabScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.resultsTabScroll.setWidgetResizable(True)
        self.resultsTabContents = QWidget()
        self.resultsTabContents.setObjectName(u"resultsTabContents")
        self.resultsColumns = QHBoxLayout(self.resultsTabContents)
        self.resultsColumns.setSpacing(12)
        self.resultsColumns.setObjectName(u"resultsColumns")
        self.resultsLeft = QVBoxLayout()
        self.resultsLeft.setObjectName(u"resultsLeft")
        self.participantsBox = QGroupBox(self.resultsTabContents)
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


        self.resultsLeft.addWidget(self.participantsBox)

        self.trainersBox = QGroupBox(self.resultsTabContents)
        self.trainersBox.setObjectName(u"trainersBox")
        self.trainersForm = QFormLayout(self.trainersBox)
        self.trainersForm.setObjectName(u"trainersForm")
        self.trainersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.trainersFemaleLabel = QLabel(self.trainersBox)
        self.trainersFemaleLabel.setObjectName(u"trainersFemaleLabel")

        self.trainersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.trainersFemaleLabel)

        self.trainersFemaleSpin = CountSpinBox(self.trainersBox)
        self.trainersFemaleSpin.setObjectName(u"trainersFemaleSpin")

        self.trainersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.trainersFemaleSpin)

        self.trainersMaleLabel = QLabel(self.trainersBox)
        self.trainersMaleLabel.setObjectName(u"trainersMaleLabel")

        self.trainersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trainersMaleLabel)

        self.trainersMaleSpin = CountSpinBox(self.trainersBox)
        self.trainersMaleSpin.setObjectName(u"trainersMaleSpin")

        self.trainersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trainersMaleSpin)


        self.resultsLeft.addWidget(self.trainersBox)

        self.scoresBox = QGroupBox(self.resultsTabContents)
        self.scoresBox.setObjectName(u"scoresBox")
        self.scoresForm = QFormLayout(self.scoresBox)
        self.scoresForm.setObjectName(u"scoresForm")
        self.scoresForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.preTestLabel = QLabel(self.scoresBox)
        self.preTestLabel.setObjectName(u"preTestLabel")

        self.scoresForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preTestLabel)

        self.preTestEdit = ScoreEdit(self.scoresBox)
        self.preTestEdit.setObjectName(u"preTestEdit")

        self.scoresForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preTestEdit)

        self.postTestLabel = QLabel(self.scoresBox)
        self.postTestLabel.setObjectName(u"postTestLabel")

        self.scoresForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postTestLabel)

        self.postTestEdit = ScoreEdit(self.scoresBox)
        self.postTestEdit.setObjectName(u"postTestEdit")

        self.scoresForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postTestEdit)


        self.resultsLeft.addWidget(self.scoresBox)

        self.resultsLeftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultsLeft.addItem(self.resultsLeftSpacer)


        self.resultsColumns.addLayout(self.resultsLeft)

        self.resultsRight = QVBoxLayout()
        self.resultsRight.setObjectName(u"resultsRight")
        self.institutionsBox = QGroupBox(self.resultsTabContents)
        self.institutionsBox.setObjectName(u"institutionsBox")
        self.institutionsLayout = QVBoxLayout(self.institutionsBox)
        self.institutionsLayout.setObjectName(u"institutionsLayout")
        self.institutionsLabel = QLabel(self.institutionsBox)
        self.institutionsLabel.setObjectName(u"institutionsLabel")
        self.institutionsLabel.setWordWrap(True)

        self.institutionsLayout.addWidget(self.institutionsLabel)

        self.institutionsGrid = DisaggregationGrid(self.institutionsBox)
        self.institutionsGrid.setObjectName(u"institutionsGrid")

        self.institutionsLayout.addWidget(self.institutionsGrid)

        self.institutionsButtons = QHBoxLayout()
        self.institutionsButtons.setObjectName(u"institutionsButtons")
        self.copyTotalsButton = QPushButton(self.institutionsBox)
        self.copyTotalsButton.setObjectName(u"copyTotalsButton")
        self.copyTotalsButton.setAutoDefault(False)

        self.institutionsButtons.addWidget(self.copyTotalsButton)

        self.institutionsButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.institutionsButtons.addItem(self.institutionsButtonSpacer)


        self.institutionsLayout.addLayout(self.institutionsButtons)


        self.resultsRight.addWidget(self.institutionsBox)

        self.resultsRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultsRight.addItem(self.resultsRightSpacer)


        self.resultsColumns.addLayout(self.resultsRight)

        self.resultsColumns.setStretch(1, 1)
        self.resultsTabScroll.setWidget(self.resultsTabContents)

        self.resultsTabLayout.addWidget(self.resultsTabScroll)

        self.tabs.addTab(self.resultsTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsPanel = AttachmentsPanel(self.attachmentsTab)
        self.attachmentsPanel.setObjectName(u"attachmentsPanel")

        self.attachmentsLayout.addWidget(self.attachmentsPanel)

        self.tabs.addTab(self.attachmentsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.problemSummary = QLabel(TrainingEditor)
        self.problemSummary.setObjectName(u"problemSummary")
        self.problemSummary.setText(u"")
        self.problemSummary.setWordWrap(True)
        self.problemSummary.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.problemSummary)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.deleteButton = QPushButton(TrainingEditor)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(TrainingEditor)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(TrainingEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.objectiveLabel.setBuddy(self.objectiveCombo)
        self.pillarLabel.setBuddy(self.pillarCombo)
        self.titleFieldLabel.setBuddy(self.titleEdit)
        self.topicsLabel.setBuddy(self.topicsEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.deliveryLabel.setBuddy(self.deliveryCombo)
        self.targetGroupsLabel.setBuddy(self.targetGroupsList)
        self.notesLabel.setBuddy(self.notesEdit)
        self.participantsFemaleLabel.setBuddy(self.participantsFemaleSpin)
        self.participantsMaleLabel.setBuddy(self.participantsMaleSpin)
        self.participantsOtherLabel.setBuddy(self.participantsOtherSpin)
        self.trainersFemaleLabel.setBuddy(self.trainersFemaleSpin)
        self.trainersMaleLabel.setBuddy(self.trainersMaleSpin)
        self.preTestLabel.setBuddy(self.preTestEdit)
        self.postTestLabel.setBuddy(self.postTestEdit)
        self.institutionsLabel.setBuddy(self.institutionsGrid)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.objectiveCombo)
        QWidget.setTabOrder(self.objectiveCombo, self.pillarCombo)
        QWidget.setTabOrder(self.pillarCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.topicsEdit)
        QWidget.setTabOrder(self.topicsEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.outsideCapitalCheck)
        QWidget.setTabOrder(self.outsideCapitalCheck, self.deliveryCombo)
        QWidget.setTabOrder(self.deliveryCombo, self.targetGroupsList)
        QWidget.setTabOrder(self.targetGroupsList, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.participantsFemaleSpin)
        QWidget.setTabOrder(self.participantsFemaleSpin, self.participantsMaleSpin)
        QWidget.setTabOrder(self.participantsMaleSpin, self.participantsOtherSpin)
        QWidget.setTabOrder(self.participantsOtherSpin, self.trainersFemaleSpin)
        QWidget.setTabOrder(self.trainersFemaleSpin, self.trainersMaleSpin)
        QWidget.setTabOrder(self.trainersMaleSpin, self.preTestEdit)
        QWidget.setTabOrder(self.preTestEdit, self.postTestEdit)
        QWidget.setTabOrder(self.postTestEdit, self.institutionsGrid)
        QWidget.setTabOrder(self.institutionsGrid, self.copyTotalsButton)
        QWidget.setTabOrder(self.copyTotalsButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.tabs)

        self.retranslateUi(TrainingEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrainingEditor)
    # setupUi

    def retranslateUi(self, TrainingEditor):
        TrainingEditor.setWindowTitle(QCoreApplication.translate("TrainingEditor", u"Training", None))
        self.trainingBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Training", None))
        self.programmeLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("TrainingEditor", u"Co&untry", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.objectiveLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Objective", None))
#if QT_CONFIG(accessibility)
        self.objectiveCombo.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Programme objective or outcome", None))
#endif // QT_CONFIG(accessibility)
        self.pillarLabel.setText(QCoreApplication.translate("TrainingEditor", u"P&illar", None))
#if QT_CONFIG(accessibility)
        self.pillarCombo.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Pillar", None))
#endif // QT_CONFIG(accessibility)
        self.titleFieldLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TrainingEditor", u"e.g. Financial investigations of trafficking cases", None))
        self.topicsLabel.setText(QCoreApplication.translate("TrainingEditor", u"Topi&cs", None))
#if QT_CONFIG(accessibility)
        self.topicsEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Topics, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.topicsEdit.setPlaceholderText(QCoreApplication.translate("TrainingEditor", u"One topic per line", None))
        self.whereBox.setTitle(QCoreApplication.translate("TrainingEditor", u"When and where", None))
        self.startDateLabel.setText(QCoreApplication.translate("TrainingEditor", u"St&art date", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("TrainingEditor", u"&End date", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Venue", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("TrainingEditor", u"Town and venue", None))
#if QT_CONFIG(accessibility)
        self.outsideCapitalCheck.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Held outside the capital", None))
#endif // QT_CONFIG(accessibility)
        self.outsideCapitalCheck.setText(QCoreApplication.translate("TrainingEditor", u"Held outside the capita&l", None))
        self.deliveryLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Delivery", None))
#if QT_CONFIG(accessibility)
        self.deliveryCombo.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Delivery", None))
#endif // QT_CONFIG(accessibility)
        self.moreBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Who it was for", None))
        self.targetGroupsLabel.setText(QCoreApplication.translate("TrainingEditor", u"Tar&get groups", None))
#if QT_CONFIG(accessibility)
        self.targetGroupsList.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Target groups", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.trainingTab), QCoreApplication.translate("TrainingEditor", u"Training", None))
        self.participantsBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Participants", None))
        self.participantsFemaleLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Female", None))
#if QT_CONFIG(accessibility)
        self.participantsFemaleSpin.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Female participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsMaleLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Male", None))
#if QT_CONFIG(accessibility)
        self.participantsMaleSpin.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Male participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsOtherLabel.setText(QCoreApplication.translate("TrainingEditor", u"Ot&her or not recorded", None))
#if QT_CONFIG(accessibility)
        self.participantsOtherSpin.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Other or not recorded participants", None))
#endif // QT_CONFIG(accessibility)
        self.participantsTotalLabel.setText(QCoreApplication.translate("TrainingEditor", u"Total", None))
#if QT_CONFIG(accessibility)
        self.participantsTotalValue.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Total participants", None))
#endif // QT_CONFIG(accessibility)
        self.trainersBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Trainers", None))
        self.trainersFemaleLabel.setText(QCoreApplication.translate("TrainingEditor", u"Female t&rainers", None))
#if QT_CONFIG(accessibility)
        self.trainersFemaleSpin.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Female trainers", None))
#endif // QT_CONFIG(accessibility)
        self.trainersMaleLabel.setText(QCoreApplication.translate("TrainingEditor", u"Male trai&ners", None))
#if QT_CONFIG(accessibility)
        self.trainersMaleSpin.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Male trainers", None))
#endif // QT_CONFIG(accessibility)
        self.scoresBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Test scores (average, 0 to 100)", None))
        self.preTestLabel.setText(QCoreApplication.translate("TrainingEditor", u"&Pre-test", None))
#if QT_CONFIG(accessibility)
        self.preTestEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Pre-test average score", None))
#endif // QT_CONFIG(accessibility)
        self.postTestLabel.setText(QCoreApplication.translate("TrainingEditor", u"P&ost-test", None))
#if QT_CONFIG(accessibility)
        self.postTestEdit.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Post-test average score", None))
#endif // QT_CONFIG(accessibility)
        self.institutionsBox.setTitle(QCoreApplication.translate("TrainingEditor", u"Participants by institution", None))
        self.institutionsLabel.setText(QCoreApplication.translate("TrainingEditor", u"Optional: participants from each &kind of institution. Its totals must then match the participant counts.", None))
#if QT_CONFIG(accessibility)
        self.institutionsGrid.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Participants by institution and sex", None))
#endif // QT_CONFIG(accessibility)
        self.copyTotalsButton.setText(QCoreApplication.translate("TrainingEditor", u"&Copy totals to participants", None))
#if QT_CONFIG(accessibility)
        self.copyTotalsButton.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Copy totals to participants", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.resultsTab), QCoreApplication.translate("TrainingEditor", u"Participants and results", None))
#if QT_CONFIG(accessibility)
        self.attachmentsPanel.setAccessibleName(QCoreApplication.translate("TrainingEditor", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("TrainingEditor", u"Attachments", None))
        self.deleteButton.setText(QCoreApplication.translate("TrainingEditor", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("TrainingEditor", u"Delete this record (you can undo it)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("TrainingEditor", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("TrainingEditor", u"Close the editor (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("TrainingEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TrainingEditor", u"Save (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

