// The tracker's pages share their audit commits (group commit): every event is
// committed before its reader goes on, the chain holds, a refusal reaches every
// reader of its batch, and a batch is more than one event when readers come at once.
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "security/AuditBatcher.h"
#include "security/AuditLog.h"
#include "security/AuditedRead.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace OneWindow;

namespace {

const QByteArray kHallKey = QByteArray::fromHex("00112233445566778899aabbccddeeff0f1e2d3c");
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

Session reader()
{
    return Session::tracker();
}

Session admin()
{
    return Test::session(9, QStringLiteral("admin01"), Role::Administrator, {},
                         QStringLiteral("CLI"));
}

int count(const Database &db, const QString &action)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"), {action})
        .value()
        .toInt();
}

// A database of `backend` whose audit trail is sealed with the hall key.
struct SealedHall
{
    explicit SealedHall(const QString &backend)
        : t(backend)
        , log(t.db(), clock, kHallKey)
    {}
    bool ready() { return t.ok() && log.seal(admin()).ok(); }
    DatabaseUrl url() const { return DatabaseUrl::parse(t.url()).value(); }

    TestDatabase t;
    FixedClock clock{kNow};
    AuditLog log;
};

} // namespace

class tst_AuditBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Eight readers at once, forty reads each: every event is there when record()
    // returns, the keyed chain verifies, and commits were shared.
    void readersShareCommits_data() { TestDatabase::addBackendRows(); }
    void readersShareCommits()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        SealedHall h(backend);
        QVERIFY2(h.ready(), qPrintable(h.t.error()));
        AuditBatcher batch(h.url(), h.clock, kHallKey);

        constexpr int kReaders = 8;
        constexpr int kReads = 40;
        std::atomic<int> refused{0};
        std::atomic<int> missing{0};
        std::vector<std::thread> readers;
        for (int r = 0; r < kReaders; ++r)
            readers.emplace_back([&, r] {
                Database own(h.url());
                if (!own.open()) {
                    refused += kReads;
                    return;
                }
                for (int i = 0; i < kReads; ++i) {
                    const QString subject = QStringLiteral("case-%1-%2").arg(r).arg(i);
                    if (!batch.record(reader(), QStringLiteral("track-case"), subject, {})) {
                        ++refused;
                        continue;
                    }
                    // Committed before record() returned: another connection sees it.
                    const auto seen = own.scalar(
                        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE subject = ?"),
                        {subject});
                    if (!seen || seen.value().toInt() != 1)
                        ++missing;
                }
            });
        for (std::thread &r : readers)
            r.join();
        QCOMPARE(refused.load(), 0);
        QCOMPARE(missing.load(), 0);
        QCOMPARE(count(h.t.db(), QStringLiteral("track-case")), kReaders * kReads);
        QCOMPARE(batch.events(), qint64(kReaders * kReads));
        QVERIFY2(batch.transactions() < batch.events(),
                 qPrintable(QStringLiteral("%1 commits for %2 events")
                                .arg(batch.transactions())
                                .arg(batch.events())));
        QCOMPARE(h.log.firstBrokenEvent().value(), qint64(0));
    }

    // auditedRead with a batch on the log: what was read is handed out after its
    // event is committed; a failed read writes nothing.
    void auditedReadGoesThroughTheBatch_data() { TestDatabase::addBackendRows(); }
    void auditedReadGoesThroughTheBatch()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        SealedHall h(backend);
        QVERIFY2(h.ready(), qPrintable(h.t.error()));
        AuditBatcher batch(h.url(), h.clock, kHallKey);
        AuditLog &log = h.log;
        log.setReadBatch(&batch);
        const auto read = auditedRead(log, reader(), QStringLiteral("track-case"),
                                      QStringLiteral("HALL-1"), {}, [] { return Result<int>(7); });
        QVERIFY(read.ok());
        QCOMPARE(read.value(), 7);
        QCOMPARE(batch.events(), qint64(1));
        QCOMPARE(count(h.t.db(), QStringLiteral("track-case")), 1);
        const auto failed =
            auditedRead(log, reader(), QStringLiteral("track-case"), QStringLiteral("HALL-2"), {},
                        [] { return Result<int>::failure(QStringLiteral("x")); });
        QCOMPARE(failed.error().code, QStringLiteral("x"));
        QCOMPARE(count(h.t.db(), QStringLiteral("track-case")), 1);
        QCOMPARE(log.firstBrokenEvent().value(), qint64(0));
    }

    // A sealed log and a batcher without the key: every reader of the batch is
    // refused with the log's reason, nothing is written, and nobody waits forever.
    void refusalReachesEveryReader_data() { TestDatabase::addBackendRows(); }
    void refusalReachesEveryReader()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        SealedHall h(backend);
        QVERIFY2(h.ready(), qPrintable(h.t.error()));
        const int before = count(h.t.db(), QStringLiteral("track-case"));
        AuditBatcher keyless(h.url(), h.clock, QByteArray());
        std::vector<std::thread> readers;
        std::atomic<int> missingKey{0};
        for (int r = 0; r < 4; ++r)
            readers.emplace_back([&] {
                const Status s = keyless.record(reader(), QStringLiteral("track-case"),
                                                QStringLiteral("HALL-9"), {});
                if (s.error().code == QLatin1String("audit-key-missing"))
                    ++missingKey;
            });
        for (std::thread &r : readers)
            r.join();
        QCOMPARE(missingKey.load(), 4);
        QCOMPARE(count(h.t.db(), QStringLiteral("track-case")), before);
        QCOMPARE(keyless.events(), qint64(0));
    }

    // A database that cannot be opened: the reader is told, at once.
    void unreachableDatabase()
    {
        FixedClock clock(kNow);
        const QString file = QStringLiteral("/proc/onewindow-no-such-folder/hall.sqlite");
        AuditBatcher batch(DatabaseUrl::parse(QStringLiteral("sqlite:") + file).value(), clock,
                           kHallKey);
        const Status s = batch.record(reader(), QStringLiteral("track-case"), {}, {});
        QVERIFY(!s.ok());
        QVERIFY(!s.error().code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AuditBatcher)
#include "tst_AuditBatcher.moc"
