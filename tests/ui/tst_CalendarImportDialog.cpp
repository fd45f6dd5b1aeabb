// An administrator imports next year's holidays from the window: progress,
// Cancel that leaves the database as it was, and the counter counting on the
// imported days at once.
#include "common/Localization.h"
#include "helpers/TestCounter.h"
#include "shell/CalendarImportDialog.h"
#include "storage/Database.h"
#include "workflow/CalendarFile.h"
#include "workflow/WorkingDayCalendar.h"

#include <QProgressDialog>
#include <QTest>
#include <QTimer>

using namespace OneWindow;

namespace {

const QString kFile = QStringLiteral(OW_TEST_DATA_DIR "/calendar/synthetic-2027.ics");

} // namespace

class tst_CalendarImportDialog : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;

    int days() { return m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM calendar_days")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Localization::apply(QStringLiteral("zh")));
        TestCounter::Setup setup;
        setup.demoCitizens = 0;
        QVERIFY2(m_counter.start(std::move(setup)), qPrintable(m_counter.error()));
        QVERIFY(m_counter.signIn(QStringLiteral("admin01")));
    }
    void cancelLeavesTheDatabaseAsItWas();
    void importCountsOnTheNewYearAtOnce();
    void brokenFileNamesItsLines();
};

void tst_CalendarImportDialog::cancelLeavesTheDatabaseAsItWas()
{
    CalendarImportDialog dialog(m_counter.services());
    int seen = -1;
    // The administrator presses Cancel once the dialog shows rows being written.
    QTimer watcher;
    watcher.setInterval(0);
    QObject::connect(&watcher, &QTimer::timeout, &dialog, [&] {
        if (dialog.value() <= 0)
            return;
        seen = dialog.value();
        watcher.stop();
        dialog.cancel();
    });
    watcher.start();
    const Status done = dialog.importFile(kFile);
    QCOMPARE(done.error().code, QStringLiteral("cancelled"));
    QVERIFY(seen > 0); // the dialog had shown progress
    QCOMPARE(days(), 0);
    QVERIFY(!m_counter.services().calendar().coversYear(2027));
}

void tst_CalendarImportDialog::importCountsOnTheNewYearAtOnce()
{
    const WorkingDayCalendar &calendar = m_counter.services().calendar();
    const QDate newYear(2027, 1, 1); // a Friday, a holiday in the synthetic list
    QVERIFY(calendar.isWorkingDay(newYear));
    QVERIFY(calendar.isProvisional(newYear));
    CalendarImportDialog dialog(m_counter.services());
    const Status done = dialog.importFile(kFile);
    QVERIFY2(done.ok(), qPrintable(done.error().code));
    const int expected = int(CalendarFile::load(kFile).days().size());
    QCOMPARE(days(), expected);
    QCOMPARE(dialog.value(), expected);
    QVERIFY(!calendar.isWorkingDay(newYear));
    QVERIFY(!calendar.isProvisional(newYear));
    QVERIFY(dialog.summaryText().contains(QStringLiteral("2027")));
}

void tst_CalendarImportDialog::brokenFileNamesItsLines()
{
    CalendarImportDialog dialog(m_counter.services());
    const QString broken = QStringLiteral(OW_TEST_DATA_DIR "/calendar/broken-dates.ics");
    const Status done = dialog.importFile(broken);
    QCOMPARE(done.error().code, QStringLiteral("calendar-file"));
    const CalendarFile file = CalendarFile::load(broken); // kept: problems() refers into it
    QVERIFY(!file.problems().isEmpty());
    for (const CalendarFile::Problem &p : file.problems())
        QVERIFY(done.error().detail.contains(QStringLiteral(":%1: ").arg(p.line)));
}

QTEST_MAIN(tst_CalendarImportDialog)
#include "tst_CalendarImportDialog.moc"
