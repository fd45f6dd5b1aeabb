#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "identity/CardReader.h"
#include "services/AppServices.h"
#include "storage/Database.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarImport.h"
#include "workflow/CalendarRepository.h"
#include "workflow/WorkingDayCalendar.h"

#include <QDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0));

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(OW_TEST_DATA_DIR "/calendar")).filePath(name);
}

// The repository's write in a transaction of its own, as CalendarImport runs it.
Result<CalendarRepository::Summary> store(const Database &db, const CalendarFile &file,
                                          const CalendarRepository::Progress &progress = {})
{
    Result<CalendarRepository::Summary> written =
        Result<CalendarRepository::Summary>::failure(QStringLiteral("not-run"));
    const Status stored = db.transaction([&]() -> Status {
        written = CalendarRepository(db).write(file, QStringLiteral("admin"), kNow, progress);
        return written ? Status::success() : Status(written.error());
    });
    return stored ? written : Result<CalendarRepository::Summary>(stored.error());
}

int count(const Database &db, const QString &table)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return v ? v.value().toInt() : -1;
}

} // namespace

class tst_CalendarRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndLoad_data();
    void importAndLoad();
    void reimportReplacesTheYear_data() { TestDatabase::addBackendRows(); }
    void reimportReplacesTheYear();
    void brokenFileChangesNothing_data() { TestDatabase::addBackendRows(); }
    void brokenFileChangesNothing();
    void cancelChangesNothing_data() { TestDatabase::addBackendRows(); }
    void cancelChangesNothing();
    void deadlinesCrossIntoTheImportedYear_data();
    void deadlinesCrossIntoTheImportedYear();
    void missingYearFromFirstDecember_data();
    void missingYearFromFirstDecember();
    void decemberBeforeBelongsToTheNextYear_data() { TestDatabase::addBackendRows(); }
    void decemberBeforeBelongsToTheNextYear();
    void decemberBeforeAYearNeverImported_data() { TestDatabase::addBackendRows(); }
    void decemberBeforeAYearNeverImported();
    void listYearSaysWhereEachDayComesFrom_data() { TestDatabase::addBackendRows(); }
    void listYearSaysWhereEachDayComesFrom();
};

void tst_CalendarRepository::importAndLoad_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file");
    for (const QString &backend : TestDatabase::backends())
        for (const QString &file :
             {QStringLiteral("synthetic-2027.tsv"), QStringLiteral("synthetic-2027.ics")})
            QTest::newRow(qPrintable(backend + QLatin1Char(' ') + file)) << backend << file;
}

void tst_CalendarRepository::importAndLoad()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, file);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const CalendarFile parsed = CalendarFile::load(fixture(file));
    QVERIFY(parsed.ok());
    int holidays = 0;
    for (const CalendarFile::Day &d : parsed.days())
        holidays += d.workday ? 0 : 1;
    QList<int> seen;
    auto imported = store(t.db(), parsed, [&](int done, int total) {
        seen << done;
        return done <= total;
    });
    QVERIFY2(imported.ok(), qPrintable(imported.error().code + imported.error().detail));
    QCOMPARE(imported.value().years, QList<int>{2027});
    QCOMPARE(imported.value().holidays, holidays);
    QCOMPARE(imported.value().workdays, int(parsed.days().size()) - holidays);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), int(parsed.days().size()));
    QCOMPARE(CalendarRepository(t.db()).importedYears().value(), QList<int>{2027});

    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    QVERIFY(!calendar.coversYear(2027));
    QVERIFY(CalendarRepository(t.db()).loadInto(calendar).ok());
    QVERIFY(calendar.coversYear(2027));
    QVERIFY(calendar.coversYear(2026)); // the compiled table stays the fallback
    for (const CalendarFile::Day &d : parsed.days())
        QCOMPARE(calendar.isWorkingDay(d.date), d.workday);
}

void tst_CalendarRepository::reimportReplacesTheYear()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    CalendarRepository repository(t.db());
    QVERIFY(store(t.db(), CalendarFile::load(fixture(QStringLiteral("synthetic-2027.tsv")))).ok());
    // A corrected list for the same year: only New Year moved.
    const CalendarFile corrected =
        CalendarFile::parse("2027-01-01\tholiday\t元旦\n2027-01-04\tholiday\t元旦\n",
                            CalendarFile::Format::Tsv, QStringLiteral("corrected.tsv"));
    QVERIFY(corrected.ok());
    QVERIFY(store(t.db(), corrected).ok());
    QCOMPARE(count(t.db(), QStringLiteral("calendar_days")), 2);
    QCOMPARE(count(t.db(), QStringLiteral("calendar_years")), 1);
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    QVERIFY(repository.loadInto(calendar).ok());
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 4)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 2, 10))); // the old Spring Festival is gone
}

void tst_CalendarRepository::brokenFileChangesNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto imported =
        store(t.db(), CalendarFile::load(fixture(QStringLiteral("broken-conflict.ics"))));
    QCOMPARE(imported.error().code, QStringLiteral("calendar-file"));
    QVERIFY(imported.error().detail.contains(QStringLiteral(":12: ")));
    QCOMPARE(count(t.db(), QStringLiteral("calendar_days")), 0);
}

void tst_CalendarRepository::cancelChangesNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto imported = store(t.db(), CalendarFile::load(fixture(QStringLiteral("synthetic-2027.tsv"))),
                          [](int done, int) { return done < 16; });
    QCOMPARE(imported.error().code, QStringLiteral("cancelled"));
    QCOMPARE(count(t.db(), QStringLiteral("calendar_days")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("calendar_years")), 0);
}

void tst_CalendarRepository::deadlinesCrossIntoTheImportedYear_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("weekendsOnly"); // before the import, provisional
    QTest::addColumn<QDate>("imported");     // on the synthetic 2027 list
    for (const QString &backend : TestDatabase::backends()) {
        // Wed 30 Dec: Thu 31 Dec works; 1-3 Jan rest in the list (Fri 1 Jan works on
        // weekends alone); Mon 4 and Tue 5 Jan work.
        QTest::newRow(qPrintable(backend + QStringLiteral(" across New Year")))
            << backend << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 4) << QDate(2027, 1, 5);
        // Fri 5 Feb: 6-13 Feb rest, Sun 14 Feb is a make-up working day.
        QTest::newRow(qPrintable(backend + QStringLiteral(" into Spring Festival")))
            << backend << QDate(2027, 2, 5) << 1 << QDate(2027, 2, 8) << QDate(2027, 2, 14);
    }
}

// The counter counts on the imported year as soon as it is imported, and a
// deadline in a year still without data is provisional.
void tst_CalendarRepository::deadlinesCrossIntoTheImportedYear()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, weekendsOnly);
    QFETCH(QDate, imported);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    AppServices services;
    AppServices::Options options;
    options.databaseUrl = t.url();
    options.liveUpdates = false;
    QVERIFY(services.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
    const WorkingDayCalendar &calendar = services.calendar();
    QCOMPARE(calendar.addWorkingDays(start, days), weekendsOnly);
    QVERIFY(calendar.isProvisional(weekendsOnly));
    QCOMPARE(services.calendarMissingYear(), 2027);

    // The administrator's import, as the window and the CLI do it.
    QVERIFY(services.calendarImport()
                .run(CalendarFile::load(fixture(QStringLiteral("synthetic-2027.ics"))),
                     Test::session(1, QStringLiteral("admin01"), Role::Administrator))
                .ok());
    QVERIFY(services.reloadCalendar().ok());
    QCOMPARE(calendar.addWorkingDays(start, days), imported);
    QVERIFY(!calendar.isProvisional(imported));
    QVERIFY(calendar.isProvisional(QDate(2028, 1, 3)));
    QCOMPARE(services.calendarMissingYear(), 0);
}

void tst_CalendarRepository::missingYearFromFirstDecember_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("with2027");
    QTest::addColumn<int>("missing");
    QTest::newRow("30 November, no 2027") << QDate(2026, 11, 30) << false << 0;
    QTest::newRow("1 December, no 2027") << QDate(2026, 12, 1) << false << 2027;
    QTest::newRow("31 December, 2027 imported") << QDate(2026, 12, 31) << true << 0;
    QTest::newRow("in 2027 without it") << QDate(2027, 3, 1) << false << 2027;
    QTest::newRow("1 December 2027, no 2028") << QDate(2027, 12, 1) << true << 2028;
}

void tst_CalendarRepository::missingYearFromFirstDecember()
{
    QFETCH(QDate, today);
    QFETCH(bool, with2027);
    QFETCH(int, missing);
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    if (with2027)
        calendar.setYear(2027, {QDate(2027, 1, 1)}, {});
    QCOMPARE(calendar.missingYear(today), missing);
}

// An arrangement that begins in the December before (2008, 2012, 2019, 2023)
// replaces only its own days: the year before keeps every other day, and is not
// marked as imported by it.
void tst_CalendarRepository::decemberBeforeBelongsToTheNextYear()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    CalendarRepository repository(t.db());
    const CalendarFile y2027 = CalendarFile::load(fixture(QStringLiteral("synthetic-2027.tsv")));
    const CalendarFile y2028 =
        CalendarFile::load(fixture(QStringLiteral("synthetic-2028-from-december.tsv")));
    QVERIFY(y2027.ok());
    QVERIFY(y2028.ok());
    QCOMPARE(y2028.coveredYears(), QList<int>{2028});
    QVERIFY(store(t.db(), y2027).ok());
    auto imported = store(t.db(), y2028);
    QVERIFY2(imported.ok(), qPrintable(imported.error().detail));
    QCOMPARE(imported.value().years, QList<int>{2028});
    QCOMPARE(repository.importedYears().value(), (QList<int>{2027, 2028}));
    QCOMPARE(count(t.db(), QStringLiteral("calendar_days")),
             int(y2027.days().size() + y2028.days().size()));
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT source FROM calendar_years WHERE year = 2027"))
                 .value()
                 .toString(),
             QStringLiteral("synthetic-2027.tsv"));

    auto check = [&](bool decemberFrom2028) {
        WorkingDayCalendar calendar = WorkingDayCalendar::official();
        if (!repository.loadInto(calendar))
            return false;
        for (const CalendarFile::Day &d : y2027.days())
            if (calendar.isWorkingDay(d.date) != d.workday)
                return false;
        return calendar.isWorkingDay(QDate(2027, 12, 30)) == !decemberFrom2028 &&
               calendar.isWorkingDay(QDate(2027, 12, 26)) == decemberFrom2028 &&
               !calendar.isWorkingDay(QDate(2028, 1, 26));
    };
    QVERIFY(check(true));
    // The year before imported again: the next year's December days stay.
    QVERIFY(store(t.db(), y2027).ok());
    QVERIFY(check(true));
    // The next year corrected without them: they go.
    const CalendarFile corrected =
        CalendarFile::parse("2028-01-01\tholiday\t元旦\n2028-01-26\tholiday\t春节\n",
                            CalendarFile::Format::Tsv, QStringLiteral("corrected-2028.tsv"));
    QVERIFY(corrected.ok());
    QVERIFY(store(t.db(), corrected).ok());
    QVERIFY(check(false));
    QCOMPARE(count(t.db(), QStringLiteral("calendar_days")), int(y2027.days().size()) + 2);
}

void tst_CalendarRepository::decemberBeforeAYearNeverImported()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(store(t.db(),
                  CalendarFile::load(fixture(QStringLiteral("synthetic-2028-from-december.tsv"))))
                .ok());
    QCOMPARE(CalendarRepository(t.db()).importedYears().value(), QList<int>{2028});
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    QVERIFY(CalendarRepository(t.db()).loadInto(calendar).ok());
    // 2027 has no arrangement yet: its deadlines stay provisional, but the three
    // days the 2028 arrangement fixes count as it says.
    QVERIFY(!calendar.coversYear(2027));
    QVERIFY(calendar.isProvisional(QDate(2027, 12, 30)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 12, 30)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 12, 26)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 12, 29)));
    // A file of December days alone holds no year's arrangement: refused whole.
    const CalendarFile december = CalendarFile::parse(
        "2027-12-30\tholiday\t元旦\n", CalendarFile::Format::Tsv, QStringLiteral("december.tsv"));
    QVERIFY(!december.ok());
    QCOMPARE(store(t.db(), december).error().code, QStringLiteral("calendar-file"));
}

void tst_CalendarRepository::listYearSaysWhereEachDayComesFrom()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    CalendarRepository repository(t.db());
    // A built-in year: the compiled-in table's days, none imported.
    WorkingDayCalendar builtIn = WorkingDayCalendar::official();
    auto y2026 = repository.listYear(2026);
    QVERIFY(y2026.ok());
    QVERIFY(!y2026.value().isEmpty());
    for (const CalendarRepository::ListedDay &d : y2026.value()) {
        QCOMPARE(d.date.year(), 2026);
        QVERIFY(!d.imported);
        QVERIFY(!d.name.isEmpty());
        QCOMPARE(builtIn.isWorkingDay(d.date), d.workday);
    }
    QVERIFY(repository.listYear(2027).value().isEmpty());

    const CalendarFile y2028 =
        CalendarFile::load(fixture(QStringLiteral("synthetic-2028-from-december.tsv")));
    QVERIFY(store(t.db(), y2028).ok());
    const QList<CalendarRepository::ListedDay> y2027 = repository.listYear(2027).value();
    QCOMPARE(y2027.size(), 3); // the December days of 2028's arrangement
    for (const CalendarRepository::ListedDay &d : y2027)
        QVERIFY(d.imported);
    const QList<CalendarRepository::ListedDay> listed = repository.listYear(2028).value();
    QCOMPARE(listed.size(), int(y2028.days().size()) - 3);
    QVERIFY(std::is_sorted(listed.cbegin(), listed.cend(),
                           [](const auto &a, const auto &b) { return a.date < b.date; }));
}

QTEST_GUILESS_MAIN(tst_CalendarRepository)
#include "tst_CalendarRepository.moc"
