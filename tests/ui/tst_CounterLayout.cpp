// The counter on a 1366×768 screen, in Chinese and in English, at the scale
// the test runs with (ctest runs it at 100 %, 150 % and 200 %): every page fits
// with everything reachable, no text is cut (labels, buttons, drop-downs, hints,
// cells: matter names, departments, ID and case numbers), the receipt preview
// opens inside the window, and the intake's focus stops are all seen, in the
// order the page reads. Screenshots go to $OW_SCREENSHOT_DIR when it is set.
#include "common/Localization.h"
#include "common/ReceiptPreviewDialog.h"
#include "counter/CounterWorkspace.h"
#include "counter/IntakePage.h"
#include "counter/OverrideDialog.h"
#include "helpers/LayoutCheck.h"
#include "helpers/TestCounter.h"
#include "helpers/WidgetTyping.h"
#include "identity/SimulatedCardReader.h"
#include "services/AppServices.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace OneWindow;
using OneWindow::Test::typeText;

namespace {

// The counter's screen less a window title bar.
const QSize kWindow(1366, 768 - 40);

} // namespace

class tst_CounterLayout : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;
    QString m_language;

    template <typename T> T *find(const QString &name) const { return m_counter.find<T>(name); }
    QString currentPage() const
    {
        return find<QStackedWidget>(QStringLiteral("pageStack"))->currentWidget()->objectName();
    }

    QString scaleName() const
    {
        return QStringLiteral("%1").arg(qRound(qApp->primaryScreen()->devicePixelRatio() * 100));
    }

    // The window (and `dialog`, when given) as the clerk sees it: nothing cut,
    // nothing out of reach; a screenshot when asked for.
    void look(const QString &state, QWidget *dialog = nullptr)
    {
        TestCounter::settle();
        QWidget *window = m_counter.window();
        TestCounter::screenshot(
            window, QStringLiteral("layout-%1-%2-%3.png").arg(m_language, scaleName(), state));
        QStringList problems = LayoutCheck::cutTexts(window) + LayoutCheck::outOfReach(window);
        if (dialog) {
            TestCounter::screenshot(
                dialog,
                QStringLiteral("layout-%1-%2-%3-dialog.png").arg(m_language, scaleName(), state));
            problems += LayoutCheck::cutTexts(dialog) + LayoutCheck::outOfReach(dialog);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(state + QStringLiteral(":\n  ") +
                                                problems.join(QStringLiteral("\n  "))));
    }

    void startMatter(const QString &id)
    {
        auto *matters = find<QListWidget>(QStringLiteral("matterList"));
        for (int i = 0; i < matters->count(); ++i)
            if (matters->item(i)->data(Qt::UserRole).toString() == id)
                matters->setCurrentRow(i);
        QTest::keyClick(matters, Qt::Key_Return);
        QTRY_COMPARE(currentPage(), QStringLiteral("intakePage"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
        const QScreen *screen = qApp->primaryScreen();
        qInfo() << "screen" << screen->geometry() << "device pixel ratio"
                << screen->devicePixelRatio();
    }

    void pages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void pages()
    {
        QFETCH(QString, language);
        m_language = language;
        QVERIFY(Localization::apply(language));
        MainWindow *window = m_counter.openWindow();
        window->resize(kWindow);
        TestCounter::settle();
        // Everything fits the counter's screen: the window can be that small.
        QVERIFY2(window->minimumSizeHint().width() <= kWindow.width() &&
                     window->minimumSizeHint().height() <= kWindow.height(),
                 qPrintable(QStringLiteral("minimum %1x%2")
                                .arg(window->minimumSizeHint().width())
                                .arg(window->minimumSizeHint().height())));
        QCOMPARE(window->size(), kWindow);

        // The welcome page, with a search's results (whole ID numbers and phones).
        const CardIdentity busiest = m_counter.busiestCitizen();
        typeText(find<QLineEdit>(QStringLiteral("personSearchEdit")), busiest.name.left(1));
        QTRY_VERIFY(find<QTableView>(QStringLiteral("personSearchView"))->model()->rowCount() > 0);
        look(QStringLiteral("welcome"));

        // A returning citizen's file.
        m_counter.readCard(busiest);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), busiest.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        look(QStringLiteral("casefile"));

        // Intake for an expired card: the problem at the top, a party read, a message.
        const CardIdentity expired = m_counter.people().expiredCard();
        m_counter.readCard(expired);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), expired.name);
        startMatter(QStringLiteral("newborn"));
        QVERIFY(find<QLabel>(QStringLiteral("intakeIdentityProblem"))->isVisible());
        find<QLineEdit>(QStringLiteral("field_other_parent_name"))->setFocus();
        m_counter.reader()->placeCard(m_counter.people().citizen(300));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_other_parent_name")), Qt::Key_F3);
        QTRY_VERIFY(!find<QLineEdit>(QStringLiteral("field_other_parent_id"))->text().isEmpty());
        look(QStringLiteral("intake-newborn"));

        // The confirmation an accepted problem needs.
        // The family name is there: the given name goes after it.
        typeText(find<QLineEdit>(QStringLiteral("field_child_name")), QStringLiteral("小禾"));
        // The option's first character picks it, in either language.
        auto *sex = find<QComboBox>(QStringLiteral("field_child_sex"));
        typeText(sex, sex->itemText(sex->findData(QStringLiteral("female"))).left(1));
        QCOMPARE(sex->currentData().toString(), QStringLiteral("female"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("field_child_birth_date")),
                         QStringLiteral("1108"));
        typeText(find<QLineEdit>(QStringLiteral("field_birth_hospital")),
                 QStringLiteral("市妇幼保健院"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("field_birth_certificate_no")),
                         QStringLiteral("Q510012345"));
        if (find<QLineEdit>(QStringLiteral("field_contact_phone"))->text().isEmpty())
            QTest::keyClicks(find<QLineEdit>(QStringLiteral("field_contact_phone")),
                             QStringLiteral("17000001234"));
        auto *intake = find<IntakePage>(QStringLiteral("intakePage"));
        intake->markAllMaterialsReceived();
        QTest::keyClick(find<QLineEdit>(QStringLiteral("field_child_name")), Qt::Key_F9);
        OverrideDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = window->findChild<OverrideDialog *>()) && confirm->isVisible());
        look(QStringLiteral("confirm"), confirm);
        typeText(confirm->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit")),
                 QStringLiteral("已核对临时身份证明"));
        confirm->accept();

        // The receipt preview, inside the window.
        ReceiptPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = window->findChild<ReceiptPreviewDialog *>()) &&
                    preview->isVisible());
        TestCounter::settle();
        QVERIFY2(window->frameGeometry().contains(preview->frameGeometry()),
                 qPrintable(QStringLiteral("preview %1,%2 %3x%4")
                                .arg(preview->x())
                                .arg(preview->y())
                                .arg(preview->width())
                                .arg(preview->height())));
        look(QStringLiteral("receipt"), preview);
        preview->close();

        // The largest template, every part of it reachable.
        m_counter.readCard(busiest);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), busiest.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("property-transfer"));
        look(QStringLiteral("intake-property"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("matterSearchEdit")), Qt::Key_Escape);

        m_counter.closeWindow();
        QVERIFY(Localization::apply(QStringLiteral("zh")));
    }

    // Tab walks the newborn intake in reading order, and every stop is seen.
    void focusStopsInReadingOrder()
    {
        MainWindow *window = m_counter.openWindow();
        window->resize(kWindow);
        const CardIdentity busiest = m_counter.busiestCitizen();
        m_counter.readCard(busiest);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("identityName"))->text(), busiest.name);
        QTRY_COMPARE(currentPage(), QStringLiteral("caseFilePage"));
        startMatter(QStringLiteral("newborn"));
        TestCounter::settle();
        auto *intake = find<IntakePage>(QStringLiteral("intakePage"));
        auto *host = find<QScrollArea>(QStringLiteral("intakeScroll"))->widget();
        // From the top of the form (the test puts the cursor there).
        QWidget *first = find<QLineEdit>(QStringLiteral("field_applicant_name"));
        first->setFocus();
        QList<QWidget *> stops{first};

        QWidget *current = first;
        for (int guard = 0; guard < 80; ++guard) {
            QTest::keyClick(current, Qt::Key_Tab);
            TestCounter::settle();
            current = QApplication::focusWidget();
            QVERIFY(current);
            if (!intake->isAncestorOf(current) || stops.contains(current))
                break;
            stops << current;
            // Seen: shown, and on screen (scrolled into view if need be).
            QVERIFY2(current->isVisible() && !current->visibleRegion().isEmpty(),
                     qPrintable(current->objectName()));
        }
        QVERIFY(stops.size() > 10);
        // Reading order: the fields top to bottom (left to right within a row),
        // then the checklist, then the buttons left to right.
        QPoint last(-1, -1);
        int fieldStops = 0;
        for (QWidget *w : std::as_const(stops)) {
            if (!host->isAncestorOf(w))
                break;
            ++fieldStops;
            const QPoint at = w->mapTo(host, QPoint(0, 0));
            const bool sameRow = qAbs(at.y() - last.y()) < w->height() / 2;
            QVERIFY2(sameRow ? at.x() > last.x() : at.y() > last.y(), qPrintable(w->objectName()));
            last = at;
        }
        const QStringList after = {
            QStringLiteral("materialsList"),      QStringLiteral("allMaterialsButton"),
            QStringLiteral("cancelIntakeButton"), QStringLiteral("nonAcceptanceButton"),
            QStringLiteral("notificationButton"), QStringLiteral("acceptButton")};
        QStringList rest;
        for (int i = fieldStops; i < stops.size(); ++i)
            rest << stops.at(i)->objectName();
        QCOMPARE(rest, after);

        // Enter on a button moves on, it never presses the button.
        auto *notify = find<QPushButton>(QStringLiteral("notificationButton"));
        notify->setFocus();
        QSignalSpy printed(intake, &IntakePage::notificationPrinted);
        QTest::keyClick(notify, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(QStringLiteral("acceptButton")));
        QCOMPARE(printed.count(), 0);
        m_counter.closeWindow();
    }
};

QTEST_MAIN(tst_CounterLayout)
#include "tst_CounterLayout.moc"
