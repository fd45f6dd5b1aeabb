// A hall on one server: twenty ow-fault-worker processes against one
// PostgreSQL database at once, eight counters accepting newborn bundles (two
// by two for the same citizens at the same moment) and
// twelve officers claiming and releasing their department's step of the same
// four hot cases, each with the case's version it saw (as the window acts).
// Bounded by turns and by time. Afterwards: no lost update (each hot case's
// version and each hot step's claims and releases are exactly what the
// processes reported, and they alternate, each release by the holder), no
// duplicate case number and no accepted case missing, every refusal tells the
// loser who won, the hall's counts agree with the tables, and `onewindow-cli
// audit verify` passes. PostgreSQL only: it
// fails without ONEWINDOW_TEST_PG unless the run says OW_NO_PG=1.
#include "fault/WorkerOutput.h"
#include "helpers/CliProcess.h"
#include "helpers/HallCountsCheck.h"
#include "helpers/WorkflowHall.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <memory>
#include <numeric>

using namespace OneWindow;
using namespace OneWindow::Test;

namespace {

constexpr int kCounters = 8;
constexpr int kOfficersPerDepartment = 4;
// Each process stops after this many turns or seconds, whichever comes first.
constexpr int kTurns = 30;
constexpr int kSeconds = 60;

struct Worker
{
    QString login;
    QString name; // display name
    QString department;
    QStringList cases;
    std::unique_ptr<QProcess> process;
    QList<QJsonObject> lines;
};

} // namespace

class tst_HallOnOneServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twentyAtOnce();
};

void tst_HallOnOneServer::twentyAtOnce()
{
    OW_REQUIRE_POSTGRES();
    const quint32 seed = qEnvironmentVariableIsSet("OW_FAULT_SEED")
                             ? qEnvironmentVariable("OW_FAULT_SEED").toUInt()
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (OW_FAULT_SEED=%u repeats the workers' choices)", seed, seed);

    WorkflowHall hall(QStringLiteral("postgresql"), kWorkflowMonday, kFaultHallKey);
    QVERIFY2(hall.t.ok(), qPrintable(hall.t.error()));
    // Hot cases: two whose birth check is open (卫健), two whose insurance and
    // social security card steps are open (医保 and 人社 on the same case).
    QStringList fresh;
    QStringList later;
    for (int i = 0; i < 2; ++i) {
        fresh << hall.acceptNewborn(2 * i);
        later << hall.acceptNewborn(2 * (i + 2));
        QVERIFY(!fresh.constLast().isEmpty() && !later.constLast().isEmpty());
        QVERIFY(
            hall.claimAndApprove(later.constLast(), QStringLiteral("birth-check"), hall.health));
        QVERIFY(hall.claimAndApprove(later.constLast(), QStringLiteral("hukou"), hall.police));
    }
    const QStringList hot = fresh + later;
    QHash<QString, int> versionBefore;
    for (const QString &number : hot)
        versionBefore[number] = hall.load(number).record.version;
    const int casesBefore = hall.count(QStringLiteral("SELECT COUNT(*) FROM cases"));

    std::vector<Worker> workers;
    QSet<QString> officerNames;
    for (int i = 0; i < kCounters; ++i) {
        Worker w;
        w.login = QStringLiteral("fc%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        w.name = hall.account(w.login, Role::Clerk, {}).displayName;
        workers.push_back(std::move(w));
    }
    const QList<QPair<QString, QStringList>> departments = {{QStringLiteral("卫健"), fresh},
                                                            {QStringLiteral("医保"), later},
                                                            {QStringLiteral("人社"), later}};
    for (const auto &d : departments) {
        for (int i = 0; i < kOfficersPerDepartment; ++i) {
            Worker w;
            w.login = QStringLiteral("fo%1").arg(workers.size() + 1, 2, 10, QLatin1Char('0'));
            w.department = d.first;
            w.cases = d.second;
            w.name = hall.account(w.login, Role::Officer, d.first).displayName;
            officerNames << w.name;
            workers.push_back(std::move(w));
        }
    }
    QVERIFY(workers.size() >= 20);

    // All at once.
    for (size_t i = 0; i < workers.size(); ++i) {
        Worker &w = workers[i];
        w.process = std::make_unique<QProcess>();
        QStringList arguments = {QStringLiteral("--user"),    w.login,
                                 QStringLiteral("--count"),   QString::number(kTurns),
                                 QStringLiteral("--seconds"), QString::number(kSeconds),
                                 QStringLiteral("--seed"),    QString::number(seed + quint32(i))};
        // Counters pair up: the same new citizens at two counters at once.
        if (w.department.isEmpty())
            arguments << QStringLiteral("--mode") << QStringLiteral("counter")
                      << QStringLiteral("--applicant-base")
                      << QString::number(100 + 100 * int(i / 2));
        else
            arguments << QStringLiteral("--mode") << QStringLiteral("officer")
                      << QStringLiteral("--cases") << w.cases.join(QLatin1Char(','));
        startWorker(*w.process, hall.t.url(), arguments);
    }
    QElapsedTimer elapsed;
    elapsed.start();
    for (Worker &w : workers) {
        QVERIFY2(w.process->waitForFinished((kSeconds + 120) * 1000),
                 qPrintable(w.login + QStringLiteral(" did not finish")));
        const QByteArray err = w.process->readAllStandardError();
        w.lines = workerLines(w.process->readAllStandardOutput());
        QVERIFY2(w.process->exitStatus() == QProcess::NormalExit && w.process->exitCode() == 0 &&
                     !w.lines.isEmpty() &&
                     w.lines.constLast().value(QStringLiteral("done")).toBool(),
                 qPrintable(w.login + QStringLiteral(": ") +
                            QString::fromUtf8(QJsonDocument(w.lines.isEmpty() ? QJsonObject()
                                                                              : w.lines.constLast())
                                                  .toJson(QJsonDocument::Compact)) +
                            QLatin1Char(' ') + QString::fromUtf8(err.right(2000))));
    }

    // What the processes say they did.
    QStringList accepted;
    QHash<QString, int> acts;        // case -> successful actions
    QHash<QString, int> stepActions; // "<step>/<action>" -> successful
    int refusals = 0;
    int conflicts = 0;
    for (const Worker &w : workers) {
        for (const QJsonObject &line : w.lines) {
            const QString text =
                QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
            QVERIFY2(!line.contains(QStringLiteral("error")) &&
                         !line.contains(QStringLiteral("unreadable")),
                     qPrintable(w.login + QStringLiteral(": ") + text));
            if (line.value(QStringLiteral("change")) == QLatin1String("accept")) {
                accepted << line.value(QStringLiteral("case")).toString();
            } else if (line.value(QStringLiteral("change")) == QLatin1String("act")) {
                acts[line.value(QStringLiteral("case")).toString()] += 1;
                stepActions[line.value(QStringLiteral("step")).toString() + QLatin1Char('/') +
                            line.value(QStringLiteral("action")).toString()] += 1;
            } else if (line.contains(QStringLiteral("refused"))) {
                // The loser is told who won: one of the other officers at work.
                ++refusals;
                const QString code = line.value(QStringLiteral("code")).toString();
                const QString winner = line.value(QStringLiteral("winner")).toString();
                conflicts += code == QLatin1String("conflict") ? 1 : 0;
                QVERIFY2(code == QLatin1String("conflict") ||
                             code == QLatin1String("held-by-other"),
                         qPrintable(text));
                QVERIFY2(officerNames.contains(winner) && winner != w.name, qPrintable(text));
            }
        }
    }
    qInfo("%lld processes, %lld ms: %lld cases accepted, %d step actions, %d refused (%d stale"
          " versions)",
          qint64(workers.size()), elapsed.elapsed(), qint64(accepted.size()),
          int(std::accumulate(acts.cbegin(), acts.cend(), 0)), refusals, conflicts);
    QVERIFY2(refusals > 0, "the officers never met: nothing was tested");

    // No duplicate case number, none lost, none unreported.
    QCOMPARE(QSet<QString>(accepted.cbegin(), accepted.cend()).size(), accepted.size());
    QCOMPARE(hall.count(QStringLiteral("SELECT COUNT(*) FROM cases")),
             casesBefore + int(accepted.size()));
    QCOMPARE(hall.count(QStringLiteral("SELECT COUNT(DISTINCT case_number) FROM cases")),
             casesBefore + int(accepted.size()));
    for (const QString &number : std::as_const(accepted))
        QVERIFY2(hall.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_number = ?"),
                            {number}) == 1,
                 qPrintable(number));
    QCOMPARE(hall.count(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                       " WHERE action = 'accept-case'")),
             casesBefore + int(accepted.size()));

    // No lost update: each hot case moved on once per reported action, and
    // each hot step's claims and releases are the reported ones, alternating,
    // each release by whoever claimed.
    for (const QString &number : hot) {
        const CaseSnapshot s = hall.load(number);
        QVERIFY2(s.record.version == versionBefore.value(number) + acts.value(number),
                 qPrintable(number + QStringLiteral(": version %1, %2 + %3 reported")
                                         .arg(s.record.version)
                                         .arg(versionBefore.value(number))
                                         .arg(acts.value(number))));
        for (const SubCase &step : s.record.subCases) {
            if (CaseStates::isDone(step.state) || step.state == StepState::Waiting)
                continue;
            auto log = hall.t.db().run(
                QStringLiteral("SELECT action, actor FROM case_events WHERE sub_case_id = ?"
                               " AND action IN ('claim', 'release') ORDER BY id"),
                {step.id});
            QVERIFY(log);
            int claims = 0;
            int releases = 0;
            QString holder;
            while (log.value().next()) {
                const QString action = log.value().value(0).toString();
                const QString actor = log.value().value(1).toString();
                const QString where = number + QLatin1Char(' ') + step.stepKey +
                                      QStringLiteral(": ") + action + QStringLiteral(" by ") +
                                      actor + QStringLiteral(" while held by ") + holder;
                if (action == QLatin1String("claim")) {
                    QVERIFY2(holder.isEmpty(), qPrintable(where));
                    holder = actor;
                    ++claims;
                } else {
                    QVERIFY2(holder == actor, qPrintable(where));
                    holder.clear();
                    ++releases;
                }
            }
            const QString id = QString::number(step.id);
            QCOMPARE(claims, stepActions.value(id + QStringLiteral("/claim")));
            QCOMPARE(releases, stepActions.value(id + QStringLiteral("/release")));
            QCOMPARE(step.holder, holder);
        }
    }

    // The hall's counts, kept by twenty writers at once, are what the tables hold.
    QCOMPARE(Test::HallCountsCheck::differences(hall.t.owner()), QString());

    // The audit chain holds after twenty writers.
    const CliRun verify = runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"),
         hall.t.url()},
        {{QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(kFaultHallKey.toHex())}});
    QVERIFY2(verify.exitCode == 0, (verify.out + verify.err).constData());
}

QTEST_GUILESS_MAIN(tst_HallOnOneServer)
#include "tst_HallOnOneServer.moc"
