# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(900, 640)
        self.mainLayout = QVBoxLayout(SyncPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 18, 24, 18)
        self.headingLabel = QLabel(SyncPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setStyleSheet(u"font-size: large; font-weight: 600;")

        self.mainLayout.addWidget(self.headingLabel)

        self.statusLabel = QLabel(SyncPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.RichText)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.enrolLayout = QHBoxLayout()
        self.enrolLayout.setObjectName(u"enrolLayout")
        self.enrolButton = QPushButton(SyncPage)
        self.enrolButton.setObjectName(u"enrolButton")

        self.enrolLayout.addWidget(self.enrolButton)

        self.enrolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enrolLayout.addItem(self.enrolSpacer)


        self.mainLayout.addLayout(self.enrolLayout)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.targetLabel = QLabel(SyncPage)
        self.targetLabel.setObjectName(u"targetLabel")

        self.exportLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(SyncPage)
        self.targetCombo.setObjectName(u"targetCombo")
        self.targetCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.exportLayout.addWidget(self.targetCombo)

        self.exportButton = QPushButton(SyncPage)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)

        self.splitCheck = QCheckBox(SyncPage)
        self.splitCheck.setObjectName(u"splitCheck")

        self.exportLayout.addWidget(self.splitCheck)

        self.splitSizeSpin = QSpinBox(SyncPage)
        self.splitSizeSpin.setObjectName(u"splitSizeSpin")
        self.splitSizeSpin.setMinimum(1)
        self.splitSizeSpin.setMaximum(1000)
        self.splitSizeSpin.setValue(10)

        self.exportLayout.addWidget(self.splitSizeSpin)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.mainLayout.addLayout(self.exportLayout)

        self.importLayout = QHBoxLayout()
        self.importLayout.setObjectName(u"importLayout")
        self.importButton = QPushButton(SyncPage)
        self.importButton.setObjectName(u"importButton")

        self.importLayout.addWidget(self.importButton)

        self.importFolderButton = QPushButton(SyncPage)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.importLayout.addWidget(self.importFolderButton)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importLayout.addItem(self.importSpacer)


        self.mainLayout.addLayout(self.importLayout)

        self.resultsLabel = QLabel(SyncPage)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.mainLayout.addWidget(self.resultsLabel)

        self.resultsList = QListWidget(SyncPage)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setMaximumSize(QSize(16777215, 130))
        self.resultsList.setWordWrap(True)
        self.resultsList.setSelectionMode(QAbstractItemView.NoSelection)

        self.mainLayout.addWidget(self.resultsList)

        self.conflictsLabel = QLabel(SyncPage)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.mainLayout.addWidget(self.conflictsLabel)

        self.conflictsTree = QTreeWidget(SyncPage)
        self.conflictsTree.setObjectName(u"conflictsTree")
        self.conflictsTree.setRootIsDecorated(False)
        self.conflictsTree.setAlternatingRowColors(True)
        self.conflictsTree.setWordWrap(False)

        self.mainLayout.addWidget(self.conflictsTree)

        self.decideLayout = QHBoxLayout()
        self.decideLayout.setObjectName(u"decideLayout")
        self.keepLayout = QHBoxLayout()
        self.keepLayout.setObjectName(u"keepLayout")

        self.decideLayout.addLayout(self.keepLayout)

        self.mergeButton = QPushButton(SyncPage)
        self.mergeButton.setObjectName(u"mergeButton")

        self.decideLayout.addWidget(self.mergeButton)

        self.restoreButton = QPushButton(SyncPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.decideLayout.addWidget(self.restoreButton)

        self.keepDeletedButton = QPushButton(SyncPage)
        self.keepDeletedButton.setObjectName(u"keepDeletedButton")

        self.decideLayout.addWidget(self.keepDeletedButton)

        self.decideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decideLayout.addItem(self.decideSpacer)


        self.mainLayout.addLayout(self.decideLayout)

#if QT_CONFIG(shortcut)
        self.targetLabel.setBuddy(self.targetCombo)
        self.resultsLabel.setBuddy(self.resultsList)
        self.conflictsLabel.setBuddy(self.conflictsTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.enrolButton, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.splitCheck)
        QWidget.setTabOrder(self.splitCheck, self.splitSizeSpin)
        QWidget.setTabOrder(self.splitSizeSpin, self.importButton)
        QWidget.setTabOrder(self.importButton, self.importFolderButton)
        QWidget.setTabOrder(self.importFolderButton, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.conflictsTree)
        QWidget.setTabOrder(self.conflictsTree, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.keepDeletedButton)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
#if QT_CONFIG(accessibility)
        SyncPage.setAccessibleName(QCoreApplication.translate("SyncPage", u"Sync", None))
#endif // QT_CONFIG(accessibility)
        self.headingLabel.setText(QCoreApplication.translate("SyncPage", u"Sync", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"Sync status", None))
#endif // QT_CONFIG(accessibility)
        self.enrolButton.setText(QCoreApplication.translate("SyncPage", u"Set &up from an enrolment file\u2026", None))
#if QT_CONFIG(tooltip)
        self.enrolButton.setToolTip(QCoreApplication.translate("SyncPage", u"Open the enrolment file HQ made for this laptop, so that it can exchange bundles with HQ", None))
#endif // QT_CONFIG(tooltip)
        self.targetLabel.setText(QCoreApplication.translate("SyncPage", u"&For", None))
#if QT_CONFIG(accessibility)
        self.targetCombo.setAccessibleName(QCoreApplication.translate("SyncPage", u"Laptop to write the bundle for", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"&Write bundle for HQ\u2026", None))
        self.splitCheck.setText(QCoreApplication.translate("SyncPage", u"Split for &email into parts of at most", None))
#if QT_CONFIG(accessibility)
        self.splitSizeSpin.setAccessibleName(QCoreApplication.translate("SyncPage", u"Largest part, in megabytes", None))
#endif // QT_CONFIG(accessibility)
        self.splitSizeSpin.setSuffix(QCoreApplication.translate("SyncPage", u" MB", None))
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"&Import bundles\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncPage", u"Choose one or more bundle files (or every part of a split bundle) to import", None))
#endif // QT_CONFIG(tooltip)
        self.importFolderButton.setText(QCoreApplication.translate("SyncPage", u"Import a f&older\u2026", None))
#if QT_CONFIG(tooltip)
        self.importFolderButton.setToolTip(QCoreApplication.translate("SyncPage", u"Import every bundle in a folder, for example a USB stick", None))
#endif // QT_CONFIG(tooltip)
        self.resultsLabel.setText(QCoreApplication.translate("SyncPage", u"Result", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("SyncPage", u"Result of the last import or export", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("SyncPage", u"&Conflicts to decide", None))
        ___qtreewidgetitem = self.conflictsTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SyncPage", u"Other value", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SyncPage", u"Current value", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SyncPage", u"Field", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SyncPage", u"Record", None))
#if QT_CONFIG(accessibility)
        self.conflictsTree.setAccessibleName(QCoreApplication.translate("SyncPage", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("SyncPage", u"&Merge\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("SyncPage", u"Combine the values into one text", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("SyncPage", u"&Restore with the edits", None))
        self.keepDeletedButton.setText(QCoreApplication.translate("SyncPage", u"Keep &deleted", None))
    # retranslateUi

