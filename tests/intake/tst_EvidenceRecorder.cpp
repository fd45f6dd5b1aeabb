#include "helpers/EvidenceDesk.h"
#include "helpers/TestSession.h"
#include "identity/SimulatedCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "intake/EvidenceRecorder.h"

#include <QSignalSpy>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
const SyntheticIdentityGenerator kPeople(6, kNow.date());

// A counter's reader wired to the core as AppServices wires it.
struct Counter : Test::EvidenceDesk
{
    explicit Counter(const QString &backend)
        : EvidenceDesk(backend, kNow)
        , recorder(evidence, lock)
    {
        recorder.watch(&reader);
    }

    SimulatedCardReader reader;
    EvidenceRecorder recorder;
};

} // namespace

// The reader as the core hears it: a card is recorded under the signed-in clerk's
// name before anyone is told; locked, or with nobody who runs intake signed in, a
// read is dropped with nothing recorded, handed on or audited.
class tst_EvidenceRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsEveryReadAsItHappens_data() { TestDatabase::addBackendRows(); }
    void recordsEveryReadAsItHappens()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        c.recorder.setSession(Test::session(5, QStringLiteral("clerk01")));
        QSignalSpy recorded(&c.recorder, &EvidenceRecorder::cardRecorded);
        QSignalSpy failed(&c.recorder, &EvidenceRecorder::readFailed);
        c.reader.placeCard(kPeople.expiredCard());
        c.reader.readCard();
        QTRY_COMPARE(recorded.count(), 1);
        const auto e = recorded.at(0).at(0).value<VisitEvidence>();
        QVERIFY(e.id > 0);
        QCOMPARE(e.card.idNumber, kPeople.expiredCard().idNumber);
        QCOMPARE(e.problemCodes(), QStringList{QStringLiteral("expired")});
        QCOMPARE(e.userName, QStringLiteral("clerk01"));
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")), 1);
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'card-read' AND user_name = 'clerk01'")),
                 1);
        // A failed read is passed on, and records nothing.
        c.reader.placeFailure(QStringLiteral("checksum"));
        c.reader.readCard();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("checksum"));
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")), 1);
    }

    void dropsReadsNobodyMayTake_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("situation");
        for (const QString &b : TestDatabase::backends()) {
            QTest::newRow(qPrintable(b + QStringLiteral(" locked"))) << b << "locked";
            QTest::newRow(qPrintable(b + QStringLiteral(" nobody signed in"))) << b << "nobody";
            QTest::newRow(qPrintable(b + QStringLiteral(" an administrator"))) << b << "admin";
        }
    }
    void dropsReadsNobodyMayTake()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        QFETCH(QString, situation);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        if (situation == QLatin1String("locked")) {
            c.recorder.setSession(Test::session(5, QStringLiteral("clerk01")));
            c.lock.setLocked(true);
        } else if (situation == QLatin1String("admin")) {
            c.recorder.setSession(Test::session(7, QStringLiteral("admin01"), Role::Administrator));
        }
        QSignalSpy recorded(&c.recorder, &EvidenceRecorder::cardRecorded);
        QSignalSpy failed(&c.recorder, &EvidenceRecorder::readFailed);
        QSignalSpy notStored(&c.recorder, &EvidenceRecorder::recordFailed);
        QSignalSpy reported(&c.reader, &CardReader::cardRead);
        QSignalSpy reportedFailure(&c.reader, &CardReader::readFailed);
        c.reader.placeCard(kPeople.citizen(1));
        c.reader.readCard();
        c.reader.placeFailure(QStringLiteral("no-card"));
        c.reader.readCard();
        // The reader did report both; the core took neither.
        QTRY_COMPARE(reported.count(), 1);
        QTRY_COMPARE(reportedFailure.count(), 1);
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(notStored.count(), 0);
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM visit_evidence")), 0);
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), 0);
    }

    // A read that cannot be stored counts for nothing: the window hears why.
    void aReadThatCannotBeStoredIsReported_data() { TestDatabase::addBackendRows(); }
    void aReadThatCannotBeStoredIsReported()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Counter c(backend);
        QVERIFY2(c.t.ok(), qPrintable(c.t.error()));
        c.recorder.setSession(Test::session(5, QStringLiteral("clerk01")));
        // What refers to the evidence goes first (the tables of visits, schema 18).
        for (const char *table :
             {"case_evidence", "follow_ups", "ratings", "visit_cases", "visits", "visit_evidence"})
            QVERIFY(c.t.owner().run(QStringLiteral("DROP TABLE ") + QLatin1String(table)).ok());
        QSignalSpy recorded(&c.recorder, &EvidenceRecorder::cardRecorded);
        QSignalSpy notStored(&c.recorder, &EvidenceRecorder::recordFailed);
        c.reader.placeCard(kPeople.citizen(1));
        c.reader.readCard();
        QTRY_COMPARE(notStored.count(), 1);
        QVERIFY(!notStored.at(0).at(0).toString().isEmpty());
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM audit_events")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceRecorder)
#include "tst_EvidenceRecorder.moc"
