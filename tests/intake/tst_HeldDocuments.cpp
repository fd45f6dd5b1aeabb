#include "intake/HeldDocuments.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);
const QString kApplicant = QStringLiteral("510107199001010018");
const QString kFather = QStringLiteral("51010719880202003X");

VisitEvidence evidence(const QString &idNumber, const QString &how)
{
    VisitEvidence e;
    e.id = 9;
    e.card.idNumber = idNumber;
    e.counterCode = QStringLiteral("A01");
    e.recordedAt = kNow.addSecs(-600);
    if (how == QLatin1String("expired")) {
        e.problems = {{QStringLiteral("expired"), {}}};
    } else if (how == QLatin1String("typed")) {
        e.kind = IdentitySource::Manual;
        e.problems = {{QStringLiteral("manual-identity"), {}}};
    } else if (how == QLatin1String("e-id")) {
        e.kind = IdentitySource::Qr;
        e.problems = {{QStringLiteral("qr-identity"), {}}};
    } else if (how == QLatin1String("elsewhere")) {
        e.counterCode = QStringLiteral("B07");
    } else if (how == QLatin1String("last-week")) {
        e.recordedAt = kNow.addDays(-7);
    } else if (how == QLatin1String("none")) {
        e = VisitEvidence();
    }
    return e;
}

} // namespace

// The core's rule for what the file already satisfies: documents on file, a clean
// card read of the applicant in this visit, and of a party whose field names the
// same ID number; nothing else proves a card.
class tst_HeldDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<QString>("applicant"); // how the applicant was seen
        QTest::addColumn<QString>("party");     // how the other parent's card was seen
        QTest::addColumn<QString>("named");     // the ID number the party field names
        QTest::addColumn<QStringList>("held");
        const QStringList onFile{"e-household-register"};
        const auto with = [&](QStringList more) {
            return onFile + more;
        };
        QTest::newRow("both cards read, fine")
            << "card"
            << "card" << kFather << with({"id-card", "id-card:other_parent"});
        QTest::newRow("applicant's card expired")
            << "expired"
            << "card" << kFather << with({"id-card:other_parent"});
        QTest::newRow("typed applicant") << "typed"
                                         << "none" << kFather << with({});
        QTest::newRow("e-ID applicant") << "e-id"
                                        << "none" << kFather << with({});
        QTest::newRow("no evidence (unverified)") << "none"
                                                  << "none" << kFather << with({});
        QTest::newRow("read at another counter") << "elsewhere"
                                                 << "none" << kFather << with({});
        QTest::newRow("read last week") << "last-week"
                                        << "last-week" << kFather << with({});
        QTest::newRow("party's card expired") << "card"
                                              << "expired" << kFather << with({"id-card"});
        QTest::newRow("party typed over after the read")
            << "card"
            << "card" << QStringLiteral("110105194912310021") << with({"id-card"});
        QTest::newRow("party field emptied") << "card"
                                             << "card" << QString() << with({"id-card"});
        QTest::newRow("party number in lower case")
            << "card"
            << "card" << kFather.toLower() << with({"id-card", "id-card:other_parent"});
    }
    void derive()
    {
        QFETCH(QString, applicant);
        QFETCH(QString, party);
        QFETCH(QString, named);
        QFETCH(QStringList, held);
        FileDocument licence;
        licence.kind = QStringLiteral("e-household-register");
        QHash<QString, VisitEvidence> parties;
        if (party != QLatin1String("none"))
            parties.insert(QStringLiteral("other_parent"), evidence(kFather, party));
        const QVariantMap values{{QStringLiteral("other_parent"),
                                  QVariantMap{{QStringLiteral("name"), QStringLiteral("王父")},
                                              {QStringLiteral("idNumber"), named}}}};
        const QSet<QString> got =
            HeldDocuments::derive({licence}, evidence(kApplicant, applicant), parties, values,
                                  {QStringLiteral("A01"), kNow});
        QStringList sorted = got.values();
        sorted.sort();
        held.sort();
        QCOMPARE(sorted, held);
    }

    void partyIdNumber()
    {
        const QVariantMap values{
            {QStringLiteral("seller"),
             QVariantMap{{QStringLiteral("idNumber"), QStringLiteral(" 51010719880202003X ")}}},
            {QStringLiteral("child_name"), QStringLiteral("王小明")}};
        QCOMPARE(HeldDocuments::partyIdNumber(values, QStringLiteral("seller")), kFather);
        QCOMPARE(HeldDocuments::partyIdNumber(values, QStringLiteral("child_name")), QString());
        QCOMPARE(HeldDocuments::partyIdNumber(values, QStringLiteral("nobody")), QString());
    }
};

QTEST_GUILESS_MAIN(tst_HeldDocuments)
#include "tst_HeldDocuments.moc"
