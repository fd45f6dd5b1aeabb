#include "CardFrameBuilder.h"
#include "PtyCardDevice.h"
#include "identity/ReaderProbe.h"
#include "identity/SerialCardReader.h"

#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

// The real serial path: QSerialPort on the slave end of a pseudo-terminal, a
// PtyCardDevice playing the reader on the master end.
class tst_SerialCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsEveryKindOnce_data();
    void readsEveryKindOnce();
    void removalMakesReadyAgain();
    void brokenAnswerIsRetried();
    void unreadableCardIsReportedOnce_data();
    void unreadableCardIsReportedOnce();
    void silentReaderIsAnError();
    void readerFaultIsAnError();
    void unplugAndReplugRecover();
    void missingPortRetries();
    void explicitRead();
    void pausedReadsNoCard();
    void probeFindsTheReader();
    void autoDetectedPort();

private:
    static SerialCardReader::Timing fastTiming();
    std::unique_ptr<PtyCardDevice> m_device;
};

namespace {

bool waitForState(SerialCardReader &reader, SerialCardReader::State state, int ms = 5000)
{
    return QTest::qWaitFor([&] { return reader.state() == state; }, ms);
}

// Polls seen by the device from now on reach `count`.
bool waitForPolls(PtyCardDevice &device, int count)
{
    const int start = device.count(SamFrame::FindCard);
    return QTest::qWaitFor([&] { return device.count(SamFrame::FindCard) >= start + count; }, 5000);
}

} // namespace

SerialCardReader::Timing tst_SerialCardReader::fastTiming()
{
    SerialCardReader::Timing timing;
    timing.pollIntervalMs = 10;
    timing.commandTimeoutMs = 150;
    timing.readTimeoutMs = 600;
    timing.reconnectIntervalMs = 50;
    return timing;
}

void tst_SerialCardReader::init()
{
    m_device = std::make_unique<PtyCardDevice>();
    if (!m_device->plugIn())
        QSKIP("no pseudo-terminals on this system");
}

void tst_SerialCardReader::readsEveryKindOnce_data()
{
    QTest::addColumn<CardIdentity>("card");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<QByteArray>("noise");
    const QList<CardIdentity> cards{
        CardFrameBuilder::residentCard(), CardFrameBuilder::hkmotwCard(),
        CardFrameBuilder::foreign2017Card(), CardFrameBuilder::foreign2023Card()};
    for (const CardIdentity &card : cards) {
        const QByteArray kind = cardKindKey(card.kind).toLatin1();
        QTest::newRow(kind + ", whole") << card << 0 << QByteArray();
        QTest::newRow(kind + ", 7-byte pieces") << card << 7 << QByteArray();
        QTest::newRow(kind + ", 100-byte pieces, noise")
            << card << 100 << QByteArray::fromHex("00AAAA96FF");
    }
}

void tst_SerialCardReader::readsEveryKindOnce()
{
    QFETCH(CardIdentity, card);
    QFETCH(int, chunk);
    QFETCH(QByteArray, noise);
    m_device->setChunkSize(chunk);
    m_device->setNoise(noise);

    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    QSignalSpy states(&reader, &SerialCardReader::stateChanged);
    reader.start();
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));
    QVERIFY(reader.describe().startsWith(m_device->portPath()));
    QVERIFY(reader.describe().endsWith(QStringLiteral(": ready")));

    m_device->placeCard(card);
    QVERIFY(read.wait(5000));
    QCOMPARE(reader.state(), SerialCardReader::State::CardPresent);
    const CardIdentity got = read.first().first().value<CardIdentity>();
    QCOMPARE(int(got.kind), int(card.kind));
    QCOMPARE(got.name, card.name);
    QCOMPARE(got.idNumber, card.idNumber);
    QCOMPARE(got.photoWlt, CardFrameBuilder::photo(card));

    // The card stays on the reader: polled, never read again.
    QVERIFY(waitForPolls(*m_device, 10));
    QCOMPARE(read.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_device->count(SamFrame::ReadTextPhoto), 1);
    QCOMPARE(reader.state(), SerialCardReader::State::CardPresent);

    QList<SerialCardReader::State> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen << args.first().value<SerialCardReader::State>();
    QCOMPARE(seen, (QList<SerialCardReader::State>{SerialCardReader::State::Ready,
                                                   SerialCardReader::State::Reading,
                                                   SerialCardReader::State::CardPresent}));
}

void tst_SerialCardReader::removalMakesReadyAgain()
{
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy removed(&reader, &SerialCardReader::cardRemoved);
    reader.start();
    m_device->placeCard(CardFrameBuilder::residentCard());
    QVERIFY(read.wait(5000));

    m_device->removeCard();
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));
    QCOMPARE(removed.count(), 1);

    // The same card placed again is a new visit: read again.
    m_device->placeCard(CardFrameBuilder::residentCard());
    QVERIFY(QTest::qWaitFor([&] { return read.count() == 2; }, 5000));
    m_device->removeCard();
    m_device->placeCard(CardFrameBuilder::foreign2023Card());
    // Swapped between two polls is still seen as long as a poll finds no card; a
    // direct swap would be taken for the same card, which is what real readers see too.
    QVERIFY(waitForPolls(*m_device, 3));
    QCOMPARE(read.count(), 2);
}

void tst_SerialCardReader::brokenAnswerIsRetried()
{
    // The read answer arrives with a bad checksum once; the next poll reads it again.
    connect(m_device.get(), &PtyCardDevice::requestReceived, this, [this](quint16 command) {
        if (command == SamFrame::ReadTextPhoto && m_device->count(SamFrame::ReadTextPhoto) == 1)
            m_device->corruptNextAnswers(1);
    });
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.start();
    m_device->placeCard(CardFrameBuilder::hkmotwCard());
    QVERIFY(read.wait(5000));
    QCOMPARE(m_device->count(SamFrame::ReadTextPhoto), 2);
    QCOMPARE(failed.count(), 0);
}

void tst_SerialCardReader::unreadableCardIsReportedOnce_data()
{
    QTest::addColumn<int>("readStatus");
    QTest::addColumn<bool>("corruptAll");
    QTest::addColumn<QString>("code");
    QTest::newRow("status 41") << 0x41 << false << "status-41";
    QTest::newRow("status 33") << 0x33 << false << "status-33";
    QTest::newRow("checksum") << 0 << true << "checksum";
}

void tst_SerialCardReader::unreadableCardIsReportedOnce()
{
    QFETCH(int, readStatus);
    QFETCH(bool, corruptAll);
    QFETCH(QString, code);
    m_device->setReadStatus(quint8(readStatus));
    if (corruptAll) {
        connect(m_device.get(), &PtyCardDevice::requestReceived, this, [this](quint16 command) {
            if (command == SamFrame::ReadTextPhoto)
                m_device->corruptNextAnswers(1);
        });
    }
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.start();
    m_device->placeCard(CardFrameBuilder::residentCard());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().toString(), code);
    QCOMPARE(m_device->count(SamFrame::ReadTextPhoto), reader.timing().attemptsPerCard);
    QVERIFY(waitForPolls(*m_device, 5));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(read.count(), 0);
    QCOMPARE(reader.state(), SerialCardReader::State::CardPresent);
}

void tst_SerialCardReader::silentReaderIsAnError()
{
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    reader.start();
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));
    m_device->setSilent(true);
    QVERIFY(waitForState(reader, SerialCardReader::State::Error));
    QCOMPARE(reader.errorCode(), QStringLiteral("not-answering"));
    QVERIFY(reader.describe().endsWith(QStringLiteral(": error (not-answering)")));
    m_device->setSilent(false);
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));
    QCOMPARE(reader.errorCode(), QString());
}

void tst_SerialCardReader::readerFaultIsAnError()
{
    m_device->setFaultStatus(0x60);
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    reader.start();
    QVERIFY(waitForState(reader, SerialCardReader::State::Error));
    QCOMPARE(reader.errorCode(), QStringLiteral("status-60"));
    m_device->setFaultStatus(0);
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));
}

void tst_SerialCardReader::unplugAndReplugRecover()
{
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    reader.start();
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));

    m_device->unplug();
    QVERIFY(waitForState(reader, SerialCardReader::State::Disconnected));
    QVERIFY(!reader.errorCode().isEmpty());

    // Plugged in again (a new pty behind the same path), with a card already on it.
    m_device->placeCard(CardFrameBuilder::foreign2017Card());
    QVERIFY(m_device->plugIn());
    QVERIFY(read.wait(5000));
    QCOMPARE(read.first().first().value<CardIdentity>().nameEn,
             CardFrameBuilder::foreign2017Card().nameEn);
    QCOMPARE(reader.state(), SerialCardReader::State::CardPresent);
}

void tst_SerialCardReader::missingPortRetries()
{
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath() + QStringLiteral("-missing"));
    reader.start();
    QVERIFY(
        QTest::qWaitFor([&] { return reader.errorCode() == QLatin1String("open-failed"); }, 5000));
    QCOMPARE(reader.state(), SerialCardReader::State::Disconnected);

    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.readCard();
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(), QStringLiteral("no-reader"));
    QCOMPARE(failed.count(), 1);
}

void tst_SerialCardReader::explicitRead()
{
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.start();
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));

    reader.readCard();
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().first().toString(), QStringLiteral("no-card"));

    m_device->placeCard(CardFrameBuilder::residentCard());
    QVERIFY(read.wait(5000));
    // An explicit read reads the card again although it has been read.
    reader.readCard();
    QVERIFY(QTest::qWaitFor([&] { return read.count() == 2; }, 5000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_device->count(SamFrame::ReadTextPhoto), 2);

    reader.stop();
    QCOMPARE(reader.state(), SerialCardReader::State::Disconnected);
}

// Paused (the counter is locked), the reader asks for no card and reads none, an
// explicit read says "paused"; resumed, it reads the next card put down, and a card
// it read before the pause is not read again (the counter carries on where it was).
void tst_SerialCardReader::pausedReadsNoCard()
{
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.setPortName(m_device->portPath());
    QSignalSpy read(&reader, &CardReader::cardRead);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.start();
    m_device->placeCard(CardFrameBuilder::residentCard());
    QVERIFY(read.wait(5000));

    reader.setPaused(true);
    QVERIFY(reader.isPaused());
    const int polls = m_device->count(SamFrame::FindCard);
    m_device->removeCard();
    // Twenty poll intervals: a running reader would have asked twenty times.
    QTest::qWait(20 * fastTiming().pollIntervalMs);
    QVERIFY(m_device->count(SamFrame::FindCard) <= polls + 1); // one may have been under way
    reader.readCard();
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.constLast().first().toString(), QStringLiteral("paused"));
    QCOMPARE(m_device->count(SamFrame::ReadTextPhoto), 1);

    // Resumed: polling again, and the next card is read.
    reader.setPaused(false);
    QVERIFY(waitForState(reader, SerialCardReader::State::Ready));
    m_device->placeCard(CardFrameBuilder::foreign2023Card());
    QVERIFY(QTest::qWaitFor([&] { return read.count() == 2; }, 5000));
    // The card stays on the reader across another pause: not read a third time.
    reader.setPaused(true);
    reader.setPaused(false);
    QVERIFY(waitForPolls(*m_device, 3));
    QCOMPARE(read.count(), 2);
}

void tst_SerialCardReader::probeFindsTheReader()
{
    PtyCardDevice silent;
    QVERIFY(silent.plugIn());
    silent.setSilent(true);

    const QString missing = m_device->portPath() + QStringLiteral("-missing");
    QCOMPARE(ReaderProbe::detect({missing, silent.portPath(), m_device->portPath()}, 300),
             m_device->portPath());
    QCOMPARE(m_device->requests(), QList<quint16>{SamFrame::SamStatus});
    QCOMPARE(ReaderProbe::detect({missing, silent.portPath()}, 200), QString());
    QCOMPARE(ReaderProbe::detect({missing}, 200), QString());
}

void tst_SerialCardReader::autoDetectedPort()
{
    // No port configured: the reader probes. Ptys are not system serial ports, so the
    // probe finds nothing here; the reader says so and keeps trying.
    SerialCardReader reader;
    reader.setTiming(fastTiming());
    reader.start();
    QVERIFY(QTest::qWaitFor([&] { return !reader.errorCode().isEmpty(); }, 5000));
    QCOMPARE(reader.state(), SerialCardReader::State::Disconnected);
    QVERIFY(reader.describe().startsWith(QStringLiteral("serial (auto)")));
}

QTEST_GUILESS_MAIN(tst_SerialCardReader)
#include "tst_SerialCardReader.moc"
