#include "casefile/CaseRepository.h"
#include "casefile/FileDocumentRepository.h"
#include "casefile/PersonRepository.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;

namespace {
const QDate kToday(2026, 3, 2);
const QString kCreated = QStringLiteral("2026-03-01T02:00:00.000Z");
} // namespace

// The documents on a person's file a new case can reuse, as the case file shows
// them and as acceptance counts them held: valid today, one per kind, the one
// valid longest, a licence before a paper copy.
class tst_FileDocumentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reusableDocuments_data() { TestDatabase::addBackendRows(); }
    void reusableDocuments()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const CardIdentity card = SyntheticIdentityGenerator(3, kToday).citizen(0);
        const auto person = PersonRepository(t.db()).insert(PersonRepository::fromCard(card));
        QVERIFY(person.ok());
        CaseRecord c;
        c.caseNumber = QStringLiteral("F-20260302-00001");
        c.personId = person.value();
        c.matterCode = QStringLiteral("residence-permit");
        c.title = QStringLiteral("居住证申领");
        c.acceptedAt = QDateTime(kToday.addDays(-30), QTime(10, 0), Qt::UTC);
        const auto caseId = CaseRepository(t.db()).insert(c);
        QVERIFY(caseId.ok());
        const QVariant noDate(QMetaType(QMetaType::QDate));
        const auto material = [&](const QString &kind, bool reusable, const QVariant &until) {
            return t.db()
                .run(QStringLiteral("INSERT INTO materials (case_id, person_id, kind, title,"
                                    " source, reusable, valid_until, issuer, created_at)"
                                    " VALUES (?, ?, ?, ?, 'counter', ?, ?, '街道办', ?)"),
                     {caseId.value(), person.value(), kind, kind, reusable, until, kCreated})
                .ok();
        };
        const auto licence = [&](const QString &kind, const QString &number,
                                 const QVariant &until) {
            return t.db()
                .run(QStringLiteral("INSERT INTO licences (person_id, kind, title, number,"
                                    " issuer, valid_until, source, created_at)"
                                    " VALUES (?, ?, ?, ?, '公安', ?, '电子证照库', ?)"),
                     {person.value(), kind, kind, number, until, kCreated})
                .ok();
        };
        QVERIFY(material(QStringLiteral("photo"), true, kToday.addDays(-1))); // expired
        QVERIFY(material(QStringLiteral("income-proof"), false, noDate));     // not reusable
        QVERIFY(material(QStringLiteral("lease"), true, kToday));             // last valid day
        // A paper copy and a licence of the same kind, both without expiry: the licence.
        QVERIFY(material(QStringLiteral("household-register"), true, noDate));
        QVERIFY(licence(QStringLiteral("household-register"), QStringLiteral("HK1"), noDate));
        // Two licences: the one valid longer.
        QVERIFY(licence(QStringLiteral("marriage-certificate"), QStringLiteral("M1"),
                        kToday.addYears(1)));
        QVERIFY(licence(QStringLiteral("marriage-certificate"), QStringLiteral("M2"),
                        kToday.addYears(3)));

        const auto docs = FileDocumentRepository(t.db()).reusable(person.value(), kToday);
        QVERIFY2(docs.ok(), qPrintable(docs.error().detail));
        QMap<QString, FileDocument> byKind;
        for (const FileDocument &d : docs.value())
            byKind.insert(d.kind, d);
        QCOMPARE(byKind.keys(),
                 (QStringList{"household-register", "lease", "marriage-certificate"}));
        QCOMPARE(byKind.value("household-register").origin, QStringLiteral("licence"));
        QCOMPARE(byKind.value("household-register").reference, QStringLiteral("HK1"));
        QCOMPARE(byKind.value("lease").origin, QStringLiteral("case"));
        QCOMPARE(byKind.value("lease").reference, c.caseNumber);
        QCOMPARE(byKind.value("marriage-certificate").reference, QStringLiteral("M2"));

        // Nobody on file: nothing, without asking the database.
        const auto none = FileDocumentRepository(t.db()).reusable(0, kToday);
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileDocumentRepository)
#include "tst_FileDocumentRepository.moc"
