#include "common/FixedClock.h"
#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarRepository.h"
#include "workflow/WorkingDayCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace OneWindow;

// Runs the real onewindow-cli: `calendar import` on both backends.
class tst_CliCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imports_data();
    void imports();
    void brokenFileNamesItsLines();
    void sealedLogWithoutTheKeyImportsNothing();
    void progressOnlyWhenWatched_data();
    void progressOnlyWhenWatched();
    void showsAYearAndWhereItsDaysComeFrom_data() { TestDatabase::addBackendRows(); }
    void showsAYearAndWhereItsDaysComeFrom();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QString &progress = QString());
};

tst_CliCalendar::Run tst_CliCalendar::run(const QStringList &arguments, const QString &progress)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ONEWINDOW_PROGRESS"));
    env.remove(QStringLiteral("ONEWINDOW_HALL_KEY"));
    if (!progress.isEmpty())
        env.insert(QStringLiteral("ONEWINDOW_PROGRESS"), progress);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    Run r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    // What the command printed, for the privacy scan after the run.
    OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                             QStringLiteral(".out"),
                                         r.out + r.err);
    return r;
}

void tst_CliCalendar::imports_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const QString &backend : TestDatabase::backends()) {
        QTest::newRow(qPrintable(backend + QStringLiteral(" tsv")))
            << backend << "synthetic-2027.tsv"
            << "tsv";
        QTest::newRow(qPrintable(backend + QStringLiteral(" ics")))
            << backend << "synthetic-2027.ics"
            << "ics";
    }
}

void tst_CliCalendar::imports()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, file);
    QFETCH(QString, format);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QString path = QStringLiteral(OW_TEST_DATA_DIR "/calendar/") + file;
    Run r = run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"),
                 t.url(), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject summary =
        QJsonDocument::fromJson(r.out.trimmed().split('\n').last()).object();
    QCOMPARE(summary.value(QStringLiteral("format")).toString(), format);
    QCOMPARE(summary.value(QStringLiteral("years")).toArray(), QJsonArray{2027});
    const CalendarFile parsed = CalendarFile::load(path);
    QCOMPARE(summary.value(QStringLiteral("holidays")).toInt() +
                 summary.value(QStringLiteral("workdays")).toInt(),
             int(parsed.days().size()));
    // What every counter now reads from the database.
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    QVERIFY(CalendarRepository(t.db()).loadInto(calendar).ok());
    QVERIFY(calendar.coversYear(2027));
    for (const CalendarFile::Day &d : parsed.days())
        QCOMPARE(calendar.isWorkingDay(d.date), d.workday);
    // On the audit trail, as the database's operator's.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"
                                        " AND subject = ? AND detail = ? AND user_name LIKE ?"),
                         {QStringLiteral("settings-change"), QStringLiteral("calendar"),
                          QStringLiteral("2027"), QStringLiteral("operator:%")})
                 .value()
                 .toInt(),
             1);
}

void tst_CliCalendar::sealedLogWithoutTheKeyImportsNothing()
{
    // A log sealed with the hall's key takes no event without it: the import,
    // which commits with its event, is refused whole.
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    AuditLog sealed(t.db(), clock, QByteArray::fromHex("a1a2a3a4a5a6a7a8a9aaabacadaeafb0"));
    QVERIFY(sealed
                .record(Test::session(1, QStringLiteral("admin01"), Role::Administrator),
                        QStringLiteral("sign-in"), {}, {})
                .ok());
    const int events =
        t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).value().toInt();
    const QString path = QStringLiteral(OW_TEST_DATA_DIR "/calendar/synthetic-2027.tsv");
    Run r = run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"),
                 t.url(), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("audit-key"), r.err.constData());
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM calendar_days")).value().toInt(),
             0);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM calendar_years")).value().toInt(),
             0);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events")).value().toInt(),
             events);
}

void tst_CliCalendar::brokenFileNamesItsLines()
{
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY(t.ok());
    const QString path = QStringLiteral(OW_TEST_DATA_DIR "/calendar/broken-dates.ics");
    Run r = run({QStringLiteral("calendar"), QStringLiteral("import"),
                 QStringLiteral("--database=") + t.url(), path});
    QCOMPARE(r.exitCode, 1);
    const CalendarFile parsed = CalendarFile::load(path);
    for (const CalendarFile::Problem &p : parsed.problems())
        QVERIFY2(r.err.contains(QStringLiteral("%1:%2: ").arg(path).arg(p.line).toUtf8()),
                 r.err.constData());
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM calendar_days")).value().toInt(),
             0);
    // Usage errors.
    QCOMPARE(run({QStringLiteral("calendar"), QStringLiteral("import"), path}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("calendar"), QStringLiteral("import"),
                  QStringLiteral("--database"), t.url()})
                 .exitCode,
             2);
}

void tst_CliCalendar::progressOnlyWhenWatched_data()
{
    QTest::addColumn<QString>("progress");
    QTest::addColumn<bool>("shown");
    // Under ctest stderr is a pipe, as in a log: no progress line unless asked for.
    QTest::newRow("not a terminal") << QString() << false;
    QTest::newRow("asked for") << "1" << true;
    QTest::newRow("refused") << "0" << false;
}

void tst_CliCalendar::progressOnlyWhenWatched()
{
    QFETCH(QString, progress);
    QFETCH(bool, shown);
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY(t.ok());
    const QString path = QStringLiteral(OW_TEST_DATA_DIR "/calendar/synthetic-2027.tsv");
    const int days = int(CalendarFile::load(path).days().size());
    Run r = run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"),
                 t.url(), path},
                progress);
    QCOMPARE(r.exitCode, 0);
    const QByteArray last =
        QStringLiteral("\rimporting the calendar: %1 / %1 (100 %)\n").arg(days).toUtf8();
    QCOMPARE(r.err.contains(last), shown);
    QCOMPARE(r.err.contains("importing the calendar"), shown);
}

void tst_CliCalendar::showsAYearAndWhereItsDaysComeFrom()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto show = [&](const QString &year) {
        return run({QStringLiteral("calendar"), QStringLiteral("show"),
                    QStringLiteral("--database"), t.url(), year});
    };
    // Lines: date, kind, name, source; the expected days come from the files.
    auto lines = [](const QByteArray &out) {
        QList<QStringList> rows;
        for (const QByteArray &line : out.split('\n'))
            if (!line.isEmpty())
                rows << QString::fromUtf8(line).split(QLatin1Char('\t'));
        return rows;
    };
    auto same = [](const QList<QStringList> &rows, const QList<CalendarFile::Day> &days,
                   const QString &source) {
        if (rows.size() != days.size())
            return false;
        for (int i = 0; i < rows.size(); ++i) {
            const QStringList expected{days.at(i).date.toString(Qt::ISODate),
                                       days.at(i).workday ? QStringLiteral("workday")
                                                          : QStringLiteral("holiday"),
                                       days.at(i).name, source};
            if (rows.at(i) != expected)
                return false;
        }
        return true;
    };
    auto ofYear = [](const CalendarFile &file, int year) {
        QList<CalendarFile::Day> days;
        for (const CalendarFile::Day &d : file.days())
            if (d.date.year() == year)
                days << d;
        return days;
    };

    const CalendarFile builtIn =
        CalendarFile::load(QStringLiteral(OW_SOURCE_DIR "/resources/data/calendar.tsv"));
    Run r = show(QStringLiteral("2026"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(same(lines(r.out), ofYear(builtIn, 2026), QStringLiteral("built-in")));

    // No arrangement at all: said on stderr, nothing on stdout.
    r = show(QStringLiteral("2027"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("no official arrangement for 2027"));

    const QString path =
        QStringLiteral(OW_TEST_DATA_DIR "/calendar/synthetic-2028-from-december.tsv");
    r = run({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--database"),
             t.url(), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const CalendarFile y2028 = CalendarFile::load(path);
    r = show(QStringLiteral("2028"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(same(lines(r.out), ofYear(y2028, 2028), QStringLiteral("imported")));
    // The December before 2028's arrangement is 2027's only by date.
    r = show(QStringLiteral("2027"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(same(lines(r.out), ofYear(y2028, 2027), QStringLiteral("imported")));

    for (const QStringList &usage :
         {QStringList{QStringLiteral("calendar"), QStringLiteral("show"),
                      QStringLiteral("--database"), t.url()},
          QStringList{QStringLiteral("calendar"), QStringLiteral("show"),
                      QStringLiteral("--database"), t.url(), QStringLiteral("next-year")}})
        QCOMPARE(run(usage).exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CliCalendar)
#include "tst_CliCalendar.moc"
