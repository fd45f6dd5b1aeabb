#include "casefile/CaseFileService.h"
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "models/CaseFileModel.h"
#include "security/AuditLog.h"
#include "services/BulkSeeder.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace OneWindow;

class tst_CaseFileModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFile();
    void treeShape();
    void pagesHistory();
    void pagerFailure();
    void openedFromDatabase_data();
    void openedFromDatabase();
};

namespace {

CaseRecord makeCase(int n, const QString &state, int departments)
{
    CaseRecord c;
    c.id = n;
    c.caseNumber = QStringLiteral("510107-20260302-%1").arg(n, 5, 10, QLatin1Char('0'));
    c.title = QStringLiteral("退休\"一件事\"");
    c.state = CaseStates::caseStateFromKey(state).value();
    c.deadline = QDate(2026, 3, 20);
    c.version = 3;
    for (int i = 0; i < departments; ++i) {
        SubCase s;
        s.id = n * 10 + i;
        s.order = i;
        s.department =
            QStringList{QStringLiteral("人社"), QStringLiteral("医保"), QStringLiteral("公积金")}
                .at(i % 3);
        s.title = c.title + QStringLiteral(" · ") + s.department;
        s.state = i == 0 ? StepState::Approved : StepState::Open;
        s.deadline = QDate(2026, 3, 10 + i);
        c.subCases.append(s);
    }
    return c;
}

CaseFile sampleFile(int past, int pastTotal)
{
    CaseFile f;
    f.person.id = 7;
    f.person.name = QStringLiteral("张三");
    f.openCases = {makeCase(1, QStringLiteral("in-progress"), 3),
                   makeCase(2, QStringLiteral("awaiting-supplement"), 1)};
    for (int i = 0; i < past; ++i)
        f.pastCases.append(makeCase(100 + i, QStringLiteral("completed"), 1));
    f.pastCasesTotal = pastTotal;
    FileDocument d;
    d.kind = QStringLiteral("household-register");
    d.title = QStringLiteral("居民户口簿（电子证照）");
    d.origin = QStringLiteral("licence");
    d.reference = QStringLiteral("HK0000000007");
    d.issuer = QStringLiteral("公安");
    f.reusableDocuments = {d};
    Appointment a;
    a.code = QStringLiteral("YY0000000007");
    a.title = QStringLiteral("婚姻登记预约");
    a.slot = QStringLiteral("09:30");
    f.appointmentsToday = {a};
    return f;
}

} // namespace

void tst_CaseFileModel::emptyFile()
{
    CaseFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(CaseFileModel::SectionCount));
    for (int s = 0; s < CaseFileModel::SectionCount; ++s)
        QCOMPARE(model.rowCount(model.index(s, 0)), 0);
    QVERIFY(!model.canFetchMore(model.sectionIndex(CaseFileModel::PastCases)));
}

void tst_CaseFileModel::treeShape()
{
    CaseFileModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCaseFile(sampleFile(3, 3));
    const QModelIndex open = model.sectionIndex(CaseFileModel::OpenCases);
    QCOMPARE(model.rowCount(open), 2);
    QCOMPARE(model.data(open).toString(), QStringLiteral("在办件（2）"));
    const QModelIndex first = model.index(0, 0, open);
    QCOMPARE(model.data(first, CaseFileModel::KindRole).toString(), QStringLiteral("case"));
    QCOMPARE(model.data(first, CaseFileModel::VersionRole).toInt(), 3);
    QCOMPARE(model.data(model.index(0, CaseFileModel::Reference, open)).toString(),
             QStringLiteral("510107-20260302-00001"));
    QCOMPARE(model.rowCount(first), 3);
    const QModelIndex police = model.index(1, CaseFileModel::Title, first);
    QCOMPARE(model.data(police).toString(), QStringLiteral("医保"));
    QCOMPARE(model.data(model.index(1, CaseFileModel::Date, first)).toString(),
             QStringLiteral("2026-03-11"));
    QCOMPARE(model.parent(police), first);
    QCOMPARE(model.caseAt(police)->caseNumber, QStringLiteral("510107-20260302-00001"));
    QCOMPARE(model.data(police, CaseFileModel::CaseIdRole).toLongLong(), qint64(1));
    const QModelIndex docs = model.sectionIndex(CaseFileModel::Documents);
    QCOMPARE(model.data(model.index(0, CaseFileModel::Date, docs)).toString(),
             QStringLiteral("长期有效"));
    QCOMPARE(model.data(model.index(0, CaseFileModel::Detail, docs)).toString(),
             QStringLiteral("公安"));
    const QModelIndex apps = model.sectionIndex(CaseFileModel::Appointments);
    QCOMPARE(model.data(model.index(0, CaseFileModel::Reference, apps)).toString(),
             QStringLiteral("YY0000000007"));
    QVERIFY(model.caseAt(model.index(0, 0, apps)) == nullptr);
    QCOMPARE(model.rowCount(model.sectionIndex(CaseFileModel::PastCases)), 3);
}

void tst_CaseFileModel::pagesHistory()
{
    // No tester here: it pulls every page itself (see the end of this test).
    CaseFileModel model;
    const CaseFile all = sampleFile(45, 45);
    CaseFile first = all;
    first.pastCases = all.pastCases.mid(0, 20);
    QList<QPair<int, int>> asked;
    model.setCaseFile(first, [&](int offset, int limit) -> Result<QList<CaseRecord>> {
        asked.append({offset, limit});
        return all.pastCases.mid(offset, limit);
    });
    const QModelIndex past = model.sectionIndex(CaseFileModel::PastCases);
    QCOMPARE(model.data(past).toString(), QStringLiteral("历史办件（45）"));
    QCOMPARE(model.rowCount(past), 20);
    QVERIFY(model.canFetchMore(past));
    QVERIFY(!model.canFetchMore(model.sectionIndex(CaseFileModel::OpenCases)));
    model.fetchMore(past);
    model.fetchMore(past);
    QCOMPARE(model.rowCount(past), 45);
    QVERIFY(!model.canFetchMore(past));
    QCOMPARE(asked, (QList<QPair<int, int>>{{20, 20}, {40, 20}}));
    QCOMPARE(model.data(model.index(44, CaseFileModel::Reference, past)).toString(),
             all.pastCases.at(44).caseNumber);

    CaseFileModel checked;
    QAbstractItemModelTester tester(&checked,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.setCaseFile(first, [&](int offset, int limit) -> Result<QList<CaseRecord>> {
        return all.pastCases.mid(offset, limit);
    });
    while (checked.canFetchMore(checked.sectionIndex(CaseFileModel::PastCases)))
        checked.fetchMore(checked.sectionIndex(CaseFileModel::PastCases));
    QCOMPARE(checked.rowCount(checked.sectionIndex(CaseFileModel::PastCases)), 45);
}

void tst_CaseFileModel::pagerFailure()
{
    CaseFileModel model;
    CaseFile first = sampleFile(20, 30);
    model.setCaseFile(first, [](int, int) -> Result<QList<CaseRecord>> {
        return Result<QList<CaseRecord>>::failure(QStringLiteral("db-gone"));
    });
    QList<Error> errors;
    connect(&model, &CaseFileModel::loadFailed, this, [&](const Error &e) { errors.append(e); });
    model.fetchMore(model.sectionIndex(CaseFileModel::PastCases));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, QStringLiteral("db-gone"));
    QCOMPARE(model.rowCount(model.sectionIndex(CaseFileModel::PastCases)), 20);
}

void tst_CaseFileModel::openedFromDatabase_data()
{
    TestDatabase::addBackendRows();
}

// From an ID number to the filled model, as the counter does it.
void tst_CaseFileModel::openedFromDatabase()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QDate today(2026, 3, 2);
    auto seeded = BulkSeeder(t.owner(), QStringLiteral("510107"), today).seed(40, 5);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().detail));
    FixedClock clock(QDateTime(today, QTime(10, 0), Qt::UTC));
    AuditLog audit(t.db(), clock);
    CaseFileService service(t.db(), audit);
    Session clerk;
    clerk.userId = 1; // signed in: the case file checks who asks
    clerk.role = Role::Clerk;
    clerk.username = QStringLiteral("clerk01");
    clerk.counterCode = QStringLiteral("A01");
    int withAppointment = 0;
    int withDocuments = 0;
    for (int i = 0; i < 40; ++i) {
        auto file = service.open(BulkSeeder::idNumberOf(5, i), clerk);
        QVERIFY2(file.ok(), qPrintable(file.error().detail));
        QCOMPARE(file.value().person.id, qint64(i + 1));
        CaseFileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 personId = file.value().person.id;
        model.setCaseFile(file.value(), [&](int offset, int limit) {
            return service.pastCases(personId, limit, offset, clerk);
        });
        const int cases = model.rowCount(model.sectionIndex(CaseFileModel::OpenCases)) +
                          model.caseFile().pastCasesTotal;
        QVERIFY2(cases >= 3 && cases <= 7, qPrintable(QString::number(cases)));
        for (const FileDocument &d : file.value().reusableDocuments)
            QVERIFY(!d.validUntil.isValid() || d.validUntil >= today);
        for (const Appointment &a : file.value().appointmentsToday)
            QCOMPARE(a.day, today);
        withAppointment += file.value().appointmentsToday.isEmpty() ? 0 : 1;
        withDocuments += file.value().reusableDocuments.isEmpty() ? 0 : 1;
    }
    QVERIFY(withDocuments > 10);
    // Each opening was audited.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"),
                         {QStringLiteral("view-case-file")})
                 .value()
                 .toInt(),
             40);
    Q_UNUSED(withAppointment);
}

QTEST_MAIN(tst_CaseFileModel)
#include "tst_CaseFileModel.moc"
