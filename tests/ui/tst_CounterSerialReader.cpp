// The counter window with a real SerialCardReader on a pseudo-terminal: placing a card
// opens the citizen's file with no key pressed, and the status bar follows the reader
// through removal, unplugging and replugging.
#include "MainWindow.h"
#include "PtyCardDevice.h"
#include "casefile/DemoSeeder.h"
#include "common/FixedClock.h"
#include "identity/SerialCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "workflow/CounterServices.h"

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
    QTemporaryDir m_dir;
    PtyCardDevice m_device;
    std::unique_ptr<CounterServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    SyntheticIdentityGenerator m_people{DemoSeeder::kDefaultSeed, DemoSeeder::referenceDate()};

    QString status() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("readerStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_device.plugIn());
        CounterServices::Options options;
        options.databaseUrl =
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("c.sqlite"));
        options.receiptsFolder = m_dir.filePath(QStringLiteral("receipts"));
        options.demoCitizens = 10;
        options.fastPasswordHashes = true;
        auto reader = std::make_unique<SerialCardReader>();
        reader->setPortName(m_device.portPath());
        SerialCardReader::Timing timing;
        timing.pollIntervalMs = 50;
        timing.reconnectIntervalMs = 100;
        reader->setTiming(timing);
        m_services = std::make_unique<CounterServices>();
        const Status started = m_services->start(
            options, std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 24), QTime(9, 0))),
            std::move(reader));
        QVERIFY2(started.ok(), qPrintable(started.error().detail));
        Session clerk;
        clerk.username = QStringLiteral("clerk01");
        clerk.displayName = QStringLiteral("窗口一 李敏");
        clerk.role = Role::Clerk;
        clerk.counterCode = QStringLiteral("A01");
        m_services->setSession(clerk);
        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
    }

    void placingACardOpensTheFile()
    {
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("就绪")), 5000);
        const CardIdentity citizen = m_people.citizen(2);
        m_device.placeCard(citizen);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->findChild<QLabel *>(QStringLiteral("identityName"))->text(), citizen.name,
            5000);
        QTRY_COMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))
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
        const CardIdentity another = m_people.citizen(5);
        m_device.placeCard(another);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->findChild<QLabel *>(QStringLiteral("identityName"))->text(), another.name,
            5000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }
};

QTEST_MAIN(tst_CounterSerialReader)
#include "tst_CounterSerialReader.moc"
