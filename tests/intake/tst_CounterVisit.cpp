// Who is at the counter: a card, an e-ID code or a typed identity; what a
// scanned code means; and one intake key per intake.
#include "intake/CounterVisit.h"

#include "identity/QrPayload.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"

#include <QTest>

using namespace OneWindow;

namespace {
const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0));
const QByteArray kKey = QByteArray::fromHex("00112233445566778899aabbccddeeff");
const SyntheticIdentityGenerator kPeople(7, QDate(2026, 1, 1));
} // namespace

class tst_CounterVisit : public QObject
{
    Q_OBJECT

    TemplateCatalogue m_catalogue;

private Q_SLOTS:
    void initTestCase() { m_catalogue.loadBuiltIn(); }

    void goodCardProvesTheIdCard()
    {
        CounterVisit visit;
        QVERIFY(!visit.isIdentified());
        visit.identifyByCard(kPeople.citizen(1), kNow.date());
        QVERIFY(visit.isIdentified());
        QCOMPARE(visit.sourceKey(), QStringLiteral("card"));
        QVERIFY(visit.flags().isEmpty());
        QVERIFY(!visit.needsConfirmation());
        QCOMPARE(visit.beginIntake(), QSet<QString>{QStringLiteral("id-card")});
    }

    void expiredCardIsFlaggedAndProvesNothing()
    {
        CounterVisit visit;
        visit.identifyByCard(kPeople.expiredCard(), kNow.date());
        QVERIFY(!visit.flags().isEmpty());
        QCOMPARE(visit.flags().first().code, QStringLiteral("expired"));
        QVERIFY(visit.needsConfirmation());
        QVERIFY(visit.beginIntake().isEmpty());
        const IntakeRequest r =
            visit.request(*m_catalogue.find(QStringLiteral("newborn")), {}, {}, {});
        QVERIFY(r.identityFlags.contains(QStringLiteral("expired")));
    }

    void manualEntryIsFlaggedForReview()
    {
        CounterVisit visit;
        visit.identifyManually(kPeople.citizen(2), QStringLiteral("card-damaged"));
        QCOMPARE(visit.sourceKey(), QStringLiteral("manual"));
        QCOMPARE(visit.flags().size(), 1);
        QCOMPARE(visit.flags().first().code, QStringLiteral("manual-identity"));
        QVERIFY(visit.needsConfirmation());
        QVERIFY(visit.beginIntake().isEmpty());
    }

    void eachIntakeHasItsOwnKey()
    {
        CounterVisit visit;
        visit.identifyByCard(kPeople.citizen(3), kNow.date());
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

    void scans()
    {
        CounterVisit visit;
        using Kind = CounterVisit::Scan::Kind;
        QCOMPARE(visit.scan(QStringLiteral("https://example.org/x"), kKey, kNow, m_catalogue).kind,
                 Kind::Web);
        QCOMPARE(visit.scan(QStringLiteral("hello"), kKey, kNow, m_catalogue).kind, Kind::Foreign);

        const QString receipt = QrPayload::receiptTracking(QStringLiteral("510107-20261124-00001"),
                                                           QStringLiteral("510107"), kNow.date())
                                    .sign(kKey)
                                    .value();
        const CounterVisit::Scan opened = visit.scan(receipt, kKey, kNow, m_catalogue);
        QCOMPARE(opened.kind, Kind::OpenCase);
        QCOMPARE(opened.caseNumber, QStringLiteral("510107-20261124-00001"));
        // Signed with another hall's key: refused.
        const QByteArray otherKey = QByteArray::fromHex("ffeeddccbbaa99887766554433221100");
        const CounterVisit::Scan forged = visit.scan(receipt, otherKey, kNow, m_catalogue);
        QCOMPARE(forged.kind, Kind::Refused);
        QVERIFY(!forged.error.isEmpty());

        // An appointment before the card: the matter waits for the card, once.
        const QString booking =
            QrPayload::appointment(QStringLiteral("AP1"), QStringLiteral("510107"),
                                   QStringLiteral("newborn"), kNow.addSecs(1800))
                .sign(kKey)
                .value();
        QCOMPARE(visit.scan(booking, kKey, kNow, m_catalogue).kind, Kind::MatterBooked);
        QCOMPARE(visit.takeBookedMatter(), QStringLiteral("newborn"));
        QCOMPARE(visit.takeBookedMatter(), QString());
        const QString unknown =
            QrPayload::appointment(QStringLiteral("AP2"), QStringLiteral("510107"),
                                   QStringLiteral("no-such-matter"), kNow.addSecs(1800))
                .sign(kKey)
                .value();
        QCOMPARE(visit.scan(unknown, kKey, kNow, m_catalogue).kind, Kind::UnknownMatter);

        // An e-ID code identifies, but proves no card.
        const CardIdentity person = kPeople.citizen(4);
        const QString eid =
            QrPayload::electronicId(person.idNumber, person.name, kNow, kNow.addSecs(300))
                .sign(kKey)
                .value();
        QCOMPARE(visit.scan(eid, kKey, kNow, m_catalogue).kind, Kind::Identified);
        QCOMPARE(visit.card().idNumber, person.idNumber);
        QCOMPARE(visit.sourceKey(), QStringLiteral("qr"));
        QVERIFY(!visit.beginIntake().contains(QStringLiteral("id-card")));
        // ... and is never accepted without the clerk's reason.
        QVERIFY(visit.needsConfirmation());
        QCOMPARE(visit.flags().first().code, QStringLiteral("qr-identity"));
        QVERIFY(visit.request(*m_catalogue.find(QStringLiteral("newborn")), {}, {}, {})
                    .identityFlags.contains(QStringLiteral("qr-identity")));
        // With someone identified, an appointment starts its intake at once.
        QCOMPARE(visit.scan(booking, kKey, kNow, m_catalogue).kind, Kind::StartIntake);
    }
};

QTEST_GUILESS_MAIN(tst_CounterVisit)
#include "tst_CounterVisit.moc"
