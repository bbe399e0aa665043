# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSplitter,
    QStackedWidget, QStatusBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 720)
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.quitAction.setMenuRole(QAction.QuitRole)
        self.refreshAction = QAction(MainWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.aboutAction.setMenuRole(QAction.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigationList = QListWidget(self.splitter)
        QListWidgetItem(self.navigationList)
        QListWidgetItem(self.navigationList)
        QListWidgetItem(self.navigationList)
        self.navigationList.setObjectName(u"navigationList")
        self.navigationList.setMinimumSize(QSize(140, 0))
        self.navigationList.setFrameShape(QFrame.NoFrame)
        self.navigationList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.navigationList.setSpacing(2)
        self.splitter.addWidget(self.navigationList)
        self.registerStack = QStackedWidget(self.splitter)
        self.registerStack.setObjectName(u"registerStack")
        self.consultationsPage = QWidget()
        self.consultationsPage.setObjectName(u"consultationsPage")
        self.consultationsLayout = QVBoxLayout(self.consultationsPage)
        self.consultationsLayout.setObjectName(u"consultationsLayout")
        self.consultationsLayout.setContentsMargins(0, 0, 0, 0)
        self.consultationsView = QTableView(self.consultationsPage)
        self.consultationsView.setObjectName(u"consultationsView")
        self.consultationsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.consultationsView.setAlternatingRowColors(True)
        self.consultationsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consultationsView.setShowGrid(False)
        self.consultationsView.setWordWrap(False)
        self.consultationsView.horizontalHeader().setHighlightSections(False)
        self.consultationsView.verticalHeader().setVisible(False)

        self.consultationsLayout.addWidget(self.consultationsView)

        self.registerStack.addWidget(self.consultationsPage)
        self.trainingsPage = QWidget()
        self.trainingsPage.setObjectName(u"trainingsPage")
        self.trainingsLayout = QVBoxLayout(self.trainingsPage)
        self.trainingsLayout.setObjectName(u"trainingsLayout")
        self.trainingsLayout.setContentsMargins(0, 0, 0, 0)
        self.trainingsView = QTableView(self.trainingsPage)
        self.trainingsView.setObjectName(u"trainingsView")
        self.trainingsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.trainingsView.setAlternatingRowColors(True)
        self.trainingsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.trainingsView.setShowGrid(False)
        self.trainingsView.setWordWrap(False)
        self.trainingsView.horizontalHeader().setHighlightSections(False)
        self.trainingsView.verticalHeader().setVisible(False)

        self.trainingsLayout.addWidget(self.trainingsView)

        self.registerStack.addWidget(self.trainingsPage)
        self.grantsPage = QWidget()
        self.grantsPage.setObjectName(u"grantsPage")
        self.grantsLayout = QVBoxLayout(self.grantsPage)
        self.grantsLayout.setObjectName(u"grantsLayout")
        self.grantsLayout.setContentsMargins(0, 0, 0, 0)
        self.grantsView = QTableView(self.grantsPage)
        self.grantsView.setObjectName(u"grantsView")
        self.grantsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grantsView.setAlternatingRowColors(True)
        self.grantsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.grantsView.setShowGrid(False)
        self.grantsView.setWordWrap(False)
        self.grantsView.horizontalHeader().setHighlightSections(False)
        self.grantsView.verticalHeader().setVisible(False)

        self.grantsLayout.addWidget(self.grantsView)

        self.registerStack.addWidget(self.grantsPage)
        self.splitter.addWidget(self.registerStack)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.navigationList, self.consultationsView)
        QWidget.setTabOrder(self.consultationsView, self.trainingsView)
        QWidget.setTabOrder(self.trainingsView, self.grantsView)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.refreshAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"GLO.ACT Field", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.refreshAction.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshAction.setToolTip(QCoreApplication.translate("MainWindow", u"Read the register again from the database", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About GLO.ACT Field", None))

        __sortingEnabled = self.navigationList.isSortingEnabled()
        self.navigationList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navigationList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Consultations", None))
        ___qlistwidgetitem1 = self.navigationList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Trainings", None))
        ___qlistwidgetitem2 = self.navigationList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Grants", None))
        self.navigationList.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navigationList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Registers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consultationsView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Consultations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trainingsView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Trainings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.grantsView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Grants", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

