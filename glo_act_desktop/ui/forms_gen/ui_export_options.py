# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_options.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportOptionsDialog(object):
    def setupUi(self, ExportOptionsDialog):
        if not ExportOptionsDialog.objectName():
            ExportOptionsDialog.setObjectName(u"ExportOptionsDialog")
        ExportOptionsDialog.resize(460, 280)
        self.mainLayout = QVBoxLayout(ExportOptionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.whatGroup = QGroupBox(ExportOptionsDialog)
        self.whatGroup.setObjectName(u"whatGroup")
        self.whatLayout = QVBoxLayout(self.whatGroup)
        self.whatLayout.setObjectName(u"whatLayout")
        self.recordRadio = QRadioButton(self.whatGroup)
        self.recordRadio.setObjectName(u"recordRadio")

        self.whatLayout.addWidget(self.recordRadio)

        self.summaryRadio = QRadioButton(self.whatGroup)
        self.summaryRadio.setObjectName(u"summaryRadio")

        self.whatLayout.addWidget(self.summaryRadio)

        self.scopeNote = QLabel(self.whatGroup)
        self.scopeNote.setObjectName(u"scopeNote")
        self.scopeNote.setWordWrap(True)

        self.whatLayout.addWidget(self.scopeNote)


        self.mainLayout.addWidget(self.whatGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.paperLabel = QLabel(ExportOptionsDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(ExportOptionsDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.languageLabel = QLabel(ExportOptionsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ExportOptionsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExportOptionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordRadio, self.summaryRadio)
        QWidget.setTabOrder(self.summaryRadio, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.languageCombo)

        self.retranslateUi(ExportOptionsDialog)

        QMetaObject.connectSlotsByName(ExportOptionsDialog)
    # setupUi

    def retranslateUi(self, ExportOptionsDialog):
        ExportOptionsDialog.setWindowTitle(QCoreApplication.translate("ExportOptionsDialog", u"Export", None))
        self.whatGroup.setTitle(QCoreApplication.translate("ExportOptionsDialog", u"What to export", None))
        self.recordRadio.setText(QCoreApplication.translate("ExportOptionsDialog", u"The record", None))
        self.summaryRadio.setText(QCoreApplication.translate("ExportOptionsDialog", u"A summary of the period", None))
        self.paperLabel.setText(QCoreApplication.translate("ExportOptionsDialog", u"&Paper", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("ExportOptionsDialog", u"Paper", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ExportOptionsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ExportOptionsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

