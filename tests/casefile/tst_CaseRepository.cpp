#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QTest>

using namespace OneWindow;

class tst_CaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndFind_data();
    void insertAndFind();
    void listForPersonNewestFirst_data();
    void listForPersonNewestFirst();
    void unknownNumber_data();
    void unknownNumber();
    void duplicateNumber_data();
    void duplicateNumber();
    void failedInsertLeavesNothing_data();
    void failedInsertLeavesNothing();
};

namespace {

const QDate kToday(2026, 3, 2);

qint64 addPerson(const Database &db, int index)
{
    const CardIdentity card = SyntheticIdentityGenerator(7, kToday).citizen(index);
    const auto id = PersonRepository(db).insert(PersonRepository::fromCard(card));
    return id.ok() ? id.value() : -1;
}

CaseRecord bundle(qint64 personId, const QString &number, const QDateTime &acceptedAt)
{
    CaseRecord c;
    c.caseNumber = number;
    c.personId = personId;
    c.matterCode = QStringLiteral("newborn");
    c.templateId = QStringLiteral("newborn");
    c.templateVersion = 3;
    c.title = QStringLiteral("新生儿出生\"一件事\"");
    c.state = QStringLiteral("accepted");
    c.counterCode = QStringLiteral("A02");
    c.acceptedAt = acceptedAt;
    c.deadline = acceptedAt.date().addDays(20);
    c.identitySource = QStringLiteral("qr");
    c.identityFlags = {QStringLiteral("expired"), QStringLiteral("manual-photo")};
    c.formData = QJsonObject{{QStringLiteral("child_name"), QStringLiteral("王小明")},
                             {QStringLiteral("parents_married"), true},
                             {QStringLiteral("children"), QJsonArray{1, 2}}};
    const QStringList departments = {QStringLiteral("卫健"), QStringLiteral("公安"),
                                     QStringLiteral("医保"), QStringLiteral("人社")};
    for (int i = 0; i < departments.size(); ++i) {
        SubCase s;
        s.order = i;
        s.department = departments.at(i);
        s.title = departments.at(i) + QStringLiteral("办理");
        s.deadline = acceptedAt.date().addDays(5 * (i + 1));
        if (i == 0) {
            s.state = QStringLiteral("approved");
            s.completedAt = acceptedAt.addDays(1);
        }
        c.subCases.append(s);
    }
    c.materials = {{QStringLiteral("birth-certificate"), QStringLiteral("出生医学证明"),
                    QStringLiteral("counter")},
                   {QStringLiteral("applicant-id-card"), QStringLiteral("申请人居民身份证"),
                    QStringLiteral("on-file")},
                   {QStringLiteral("photo"), QStringLiteral("照片"), QStringLiteral("counter")}};
    return c;
}

int count(const Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toInt();
}

} // namespace

void tst_CaseRepository::insertAndFind_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::insertAndFind()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId = addPerson(t.db(), 0);
    QVERIFY(personId > 0);
    // Accepted in the hall's local time (UTC+8): stored and read back as the same instant.
    const QDateTime accepted(kToday, QTime(9, 30, 15), Qt::OffsetFromUTC, 8 * 3600);
    const CaseRecord c = bundle(personId, QStringLiteral("HALL-20260302-00001"), accepted);

    CaseRepository cases(t.db());
    const auto id = cases.insert(c);
    QVERIFY2(id.ok(), qPrintable(id.error().detail));
    QVERIFY(id.value() > 0);

    const auto found = cases.findByNumber(c.caseNumber);
    QVERIFY2(found.ok(), qPrintable(found.error().detail));
    const CaseRecord &f = found.value();
    QCOMPARE(f.id, id.value());
    QCOMPARE(f.caseNumber, c.caseNumber);
    QCOMPARE(f.personId, personId);
    QCOMPARE(f.matterCode, c.matterCode);
    QCOMPARE(f.templateId, c.templateId);
    QCOMPARE(f.templateVersion, 3);
    QCOMPARE(f.title, c.title);
    QCOMPARE(f.state, c.state);
    QCOMPARE(f.counterCode, c.counterCode);
    QCOMPARE(f.clerkId, qint64(0)); // no clerk: stored as NULL, not a broken reference
    QCOMPARE(f.acceptedAt, accepted);
    QCOMPARE(f.deadline, c.deadline);
    QVERIFY(!f.completedAt.isValid());
    QCOMPARE(f.identitySource, QStringLiteral("qr"));
    QCOMPARE(f.identityFlags, c.identityFlags);
    QCOMPARE(f.formData, c.formData);
    QCOMPARE(f.version, 1);
    QVERIFY(f.isOpen());

    QCOMPARE(f.subCases.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const SubCase &s = f.subCases.at(i);
        QVERIFY(s.id > 0);
        QCOMPARE(s.order, i);
        QCOMPARE(s.department, c.subCases.at(i).department);
        QCOMPARE(s.title, c.subCases.at(i).title);
        QCOMPARE(s.state, c.subCases.at(i).state);
        QCOMPARE(s.deadline, c.subCases.at(i).deadline);
        QCOMPARE(s.completedAt, c.subCases.at(i).completedAt);
    }
    QCOMPARE(f.materials.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(f.materials.at(i).kind, c.materials.at(i).kind);
        QCOMPARE(f.materials.at(i).title, c.materials.at(i).title);
        QCOMPARE(f.materials.at(i).source, c.materials.at(i).source);
    }
    // Materials are filed under the person too, for reuse in later cases.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM materials WHERE person_id = ?"),
                         {personId})
                 .value()
                 .toInt(),
             3);
}

void tst_CaseRepository::listForPersonNewestFirst_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::listForPersonNewestFirst()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 alice = addPerson(t.db(), 1);
    const qint64 bob = addPerson(t.db(), 2);
    QVERIFY(alice > 0 && bob > 0);
    CaseRepository cases(t.db());

    // Inserted out of order; one pair on the same second.
    const QDateTime base(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC);
    const QList<QPair<QString, QDateTime>> aliceCases = {
        {QStringLiteral("H-20250601-00001"), base},
        {QStringLiteral("H-20260105-00001"), base.addDays(218)},
        {QStringLiteral("H-20240301-00001"), base.addDays(-457)},
        {QStringLiteral("H-20260105-00002"), base.addDays(218)},
        // Crosses midnight in UTC+8 but not in UTC: order by instant, not by text.
        {QStringLiteral("H-20250601-00002"),
         QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::OffsetFromUTC, 8 * 3600)},
    };
    for (const auto &pair : aliceCases)
        QVERIFY(cases.insert(bundle(alice, pair.first, pair.second)).ok());
    QVERIFY(cases.insert(bundle(bob, QStringLiteral("H-20260201-00001"), base.addDays(250))).ok());

    const auto list = cases.listForPerson(alice);
    QVERIFY2(list.ok(), qPrintable(list.error().detail));
    QStringList numbers;
    for (const CaseRecord &c : list.value()) {
        numbers << c.caseNumber;
        QCOMPARE(c.personId, alice);
        QCOMPARE(c.subCases.size(), 4);
        QCOMPARE(c.materials.size(), 3);
    }
    // Newest first; the same instant: the later stored first.
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("H-20260105-00002"), QStringLiteral("H-20260105-00001"),
                          QStringLiteral("H-20250601-00002"), QStringLiteral("H-20250601-00001"),
                          QStringLiteral("H-20240301-00001")}));
    QCOMPARE(cases.listForPerson(bob).value().size(), 1);
    QVERIFY(cases.listForPerson(4242).value().isEmpty());
}

void tst_CaseRepository::unknownNumber_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::unknownNumber()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 person = addPerson(t.db(), 3);
    CaseRepository cases(t.db());
    QVERIFY(cases
                .insert(bundle(person, QStringLiteral("H-20260302-00001"),
                               QDateTime(kToday, QTime(9, 0), Qt::UTC)))
                .ok());
    const auto none = cases.findByNumber(QStringLiteral("H-20260302-00002"));
    QVERIFY(none.ok());
    QCOMPARE(none->id, qint64(0));
    QVERIFY(none->subCases.isEmpty());
}

void tst_CaseRepository::duplicateNumber_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::duplicateNumber()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 person = addPerson(t.db(), 4);
    CaseRepository cases(t.db());
    const QDateTime at(kToday, QTime(9, 0), Qt::UTC);
    QVERIFY(cases.insert(bundle(person, QStringLiteral("H-20260302-00001"), at)).ok());
    const auto again = cases.insert(bundle(person, QStringLiteral("H-20260302-00001"), at));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("duplicate"));
}

void tst_CaseRepository::failedInsertLeavesNothing_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::failedInsertLeavesNothing()
{
    QFETCH(QString, backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 person = addPerson(t.db(), 5);
    CaseRepository cases(t.db());
    CaseRecord c =
        bundle(person, QStringLiteral("H-20260302-00001"), QDateTime(kToday, QTime(9, 0), Qt::UTC));
    c.materials.append({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("counter")});

    // In the caller's transaction, a later failure takes case, sub-cases and materials back.
    const Status s = t.db().transaction([&]() -> Status {
        const auto id = cases.insert(c);
        if (!id)
            return Status(id.error());
        return Status::failure(QStringLiteral("db-full"));
    });
    QVERIFY(!s.ok());
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("sub_cases")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("materials")), 0);
}

QTEST_GUILESS_MAIN(tst_CaseRepository)
#include "tst_CaseRepository.moc"
