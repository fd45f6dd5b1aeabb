// The main workspaces and dialogs at 200 % (QT_SCALE_FACTOR=2 on a 2732x1536
// screen, set by CMake for this test), in Chinese and in English: no label or
// button shows less than its whole text, no toolbar pushes actions out of
// sight. Screenshots go to OW_SCREENSHOT_DIR when it is set.
#include "common/Localization.h"
#include "counter/CounterWorkspace.h"
#include "helpers/TestCounter.h"
#include "security/AuditLog.h"
#include "services/ProvisioningFile.h"
#include "settings/SettingsDialog.h"
#include "setup/FirstStartWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutHelpDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>

using namespace OneWindow;

namespace {

bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 0;
}

// What does not fit: "objectName: text (needs N, has M)", one per widget.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (!shown(label) || text.isEmpty() || label->wordWrap())
            continue;
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            continue;
        // A buddy's mnemonic "&H" shows as an underlined H, not two characters.
        QString shownText = text;
        if (label->buddy())
            shownText.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        int needed = 0;
        for (const QString &line : shownText.split(QLatin1Char('\n')))
            needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
        const int available = label->contentsRect().width() - 2 * label->margin();
        if (needed > available + 1)
            cut << QStringLiteral("%1: \"%2\" (needs %3, has %4)")
                       .arg(label->objectName(), text)
                       .arg(needed)
                       .arg(available);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        if (button->width() + 1 < button->sizeHint().width())
            cut << QStringLiteral("%1: \"%2\" (needs %3, has %4)")
                       .arg(button->objectName(), button->text())
                       .arg(button->sizeHint().width())
                       .arg(button->width());
    }
    for (QToolBar *bar : root->findChildren<QToolBar *>()) {
        if (!shown(bar))
            continue;
        for (QAction *a : bar->actions()) {
            QWidget *w = bar->widgetForAction(a);
            if (!a->isSeparator() && a->isVisible() && w && !w->isVisible())
                cut << QStringLiteral("%1: \"%2\" pushed off the toolbar %3")
                           .arg(a->objectName(), a->text(), bar->objectName());
        }
    }
    return cut;
}

void settle(QWidget *w)
{
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCoreApplication::processEvents();
}

} // namespace

class tst_HighDpi : public QObject
{
    Q_OBJECT

private:
    QString m_language;

    void check(QWidget *w, const QString &name)
    {
        settle(w);
        TestCounter::screenshot(w, QStringLiteral("hidpi-%1-%2.png").arg(m_language, name));
        const QStringList cut = cutTexts(w);
        QVERIFY2(cut.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The test is about 200 %: make sure that is what runs.
        QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
        QVERIFY(QGuiApplication::primaryScreen()->geometry().width() >= 1366);
    }
    void checkerSeesCutText();
    void workspaces_data();
    void workspaces();
    void dialogs_data() { workspaces_data(); }
    void dialogs();
    void cleanupTestCase() { Localization::apply(QStringLiteral("zh")); }
};

// The check itself: a label and a button squeezed below their text are caught,
// the same widgets given room are not.
void tst_HighDpi::checkerSeesCutText()
{
    QWidget box;
    auto *label = new QLabel(QStringLiteral("承诺办结日期 Promised completion date"), &box);
    label->setObjectName(QStringLiteral("squeezedLabel"));
    auto *button = new QPushButton(QStringLiteral("Import official holidays…"), &box);
    button->setObjectName(QStringLiteral("squeezedButton"));
    label->setGeometry(0, 0, 60, 30);
    button->setGeometry(0, 40, 60, 30);
    box.resize(400, 100);
    box.show();
    settle(&box);
    const QStringList cut = cutTexts(&box);
    QCOMPARE(cut.size(), 2);
    QVERIFY(cut.at(0).startsWith(QStringLiteral("squeezedLabel")));
    QVERIFY(cut.at(1).startsWith(QStringLiteral("squeezedButton")));
    label->setGeometry(0, 0, 400, 30);
    button->setGeometry(0, 40, 400, 30);
    QVERIFY(cutTexts(&box).isEmpty());
}

void tst_HighDpi::workspaces_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << "zh";
    QTest::newRow("en") << "en";
}

void tst_HighDpi::workspaces()
{
    QFETCH(QString, language);
    m_language = language;
    QVERIFY(Localization::apply(language));
    TestCounter counter;
    TestCounter::Setup setup;
    setup.demoCitizens = 40;
    QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
    QVERIFY(counter.signIn(QStringLiteral("super01")));
    MainWindow *window = counter.openWindow();
    QCOMPARE(window->devicePixelRatio(), 2.0);
    // A supervisor starts in the review; then the counter.
    check(window, QStringLiteral("review"));
    QVERIFY(window->showWorkspace(QStringLiteral("counter")));
    check(window, QStringLiteral("counter-welcome"));

    counter.readCard(counter.busiestCitizen());
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QVERIFY(QTest::qWaitFor([&] { return pages->currentIndex() != 0; }, 5000));
    check(window, QStringLiteral("counter-casefile"));

    auto *matters = window->findChild<QListWidget *>(QStringLiteral("matterList"));
    QVERIFY(matters && matters->count() > 0);
    matters->setCurrentRow(0);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("startIntakeButton")),
                      Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return pages->currentWidget()->objectName() == QLatin1String("intakePage"); }, 5000));
    check(window, QStringLiteral("counter-intake"));
    counter.closeWindow();
}

void tst_HighDpi::dialogs()
{
    QFETCH(QString, language);
    m_language = language;
    QVERIFY(Localization::apply(language));
    TestCounter counter;
    TestCounter::Setup setup;
    setup.demoCitizens = 0;
    QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));

    QTemporaryDir dir;
    FirstStartWizard::Defaults defaults;
    defaults.keyFile = dir.filePath(QStringLiteral("hall.key"));
    for (int page : {FirstStartWizard::HallPage, FirstStartWizard::AdminPage,
                     FirstStartWizard::KeyPage, FirstStartWizard::TemplatesPage}) {
        FirstStartWizard wizard(counter.services(), defaults);
        wizard.setStartId(page);
        wizard.show();
        check(&wizard, QStringLiteral("wizard-%1").arg(page));
    }

    QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    Session admin;
    admin.userId = 1;
    admin.role = Role::Administrator;
    SettingsDialog settings(
        store, admin,
        ProvisioningFile::load(QStringLiteral(OW_TEST_DATA_DIR "/provisioning/partial.conf")),
        counter.services().audit());
    settings.show();
    check(&settings, QStringLiteral("settings"));

    LoginDialog login(counter.services());
    login.show();
    check(&login, QStringLiteral("login"));

    QVERIFY(counter.signIn(QStringLiteral("clerk01")));
    MainWindow *window = counter.openWindow();
    {
        ShortcutHelpDialog help(window->currentWorkspace(), window->shellActions(), window);
        help.show();
        check(&help, QStringLiteral("shortcuts"));
    }
    counter.closeWindow();
}

QTEST_MAIN(tst_HighDpi)
#include "tst_HighDpi.moc"
