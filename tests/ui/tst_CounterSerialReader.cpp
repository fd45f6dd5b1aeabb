// The counter window with a real SerialCardReader on a pseudo-terminal: placing a card
// opens the citizen's file with no key pressed, and the status bar follows the reader
// through removal, unplugging and replugging.
#include "PtyCardDevice.h"
#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "helpers/TestCounter.h"
#include "identity/SerialCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "services/AppServices.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OneWindow;

class tst_CounterSerialReader : public QObject
{
    Q_OBJECT

private:
    PtyCardDevice m_device;
    TestCounter m_counter;

    QString status() const
    {
        return m_counter.window()->findChild<QLabel *>(QStringLiteral("readerStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_device.plugIn());
        auto reader = std::make_unique<SerialCardReader>();
        reader->setPortName(m_device.portPath());
        SerialCardReader::Timing timing;
        timing.pollIntervalMs = 50;
        timing.reconnectIntervalMs = 100;
        reader->setTiming(timing);
        TestCounter::Setup setup;
        setup.now = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
        setup.demoCitizens = 10;
        setup.reader = std::move(reader);
        QVERIFY2(m_counter.start(std::move(setup)), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
        QVERIFY(m_counter.openWindow());
    }

    void placingACardOpensTheFile()
    {
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("就绪")), 5000);
        const CardIdentity citizen = m_counter.people().citizen(2);
        m_device.placeCard(citizen);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_counter.window()->findChild<QLabel *>(QStringLiteral("identityName"))->text(),
            citizen.name, 5000);
        QTRY_COMPARE(m_counter.window()
                         ->findChild<QStackedWidget *>(QStringLiteral("pageStack"))
                         ->currentWidget()
                         ->objectName(),
                     QStringLiteral("caseFilePage"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("请取走证件")), 5000);
    }

    void removingTheCardMakesItReady()
    {
        m_device.removeCard();
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("就绪")), 5000);
    }

    void unplugAndReplugRecover()
    {
        m_device.unplug();
        QTRY_VERIFY_WITH_TIMEOUT(!status().contains(QStringLiteral("就绪")), 5000);
        QVERIFY(m_device.plugIn());
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("就绪")), 8000);
        const CardIdentity another = m_counter.people().citizen(5);
        m_device.placeCard(another);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_counter.window()->findChild<QLabel *>(QStringLiteral("identityName"))->text(),
            another.name, 5000);
    }

    // Locked, a polling reader reads no card: it stops asking, a card put down
    // opens no file and nothing is recorded or audited on the locked clerk's name.
    // Unlocked, the card is read.
    void lockedCounterReadsNoCard()
    {
        m_device.removeCard();
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("就绪")), 5000);
        const QString before =
            m_counter.window()->findChild<QLabel *>(QStringLiteral("identityName"))->text();
        const int reads =
            m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence"));
        m_counter.pressKey(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_counter.window()->centralWidget()->isVisible());
        const int lastEvent =
            m_counter.countRows(QStringLiteral("SELECT MAX(id) FROM audit_events"));
        const quint16 find = 0x2001, read = 0x3001;
        const int asked = m_device.count(find);
        const int readAsked = m_device.count(read);

        const CardIdentity stranger = m_counter.people().citizen(7);
        m_device.placeCard(stranger);
        // Ten poll intervals: a running reader would have found and read the card.
        QTest::qWait(10 * 50);
        QCOMPARE(m_device.count(find), asked);
        QCOMPARE(m_device.count(read), readAsked);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")), reads);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE"
                                                    " id > ?"),
                                     {lastEvent}),
                 0);
        QCOMPARE(m_counter.window()->findChild<QLabel *>(QStringLiteral("identityName"))->text(),
                 before);

        // The clerk signs in again: the reader carries on and the card is read.
        LoginDialog *lock = nullptr;
        QTRY_VERIFY((lock = m_counter.window()->findChild<LoginDialog *>(
                         QStringLiteral("lockDialog"))) != nullptr);
        auto *secret = lock->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(secret, QStringLiteral("Clerk-2026"));
        QTest::keyClick(secret, Qt::Key_Return);
        QTRY_VERIFY(m_counter.window()->centralWidget()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_counter.window()->findChild<QLabel *>(QStringLiteral("identityName"))->text(),
            stranger.name, 5000);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")),
                 reads + 1);
        QCOMPARE(m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE"
                                                    " action = 'card-read' AND id > ? AND"
                                                    " user_name = 'clerk01'"),
                                     {lastEvent}),
                 1);
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CounterSerialReader)
#include "tst_CounterSerialReader.moc"
