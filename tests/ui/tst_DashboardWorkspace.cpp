// The supervisor's dashboard in the real window over the demo hall: the range
// chosen with the widgets, each chart drawing the series the figures say, a
// click on a bar listing the cases behind it and Enter opening one, the CSV
// read back and the PDF report's text checked with pdftotext; both exports on
// the audit trail.
#include "cases/CasePanel.h"
#include "common/Clock.h"
#include "dashboard/DashboardWorkspace.h"
#include "helpers/PdfInspection.h"
#include "helpers/TestArtifacts.h"
#include "helpers/TestCounter.h"
#include "services/AppServices.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;
using OneWindow::Test::PdfInspection;

class tst_DashboardWorkspace : public QObject
{
    Q_OBJECT

private:
    TestCounter m_counter;
    DashboardWorkspace *m_dashboard = nullptr;

    template <typename T> T *find(const QString &name) { return m_counter.find<T>(name); }

    template <typename S> static S *onlySeries(QChartView *view)
    {
        const QList<QAbstractSeries *> all = view->chart()->series();
        return all.size() == 1 ? qobject_cast<S *>(all.first()) : nullptr;
    }

    int auditCount(const QString &detailPrefix)
    {
        return m_counter.countRows(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action"
                                                  " = 'report-export' AND detail LIKE ?"),
                                   {detailPrefix + QLatin1Char('%')});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
        QVERIFY2(m_counter.signIn(QStringLiteral("super01")), qPrintable(m_counter.error()));
        QVERIFY(m_counter.openWindow());
        QVERIFY(m_counter.window()->showWorkspace(QStringLiteral("dashboard")));
        m_dashboard = m_counter.window()->workspace<DashboardWorkspace>();
        QVERIFY(m_dashboard);
        QTRY_VERIFY(m_dashboard->isVisible());
    }

    // The demo hall's last 90 days, chosen as a supervisor would.
    void chartsDrawTheFigures()
    {
        const QDate today = m_counter.services().clock().today();
        find<QDateEdit>(QStringLiteral("rangeFrom"))->setDate(today.addDays(-90));
        find<QDateEdit>(QStringLiteral("rangeTo"))->setDate(today);
        QCOMPARE(find<QComboBox>(QStringLiteral("rangeCombo"))->currentData().toInt(), 3);
        const HallFigures &f = m_dashboard->figures();
        QCOMPARE(f.from, today.addDays(-90));
        QCOMPARE(f.to, today);
        QVERIFY2(f.accepted > 0 && f.byCounter.size() > 0, "the demo hall took nothing in");

        // Bars per counter: one set, one bar per counter, the counts of the figures.
        auto *counters = onlySeries<QBarSeries>(find<QChartView>(QStringLiteral("counterChart")));
        QVERIFY(counters);
        QCOMPARE(counters->barSets().size(), 1);
        QBarSet *bars = counters->barSets().first();
        QCOMPARE(bars->count(), int(f.byCounter.size()));
        for (int i = 0; i < bars->count(); ++i)
            QCOMPARE(int(bars->at(i)), f.byCounter.at(i).count);
        auto *counterTable = find<QTableWidget>(QStringLiteral("counterTable"));
        QCOMPARE(counterTable->rowCount(), int(f.byCounter.size()));
        QCOMPARE(counterTable->item(0, 1)->text(), QString::number(f.byCounter.first().count));

        // A line per figure over the days, a point per day.
        const QList<QAbstractSeries *> lines =
            find<QChartView>(QStringLiteral("dayChart"))->chart()->series();
        QCOMPARE(lines.size(), 3);
        int acceptedOnLine = 0;
        auto *accepted = qobject_cast<QLineSeries *>(lines.first());
        QVERIFY(accepted);
        QCOMPARE(accepted->count(), int(f.days.size()));
        for (const QPointF &p : accepted->points())
            acceptedOnLine += int(p.y());
        QCOMPARE(acceptedOnLine, f.accepted);

        // Stacked bars per department: the three parts add up to its open steps.
        auto *departments =
            onlySeries<QStackedBarSeries>(find<QChartView>(QStringLiteral("departmentChart")));
        QVERIFY(departments);
        QCOMPARE(departments->barSets().size(), 3);
        for (int d = 0; d < f.departments.size(); ++d) {
            qreal stacked = 0;
            for (const QBarSet *set : departments->barSets())
                stacked += set->at(d);
            QCOMPARE(int(stacked), f.departments.at(d).open);
        }
        TestCounter::screenshot(m_counter.window(), QStringLiteral("dashboard.png"));
    }

    // A click on the first counter's bar lists its cases; Enter opens one.
    void aBarOpensTheCasesBehindIt()
    {
        const HallFigures &f = m_dashboard->figures();
        auto *view = find<QChartView>(QStringLiteral("counterChart"));
        auto *series = onlySeries<QBarSeries>(view);
        QVERIFY(series);
        const int count = f.byCounter.first().count;
        const QPointF inBar = view->chart()->mapToPosition(QPointF(0, count / 2.0), series);
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(inBar));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        auto *cases = find<QTableWidget>(QStringLiteral("casesBehind"));
        QTRY_COMPARE(cases->rowCount(), qMin(count, 500));
        QVERIFY(find<QLabel>(QStringLiteral("casesBehindCaption"))
                    ->text()
                    .contains(f.byCounter.first().label));
        cases->setFocus();
        cases->setCurrentCell(0, 0);
        QTest::keyClick(cases, Qt::Key_Return);
        auto *panel = find<CasePanel>(QStringLiteral("dashboardCasePanel"));
        QTRY_COMPARE(panel->caseNumber(), cases->item(0, 0)->text());

        // A cell of a table does the same: the matter's count.
        auto *matters = find<QTableWidget>(QStringLiteral("matterTable"));
        QTest::mouseClick(matters->viewport(), Qt::LeftButton, {},
                          matters->visualItemRect(matters->item(0, 1)).center());
        QTRY_COMPARE(cases->rowCount(), qMin(f.byMatter.first().count, 500));
    }

    // Visits and ratings (the demo hall has none): two visits of the range's
    // newest cases, one rated 满意 and one 不满意; the ratings chart draws the
    // levels the figures say and a click on 不满意 lists the case behind it.
    void ratingsChartAndThePoorCases()
    {
        const QDate today = m_counter.services().clock().today();
        find<QDateEdit>(QStringLiteral("rangeFrom"))->setDate(today.addDays(-90));
        find<QDateEdit>(QStringLiteral("rangeTo"))->setDate(today);
        Database &db = m_counter.ownerDatabase();
        const HallFigures &before = m_dashboard->figures();
        const QVariant clerk =
            db.scalar(QStringLiteral("SELECT id FROM users WHERE username = 'clerk01'")).value();
        auto newest =
            db.run(QStringLiteral("SELECT case_number, COALESCE(template_id, ''), accepted_at"
                                  " FROM cases WHERE accepted_at >= ?"
                                  " ORDER BY id DESC LIMIT 2"),
                   {SqlValue::dateTimeOrNull(QDateTime(before.from, QTime(0, 0)))});
        QVERIFY(newest.ok());
        QStringList numbers;
        const QStringList levels = {QStringLiteral("satisfied"), QStringLiteral("dissatisfied")};
        while (newest.value().next()) {
            const int i = int(numbers.size());
            numbers << newest.value().value(0).toString();
            const QDateTime at = SqlValue::readDateTime(newest.value().value(2)).toUTC();
            QVERIFY(db.run(QStringLiteral("INSERT INTO visit_evidence (kind, id_number, card,"
                                          " counter_code, recorded_at) VALUES ('card', ?, '{}',"
                                          " 'A01', ?)"),
                           {QStringLiteral("11010119900101%1").arg(i, 4, 10, QLatin1Char('0')),
                            at.addSecs(-600)})
                        .ok());
            const qint64 evidence = db.scalar(QStringLiteral("SELECT MAX(id) FROM visit_evidence"))
                                        .value()
                                        .toLongLong();
            QVERIFY(db.run(QStringLiteral("INSERT INTO visits (counter_code, clerk_id, clerk_name,"
                                          " evidence_id, started_at, ended_at, outcome) VALUES"
                                          " ('A01', ?, 'clerk01', ?, ?, ?, 'accepted')"),
                           {clerk, evidence, at.addSecs(-600), at})
                        .ok());
            const qint64 visit =
                db.scalar(QStringLiteral("SELECT MAX(id) FROM visits")).value().toLongLong();
            QVERIFY(db.run(QStringLiteral("INSERT INTO visit_cases (visit_id, case_number)"
                                          " VALUES (?, ?)"),
                           {visit, numbers.last()})
                        .ok());
            QVERIFY(db.run(QStringLiteral("INSERT INTO ratings (visit_id, stage, case_number,"
                                          " matter_id, counter_code, clerk_id, level, channel, at)"
                                          " VALUES (?, 'visit', ?, ?, 'A01', ?, ?, 'counter', ?)"),
                           {visit, numbers.last(), newest.value().value(1), clerk, levels.at(i),
                            at.addSecs(30)})
                        .ok());
        }
        QCOMPARE(numbers.size(), 2);
        m_dashboard->refresh();
        const HallFigures &f = m_dashboard->figures();
        QCOMPARE(f.ratings.total(), 2);
        QCOMPARE(f.handling.visits, 2);
        QCOMPARE(f.handling.medianSeconds, 600);

        auto *tabs = find<QTabWidget>(QStringLiteral("figureTabs"));
        tabs->setCurrentWidget(find<QWidget>(QStringLiteral("ratingFigures")));
        auto *view = find<QChartView>(QStringLiteral("ratingChart"));
        auto *series = onlySeries<QBarSeries>(view);
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);
        QBarSet *bars = series->barSets().first();
        QCOMPARE(bars->count(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(int(bars->at(i)), f.ratings.levels[size_t(i)]);
        QVERIFY(find<QLabel>(QStringLiteral("satisfactionRate"))
                    ->text()
                    .contains(QStringLiteral("50.0 %")));
        auto *levelTable = find<QTableWidget>(QStringLiteral("ratingLevelTable"));
        QCOMPARE(levelTable->rowCount(), 5);
        QCOMPARE(levelTable->item(3, 1)->text(), QStringLiteral("1"));

        // A click on the 不满意 bar (the fourth) lists the case rated so.
        TestCounter::settle();
        const QPointF inBar = view->chart()->mapToPosition(QPointF(3, 0.5), series);
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(inBar));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        auto *cases = find<QTableWidget>(QStringLiteral("casesBehind"));
        QTRY_COMPARE(cases->rowCount(), 1);
        QCOMPARE(cases->item(0, 0)->text(), numbers.at(1));
        // The clerk's table: its poor ratings' cell does the same.
        cases->setRowCount(0);
        auto *clerks = find<QTableWidget>(QStringLiteral("ratingClerkTable"));
        QCOMPARE(clerks->rowCount(), 1);
        QTest::mouseClick(clerks->viewport(), Qt::LeftButton, {},
                          clerks->visualItemRect(clerks->item(0, 2)).center());
        QTRY_COMPARE(cases->rowCount(), 1);
        QCOMPARE(cases->item(0, 0)->text(), numbers.at(1));

        // The visits' page: one counter, two visits of ten minutes.
        tabs->setCurrentWidget(find<QWidget>(QStringLiteral("visitFigures")));
        auto *handling = find<QTableWidget>(QStringLiteral("handlingCounterTable"));
        QCOMPARE(handling->rowCount(), 1);
        QCOMPARE(handling->item(0, 2)->text(), QStringLiteral("10:00"));
        auto *handlingSeries =
            onlySeries<QBarSeries>(find<QChartView>(QStringLiteral("handlingChart")));
        QVERIFY(handlingSeries);
        QCOMPARE(handlingSeries->barSets().size(), 2);
        QCOMPARE(handlingSeries->barSets().first()->at(0), 10.0);
        TestCounter::screenshot(m_counter.window(), QStringLiteral("dashboard-ratings.png"));
        tabs->setCurrentIndex(0);
    }

    void exports()
    {
        QTemporaryDir dir;
        const HallFigures &f = m_dashboard->figures();
        const QString range =
            QStringLiteral("%1..%2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
        const QString csvPath = dir.filePath(QStringLiteral("figures.csv"));
        QVERIFY(m_dashboard->exportCsvTo(csvPath));
        Test::TestArtifacts::keepFile(csvPath);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "figure,breakdown,key,label,value\r\n"));
        QVERIFY(bytes.contains("\r\naccepted,all,,," + QByteArray::number(f.accepted) + "\r\n"));
        QCOMPARE(auditCount(QStringLiteral("csv ") + range), 1);

        const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(m_dashboard->exportPdfTo(pdfPath));
        QCOMPARE(auditCount(QStringLiteral("pdf ") + range), 1);
        if (qEnvironmentVariableIsSet("OW_SCREENSHOT_DIR")) // to look at it
            QFile::copy(pdfPath, QDir(qEnvironmentVariable("OW_SCREENSHOT_DIR"))
                                     .filePath(QStringLiteral("dashboard-report.pdf")));
        PdfInspection pdf(pdfPath);
        QVERIFY(pdf.loaded());
        QVERIFY2(PdfInspection::popplerAvailable(), "pdftotext is missing");
        const QString text = pdf.compactText();
        QVERIFY2(text.contains(
                     QString(m_counter.services().options().hallName).remove(QLatin1Char(' '))),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("统计期间：%1至%2")
                                  .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))));
        QVERIFY(text.contains(QStringLiteral("各窗口受理量")));
        QVERIFY(text.contains(QString(f.byCounter.first().label).remove(QLatin1Char(' '))));
        // The visits and ratings of the test before.
        for (const QString &expected :
             {QStringLiteral("窗口办理时长"), QStringLiteral("好差评"), QStringLiteral("满意率"),
              QStringLiteral("50.0%"), QStringLiteral("差评整改")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void cleanupTestCase() { m_counter.closeWindow(); }
};

QTEST_MAIN(tst_DashboardWorkspace)
#include "tst_DashboardWorkspace.moc"
