# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(640, 400)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headline = QLabel(FirstRunDialog)
        self.headline.setObjectName(u"headline")

        self.mainLayout.addWidget(self.headline)

        self.explanation = QLabel(FirstRunDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.mainLayout.addWidget(self.explanation)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.countryLabel = QLabel(FirstRunDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(FirstRunDialog)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.deviceNameLabel = QLabel(FirstRunDialog)
        self.deviceNameLabel.setObjectName(u"deviceNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deviceNameLabel)

        self.deviceNameEdit = QLineEdit(FirstRunDialog)
        self.deviceNameEdit.setObjectName(u"deviceNameEdit")
        self.deviceNameEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deviceNameEdit)

        self.problemLabel = QLabel(FirstRunDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b00020;")
        self.problemLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.problemLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.demoExplanation = QLabel(FirstRunDialog)
        self.demoExplanation.setObjectName(u"demoExplanation")
        self.demoExplanation.setWordWrap(True)

        self.mainLayout.addWidget(self.demoExplanation)

        self.enrolExplanation = QLabel(FirstRunDialog)
        self.enrolExplanation.setObjectName(u"enrolExplanation")
        self.enrolExplanation.setWordWrap(True)

        self.mainLayout.addWidget(self.enrolExplanation)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.demoButton = QPushButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.buttonLayout.addWidget(self.demoButton)

        self.enrolButton = QPushButton(FirstRunDialog)
        self.enrolButton.setObjectName(u"enrolButton")

        self.buttonLayout.addWidget(self.enrolButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(FirstRunDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.setUpButton = QPushButton(FirstRunDialog)
        self.setUpButton.setObjectName(u"setUpButton")

        self.buttonLayout.addWidget(self.setUpButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.countryLabel.setBuddy(self.countryCombo)
        self.deviceNameLabel.setBuddy(self.deviceNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.countryCombo, self.deviceNameEdit)
        QWidget.setTabOrder(self.deviceNameEdit, self.setUpButton)
        QWidget.setTabOrder(self.setUpButton, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.cancelButton)

        self.retranslateUi(FirstRunDialog)

        self.setUpButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to GLO.ACT Field", None))
        self.headline.setText(QCoreApplication.translate("FirstRunDialog", u"<h2>Set up this laptop</h2>", None))
        self.explanation.setText(QCoreApplication.translate("FirstRunDialog", u"GLO.ACT Field keeps your consultations, trainings and grants on this laptop, and works without internet. Tell it which country you work in and give this laptop a name your colleagues and HQ will recognise.", None))
        self.countryLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Country", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.deviceNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Laptop name", None))
#if QT_CONFIG(accessibility)
        self.deviceNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Laptop name", None))
#endif // QT_CONFIG(accessibility)
        self.deviceNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Nepalgunj laptop 2", None))
        self.demoExplanation.setText(QCoreApplication.translate("FirstRunDialog", u"Just looking? Open a separate demo database with made-up records instead. Nothing you do there mixes with your real records.", None))
        self.enrolExplanation.setText(QCoreApplication.translate("FirstRunDialog", u"Did HQ give you an enrolment file for this laptop? Set it up from that file instead: the country and the laptop's name come from it, and the laptop can then exchange sync bundles with HQ.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"Open &demo data", None))
        self.enrolButton.setText(QCoreApplication.translate("FirstRunDialog", u"Set up from an HQ &enrolment file\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Quit", None))
        self.setUpButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Set up this laptop", None))
    # retranslateUi

