#include "casefile/CaseFileService.h"
#include "casefile/CaseRepository.h"
#include "casefile/PersonRepository.h"
#include "common/CounterLock.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "identity/IdNumber.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QMap>
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
    void documentsAndAppointments_data();
    void documentsAndAppointments();
    void openPersonById_data();
    void openPersonById();
    void openByCaseNumber_data();
    void openByCaseNumber();
    void officersNeedAPurpose_data();
    void officersNeedAPurpose();
    void searchIsMaskedAndAudited_data();
    void searchIsMaskedAndAudited();
    void readsNotOnTheRecordAreNotHandedOut_data() { TestDatabase::addBackendRows(); }
    void readsNotOnTheRecordAreNotHandedOut();
    void lockedCounterOpensNothing_data();
    void lockedCounterOpensNothing();
};

namespace {

const QDate kToday(2026, 3, 2);

Session clerk()
{
    return Test::session(3, QStringLiteral("clerk01"), Role::Clerk, {}, QStringLiteral("B02"));
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
        c.state = CaseStates::caseStateFromKey(states.at(i)).value();
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
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QStringList states = {"accepted",  "completed",           "in-progress",
                                "delivered", "awaiting-supplement", "withdrawn"};
    const qint64 id = personWithCases(t.db(), 0, states);
    QVERIFY(id > 0);
    QVERIFY(personWithCases(t.db(), 1, {"accepted", "accepted"}) > 0); // someone else

    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    const auto file = service.open(citizen(0).idNumber, clerk());
    QVERIFY2(file.ok(), qPrintable(file.error().detail));

    QCOMPARE(file->person.id, id);
    QCOMPARE(file->person.name, citizen(0).name);
    QStringList open, past;
    for (const CaseRecord &c : file->openCases) {
        open << CaseStates::key(c.state);
        QCOMPARE(c.personId, id);
        QCOMPARE(c.subCases.size(), 1);
    }
    for (const CaseRecord &c : file->pastCases) {
        past << CaseStates::key(c.state);
        QCOMPARE(c.personId, id);
    }
    // Newest first within each list (cases were accepted a day apart, in this order).
    // A completed case waits for collection: it is still current.
    QCOMPARE(open, (QStringList{"accepted", "completed", "in-progress", "awaiting-supplement"}));
    QCOMPARE(past, (QStringList{"delivered", "withdrawn"}));
}

void tst_CaseFileService::unknownPerson_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseFileService::unknownPerson()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(personWithCases(t.db(), 0, {"accepted"}) > 0);

    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    const QString newcomer = citizen(1).idNumber;
    const auto file = service.open(newcomer, clerk());
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
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 first = personWithCases(t.db(), 0, {"accepted"});
    const qint64 second = personWithCases(t.db(), 1, {"completed"});
    QVERIFY(first > 0 && second > 0);

    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    Session atA01;
    atA01.userId = 1;
    atA01.username = QStringLiteral("clerk01");
    atA01.counterCode = QStringLiteral("A01");

    QVERIFY(service.open(citizen(0).idNumber, clerk()).ok());
    QVERIFY(service.open(citizen(0).idNumber, clerk()).ok()); // looked at again: again audited
    QVERIFY(service.open(citizen(1).idNumber, atA01).ok());

    const QList<QStringList> rows = auditRows(t.db());
    QCOMPARE(rows.size(), 3);
    const QString s1 = QStringLiteral("person:%1").arg(first);
    const QString s2 = QStringLiteral("person:%1").arg(second);
    QCOMPARE(rows.at(0), (QStringList{"clerk01", "B02", "view-case-file", s1}));
    QCOMPARE(rows.at(1), (QStringList{"clerk01", "B02", "view-case-file", s1}));
    QCOMPARE(rows.at(2), (QStringList{"clerk01", "A01", "view-case-file", s2}));
    // The audit subject never carries the ID number itself.
    for (const QStringList &r : rows) {
        QVERIFY(!r.at(3).contains(citizen(0).idNumber));
        QVERIFY(!r.at(3).contains(citizen(1).idNumber));
    }
    QCOMPARE(audit.firstBrokenEvent().value(), qint64(0));
}

void tst_CaseFileService::documentsAndAppointments_data()
{
    TestDatabase::addBackendRows();
}

// Reusable documents: still valid today, one per kind (the longest valid), with
// where each came from; appointments: today's only.
void tst_CaseFileService::documentsAndAppointments()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId = personWithCases(t.db(), 4, {QStringLiteral("completed")});
    QVERIFY(personId > 0);
    const qint64 caseId = CaseRepository(t.db()).listForPerson(personId).value().first().id;
    const QString now = QStringLiteral("2026-03-02T02:00:00.000Z");
    auto material = [&](const QString &kind, bool reusable, const QVariant &validUntil) {
        return t.db()
            .run(QStringLiteral("INSERT INTO materials (case_id, person_id, kind, title, source,"
                                " reusable, valid_until, issuer, created_at)"
                                " VALUES (?, ?, ?, ?, 'counter', ?, ?, ?, ?)"),
                 {caseId, personId, kind, kind + QStringLiteral(" 复印件"), reusable, validUntil,
                  QStringLiteral("街道办"), now})
            .ok();
    };
    const QVariant noDate(QMetaType(QMetaType::QDate));
    QVERIFY(material(QStringLiteral("photo"), true, kToday.addDays(-1)));            // expired
    QVERIFY(material(QStringLiteral("residence-proof"), true, kToday.addMonths(2))); // kept
    QVERIFY(material(QStringLiteral("residence-proof"), true, kToday.addMonths(6))); // longer
    QVERIFY(material(QStringLiteral("income-proof"), false, noDate));                // not reusable
    QVERIFY(t.db()
                .run(QStringLiteral("INSERT INTO licences (person_id, kind, title, number, issuer,"
                                    " valid_until, source, created_at)"
                                    " VALUES (?, 'household-register', '居民户口簿', 'HK1', '公安',"
                                    " ?, '电子证照库', ?)"),
                     {personId, noDate, now})
                .ok());
    for (int day = -1; day <= 1; ++day)
        QVERIFY(t.db()
                    .run(QStringLiteral("INSERT INTO appointments (code, person_id, matter_code,"
                                        " title, day, slot, state, created_at)"
                                        " VALUES (?, ?, 'marriage-appointment', '婚姻登记预约', ?,"
                                        " '09:30', 'booked', ?)"),
                         {QStringLiteral("YY%1").arg(day + 1), personId, kToday.addDays(day), now})
                    .ok());

    FixedClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    auto file = CaseFileService(t.db(), audit).open(citizen(4).idNumber, clerk());
    QVERIFY2(file.ok(), qPrintable(file.error().detail));
    QMap<QString, FileDocument> docs;
    for (const FileDocument &d : file.value().reusableDocuments)
        docs.insert(d.kind, d);
    QCOMPARE(docs.keys(), (QStringList{QStringLiteral("household-register"),
                                       QStringLiteral("residence-proof")}));
    QCOMPARE(docs.value(QStringLiteral("household-register")).origin, QStringLiteral("licence"));
    QVERIFY(!docs.value(QStringLiteral("household-register")).validUntil.isValid());
    QCOMPARE(docs.value(QStringLiteral("residence-proof")).validUntil, kToday.addMonths(6));
    QCOMPARE(docs.value(QStringLiteral("residence-proof")).origin, QStringLiteral("case"));
    QCOMPARE(docs.value(QStringLiteral("residence-proof")).reference,
             QStringLiteral("H4-20260302-00001"));
    QCOMPARE(docs.value(QStringLiteral("residence-proof")).issuer, QStringLiteral("街道办"));
    QCOMPARE(file.value().appointmentsToday.size(), 1);
    QCOMPARE(file.value().appointmentsToday.first().code, QStringLiteral("YY1"));
    QCOMPARE(file.value().appointmentsToday.first().day, kToday);
}

void tst_CaseFileService::openPersonById_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseFileService::openPersonById()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QStringList states;
    for (int i = 0; i < 25; ++i)
        states << QStringLiteral("delivered");
    states << QStringLiteral("in-progress");
    const qint64 personId = personWithCases(t.db(), 5, states);
    QVERIFY(personId > 0);
    FixedClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    auto file = service.openPerson(personId, clerk());
    QVERIFY2(file.ok(), qPrintable(file.error().detail));
    QCOMPARE(file.value().openCases.size(), 1);
    QCOMPARE(file.value().pastCases.size(), CaseFileService::kPastPageSize);
    QCOMPARE(file.value().pastCasesTotal, 25);
    QCOMPARE(auditRows(t.db()).size(), 1);
    // Paging on is reading more of the file: on the record, page by page.
    QCOMPARE(service.pastCases(personId, 20, 20, clerk()).value().size(), 5);
    QCOMPARE(auditRows(t.db()).size(), 2);
    QCOMPARE(auditRows(t.db()).last().value(2), QStringLiteral("view-past-cases"));
    QCOMPARE(service.openPerson(987654, clerk()).error().code, QStringLiteral("not-found"));
    QCOMPARE(auditRows(t.db()).size(), 2); // nobody's file was shown
}

void tst_CaseFileService::openByCaseNumber_data()
{
    TestDatabase::addBackendRows();
}

// A receipt code names a case; the file that opens is its person's, audited once.
void tst_CaseFileService::openByCaseNumber()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId =
        personWithCases(t.db(), 3, {QStringLiteral("delivered"), QStringLiteral("in-progress")});
    QVERIFY(personId > 0);
    auto q =
        t.db().run(QStringLiteral("SELECT case_number FROM cases WHERE person_id = ? ORDER BY id"),
                   {personId});
    QVERIFY(q.ok() && q.value().next());
    const QString caseNumber = q.value().value(0).toString();
    FixedClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);

    auto file = service.openByCaseNumber(caseNumber, clerk());
    QVERIFY2(file.ok(), qPrintable(file.error().detail));
    QCOMPARE(file.value().person.id, personId);
    QCOMPARE(file.value().openCases.size() + file.value().pastCasesTotal, 2);
    QCOMPARE(auditRows(t.db()).size(), 1);
    QCOMPARE(
        service.openByCaseNumber(QStringLiteral("510107-20990101-99999"), clerk()).error().code,
        QStringLiteral("not-found"));
    QCOMPARE(auditRows(t.db()).size(), 1);
}

void tst_CaseFileService::officersNeedAPurpose_data()
{
    TestDatabase::addBackendRows();
}

// An officer opens their department's citizens' files; anyone else's only with a
// stated purpose, which is audited and goes to the supervisor's review.
void tst_CaseFileService::officersNeedAPurpose()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    // Both have one 公安 case (personWithCases gives every case a 公安 step).
    const qint64 own = personWithCases(t.db(), 0, {"in-progress"});
    QVERIFY(own > 0);
    const qint64 other =
        PersonRepository(t.db()).insert(PersonRepository::fromCard(citizen(1))).value();
    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    Session police = clerk();
    police.role = Role::Officer;
    police.department = QStringLiteral("公安");
    police.username = QStringLiteral("officer01");
    QVERIFY(service.openPerson(own, police).ok());
    QCOMPARE(service.openPerson(other, police).error().code, QStringLiteral("purpose-required"));
    Session health = police;
    health.department = QStringLiteral("卫健");
    QCOMPARE(service.openPerson(own, health).error().code, QStringLiteral("purpose-required"));
    auto opened = service.openPerson(other, police, QStringLiteral("核实户籍迁入申请的家庭成员"));
    QVERIFY2(opened.ok(), qPrintable(opened.error().code));
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM review_items WHERE kind ="
                                        " 'purpose-opening' AND detail = ? AND subject = ?"),
                         {QStringLiteral("核实户籍迁入申请的家庭成员"),
                          QStringLiteral("person:%1").arg(other)})
                 .value()
                 .toInt(),
             1);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'view-case-file' AND detail LIKE 'purpose: %'"))
                 .value()
                 .toInt(),
             1);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'refused'"))
                 .value()
                 .toInt(),
             2);
    // An administrator does not open citizens' files at all.
    Session admin = clerk();
    admin.role = Role::Administrator;
    QCOMPARE(service.openPerson(own, admin, QStringLiteral("x")).error().code,
             QStringLiteral("forbidden"));
    QCOMPARE(service.search(QStringLiteral("1"), 10, 0, admin).error().code,
             QStringLiteral("forbidden"));
}

void tst_CaseFileService::searchIsMaskedAndAudited_data()
{
    TestDatabase::addBackendRows();
}

void tst_CaseFileService::searchIsMaskedAndAudited()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    Person p = PersonRepository::fromCard(citizen(2));
    p.phone = QStringLiteral("17012345678");
    QVERIFY(PersonRepository(t.db()).insert(p).ok());
    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    auto found = service.search(p.idNumber.left(10), 10, 0, clerk());
    QVERIFY2(found.ok(), qPrintable(found.error().code));
    QCOMPARE(found->hits.size(), 1);
    const PersonHit &hit = found->hits.first();
    QCOMPARE(hit.idNumber, IdNumber::masked(p.idNumber));
    QVERIFY(hit.idNumber != p.idNumber);
    QCOMPARE(hit.phone, QStringLiteral("170****5678"));
    QCOMPARE(hit.name, p.name);
    // The trail keeps the search, never the number searched for.
    auto detail =
        t.db().scalar(QStringLiteral("SELECT detail FROM audit_events WHERE action = 'search'"));
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().toString(), p.idNumber.left(6) + QStringLiteral("****"));
    QCOMPARE(CaseFileService::maskedQuery(QStringLiteral("张三丰")), QStringLiteral("张**"));
    // The file, once opened, shows the whole number.
    QCOMPARE(service.openPerson(hit.personId, clerk())->person.idNumber, p.idNumber);
}

// Every page of a search and of a file's history is a reading of its own, on the
// record in the same transaction; a reading the audit log refuses to record
// (a log sealed with the hall key, at a counter without it) hands out nothing.
void tst_CaseFileService::readsNotOnTheRecordAreNotHandedOut()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId =
        personWithCases(t.db(), 7, QStringList(25, QStringLiteral("delivered")));
    QVERIFY(personId > 0);
    FixedClock clock(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    auto count = [&](const QString &action) {
        return t.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"), {action})
            .value()
            .toInt();
    };
    const QString name = PersonRepository(t.db()).findById(personId).value().name;
    QVERIFY(service.search(name, 1, 0, clerk()).ok());
    QVERIFY(service.search(name, 1, 1, clerk()).ok());
    QCOMPARE(count(QStringLiteral("search")), 2);
    QVERIFY(service.pastCases(personId, 10, 10, clerk()).ok());
    QCOMPARE(count(QStringLiteral("view-past-cases")), 1);

    // An officer of another department pages nobody's history without a reason.
    Session officer = clerk();
    officer.userId = 9;
    officer.username = QStringLiteral("sc01");
    officer.role = Role::Officer;
    officer.department = QStringLiteral("市场监管");
    QCOMPARE(service.pastCases(personId, 10, 0, officer).error().code,
             QStringLiteral("purpose-required"));
    QCOMPARE(count(QStringLiteral("view-past-cases")), 1);
    QVERIFY(service.pastCases(personId, 10, 0, officer, QStringLiteral("核对")).ok());
    QCOMPARE(count(QStringLiteral("view-past-cases")), 2);

    // Sealed with the hall key (by an administrator, the log having events from
    // before); this counter has no key.
    AuditLog keyed(t.db(), clock, QByteArray(32, 'k'));
    QVERIFY(keyed.seal(Test::session(5, QStringLiteral("admin01"), Role::Administrator)).ok());
    const int events =
        t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).value().toInt();
    auto found = service.search(name, 10, 0, clerk());
    QVERIFY(!found.ok());
    QVERIFY2(found.error().code.startsWith(QLatin1String("audit-")),
             qPrintable(found.error().code));
    QVERIFY(!service.pastCases(personId, 10, 0, clerk()).ok());
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).value().toInt(),
             events);
}

void tst_CaseFileService::lockedCounterOpensNothing_data()
{
    TestDatabase::addBackendRows();
}

// While the counter is locked no file opens, however it is asked for (a card read,
// a search result, a receipt's code), and nothing goes on the locked clerk's name;
// unlocked, the same call opens it.
void tst_CaseFileService::lockedCounterOpensNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const qint64 personId = personWithCases(t.db(), 6, {QStringLiteral("accepted")});
    QVERIFY(personId > 0);
    FixedClock clock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService files(t.db(), audit);
    CounterLock lock;
    files.setCounterLock(&lock);
    lock.setLocked(true);
    const auto events = [&] {
        return t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).value().toInt();
    };
    QCOMPARE(files.open(citizen(6).idNumber, clerk()).error().code,
             QStringLiteral("counter-locked"));
    QCOMPARE(files.open(citizen(7).idNumber, clerk()).error().code,
             QStringLiteral("counter-locked")); // not on file either: still nothing
    QCOMPARE(files.openPerson(personId, clerk()).error().code, QStringLiteral("counter-locked"));
    QCOMPARE(files.openByCaseNumber(QStringLiteral("H6-20260302-00001"), clerk()).error().code,
             QStringLiteral("counter-locked"));
    QCOMPARE(files.search(citizen(6).name, 10, 0, clerk()).error().code,
             QStringLiteral("counter-locked"));
    QCOMPARE(files.pastCases(personId, 10, 0, clerk()).error().code,
             QStringLiteral("counter-locked"));
    QCOMPARE(events(), 0);

    lock.setLocked(false);
    const auto opened = files.open(citizen(6).idNumber, clerk());
    QVERIFY(opened.ok());
    QCOMPARE(opened->person.id, personId);
    QCOMPARE(events(), 1);
}

QTEST_GUILESS_MAIN(tst_CaseFileService)
#include "tst_CaseFileService.moc"
