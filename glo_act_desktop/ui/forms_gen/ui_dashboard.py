# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        DashboardView.resize(1120, 640)
        self.mainLayout = QVBoxLayout(DashboardView)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeBar = QHBoxLayout()
        self.scopeBar.setSpacing(6)
        self.scopeBar.setObjectName(u"scopeBar")
        self.programmeLabel = QLabel(DashboardView)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.scopeBar.addWidget(self.programmeLabel)

        self.programmeCombo = QComboBox(DashboardView)
        self.programmeCombo.setObjectName(u"programmeCombo")
        self.programmeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programmeCombo.setMinimumContentsLength(18)

        self.scopeBar.addWidget(self.programmeCombo)

        self.countryLabel = QLabel(DashboardView)
        self.countryLabel.setObjectName(u"countryLabel")

        self.scopeBar.addWidget(self.countryLabel)

        self.countryCombo = QComboBox(DashboardView)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.countryCombo.setMinimumContentsLength(12)

        self.scopeBar.addWidget(self.countryCombo)

        self.periodLabel = QLabel(DashboardView)
        self.periodLabel.setObjectName(u"periodLabel")

        self.scopeBar.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(DashboardView)
        self.periodCombo.setObjectName(u"periodCombo")

        self.scopeBar.addWidget(self.periodCombo)

        self.fromLabel = QLabel(DashboardView)
        self.fromLabel.setObjectName(u"fromLabel")

        self.scopeBar.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(DashboardView)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.scopeBar.addWidget(self.fromDate)

        self.toLabel = QLabel(DashboardView)
        self.toLabel.setObjectName(u"toLabel")

        self.scopeBar.addWidget(self.toLabel)

        self.toDate = QDateEdit(DashboardView)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.scopeBar.addWidget(self.toDate)

        self.scopeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeBar.addItem(self.scopeSpacer)

        self.stateLabel = QLabel(DashboardView)
        self.stateLabel.setObjectName(u"stateLabel")

        self.scopeBar.addWidget(self.stateLabel)


        self.mainLayout.addLayout(self.scopeBar)

        self.scrollArea = QScrollArea(DashboardView)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.cardsArea = QWidget()
        self.cardsArea.setObjectName(u"cardsArea")
        self.cardsGrid = QGridLayout(self.cardsArea)
        self.cardsGrid.setSpacing(8)
        self.cardsGrid.setObjectName(u"cardsGrid")
        self.cardsGrid.setContentsMargins(0, 0, 0, 0)
        self.scrollArea.setWidget(self.cardsArea)

        self.mainLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.programmeLabel.setBuddy(self.programmeCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programmeCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)

        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        DashboardView.setWindowTitle(QCoreApplication.translate("DashboardView", u"Dashboard", None))
        self.programmeLabel.setText(QCoreApplication.translate("DashboardView", u"&Programme", None))
#if QT_CONFIG(accessibility)
        self.programmeCombo.setAccessibleName(QCoreApplication.translate("DashboardView", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("DashboardView", u"&Country", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("DashboardView", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("DashboardView", u"P&eriod", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("DashboardView", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("DashboardView", u"&from", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("DashboardView", u"Period starts on", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("DashboardView", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("DashboardView", u"&to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("DashboardView", u"Period ends on", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("DashboardView", u"yyyy-MM-dd", None))
        self.stateLabel.setText("")
    # retranslateUi

