// The audit workspace in the real window: a supervisor (and an administrator)
// has it, a clerk does not; filters by citizen, case, user, counter, action
// and time; pages; the chain checked on a worker thread (and a broken one
// named); the CSV export masked and itself audited.
#include "audit/AuditVerifyJob.h"
#include "audit/AuditWorkspace.h"
#include "casefile/CaseFileService.h"
#include "helpers/AuditTamper.h"
#include "helpers/TestArtifacts.h"
#include "helpers/TestCounter.h"
#include "identity/IdNumber.h"
#include "models/AuditEventModel.h"
#include "security/AuditLog.h"
#include "security/AuditQuery.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace OneWindow;

namespace {

QStringList modes(MainWindow *window)
{
    QStringList ids;
    for (Workspace *w : window->workspaces())
        ids << w->id();
    return ids;
}

// Every row on the page, as (user, action key, subject).
QList<QStringList> shown(AuditEventModel *model)
{
    QList<QStringList> rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << QStringList{model->eventAt(r).user, model->eventAt(r).action,
                            model->eventAt(r).subject};
    return rows;
}

void setCombo(QComboBox *combo, const QString &text)
{
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

} // namespace

class tst_AuditWorkspace : public QObject
{
    Q_OBJECT

    TestCounter m_counter;
    CardIdentity m_citizen;
    qint64 m_personId = 0;
    AuditWorkspace *m_workspace = nullptr;
    AuditEventModel *m_model = nullptr;

    template <typename T> T *child(const QString &name)
    {
        T *w = m_workspace->findChild<T *>(name);
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    void search()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("auditSearch")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase();
    void onlySupervisorsAndAdministratorsHaveIt();
    void pages();
    void filters();
    void exportIsMaskedAndAudited();
    void chainCheckedOnDemand();
    void verifyJobCancels();
};

void tst_AuditWorkspace::initTestCase()
{
    QVERIFY2(m_counter.start(), qPrintable(m_counter.error()));
    QVERIFY2(m_counter.signIn(QStringLiteral("clerk01")), qPrintable(m_counter.error()));
    AppServices &s = m_counter.services();
    // A morning at the counter: files opened (audited), more than a page of events.
    m_citizen = m_counter.busiestCitizen();
    QVERIFY(!m_citizen.idNumber.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(s.caseFiles().open(m_citizen.idNumber, m_counter.session()).ok());
    for (int i = 0; i < 8; ++i)
        QVERIFY(
            s.caseFiles().open(m_counter.people().citizen(i).idNumber, m_counter.session()).ok());
    m_personId = m_counter.countRows(QStringLiteral("SELECT id FROM persons WHERE id_number = ?"),
                                     {m_citizen.idNumber});
    Session other = m_counter.session();
    other.username = QStringLiteral("clerk02");
    other.counterCode = QStringLiteral("A02");
    for (int i = 0; i < 60; ++i)
        QVERIFY(
            s.audit()
                .record(other, QStringLiteral("view-case-file"), QStringLiteral("person:999"),
                        // what a careless caller might put in a detail
                        i == 0 ? QStringLiteral("查询 %1，电话 13912345678").arg(m_citizen.idNumber)
                               : QString())
                .ok());
    QVERIFY2(m_counter.signIn(QStringLiteral("super01")), qPrintable(m_counter.error()));
    MainWindow *window = m_counter.openWindow();
    QVERIFY(modes(window).contains(QStringLiteral("audit")));
    m_workspace = window->workspace<AuditWorkspace>();
    QVERIFY(m_workspace);
    m_model = m_workspace->findChild<AuditEventModel *>();
    QVERIFY(m_model);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 this);
    // Nothing read before the workspace is looked at.
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(window->showWorkspace(QStringLiteral("audit")));
    QVERIFY(m_model->rowCount() > 0);
}

void tst_AuditWorkspace::onlySupervisorsAndAdministratorsHaveIt()
{
    TestCounter other;
    QVERIFY2(other.start(), qPrintable(other.error()));
    for (const char *name : {"clerk01", "officer01", "admin01", "super01"}) {
        QVERIFY2(other.signIn(QString::fromLatin1(name)), qPrintable(other.error()));
        MainWindow *window = other.openWindow();
        const bool expected = qstrcmp(name, "admin01") == 0 || qstrcmp(name, "super01") == 0;
        QCOMPARE(modes(window).contains(QStringLiteral("audit")), expected);
        QCOMPARE(window->workspace<AuditWorkspace>() != nullptr, expected);
        other.closeWindow();
    }
}

void tst_AuditWorkspace::pages()
{
    child<QPushButton>(QStringLiteral("auditClear"))->click();
    QCOMPARE(m_model->rowCount(), AuditQuery::kPageSize);
    QCOMPARE(m_workspace->pageNumber(), 1);
    auto *next = child<QPushButton>(QStringLiteral("auditNext"));
    auto *previous = child<QPushButton>(QStringLiteral("auditPrevious"));
    QVERIFY(next->isEnabled());
    QVERIFY(!previous->isEnabled());
    const qint64 firstOfPage1 = m_model->eventAt(0).id;
    const qint64 lastOfPage1 = m_model->eventAt(m_model->rowCount() - 1).id;
    // The newest event is the supervisor's own look at the trail.
    QCOMPARE(m_model->eventAt(0).action, QStringLiteral("view-audit"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_workspace->pageNumber(), 2);
    QVERIFY(previous->isEnabled());
    QVERIFY(m_model->eventAt(0).id < lastOfPage1);
    QVERIFY(child<QLabel>(QStringLiteral("auditPageLabel"))->text().contains(QLatin1Char('2')));
    const QString searches =
        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'view-audit'");
    const int searched = m_counter.countRows(searches);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_workspace->pageNumber(), 1);
    QCOMPARE(m_model->eventAt(0).id, firstOfPage1);
    // Turning pages is not another search.
    QCOMPARE(m_counter.countRows(searches), searched);
    TestCounter::screenshot(m_counter.window(), QStringLiteral("audit.png"));
}

void tst_AuditWorkspace::filters()
{
    // A citizen by ID number: the events about their file and their cases.
    QLineEdit *id = child<QLineEdit>(QStringLiteral("auditIdNumber"));
    id->clear();
    QTest::keyClicks(id, m_citizen.idNumber);
    search();
    const QString file = QStringLiteral("person:%1").arg(m_personId);
    int views = 0;
    for (const QStringList &row : shown(m_model)) {
        QCOMPARE(row.at(2), file);
        views += row.at(1) == QLatin1String("view-case-file") ? 1 : 0;
    }
    QCOMPARE(views, 3);
    // The list shows the number masked even where a detail carried it.
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < m_model->columnCount(); ++c)
            QVERIFY(!m_model->index(r, c).data().toString().contains(m_citizen.idNumber));

    // A user and an action, chosen from the values in the trail.
    child<QPushButton>(QStringLiteral("auditClear"))->click();
    auto *user = child<QComboBox>(QStringLiteral("auditUser"));
    QVERIFY(user->findText(QStringLiteral("clerk02")) >= 0);
    user->setCurrentIndex(user->findText(QStringLiteral("clerk02")));
    auto *action = child<QComboBox>(QStringLiteral("auditAction"));
    const int sign = action->findData(QStringLiteral("view-case-file"));
    QVERIFY(sign >= 0);
    action->setCurrentIndex(sign);
    search();
    QCOMPARE(m_model->rowCount(), AuditQuery::kPageSize);
    for (const QStringList &row : shown(m_model))
        QCOMPARE(row.mid(0, 2), (QStringList{"clerk02", "view-case-file"}));
    QVERIFY(child<QPushButton>(QStringLiteral("auditNext"))->isEnabled());
    // A counter typed in; a case number that has no events.
    child<QPushButton>(QStringLiteral("auditClear"))->click();
    setCombo(child<QComboBox>(QStringLiteral("auditCounter")), QStringLiteral("A02"));
    search();
    QVERIFY(m_model->rowCount() > 0);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->eventAt(r).counter, QStringLiteral("A02"));
    child<QPushButton>(QStringLiteral("auditClear"))->click();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("auditCaseNumber")),
                     QStringLiteral("510107-19990101-00001"));
    search();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!child<QLabel>(QStringLiteral("auditPageLabel"))->text().isEmpty());
    // A time range that ends before the morning: nothing.
    child<QPushButton>(QStringLiteral("auditClear"))->click();
    child<QCheckBox>(QStringLiteral("auditToEnabled"))->setChecked(true);
    child<QDateTimeEdit>(QStringLiteral("auditTo"))
        ->setDateTime(TestCounter::kDefaultNow.addDays(-1));
    search();
    QCOMPARE(m_model->rowCount(), 0);
    // And one that holds it: everything.
    child<QDateTimeEdit>(QStringLiteral("auditTo"))
        ->setDateTime(TestCounter::kDefaultNow.addDays(1));
    child<QCheckBox>(QStringLiteral("auditFromEnabled"))->setChecked(true);
    child<QDateTimeEdit>(QStringLiteral("auditFrom"))
        ->setDateTime(TestCounter::kDefaultNow.addSecs(-3600));
    search();
    QCOMPARE(m_model->rowCount(), AuditQuery::kPageSize);
    child<QPushButton>(QStringLiteral("auditClear"))->click();
}

void tst_AuditWorkspace::exportIsMaskedAndAudited()
{
    auto *user = child<QComboBox>(QStringLiteral("auditUser"));
    user->setCurrentIndex(user->findText(QStringLiteral("clerk02")));
    search();
    auto *exportButton = child<QPushButton>(QStringLiteral("auditExport"));
    QVERIFY(exportButton && exportButton->isVisible());
    const QString path = m_counter.folder() + QStringLiteral("/audit.csv");
    const int before = m_counter.countRows(
        QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'export-audit'"));
    QVERIFY(m_workspace->exportTo(path));
    Test::TestArtifacts::keepFile(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 61); // the header and clerk02's 60 events
    QVERIFY(!csv.contains(m_citizen.idNumber));
    QVERIFY(csv.contains(IdNumber::masked(m_citizen.idNumber)));
    QVERIFY(!csv.contains(QStringLiteral("13912345678")));
    QVERIFY(csv.contains(QStringLiteral("139****5678")));
    QCOMPARE(m_counter.countRows(
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'export-audit'"
                                " AND user_name = 'super01' AND detail = ?"),
                 {QStringLiteral("rows=60 user=clerk02")}),
             before + 1);
    // A file that cannot be written: no export, nothing claimed in the trail.
    QVERIFY(!m_workspace->exportTo(m_counter.folder() + QStringLiteral("/no/such/folder/a.csv")));
    QVERIFY(!child<QLabel>(QStringLiteral("auditMessage"))->text().isEmpty());
    QCOMPARE(m_counter.countRows(
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'export-audit'")),
             before + 1);
    child<QPushButton>(QStringLiteral("auditClear"))->click();
}

void tst_AuditWorkspace::chainCheckedOnDemand()
{
    auto *state = child<QLabel>(QStringLiteral("auditChainState"));
    auto *verify = child<QPushButton>(QStringLiteral("auditVerify"));
    QSignalSpy finished(m_workspace, &AuditWorkspace::verifyFinished);
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    AuditVerdict v = finished.takeFirst().at(0).value<AuditVerdict>();
    QCOMPARE(v.state, AuditVerdict::State::Intact);
    QVERIFY(v.keyChecked);
    QVERIFY(state->text().contains(QString::number(v.events)));
    QVERIFY(!child<QProgressBar>(QStringLiteral("auditVerifyProgress"))->isVisible());
    QVERIFY(verify->isEnabled());
    TestCounter::screenshot(m_counter.window(), QStringLiteral("audit-verified.png"));

    // Someone with the database file edits an event: the next check names it.
    const QList<Test::AuditRow> rows = Test::auditRows(m_counter.services().database());
    QVERIFY(Test::disableAuditProtection(m_counter.services().database()));
    const Test::AuditRow &victim = rows.at(rows.size() / 2);
    QVERIFY(m_counter.services()
                .database()
                .run(QStringLiteral("UPDATE audit_events SET user_name = 'nobody' WHERE id = ?"),
                     {victim.id})
                .ok());
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    v = finished.takeFirst().at(0).value<AuditVerdict>();
    QCOMPARE(v.state, AuditVerdict::State::Broken);
    QCOMPARE(v.badId, victim.id);
    QVERIFY(state->text().contains(QString::number(victim.id)));
    TestCounter::screenshot(m_counter.window(), QStringLiteral("audit-broken.png"));
}

void tst_AuditWorkspace::verifyJobCancels()
{
    // The job, cancelled before it starts, stops at its first progress call.
    TestCounter big;
    TestCounter::Setup setup;
    setup.demoCitizens = 0;
    QVERIFY2(big.start(std::move(setup)), qPrintable(big.error()));
    AppServices &s = big.services();
    Session clerk;
    clerk.userId = 1;
    clerk.username = QStringLiteral("clerk01");
    clerk.counterCode = QStringLiteral("A01");
    QVERIFY(s.database()
                .transaction([&]() -> Status {
                    for (qint64 i = 0; i < 300; ++i)
                        if (const Status r = s.audit().recordInTransaction(
                                clerk, QStringLiteral("view-case-file"), {}, {});
                            !r)
                            return r;
                    return Status::success();
                })
                .ok());
    Session supervisor = clerk;
    supervisor.role = Role::Supervisor;
    auto verifier = s.auditQuery().verifier(supervisor);
    QVERIFY(verifier.ok());
    verifier.value().setProgressEvery(100);
    AuditVerifyJob job(verifier.value());
    QSignalSpy finished(&job, &AuditVerifyJob::finished);
    job.cancel();
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).value<AuditVerdict>().state, AuditVerdict::State::Cancelled);
    // Run to the end, it finds the chain intact.
    AuditVerifyJob full(verifier.value());
    QSignalSpy done(&full, &AuditVerifyJob::finished);
    QSignalSpy progress(&full, &AuditVerifyJob::progress);
    full.start();
    QVERIFY(done.wait(30000));
    const AuditVerdict v = done.at(0).at(0).value<AuditVerdict>();
    QCOMPARE(v.state, AuditVerdict::State::Intact);
    QCOMPARE(v.events, qint64(300));
}

QTEST_MAIN(tst_AuditWorkspace)
#include "tst_AuditWorkspace.moc"
