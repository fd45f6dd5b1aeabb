#include "casefile/CaseFileService.h"
#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QSet>
#include <QTest>

using namespace OneWindow;

class tst_CaseFileService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsOpenAndPast_data();
    void splitsOpenAndPast();
    void unknownPerson_data();
    void unknownPerson();
    void everyOpeningIsAudited_data();
    void everyOpeningIsAudited();
};

namespace {

const QDate kToday(2026, 3, 2);

Session officer()
{
    Session s;
    s.userId = 3;
    s.username = QStringLiteral("officer01");
    s.role = Role::Officer;
    s.department = QStringLiteral("公安");
    s.counterCode = QStringLiteral("B02");
    return s;
}

CardIdentity citizen(int index)
{
    return SyntheticIdentityGenerator(99, kToday).citizen(index);
}

// A person with one case in each state; returns the person's id.
qint64 personWithCases(const Database &db, int index, const QStringList &states)
{
    const auto id = PersonRepository(db).insert(PersonRepository::fromCard(citizen(index)));
    if (!id)
        return -1;
    CaseRepository cases(db);
    for (int i = 0; i < states.size(); ++i) {
        CaseRecord c;
        c.caseNumber =
            QStringLiteral("H%1-20260302-%2").arg(index).arg(i + 1, 5, 10, QLatin1Char('0'));
        c.personId = id.value();
        c.matterCode = QStringLiteral("residence-permit");
        c.title = QStringLiteral("居住证申领");
        c.state = states.at(i);
        c.acceptedAt = QDateTime(kToday.addDays(-i), QTime(10, 0), Qt::UTC);
        SubCase s;
        s.department = QStringLiteral("公安");
        s.title = c.title;
        c.subCases << s;
        if (!cases.insert(c))
            return -1;
    }
    return id.value();
}

QList<QStringList> auditRows(const Database &db)
{
    QList<QStringList> rows;
    auto q = db.run(QStringLiteral("SELECT user_name, counter_code, action, subject"
                                   " FROM audit_events ORDER BY id"));
    while (q && q.value().next())
        rows << QStringList{q.value().value(0).toString(), q.value().value(1).toString(),
                            q.value().value(2).toString(), q.value().value(3).toString()};
    return rows;
}

} // namespace

void tst_CaseFileService::splitsOpenAndPast_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseFileService::splitsOpenAndPast()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QStringList states = {"accepted", "completed",  "in-progress",
                                "rejected", "supplement", "withdrawn"};
    const qint64 id = personWithCases(t.db(), 0, states);
    QVERIFY(id > 0);
    QVERIFY(personWithCases(t.db(), 1, {"accepted", "accepted"}) > 0); // someone else

    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    const auto file = service.open(citizen(0).idNumber, officer());
    QVERIFY2(file.ok(), qPrintable(file.error().detail));

    QCOMPARE(file->person.id, id);
    QCOMPARE(file->person.name, citizen(0).name);
    QStringList open, past;
    for (const CaseRecord &c : file->openCases) {
        open << c.state;
        QCOMPARE(c.personId, id);
        QCOMPARE(c.subCases.size(), 1);
    }
    for (const CaseRecord &c : file->pastCases) {
        past << c.state;
        QCOMPARE(c.personId, id);
    }
    // Newest first within each list (cases were accepted a day apart, in this order).
    QCOMPARE(open, (QStringList{"accepted", "in-progress", "supplement"}));
    QCOMPARE(past, (QStringList{"completed", "rejected", "withdrawn"}));
}

void tst_CaseFileService::unknownPerson_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseFileService::unknownPerson()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(personWithCases(t.db(), 0, {"accepted"}) > 0);

    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    const QString newcomer = citizen(1).idNumber;
    const auto file = service.open(newcomer, officer());
    QVERIFY(file.ok());
    QCOMPARE(file->person.id, qint64(0));
    QCOMPARE(file->person.idNumber, newcomer);
    QVERIFY(file->openCases.isEmpty());
    QVERIFY(file->pastCases.isEmpty());
    // Nothing on file was shown, so there is nothing to audit; nothing was stored either.
    QVERIFY(auditRows(t.db()).isEmpty());
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).value().toInt(), 1);
}

void tst_CaseFileService::everyOpeningIsAudited_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseFileService::everyOpeningIsAudited()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 first = personWithCases(t.db(), 0, {"accepted"});
    const qint64 second = personWithCases(t.db(), 1, {"completed"});
    QVERIFY(first > 0 && second > 0);

    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    Session clerk;
    clerk.userId = 1;
    clerk.username = QStringLiteral("clerk01");
    clerk.counterCode = QStringLiteral("A01");

    QVERIFY(service.open(citizen(0).idNumber, officer()).ok());
    QVERIFY(service.open(citizen(0).idNumber, officer()).ok()); // looked at again: again audited
    QVERIFY(service.open(citizen(1).idNumber, clerk).ok());

    const QList<QStringList> rows = auditRows(t.db());
    QCOMPARE(rows.size(), 3);
    const QString s1 = QStringLiteral("person:%1").arg(first);
    const QString s2 = QStringLiteral("person:%1").arg(second);
    QCOMPARE(rows.at(0), (QStringList{"officer01", "B02", "view-case-file", s1}));
    QCOMPARE(rows.at(1), (QStringList{"officer01", "B02", "view-case-file", s1}));
    QCOMPARE(rows.at(2), (QStringList{"clerk01", "A01", "view-case-file", s2}));
    // The audit subject never carries the ID number itself.
    for (const QStringList &r : rows) {
        QVERIFY(!r.at(3).contains(citizen(0).idNumber));
        QVERIFY(!r.at(3).contains(citizen(1).idNumber));
    }
    QCOMPARE(audit.firstBrokenEvent().value(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_CaseFileService)
#include "tst_CaseFileService.moc"
