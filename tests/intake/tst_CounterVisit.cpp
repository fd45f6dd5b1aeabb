// Who is at the counter: the evidence the core recorded of a card, an e-ID code or
// a typed identity; what a scanned code means (a refused one on the record); and
// one intake key per intake.
#include "intake/CounterVisit.h"

#include "helpers/EvidenceDesk.h"
#include "helpers/TestSession.h"
#include "identity/QrPayload.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "identity/TrackerUrl.h"
#include "security/UserRepository.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"

#include <QTest>

using namespace OneWindow;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0));
const QByteArray kKey = QByteArray::fromHex("00112233445566778899aabbccddeeff");
const SyntheticIdentityGenerator kPeople(7, QDate(2026, 1, 1));

// One counter's core on a fresh database: the clerk signed in at A01.
struct Desk : Test::EvidenceDesk
{
    explicit Desk(const QString &backend)
        : EvidenceDesk(backend, kNow)
    {
        if (!t.ok())
            return;
        UserAccount a;
        a.username = QStringLiteral("clerk01");
        a.displayName = a.username;
        a.role = Role::Clerk;
        // An account is made by the tables' owner: a counter may not.
        clerk = Test::session(
            UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true).value(),
            QStringLiteral("clerk01"));
    }

    int events(const QString &action)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                     {action});
    }

    Session clerk;
};

} // namespace

class tst_CounterVisit : public QObject
{
    Q_OBJECT

    TemplateCatalogue m_catalogue;

private Q_SLOTS:
    void initTestCase() { m_catalogue.loadBuiltIn(); }

    void cardReadIdentifies_data() { TestDatabase::addBackendRows(); }
    void cardReadIdentifies()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Desk d(backend);
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        CounterVisit visit;
        QVERIFY(!visit.isIdentified());
        auto read = d.evidence.recordCardRead(kPeople.citizen(1), d.clerk);
        QVERIFY(read.ok());
        visit.identify(read.value());
        QVERIFY(visit.isIdentified());
        QCOMPARE(visit.sourceKey(), QStringLiteral("card"));
        QVERIFY(visit.flags().isEmpty());
        QVERIFY(!visit.needsConfirmation());
        QVERIFY(visit.evidence().isCleanCardRead());
        // The request refers to the evidence; it claims nothing about the identity.
        visit.beginIntake();
        const IntakeRequest r =
            visit.request(*m_catalogue.find(QStringLiteral("newborn")), {}, {}, {});
        QCOMPARE(r.applicantEvidence, read->id);
        QCOMPARE(r.applicant.idNumber, kPeople.citizen(1).idNumber);

        auto expired = d.evidence.recordCardRead(kPeople.expiredCard(), d.clerk);
        visit.identify(expired.value());
        QCOMPARE(visit.flags().first().code, QStringLiteral("expired"));
        QVERIFY(visit.needsConfirmation());
        QVERIFY(!visit.evidence().isCleanCardRead());
    }

    void manualEntryIsRecordedForReview_data() { TestDatabase::addBackendRows(); }
    void manualEntryIsRecordedForReview()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Desk d(backend);
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        CounterVisit visit;
        QVERIFY(visit
                    .identifyManually(kPeople.citizen(2), QStringLiteral("card-damaged"),
                                      d.evidence, d.clerk)
                    .ok());
        QCOMPARE(visit.sourceKey(), QStringLiteral("manual"));
        QCOMPARE(visit.flags().size(), 1);
        QCOMPARE(visit.flags().first().code, QStringLiteral("manual-identity"));
        QCOMPARE(visit.flags().first().detail, QStringLiteral("card-damaged"));
        QVERIFY(visit.needsConfirmation());
        QVERIFY(visit.evidence().isRecorded());
        QCOMPARE(d.events(QStringLiteral("identity-entered")), 1);

        // An officer cannot record one: refused, on the record, nobody identified.
        CounterVisit refused;
        const Session officer = Test::session(d.clerk.userId, QStringLiteral("clerk01"),
                                              Role::Officer, QStringLiteral("卫健"));
        QCOMPARE(refused
                     .identifyManually(kPeople.citizen(2), QStringLiteral("card-damaged"),
                                       d.evidence, officer)
                     .error()
                     .code,
                 QStringLiteral("forbidden"));
        QVERIFY(!refused.isIdentified());
    }

    void eachIntakeHasItsOwnKey()
    {
        CounterVisit visit;
        VisitEvidence e;
        e.id = 1;
        e.card = kPeople.citizen(3);
        visit.identify(e);
        visit.beginIntake();
        const QString first = visit.intakeKey();
        QVERIFY(!first.isEmpty());
        const FormTemplate &form = *m_catalogue.find(QStringLiteral("residence-permit"));
        // A retried accept of the same intake carries the same key.
        QCOMPARE(visit.request(form, {}, {}, {}).intakeKey, first);
        QCOMPARE(visit.request(form, {}, {}, {}).intakeKey, first);
        visit.beginIntake();
        QVERIFY(visit.intakeKey() != first);
        visit.clear();
        QVERIFY(!visit.isIdentified());
        QVERIFY(visit.intakeKey().isEmpty());
    }

    void scans_data() { TestDatabase::addBackendRows(); }
    void scans()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Desk d(backend);
        QVERIFY2(d.t.ok(), qPrintable(d.t.error()));
        CounterVisit visit;
        using Kind = CounterVisit::Scan::Kind;
        const auto scan = [&](const QString &text, const QByteArray &key) {
            return visit.scan(text, key, kNow, m_catalogue, d.evidence, d.clerk);
        };
        QCOMPARE(scan(QStringLiteral("https://example.org/x"), kKey).kind, Kind::Web);
        QCOMPARE(scan(QStringLiteral("hello"), kKey).kind, Kind::Foreign);

        const QString receipt = QrPayload::receiptTracking(QStringLiteral("510107-20261124-00001"),
                                                           QStringLiteral("510107"), kNow.date())
                                    .sign(kKey)
                                    .value();
        const CounterVisit::Scan opened = scan(receipt, kKey);
        QCOMPARE(opened.kind, Kind::OpenCase);
        QCOMPARE(opened.caseNumber, QStringLiteral("510107-20261124-00001"));
        // The receipt for phones: the hall's tracking address with the payload in it.
        const CounterVisit::Scan viaUrl =
            scan(TrackerUrl::make(QStringLiteral("https://track.example.gov.cn"), receipt), kKey);
        QCOMPARE(viaUrl.kind, Kind::OpenCase);
        QCOMPARE(viaUrl.caseNumber, QStringLiteral("510107-20261124-00001"));
        // Someone else's address with a /t/ in it stays an address.
        QCOMPARE(scan(QStringLiteral("https://example.org/t/abc"), kKey).kind, Kind::Web);
        // Signed with another hall's key: refused, and the core puts it on the record
        // with why (never the code's content).
        const QByteArray otherKey = QByteArray::fromHex("ffeeddccbbaa99887766554433221100");
        const CounterVisit::Scan forged = scan(receipt, otherKey);
        QCOMPARE(forged.kind, Kind::Refused);
        QVERIFY(!forged.error.isEmpty());
        QCOMPARE(d.events(QStringLiteral("qr-refused")), 1);
        QCOMPARE(d.t.db()
                     .scalar(QStringLiteral(
                         "SELECT detail FROM audit_events WHERE action = 'qr-refused'"))
                     .value()
                     .toString(),
                 forged.error);

        // An appointment before the card: the matter waits for the card, once.
        const QString booking =
            QrPayload::appointment(QStringLiteral("AP1"), QStringLiteral("510107"),
                                   QStringLiteral("newborn"), kNow.addSecs(1800))
                .sign(kKey)
                .value();
        QCOMPARE(scan(booking, kKey).kind, Kind::MatterBooked);
        QCOMPARE(visit.takeBookedMatter(), QStringLiteral("newborn"));
        QCOMPARE(visit.takeBookedMatter(), QString());
        const QString unknown =
            QrPayload::appointment(QStringLiteral("AP2"), QStringLiteral("510107"),
                                   QStringLiteral("no-such-matter"), kNow.addSecs(1800))
                .sign(kKey)
                .value();
        QCOMPARE(scan(unknown, kKey).kind, Kind::UnknownMatter);

        // An e-ID code identifies, recorded as evidence, but proves no card.
        const CardIdentity person = kPeople.citizen(4);
        const QString eid =
            QrPayload::electronicId(person.idNumber, person.name, kNow, kNow.addSecs(300))
                .sign(kKey)
                .value();
        QCOMPARE(scan(eid, kKey).kind, Kind::Identified);
        QCOMPARE(visit.card().idNumber, person.idNumber);
        QCOMPARE(visit.sourceKey(), QStringLiteral("qr"));
        QVERIFY(visit.evidence().isRecorded());
        QVERIFY(!visit.evidence().isCleanCardRead());
        QCOMPARE(d.events(QStringLiteral("qr-identified")), 1);
        // ... and is never accepted without the clerk's reason.
        QVERIFY(visit.needsConfirmation());
        QCOMPARE(visit.flags().first().code, QStringLiteral("qr-identity"));
        // With someone identified, an appointment starts its intake at once.
        QCOMPARE(scan(booking, kKey).kind, Kind::StartIntake);

        // Signed in as someone who may not run intake: the code is not recorded and
        // identifies nobody.
        CounterVisit other;
        const Session admin =
            Test::session(d.clerk.userId, QStringLiteral("clerk01"), Role::Administrator);
        const CounterVisit::Scan unrecorded =
            other.scan(eid, kKey, kNow, m_catalogue, d.evidence, admin);
        QCOMPARE(unrecorded.kind, Kind::Unrecorded);
        QCOMPARE(unrecorded.error, QStringLiteral("forbidden"));
        QVERIFY(!other.isIdentified());
    }
};

QTEST_GUILESS_MAIN(tst_CounterVisit)
#include "tst_CounterVisit.moc"
