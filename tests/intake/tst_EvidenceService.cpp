#include "helpers/EvidenceDesk.h"
#include "helpers/TestSession.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/EvidenceRepository.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
const SyntheticIdentityGenerator kPeople(6, kNow.date());

struct Counter : Test::EvidenceDesk
{
    explicit Counter(const QString &backend)
        : EvidenceDesk(backend, kNow)
    {}

    // "action subject user detail" of every audit event, oldest first.
    QStringList trail()
    {
        QStringList lines;
        auto q = t.db().run(QStringLiteral(
            "SELECT action, subject, user_name, detail FROM audit_events ORDER BY id"));
        while (q.ok() && q.value().next())
            lines << QStringLiteral("%1 %2 %3 %4")
                         .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                              q.value().value(2).toString(), q.value().value(3).toString())
                         .trimmed();
        return lines;
    }
    int rows() { return count(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")); }
};

const Session kClerk = Test::session(5, QStringLiteral("clerk01"));

} // namespace

// The core records what the counter saw when it happens: the card's data and what
// CardCheck finds today, the time, the counter, the user, stored and audited in one
// transaction, under a subject that names the evidence and never the ID number.
class tst_EvidenceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("how");
        QTest::addColumn<CardIdentity>("card");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("action");
        for (const QString &b : TestDatabase::backends()) {
            const auto row = [&](const char *name) {
                return &QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
            };
            *row("a good card") << b << "card" << kPeople.citizen(1) << QStringList()
                                << "card-read";
            *row("an expired card")
                << b << "card" << kPeople.expiredCard() << QStringList{"expired"} << "card-read";
            *row("a wrong check digit") << b << "card" << kPeople.badChecksumCard()
                                        << QStringList{"checksum"} << "card-read";
            *row("an e-ID code") << b << "qr" << kPeople.citizen(2) << QStringList{"qr-identity"}
                                 << "qr-identified";
            *row("typed by the clerk") << b << "manual" << kPeople.citizen(3)
                                       << QStringList{"manual-identity"} << "identity-entered";
        }
    }
    void records()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        QFETCH(QString, how);
        QFETCH(CardIdentity, card);
        QFETCH(QStringList, problems);
        QFETCH(QString, action);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        const auto recorded =
            how == QLatin1String("card") ? c.evidence.recordCardRead(card, kClerk)
            : how == QLatin1String("qr")
                ? c.evidence.recordQrIdentification(card, kClerk)
                : c.evidence.recordManualEntry(card, QStringLiteral("card-lost"), kClerk);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error().code));
        const VisitEvidence &e = recorded.value();
        QVERIFY(e.id > 0);
        QCOMPARE(e.problemCodes(), problems);
        QCOMPARE(e.counterCode, kClerk.counterCode);
        QCOMPARE(e.userId, kClerk.userId);
        QCOMPARE(e.userName, kClerk.username);
        QCOMPARE(e.recordedAt, kNow);
        if (how == QLatin1String("manual"))
            QCOMPARE(e.problems.first().detail, QStringLiteral("card-lost"));
        // As stored, so acceptance finds the same.
        const VisitEvidence stored = EvidenceRepository(c.t.db()).find({e.id}).value().value(e.id);
        QCOMPARE(stored.problemCodes(), problems);
        QCOMPARE(stored.card.idNumber, card.idNumber);
        QCOMPARE(stored.kindKey(), how);
        const QStringList trail = c.trail();
        QCOMPARE(trail.size(), 1);
        QVERIFY2(trail.first().startsWith(
                     QStringLiteral("%1 evidence:%2 clerk01").arg(action).arg(e.id)),
                 qPrintable(trail.first()));
        QVERIFY2(!trail.first().contains(card.idNumber), qPrintable(trail.first()));
        QCOMPARE(c.audit.firstBrokenEvent().value(), qint64(0));
    }

    // Only who may run intake records; a refusal is audited and stores nothing.
    void refusedForOtherRoles_data() { TestDatabase::addBackendRows(); }
    void refusedForOtherRoles()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        const Session officer =
            Test::session(6, QStringLiteral("wj01"), Role::Officer, QStringLiteral("卫健"));
        QCOMPARE(c.evidence.recordCardRead(kPeople.citizen(1), officer).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(c.evidence.recordRefusedQr(QStringLiteral("bad-signature"), officer).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(c.evidence.find({1}, officer).error().code, QStringLiteral("forbidden"));
        QCOMPARE(c.rows(), 0);
        QCOMPARE(c.trail(), (QStringList{QStringLiteral("refused evidence wj01 run-intake"),
                                         QStringLiteral("refused qr wj01 run-intake"),
                                         QStringLiteral("refused evidence wj01 run-intake")}));
    }

    // Locked, the counter records nothing and puts nothing on the locked clerk's name.
    void lockedRecordsNothing_data() { TestDatabase::addBackendRows(); }
    void lockedRecordsNothing()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        c.lock.setLocked(true);
        QCOMPARE(c.evidence.recordCardRead(kPeople.citizen(1), kClerk).error().code,
                 QStringLiteral("counter-locked"));
        QCOMPARE(c.evidence.recordQrIdentification(kPeople.citizen(1), kClerk).error().code,
                 QStringLiteral("counter-locked"));
        QCOMPARE(c.evidence.recordManualEntry(kPeople.citizen(1), {}, kClerk).error().code,
                 QStringLiteral("counter-locked"));
        QCOMPARE(c.evidence.recordRefusedQr(QStringLiteral("expired"), kClerk).error().code,
                 QStringLiteral("counter-locked"));
        QCOMPARE(c.rows(), 0);
        QCOMPARE(c.trail(), QStringList());
        c.lock.setLocked(false);
        QVERIFY(c.evidence.recordCardRead(kPeople.citizen(1), kClerk).ok());
        QCOMPARE(c.rows(), 1);
    }

    // A refused code of ours is on the record with why, never with the code.
    void refusedQrIsAudited_data() { TestDatabase::addBackendRows(); }
    void refusedQrIsAudited()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        QVERIFY(c.evidence.recordRefusedQr(QStringLiteral("bad-signature"), kClerk).ok());
        QCOMPARE(c.trail(), QStringList{QStringLiteral("qr-refused qr clerk01 bad-signature")});
        QCOMPARE(c.rows(), 0);
    }

    // Reading evidence back (a resumed draft's parties) is a read of personal data.
    void findIsAudited_data() { TestDatabase::addBackendRows(); }
    void findIsAudited()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        const qint64 a = c.evidence.recordCardRead(kPeople.citizen(1), kClerk)->id;
        const qint64 b = c.evidence.recordCardRead(kPeople.expiredCard(), kClerk)->id;
        const auto found = c.evidence.find({b, a, 4711}, kClerk);
        QVERIFY(found.ok());
        QCOMPARE(found.value().size(), 2);
        QCOMPARE(found.value().value(b).problemCodes(), QStringList{QStringLiteral("expired")});
        QCOMPARE(c.trail().constLast(),
                 QStringLiteral("evidence-read evidence:%1,%2 clerk01").arg(a).arg(b));
        // Nothing found, nothing read: no event.
        const int before = int(c.trail().size());
        QVERIFY(c.evidence.find({4711}, kClerk)->isEmpty());
        QCOMPARE(c.trail().size(), before);
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceService)
#include "tst_EvidenceService.moc"
