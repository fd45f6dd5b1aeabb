// Everyday use of the shell: F1 lists every key of the workspace showing, every
// action can be named by a screen reader, the language switches while the
// clerk stays signed in.
#include "common/Localization.h"
#include "helpers/TestCounter.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutHelpDialog.h"
#include "shell/Workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QShortcut>
#include <QTest>
#include <QToolBar>

using namespace OneWindow;

class tst_ShellHelp : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Localization::apply(QStringLiteral("zh")));
        TestCounter::Setup setup;
        setup.demoCitizens = 10;
        QVERIFY2(m_counter.start(std::move(setup)), qPrintable(m_counter.error()));
    }
    void f1ListsEveryKey_data();
    void f1ListsEveryKey();
    void everyActionHasAnAccessibleName_data();
    void everyActionHasAnAccessibleName();
    void languageSwitchKeepsTheSession();
    void warnsFromFirstDecember_data();
    void warnsFromFirstDecember();
};

void tst_ShellHelp::f1ListsEveryKey_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("clerk") << "clerk01";
    QTest::newRow("administrator") << "admin01";
}

void tst_ShellHelp::f1ListsEveryKey()
{
    QFETCH(QString, user);
    QVERIFY(m_counter.signIn(user));
    MainWindow *window = m_counter.openWindow();
    m_counter.pressKey(Qt::Key_F1);
    ShortcutHelpDialog *help = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (help = window->findChild<ShortcutHelpDialog *>()) != nullptr; }, 2000));
    const QStringList rows = help->rows();
    QVERIFY(!rows.isEmpty());
    // Every key the window answers to, found independently of the help's own list:
    // the enabled actions with a shortcut and the workspace's described QShortcuts.
    QStringList keys;
    for (const QAction *a : window->findChildren<QAction *>())
        if (!a->shortcut().isEmpty() && a->isEnabled() && !a->text().isEmpty())
            keys << a->shortcut().toString(QKeySequence::NativeText);
    if (window->currentWorkspace())
        for (const QShortcut *s : window->currentWorkspace()->findChildren<QShortcut *>())
            if (!s->whatsThis().isEmpty())
                keys << s->key().toString(QKeySequence::NativeText);
    QVERIFY(keys.contains(QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText)));
    for (const QString &key : std::as_const(keys)) {
        const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
            return row.startsWith(key + QLatin1Char('\t')) && row.size() > key.size() + 1;
        });
        QVERIFY2(listed, qPrintable(key + QStringLiteral(" missing from ") +
                                    rows.join(QStringLiteral(" | "))));
    }
    help->close();
    m_counter.closeWindow();
}

void tst_ShellHelp::everyActionHasAnAccessibleName_data()
{
    f1ListsEveryKey_data();
}

void tst_ShellHelp::everyActionHasAnAccessibleName()
{
    QFETCH(QString, user);
    QVERIFY(m_counter.signIn(user));
    MainWindow *window = m_counter.openWindow();
    int checked = 0;
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            QWidget *button = bar->widgetForAction(a);
            QVERIFY(button);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(a->objectName()));
            ++checked;
        }
    }
    // The window's other actions (F-keys of every workspace, F1) are named too.
    for (const QAction *a : window->actions())
        QVERIFY2(!a->text().trimmed().isEmpty(), qPrintable(a->objectName()));
    QVERIFY(checked >= 4);
    m_counter.closeWindow();
}

void tst_ShellHelp::languageSwitchKeepsTheSession()
{
    QVERIFY(m_counter.signIn(QStringLiteral("clerk01")));
    MainWindow *window = m_counter.openWindow();
    const Session before = m_counter.services().session();
    auto *read = window->findChild<QAction *>(QStringLiteral("readCardAction"));
    QCOMPARE(read->text(), QStringLiteral("读卡 (F2)"));

    window->switchLanguage(QStringLiteral("en"));
    const QString english = QCoreApplication::translate("OneWindow::CounterWorkspace", "读卡 (F2)");
    QVERIFY2(english != QStringLiteral("读卡 (F2)"), "the English translation is loaded");
    read = window->findChild<QAction *>(QStringLiteral("readCardAction"));
    QCOMPARE(read->text(), english);
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("lockAction"))->text(),
             QCoreApplication::translate("OneWindow::MainWindow", "锁屏 (Ctrl+L)"));
    QVERIFY(!window->windowTitle().contains(QStringLiteral("窗口")));
    // Still the same clerk, still at work: no sign-in, the counter shows.
    QCOMPARE(m_counter.services().session().username, before.username);
    QVERIFY(window->currentWorkspace());
    QCOMPARE(window->currentWorkspace()->id(), QStringLiteral("counter"));
    QVERIFY(!window->findChild<QDialog *>(QStringLiteral("lockDialog")));
    // F2 still reads a card in the rebuilt workspace.
    QVERIFY(read->isEnabled());

    window->switchLanguage(QStringLiteral("zh"));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("readCardAction"))->text(),
             QStringLiteral("读卡 (F2)"));
    m_counter.closeWindow();
}

void tst_ShellHelp::warnsFromFirstDecember_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("missing"); // 0: no warning
    // The compiled-in table ends with 2026; nothing imported.
    QTest::newRow("30 November") << QDate(2026, 11, 30) << 0;
    QTest::newRow("1 December") << QDate(2026, 12, 1) << 2027;
    QTest::newRow("in the missing year") << QDate(2027, 3, 1) << 2027;
}

// The status bar tells the counter that next year's holidays are missing.
void tst_ShellHelp::warnsFromFirstDecember()
{
    QFETCH(QDate, today);
    QFETCH(int, missing);
    TestCounter counter;
    TestCounter::Setup setup;
    setup.demoCitizens = 0;
    setup.now = QDateTime(today, QTime(9, 0));
    QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
    QVERIFY(counter.signIn(QStringLiteral("clerk01")));
    MainWindow *window = counter.openWindow();
    auto *status = window->findChild<QLabel *>(QStringLiteral("calendarStatus"));
    QVERIFY(status);
    QCOMPARE(status->isVisible(), missing != 0);
    if (missing)
        QVERIFY2(status->text().contains(QString::number(missing)), qPrintable(status->text()));
    counter.closeWindow();
}

QTEST_MAIN(tst_ShellHelp)
#include "tst_ShellHelp.moc"
