# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheet_import.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_SheetImportDialog(object):
    def setupUi(self, SheetImportDialog):
        if not SheetImportDialog.objectName():
            SheetImportDialog.setObjectName(u"SheetImportDialog")
        SheetImportDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(SheetImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileCaption = QLabel(SheetImportDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(SheetImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.kindLabel = QLabel(SheetImportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SheetImportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(SheetImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.countsLayout = QHBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.newCount = QLabel(SheetImportDialog)
        self.newCount.setObjectName(u"newCount")

        self.countsLayout.addWidget(self.newCount)

        self.updatedCount = QLabel(SheetImportDialog)
        self.updatedCount.setObjectName(u"updatedCount")

        self.countsLayout.addWidget(self.updatedCount)

        self.unchangedCount = QLabel(SheetImportDialog)
        self.unchangedCount.setObjectName(u"unchangedCount")

        self.countsLayout.addWidget(self.unchangedCount)

        self.rejectedCount = QLabel(SheetImportDialog)
        self.rejectedCount.setObjectName(u"rejectedCount")

        self.countsLayout.addWidget(self.rejectedCount)

        self.countsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countsLayout.addItem(self.countsSpacer)


        self.mainLayout.addLayout(self.countsLayout)

        self.reasonLabel = QLabel(SheetImportDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setStyleSheet(u"color: #b00020;")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.reasonLabel)

        self.notesLabel = QLabel(SheetImportDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.notesLabel)

        self.detailsTabs = QTabWidget(SheetImportDialog)
        self.detailsTabs.setObjectName(u"detailsTabs")
        self.rejectedTab = QWidget()
        self.rejectedTab.setObjectName(u"rejectedTab")
        self.rejectedLayout = QVBoxLayout(self.rejectedTab)
        self.rejectedLayout.setObjectName(u"rejectedLayout")
        self.rejectedView = QTableView(self.rejectedTab)
        self.rejectedView.setObjectName(u"rejectedView")
        self.rejectedView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rejectedView.setAlternatingRowColors(True)
        self.rejectedView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rejectedView.setWordWrap(False)
        self.rejectedView.horizontalHeader().setStretchLastSection(True)
        self.rejectedView.verticalHeader().setVisible(False)

        self.rejectedLayout.addWidget(self.rejectedView)

        self.detailsTabs.addTab(self.rejectedTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesView = QTableView(self.changesTab)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.changesView.setWordWrap(False)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.changesLayout.addWidget(self.changesView)

        self.detailsTabs.addTab(self.changesTab, "")

        self.mainLayout.addWidget(self.detailsTabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.recheckButton = QPushButton(SheetImportDialog)
        self.recheckButton.setObjectName(u"recheckButton")
        self.recheckButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.recheckButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(SheetImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.importButton = QPushButton(SheetImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.detailsTabs)
        QWidget.setTabOrder(self.detailsTabs, self.rejectedView)
        QWidget.setTabOrder(self.rejectedView, self.changesView)
        QWidget.setTabOrder(self.changesView, self.importButton)
        QWidget.setTabOrder(self.importButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.recheckButton)

        self.retranslateUi(SheetImportDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(SheetImportDialog)
    # setupUi

    def retranslateUi(self, SheetImportDialog):
        SheetImportDialog.setWindowTitle(QCoreApplication.translate("SheetImportDialog", u"Import sheet", None))
        self.fileCaption.setText(QCoreApplication.translate("SheetImportDialog", u"File", None))
        self.kindLabel.setText(QCoreApplication.translate("SheetImportDialog", u"Import &as", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"Records in the sheet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCount.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"New", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.updatedCount.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"Updated", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unchangedCount.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"Unchanged", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rejectedCount.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"Rejected", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rejectedView.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"Rejected rows", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.rejectedTab), QCoreApplication.translate("SheetImportDialog", u"Rejected rows", None))
#if QT_CONFIG(accessibility)
        self.changesView.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"New and updated records", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.changesTab), QCoreApplication.translate("SheetImportDialog", u"Changes", None))
        self.recheckButton.setText(QCoreApplication.translate("SheetImportDialog", u"Check &again", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("SheetImportDialog", u"Read the file again, after fixing it in your spreadsheet program", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("SheetImportDialog", u"&Cancel", None))
        self.importButton.setText(QCoreApplication.translate("SheetImportDialog", u"&Import", None))
    # retranslateUi

