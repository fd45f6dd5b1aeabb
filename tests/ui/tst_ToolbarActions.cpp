// Every toolbar action shows an icon and says what it does (issue 19): the real
// window for each role, every workspace of it shown in turn, every action on
// every toolbar checked, the shell's own (lock, settings, holidays, help) too.
#include "helpers/TestCounter.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QToolBar>

using namespace OneWindow;

class tst_ToolbarActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActionHasIconAndText_data();
    void everyActionHasIconAndText();
};

void tst_ToolbarActions::everyActionHasIconAndText_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("clerk") << QStringLiteral("clerk01");
    QTest::newRow("officer") << QStringLiteral("officer01");
    QTest::newRow("supervisor") << QStringLiteral("super01");
    QTest::newRow("admin") << QStringLiteral("admin01");
}

void tst_ToolbarActions::everyActionHasIconAndText()
{
    QFETCH(QString, login);
    TestCounter c;
    QVERIFY2(c.start(), qPrintable(c.error()));
    QVERIFY2(c.signIn(login), qPrintable(c.error()));
    MainWindow *window = c.openWindow();
    QVERIFY(window);

    // The mode bar names the workspaces in words only (a row of tabs): its
    // actions need a text, not an icon. Every other toolbar shows icons.
    auto *modeBar = window->findChild<QToolBar *>(QStringLiteral("modeBar"));
    QVERIFY(modeBar);
    QCOMPARE(modeBar->toolButtonStyle(), Qt::ToolButtonTextOnly);
    QList<QAction *> modes;
    for (QAction *a : modeBar->actions())
        if (!a->isSeparator())
            modes << a;
    // One workspace has no mode bar: check the window as it is.
    if (modes.isEmpty())
        modes << nullptr;

    QStringList problems;
    int checked = 0;
    for (QAction *mode : std::as_const(modes)) {
        if (mode)
            mode->trigger();
        TestCounter::settle();
        const QString where = mode ? mode->objectName() : QStringLiteral("(only workspace)");
        for (QToolBar *bar : window->findChildren<QToolBar *>()) {
            const bool textOnly = bar->toolButtonStyle() == Qt::ToolButtonTextOnly;
            for (QAction *a : bar->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                ++checked;
                const QString name =
                    QStringLiteral("%1 / %2 / %3")
                        .arg(where, bar->objectName(),
                             a->objectName().isEmpty() ? a->text() : a->objectName());
                if (a->text().trimmed().isEmpty())
                    problems << name + QStringLiteral(": no text");
                if (a->toolTip().trimmed().isEmpty())
                    problems << name + QStringLiteral(": no tooltip");
                if (textOnly)
                    continue;
                // A QIcon of a missing file is not null but draws nothing.
                if (a->icon().isNull() || a->icon().pixmap(bar->iconSize()).isNull())
                    problems << name + QStringLiteral(": no icon");
            }
        }
        if (mode)
            TestCounter::screenshot(
                window, QStringLiteral("toolbar-%1-%2.png")
                            .arg(QString::fromUtf8(QTest::currentDataTag()), mode->objectName()));
    }
    // Not vacuous: the shell's lock, settings and help are on every toolbar.
    QVERIFY2(checked >= 3 * modes.size(), qPrintable(QString::number(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    c.closeWindow();
}

QTEST_MAIN(tst_ToolbarActions)
#include "tst_ToolbarActions.moc"
