# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_merge.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ConflictMergeDialog(object):
    def setupUi(self, ConflictMergeDialog):
        if not ConflictMergeDialog.objectName():
            ConflictMergeDialog.setObjectName(u"ConflictMergeDialog")
        ConflictMergeDialog.resize(560, 380)
        self.mainLayout = QVBoxLayout(ConflictMergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.explanationLabel = QLabel(ConflictMergeDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.mergedLabel = QLabel(ConflictMergeDialog)
        self.mergedLabel.setObjectName(u"mergedLabel")

        self.mainLayout.addWidget(self.mergedLabel)

        self.mergedEdit = QPlainTextEdit(ConflictMergeDialog)
        self.mergedEdit.setObjectName(u"mergedEdit")
        self.mergedEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.mergedEdit)

        self.problemLabel = QLabel(ConflictMergeDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #b00020;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ConflictMergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mergedLabel.setBuddy(self.mergedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictMergeDialog)

        QMetaObject.connectSlotsByName(ConflictMergeDialog)
    # setupUi

    def retranslateUi(self, ConflictMergeDialog):
        ConflictMergeDialog.setWindowTitle(QCoreApplication.translate("ConflictMergeDialog", u"Merge the values", None))
        self.mergedLabel.setText(QCoreApplication.translate("ConflictMergeDialog", u"&Value to keep", None))
#if QT_CONFIG(accessibility)
        self.mergedEdit.setAccessibleName(QCoreApplication.translate("ConflictMergeDialog", u"Merged value", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

