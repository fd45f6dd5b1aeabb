#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "helpers/TestDatabase.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "storage/Database.h"
#include "storage/EditConflict.h"

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
    void concurrentEditsConflict_data();
    void concurrentEditsConflict();
    void subCaseStepsAreVersioned_data();
    void subCaseStepsAreVersioned();
    void retriedAcceptFindsTheFirstCase_data();
    void retriedAcceptFindsTheFirstCase();
    void pagesPastCases_data();
    void pagesPastCases();
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
    c.state = CaseState::Accepted;
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
            s.state = StepState::Approved;
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
    OW_CHECK_BACKEND(backend);
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
    OW_CHECK_BACKEND(backend);
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
    OW_CHECK_BACKEND(backend);
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
    OW_CHECK_BACKEND(backend);
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
    OW_CHECK_BACKEND(backend);
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

void tst_CaseRepository::concurrentEditsConflict_data()
{
    TestDatabase::addBackendRows();
}

// Two counters load the same case; both save. Exactly one wins; the other is told
// who changed it and when, and nothing of the winner's edit is lost.
void tst_CaseRepository::concurrentEditsConflict()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    Database second(DatabaseUrl::parse(t.url()).value());
    QVERIFY(second.open().ok());
    const qint64 personId = addPerson(t.db(), 3);
    const QDateTime accepted(kToday, QTime(9, 0), Qt::UTC);
    CaseRepository first(t.db());
    QVERIFY(first.insert(bundle(personId, QStringLiteral("H-20260302-00001"), accepted)).ok());

    CaseRecord a = first.findByNumber(QStringLiteral("H-20260302-00001")).value();
    CaseRecord b = CaseRepository(second).findByNumber(QStringLiteral("H-20260302-00001")).value();
    QCOMPARE(a.version, 1);
    QCOMPARE(b.version, 1);

    a.state = CaseState::AwaitingSupplement;
    const QDateTime at(kToday, QTime(10, 15, 30), Qt::UTC);
    int newVersion = 0;
    QVERIFY(t.db()
                .transaction([&]() -> Status {
                    auto v = first.update(a, {QStringLiteral("窗口一 李敏"), 0, at});
                    if (!v)
                        return Status(v.error());
                    newVersion = v.value();
                    return Status::success();
                })
                .ok());
    QCOMPARE(newVersion, 2);

    b.state = CaseState::Withdrawn;
    Error lost;
    const Status saved = second.transaction([&]() -> Status {
        auto v =
            CaseRepository(second).update(b, {QStringLiteral("窗口二 张伟"), 0, at.addSecs(5)});
        return v ? Status::success() : Status(v.error());
    });
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("conflict"));
    const auto conflict = EditConflict::fromError(saved.error());
    QVERIFY(conflict.has_value());
    QCOMPARE(conflict->table, QStringLiteral("cases"));
    QCOMPARE(conflict->id, a.id);
    QCOMPARE(conflict->changedBy, QStringLiteral("窗口一 李敏"));
    QCOMPARE(conflict->changedAt, at);
    QCOMPARE(conflict->currentVersion, 2);

    const CaseRecord stored = first.findByNumber(QStringLiteral("H-20260302-00001")).value();
    QCOMPARE(stored.state, CaseState::AwaitingSupplement);
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.updatedBy, QStringLiteral("窗口一 李敏"));

    // After reloading, the second counter saves on top of the first.
    b = CaseRepository(second).findByNumber(QStringLiteral("H-20260302-00001")).value();
    b.state = CaseState::Withdrawn;
    auto again = CaseRepository(second).update(b, {QStringLiteral("窗口二 张伟"), 0, at});
    QVERIFY2(again.ok(), qPrintable(again.error().detail));
    QCOMPARE(again.value(), 3);

    // Not a conflict but a missing case.
    CaseRecord ghost = b;
    ghost.id = 999999;
    QCOMPARE(first.update(ghost, {}).error().code, QStringLiteral("not-found"));
    QVERIFY(!EditConflict::fromError(Error{QStringLiteral("db-error"), {}}).has_value());
}

void tst_CaseRepository::subCaseStepsAreVersioned_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::subCaseStepsAreVersioned()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId = addPerson(t.db(), 4);
    CaseRepository cases(t.db());
    QVERIFY(cases
                .insert(bundle(personId, QStringLiteral("H-1"),
                               QDateTime(kToday, QTime(9, 0), Qt::UTC)))
                .ok());
    const SubCase police = cases.findByNumber(QStringLiteral("H-1")).value().subCases.at(1);
    QCOMPARE(police.version, 1);
    const QDateTime at(kToday, QTime(14, 0), Qt::UTC);
    SubCase returned = police;
    returned.state = StepState::Returned;
    returned.holder = QStringLiteral("公安 陈静");
    returned.holderId = 7;
    auto v = cases.updateSubCase(returned, {QStringLiteral("公安 陈静"), 0, at});
    QVERIFY2(v.ok(), qPrintable(v.error().detail));
    QCOMPARE(v.value(), 2);
    CaseEvent event;
    event.caseId = cases.findByNumber(QStringLiteral("H-1")).value().id;
    event.subCaseId = police.id;
    event.action = CaseAction::Return;
    event.fromState = CaseStates::key(StepState::Open);
    event.toState = CaseStates::key(StepState::Returned);
    event.actor = QStringLiteral("公安 陈静");
    event.at = at;
    event.reason = QStringLiteral("缺户口簿");
    event.data = QJsonObject{
        {QStringLiteral("materials"), QJsonArray{QStringLiteral("household-register")}}};
    QVERIFY(cases.appendEvent(event).ok());
    // A stale second officer.
    SubCase stale = police;
    stale.state = StepState::Approved;
    auto lost = cases.updateSubCase(stale, {QStringLiteral("公安 刘洋"), 0, at});
    QCOMPARE(lost.error().code, QStringLiteral("conflict"));
    QCOMPARE(EditConflict::fromError(lost.error())->changedBy, QStringLiteral("公安 陈静"));
    const auto history = cases.history(event.caseId).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().action, CaseAction::Return);
    QCOMPARE(history.first().reason, QStringLiteral("缺户口簿"));
    QCOMPARE(history.first().data, event.data);
    QCOMPARE(history.first().at, at);
    const SubCase after = cases.findByNumber(QStringLiteral("H-1")).value().subCases.at(1);
    QCOMPARE(after.state, StepState::Returned);
    QCOMPARE(after.holder, QStringLiteral("公安 陈静"));
    QCOMPARE(after.holderId, qint64(7));
    QCOMPARE(after.version, 2);
    SubCase ghost;
    ghost.id = 424242;
    QCOMPARE(cases.updateSubCase(ghost, {}).error().code, QStringLiteral("not-found"));
}

void tst_CaseRepository::retriedAcceptFindsTheFirstCase_data()
{
    TestDatabase::addBackendRows();
}

// The commit's acknowledgement was lost and the client accepts again with the
// same intake key: it gets the stored case back, and no number is used up.
void tst_CaseRepository::retriedAcceptFindsTheFirstCase()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId = addPerson(t.db(), 5);
    CaseRecord record = bundle(personId, {}, QDateTime(kToday, QTime(9, 0), Qt::UTC));
    record.intakeKey = QStringLiteral("6f1c2a7e-3d7b-4f7e-9a51-0c2b8e0f1a11");
    int allocated = 0;
    const auto allocate = [&]() -> Result<QString> {
        return QStringLiteral("H-20260302-%1").arg(++allocated, 5, 10, QLatin1Char('0'));
    };

    CaseRecord first = record;
    bool created = false;
    QVERIFY(t.db()
                .transaction([&]() -> Status {
                    auto r = CaseRepository(t.db()).storeOnce(first, allocate);
                    if (!r)
                        return Status(r.error());
                    created = r.value();
                    return Status::success();
                })
                .ok());
    QVERIFY(created);
    QVERIFY(first.id > 0);
    QCOMPARE(first.caseNumber, QStringLiteral("H-20260302-00001"));

    // The retry, from another connection as after a reconnect.
    Database reconnected(DatabaseUrl::parse(t.url()).value());
    QVERIFY(reconnected.open().ok());
    CaseRecord retry = record;
    QVERIFY(reconnected
                .transaction([&]() -> Status {
                    auto r = CaseRepository(reconnected).storeOnce(retry, allocate);
                    if (!r)
                        return Status(r.error());
                    created = r.value();
                    return Status::success();
                })
                .ok());
    QVERIFY(!created);
    QCOMPARE(retry.id, first.id);
    QCOMPARE(retry.caseNumber, first.caseNumber);
    QCOMPARE(allocated, 1);
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 1);

    // A second insert with the same key is refused by the database itself.
    CaseRecord clash = record;
    clash.caseNumber = QStringLiteral("H-20260302-00099");
    QCOMPARE(CaseRepository(t.db()).insert(clash).error().code, QStringLiteral("duplicate"));
    // Without a key every accept is a new case.
    CaseRecord keyless = record;
    keyless.intakeKey.clear();
    QVERIFY(CaseRepository(t.db()).storeOnce(keyless, allocate).value());
    QCOMPARE(count(t.db(), QStringLiteral("cases")), 2);
}

void tst_CaseRepository::pagesPastCases_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseRepository::pagesPastCases()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId = addPerson(t.db(), 6);
    CaseRepository cases(t.db());
    const QDateTime base(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 7; ++i) {
        CaseRecord c = bundle(personId, QStringLiteral("P-%1").arg(i), base.addDays(i));
        c.state = i == 6 ? CaseState::InProgress : CaseState::Delivered;
        QVERIFY(cases.insert(c).ok());
    }
    QCOMPARE(cases.openForPerson(personId).value().size(), 1);
    QCOMPARE(cases.countPastForPerson(personId).value(), 6);
    const auto page1 = cases.pastForPerson(personId, 4, 0).value();
    const auto page2 = cases.pastForPerson(personId, 4, 4).value();
    QCOMPARE(page1.size(), 4);
    QCOMPARE(page2.size(), 2);
    QCOMPARE(page1.first().caseNumber, QStringLiteral("P-5"));
    QCOMPARE(page2.last().caseNumber, QStringLiteral("P-0"));
    QCOMPARE(page2.last().subCases.size(), 4);
    QCOMPARE(cases.pastForPerson(personId, 0, 0).error().code, QStringLiteral("bad-page"));
}

QTEST_GUILESS_MAIN(tst_CaseRepository)
#include "tst_CaseRepository.moc"
