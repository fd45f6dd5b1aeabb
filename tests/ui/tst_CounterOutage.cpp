// The hall's PostgreSQL server stops in the middle of an intake: the counter
// says so in plain words, keeps everything the clerk typed, and once the server
// is back accepts the same intake exactly once, on a connection it opened by
// itself; the live refresh listens again. A server of the test's own, stopped
// with -m immediate and started again on the same port.
#include "common/UserMessages.h"
#include "counter/CounterWorkspace.h"
#include "counter/IntakePage.h"
#include "helpers/ScratchPostgres.h"
#include "helpers/TestCounter.h"
#include "helpers/TestDatabase.h"
#include "helpers/WidgetTyping.h"
#include "services/AppServices.h"
#include "shell/MainWindow.h"
#include "storage/ChangeNotifier.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace OneWindow;
using OneWindow::Test::typeText;

class tst_CounterOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverRestartMidIntake()
    {
        OW_REQUIRE_POSTGRES();
        Test::ScratchPostgres server;
        QCOMPARE(server.init(), QString());
        QCOMPARE(server.start(), QString());
        const Test::TestServerSwap swap(server.adminUrl());
        TestCounter counter;
        TestCounter::Setup setup;
        setup.backend = QStringLiteral("postgresql");
        QVERIFY2(counter.start(std::move(setup)), qPrintable(counter.error()));
        QVERIFY2(counter.signIn(QStringLiteral("clerk01")), qPrintable(counter.error()));
        MainWindow *window = counter.openWindow();
        QVERIFY(window);
        ChangeNotifier *changes = counter.services().changes();
        QVERIFY(changes);
        changes->setPingInterval(200);
        changes->setRetryInterval(200);
        QSignalSpy lost(changes, &ChangeNotifier::connectionLost);
        QSignalSpy back(changes, &ChangeNotifier::reconnected);

        const auto find = [&counter](const QString &name) {
            return counter.find<QLineEdit>(name);
        };
        const CardIdentity applicant = counter.people().citizen(0);
        counter.readCard(applicant);
        QTRY_COMPARE(counter.find<QLabel>(QStringLiteral("identityName"))->text(), applicant.name);
        auto *search = find(QStringLiteral("matterSearchEdit"));
        QTest::keyClicks(search, QStringLiteral("xsecs"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *pages = counter.find<QStackedWidget>(QStringLiteral("pageStack"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("intakePage"));
        auto *intake = counter.find<IntakePage>(QStringLiteral("intakePage"));
        const CardIdentity otherParent = counter.people().citizen(1);
        typeText(find(QStringLiteral("field_other_parent_name")), otherParent.name);
        QTest::keyClicks(find(QStringLiteral("field_other_parent_id")), otherParent.idNumber);
        QTest::keyClicks(find(QStringLiteral("field_contact_phone")),
                         QStringLiteral("17000001234"));
        typeText(find(QStringLiteral("field_hukou_address")),
                 QStringLiteral("四川省成都市武侯区人民南路四段1号"));
        typeText(find(QStringLiteral("field_child_name")), QStringLiteral("小禾"));
        typeText(counter.find<QComboBox>(QStringLiteral("field_child_sex")), QStringLiteral("女"));
        QTest::keyClicks(find(QStringLiteral("field_child_birth_date")), QStringLiteral("1108"));
        typeText(find(QStringLiteral("field_birth_hospital")), QStringLiteral("市妇幼保健院"));
        QTest::keyClicks(find(QStringLiteral("field_birth_certificate_no")),
                         QStringLiteral("Q510012345"));
        QTest::keyClick(find(QStringLiteral("field_birth_certificate_no")), Qt::Key_F7);
        QVERIFY(intake->readyToAccept());
        const QString childName = find(QStringLiteral("field_child_name"))->text();
        QVERIFY(childName.contains(QStringLiteral("小禾")));

        QSignalSpy accepted(window->workspace<CounterWorkspace>(), &CounterWorkspace::caseAccepted);
        const auto pressAccept = [&] {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window));
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target && intake->isAncestorOf(target));
            QTest::keyClick(target, Qt::Key_F9);
        };

        QCOMPARE(server.stop(QStringLiteral("immediate")), QString());
        pressAccept();
        // In plain words, on the intake: the database cannot be reached, nothing
        // typed is lost.
        auto *message = counter.find<QLabel>(QStringLiteral("intakeMessage"));
        QTRY_COMPARE(message->text(), UserMessages::error(Error{QStringLiteral("db-gone"), {}}));
        QVERIFY(message->isVisible());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(pages->currentWidget(), intake);
        QCOMPARE(find(QStringLiteral("field_child_name"))->text(), childName);
        QVERIFY(intake->readyToAccept());
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);

        // The server is back: the same key, one case, without restarting anything.
        QCOMPARE(server.start(), QString());
        pressAccept();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
        QCOMPARE(counter.countRows(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!back.isEmpty(), 20000);
        counter.closeWindow();
    }
};

QTEST_MAIN(tst_CounterOutage)
#include "tst_CounterOutage.moc"
