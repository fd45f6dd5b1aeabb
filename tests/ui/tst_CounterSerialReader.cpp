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
#include "shell/MainWindow.h"

#include <QLabel>
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

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_CounterSerialReader)
#include "tst_CounterSerialReader.moc"
