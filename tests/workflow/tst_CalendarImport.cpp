// The core's rule for importing the official calendar: a hall setting, so
// only an account that may change settings imports, and the rows and the audit
// event commit together or not at all. Both backends.
#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarImport.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QString kFile = QStringLiteral(OW_TEST_DATA_DIR "/calendar/synthetic-2027.tsv");

int count(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.scalar(sql, values);
    return v ? v.value().toInt() : -1;
}

int settingsChanges(const Database &db)
{
    return count(db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                " AND subject = ?"),
                 {QStringLiteral("settings-change"), QStringLiteral("calendar")});
}

} // namespace

class tst_CalendarImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void administratorImportsOnTheRecord_data() { TestDatabase::addBackendRows(); }
    void administratorImportsOnTheRecord()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
        AuditLog audit(t.db(), clock);
        const CalendarFile file = CalendarFile::load(kFile);
        QVERIFY(file.ok());
        const Session admin = Test::session(4, QStringLiteral("admin01"), Role::Administrator);
        auto done = CalendarImport(t.db(), audit, clock).run(file, admin);
        QVERIFY2(done.ok(), qPrintable(done.error().code));
        QCOMPARE(done->years, QList<int>{2027});
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM calendar_days")),
                 int(file.days().size()));
        QCOMPARE(count(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM calendar_years WHERE year = ?"
                                      " AND imported_by = ?"),
                       {2027, QStringLiteral("admin01")}),
                 1);
        QCOMPARE(count(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                      " AND subject = ? AND detail = ? AND user_name = ?"),
                       {QStringLiteral("settings-change"), QStringLiteral("calendar"),
                        QStringLiteral("2027"), QStringLiteral("admin01")}),
                 1);
    }

    void othersAreRefusedOnTheRecord_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("role");
        for (const QString &backend : TestDatabase::backends())
            for (Role role : {Role::Clerk, Role::Officer, Role::Supervisor})
                QTest::addRow("%s %d", qPrintable(backend), int(role)) << backend << int(role);
    }
    void othersAreRefusedOnTheRecord()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        QFETCH(int, role);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
        AuditLog audit(t.db(), clock);
        const Session who = Test::session(2, QStringLiteral("someone"), Role(role));
        auto done = CalendarImport(t.db(), audit, clock).run(CalendarFile::load(kFile), who);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, QStringLiteral("forbidden"));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM calendar_days")), 0);
        QCOMPARE(settingsChanges(t.db()), 0);
        QCOMPARE(count(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                      " AND user_name = ?"),
                       {QStringLiteral("refused"), QStringLiteral("someone")}),
                 1);
    }

    void cancelledOrBrokenLeavesNoTrace_data() { TestDatabase::addBackendRows(); }
    void cancelledOrBrokenLeavesNoTrace()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
        AuditLog audit(t.db(), clock);
        const Session admin = Test::session(4, QStringLiteral("admin01"), Role::Administrator);
        CalendarImport import(t.db(), audit, clock);
        int calls = 0;
        auto cancelled = import.run(CalendarFile::load(kFile), admin, [&](int, int) {
            return ++calls < 2; // the clerk presses Cancel during the import
        });
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QVERIFY(calls >= 2);
        auto broken = import.run(
            CalendarFile::load(QStringLiteral(OW_TEST_DATA_DIR "/calendar/broken-dates.ics")),
            admin);
        QCOMPARE(broken.error().code, QStringLiteral("calendar-file"));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM calendar_days")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM calendar_years")), 0);
        QCOMPARE(settingsChanges(t.db()), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CalendarImport)
#include "tst_CalendarImport.moc"
