#include "workflow/CalendarFile.h"

#include <QDir>
#include <QTest>

using namespace OneWindow;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(OW_TEST_DATA_DIR "/calendar")).filePath(name);
}

} // namespace

class tst_CalendarFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsvAndIcsSayTheSame();
    void icsConventions_data();
    void icsConventions();
    void compiledTableIsAGoodTsv();
    void coveredYears_data();
    void coveredYears();
    void brokenFiles_data();
    void brokenFiles();
    void emptyCalendar();
};

// The two fixtures describe the same synthetic year in the two formats, each in
// its own conventions (TSV rows; .ics periods with exclusive DTEND, DURATION, a
// folded line, 休/班 in SUMMARY and X-ONEWINDOW-KIND).
void tst_CalendarFile::tsvAndIcsSayTheSame()
{
    const CalendarFile tsv = CalendarFile::load(fixture(QStringLiteral("synthetic-2027.tsv")));
    const CalendarFile ics = CalendarFile::load(fixture(QStringLiteral("synthetic-2027.ics")));
    QVERIFY2(tsv.ok(), qPrintable(tsv.problemLines().join(QLatin1Char('\n'))));
    QVERIFY2(ics.ok(), qPrintable(ics.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(tsv.format(), CalendarFile::Format::Tsv);
    QCOMPARE(ics.format(), CalendarFile::Format::ICalendar);
    QCOMPARE(tsv.years(), QList<int>{2027});
    QCOMPARE(ics.years(), QList<int>{2027});
    QCOMPARE(ics.days().size(), tsv.days().size());
    for (int i = 0; i < tsv.days().size(); ++i) {
        QCOMPARE(ics.days().at(i).date, tsv.days().at(i).date);
        QCOMPARE(ics.days().at(i).workday, tsv.days().at(i).workday);
        // The marker is not part of the name: "元旦 休" is 元旦.
        QCOMPARE(ics.days().at(i).name, tsv.days().at(i).name);
    }
    QCOMPARE(tsv.days().first().nameEn, QStringLiteral("New Year's Day"));
}

void tst_CalendarFile::icsConventions_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("workday");
    QTest::newRow("DTEND is exclusive")
        << QByteArray(
               "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270104\r\nSUMMARY:元旦休息")
        << QDate(2027, 1, 1) << 3 << false;
    QTest::newRow("no DTEND is one day")
        << QByteArray("DTSTART;VALUE=DATE:20270102\r\nSUMMARY:补班") << QDate(2027, 1, 2) << 1
        << true;
    QTest::newRow("调休上班 is a working day, though it holds 休")
        << QByteArray("DTSTART;VALUE=DATE:20270102\r\nSUMMARY:调休上班") << QDate(2027, 1, 2) << 1
        << true;
    QTest::newRow("English day off")
        << QByteArray("DTSTART;VALUE=DATE:20270104\r\nSUMMARY:Spring Festival (day off)")
        << QDate(2027, 1, 4) << 1 << false;
    QTest::newRow("X-ONEWINDOW-KIND wins over SUMMARY")
        << QByteArray("DTSTART;VALUE=DATE:20270102\r\nSUMMARY:春节 休\r\nX-ONEWINDOW-KIND:workday")
        << QDate(2027, 1, 2) << 1 << true;
    QTest::newRow("escaped SUMMARY, lower-case names, LF only")
        << QByteArray("dtstart;value=date:20270501\nduration:P2D\nsummary:劳动节\\, 放假")
        << QDate(2027, 5, 1) << 2 << false;
}

void tst_CalendarFile::icsConventions()
{
    QFETCH(QByteArray, event);
    QFETCH(QDate, first);
    QFETCH(int, days);
    QFETCH(bool, workday);
    const QByteArray content = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + event +
                               "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const CalendarFile file = CalendarFile::parse(content, CalendarFile::Format::ICalendar);
    QVERIFY2(file.ok(), qPrintable(file.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(file.days().size(), days);
    QCOMPARE(file.days().first().date, first);
    QCOMPARE(file.days().last().date, first.addDays(days - 1));
    for (const CalendarFile::Day &d : file.days())
        QCOMPARE(d.workday, workday);
}

// The table compiled into the program is the TSV format an import accepts.
void tst_CalendarFile::compiledTableIsAGoodTsv()
{
    const CalendarFile file =
        CalendarFile::load(QStringLiteral(OW_SOURCE_DIR "/resources/data/calendar.tsv"));
    QVERIFY2(file.ok(), qPrintable(file.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(file.years().first(), 2004);
}

void tst_CalendarFile::coveredYears_data()
{
    QTest::addColumn<QByteArray>("tsv");
    QTest::addColumn<QList<int>>("years");
    QTest::addColumn<QList<int>>("covered");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("arrangement");
    QTest::newRow("one year") << QByteArray("2027-01-01\tholiday\t元旦\n") << QList<int>{2027}
                              << QList<int>{2027} << QDate(2027, 1, 1) << 2027;
    // 2008's arrangement began on 29 December 2007.
    QTest::newRow("from the December before")
        << QByteArray("2007-12-29\tworkday\t元旦\n2007-12-30\tholiday\t元旦\n"
                      "2008-02-06\tholiday\t春节\n")
        << QList<int>{2007, 2008} << QList<int>{2008} << QDate(2007, 12, 30) << 2008;
    QTest::newRow("two whole years")
        << QByteArray("2018-02-16\tholiday\t春节\n2018-12-30\tholiday\t元旦\n"
                      "2019-02-05\tholiday\t春节\n")
        << QList<int>{2018, 2019} << QList<int>{2018, 2019} << QDate(2018, 12, 30) << 2018;
}

void tst_CalendarFile::coveredYears()
{
    QFETCH(QByteArray, tsv);
    QFETCH(QList<int>, years);
    QFETCH(QList<int>, covered);
    QFETCH(QDate, day);
    QFETCH(int, arrangement);
    const CalendarFile file = CalendarFile::parse(tsv, CalendarFile::Format::Tsv);
    QVERIFY2(file.ok(), qPrintable(file.problemLines().join(QLatin1Char('\n'))));
    QCOMPARE(file.years(), years);
    QCOMPARE(file.coveredYears(), covered);
    QCOMPARE(file.arrangementOf(day), arrangement);
}

void tst_CalendarFile::brokenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<int>>("lines");
    // Line numbers counted in the fixtures (tests/data/calendar), one per problem.
    QTest::newRow("tsv: date, kind, columns, weekday, clash")
        << "broken.tsv" << QList<int>{3, 4, 5, 6, 7};
    QTest::newRow("ics: SUMMARY without 休 or 班") << "broken-no-kind.ics" << QList<int>{14};
    QTest::newRow("ics: a date and time") << "broken-datetime.ics" << QList<int>{7};
    QTest::newRow("ics: impossible date, DTEND not after, no DTSTART, too long")
        << "broken-dates.ics" << QList<int>{7, 12, 15, 19};
    QTest::newRow("ics: working day inside the holiday, on a weekday")
        << "broken-conflict.ics" << QList<int>{12, 16};
    QTest::newRow("ics: cut off") << "broken-truncated.ics" << QList<int>{10};
    QTest::newRow("a web page saved as .ics") << "not-a-calendar.ics" << QList<int>{1};
}

void tst_CalendarFile::brokenFiles()
{
    QFETCH(QString, name);
    QFETCH(QList<int>, lines);
    const CalendarFile file = CalendarFile::load(fixture(name));
    QVERIFY(!file.ok());
    QList<int> found;
    for (const CalendarFile::Problem &p : file.problems())
        found << p.line;
    QCOMPARE(found, lines);
    QVERIFY(file.problemLines().first().startsWith(fixture(name) +
                                                   QStringLiteral(":%1: ").arg(lines.first())));
}

void tst_CalendarFile::emptyCalendar()
{
    const CalendarFile file =
        CalendarFile::parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", CalendarFile::Format::ICalendar,
                            QStringLiteral("e.ics"));
    QVERIFY(!file.ok());
    QCOMPARE(file.problems().size(), 1);
}

QTEST_GUILESS_MAIN(tst_CalendarFile)
#include "tst_CalendarFile.moc"
