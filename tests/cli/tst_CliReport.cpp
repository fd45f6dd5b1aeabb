// onewindow-cli report as a process, on both backends: the figures of the
// days around today as one JSON object and as CSV, for a supervisor only; each
// report on the audit trail; usage errors exit 2.
#include "helpers/CliProcess.h"
#include "helpers/ScratchPostgres.h"
#include "helpers/TestDatabase.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");

Test::CliRun cli(const QStringList &arguments)
{
    return Test::runCli(arguments, {{QStringLiteral("ONEWINDOW_PASSWORD"), kPassword}});
}

// Two newborn bundles accepted by clerk01 through the CLI; "" or what went wrong.
QByteArray acceptTwoNewborns(const QString &url, const QTemporaryDir &dir)
{
    for (int person : {0, 2}) {
        const QString answers = Test::writeJson(dir, QStringLiteral("a%1.json").arg(person),
                                                Test::newbornAnswers(person));
        const Test::CliRun r = cli(
            {QStringLiteral("intake"), QStringLiteral("accept"), QStringLiteral("--database"), url,
             QStringLiteral("--user"), QStringLiteral("clerk01"), QStringLiteral("--template"),
             QStringLiteral("newborn"), QStringLiteral("--answers"), answers});
        if (r.exitCode != 0)
            return r.err.isEmpty() ? QByteArray("intake accept failed") : r.err;
    }
    return {};
}

} // namespace

class tst_CliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void report_data() { TestDatabase::addBackendRows(); }
    void report()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QVERIFY(Test::addAccount(t.owner(), QStringLiteral("clerk01"), Role::Clerk, kPassword));
        QVERIFY(
            Test::addAccount(t.owner(), QStringLiteral("super01"), Role::Supervisor, kPassword));
        QTemporaryDir dir;
        const QByteArray accepted = acceptTwoNewborns(t.url(), dir);
        QVERIFY2(accepted.isEmpty(), accepted.constData());
        // A visit that accepted the first case, rated 不满意 an hour ago, its
        // follow-up due yesterday: open and overdue.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString first =
            t.db().scalar(QStringLiteral("SELECT MIN(case_number) FROM cases")).value().toString();
        const qint64 clerk =
            t.db()
                .scalar(QStringLiteral("SELECT id FROM users WHERE username = 'clerk01'"))
                .value()
                .toLongLong();
        for (const auto &[sql, values] :
             {std::pair{QStringLiteral("INSERT INTO visit_evidence (kind, id_number, card,"
                                       " counter_code, recorded_at) VALUES ('card',"
                                       " '110101199001010000', '{}', 'A01', ?)"),
                        QVariantList{now.addSecs(-3900)}},
              std::pair{QStringLiteral("INSERT INTO visits (counter_code, clerk_id, clerk_name,"
                                       " evidence_id, started_at, ended_at, outcome) SELECT"
                                       " 'A01', ?, 'clerk01', MAX(id), ?, ?, 'accepted'"
                                       " FROM visit_evidence"),
                        QVariantList{clerk, now.addSecs(-3900), now.addSecs(-3600)}},
              std::pair{QStringLiteral("INSERT INTO ratings (visit_id, stage, case_number,"
                                       " matter_id, counter_code, clerk_id, level, channel, at)"
                                       " SELECT MAX(id), 'visit', ?, 'newborn', 'A01', ?,"
                                       " 'dissatisfied', 'counter', ? FROM visits"),
                        QVariantList{first, clerk, now.addSecs(-3590)}},
              std::pair{QStringLiteral("INSERT INTO follow_ups (rating_id, opened_at, due_on)"
                                       " SELECT MAX(id), ?, ? FROM ratings"),
                        QVariantList{now.addSecs(-3590), QDate::currentDate().addDays(-1)}}})
            QVERIFY2(t.owner().run(sql, values).ok(), qPrintable(sql));

        // Yesterday to tomorrow: the two cases whatever the hour of the run.
        const QString from = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const auto report = [&](const QString &user, const QStringList &rest) {
            return cli(QStringList{QStringLiteral("report"), QStringLiteral("--database"), t.url(),
                                   QStringLiteral("--user"), user} +
                       rest);
        };

        Test::CliRun r = report(QStringLiteral("super01"),
                                {QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), from);
        QCOMPARE(json.value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("days")).toArray().size(), 3);
        const QJsonArray matters = json.value(QStringLiteral("by_matter")).toArray();
        QCOMPARE(matters.size(), 1);
        QCOMPARE(matters.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("newborn"));
        QCOMPARE(matters.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
        // 卫健 has both first steps open.
        bool health = false;
        for (const QJsonValue &d : json.value(QStringLiteral("departments")).toArray())
            if (d.toObject().value(QStringLiteral("department")).toString() ==
                QStringLiteral("卫健")) {
                health = true;
                QCOMPARE(d.toObject().value(QStringLiteral("open")).toInt(), 2);
            }
        QVERIFY(health);
        // The visit, its rating and its follow-up.
        const QJsonObject visits = json.value(QStringLiteral("visits")).toObject();
        QCOMPARE(visits.value(QStringLiteral("visits")).toInt(), 1);
        QCOMPARE(visits.value(QStringLiteral("median_seconds")).toInt(), 300);
        QCOMPARE(visits.value(QStringLiteral("p90_seconds")).toInt(), 300);
        QCOMPARE(visits.value(QStringLiteral("outcomes"))
                     .toObject()
                     .value(QStringLiteral("accepted"))
                     .toInt(),
                 1);
        QCOMPARE(visits.value(QStringLiteral("by_counter")).toArray().size(), 1);
        QCOMPARE(visits.value(QStringLiteral("by_matter")).toArray().size(), 1);
        const QJsonObject ratings = json.value(QStringLiteral("ratings")).toObject();
        QCOMPARE(ratings.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(ratings.value(QStringLiteral("poor")).toInt(), 1);
        QCOMPARE(ratings.value(QStringLiteral("levels"))
                     .toObject()
                     .value(QStringLiteral("dissatisfied"))
                     .toInt(),
                 1);
        QCOMPARE(ratings.value(QStringLiteral("satisfaction_rate")).toDouble(-1), 0.0);
        for (const char *breakdown : {"by_counter", "by_clerk", "by_matter"})
            QCOMPARE(ratings.value(QLatin1String(breakdown)).toArray().size(), 1);
        const QJsonObject followUps = json.value(QStringLiteral("follow_ups")).toObject();
        QCOMPARE(followUps.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(followUps.value(QStringLiteral("overdue")).toInt(), 1);
        QCOMPARE(followUps.value(QStringLiteral("opened")).toInt(), 1);
        QCOMPARE(followUps.value(QStringLiteral("closed")).toInt(), 0);

        r = report(QStringLiteral("super01"),
                   {QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                    QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("\xEF\xBB\xBF"
                                  "figure,breakdown,key,label,value\r\n"),
                 r.out.left(40).toHex().constData());
        QVERIFY2(r.out.contains("\r\naccepted,all,,,2\r\n"), r.out.constData());
        QVERIFY(r.out.contains("\r\naccepted,matter,newborn,"));
        QVERIFY(r.out.contains("\r\nratings,level,dissatisfied,"));
        QVERIFY(r.out.contains("\r\nsatisfaction-rate,all,,,0.0000\r\n"));
        QVERIFY(r.out.contains("\r\nfollow-ups-overdue,all,,,1\r\n"));

        // Two reports, two events on the audit trail; a clerk gets none.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                            " WHERE action = 'report-export'"))
                     .value()
                     .toInt(),
                 2);
        r = report(QStringLiteral("clerk01"),
                   {QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());

        // Usage: dates the wrong way round, not dates, an unknown format.
        for (const QStringList &wrong :
             {QStringList{QStringLiteral("--from"), to, QStringLiteral("--to"), from},
              QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                          QStringLiteral("--to"), to},
              QStringList{QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                          QStringLiteral("--format"), QStringLiteral("xml")}}) {
            r = report(QStringLiteral("super01"), wrong);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
        }
    }

    // A city's supervisor reads the figures from a hot standby (--report-database):
    // the figures come from there, and the sign-in and the export's audit event
    // go to the primary (a standby takes no writes, so the report would fail if
    // anything it did on the report connection wrote). Servers of the test's own.
    void reportReadsAStandby()
    {
        OW_REQUIRE_POSTGRES();
        Test::ScratchPostgres primary;
        Test::ScratchPostgres standby;
        QCOMPARE(primary.init(), QString());
        QCOMPARE(primary.start(), QString());
        const Test::TestServerSwap swap(primary.adminUrl());
        TestDatabase t(QStringLiteral("postgresql"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QVERIFY(Test::addAccount(t.owner(), QStringLiteral("clerk01"), Role::Clerk, kPassword));
        QVERIFY(
            Test::addAccount(t.owner(), QStringLiteral("super01"), Role::Supervisor, kPassword));
        QCOMPARE(standby.initStandbyOf(primary), QString());
        QCOMPARE(standby.start(), QString());
        const QString standbyUrl = t.url().replace(QStringLiteral(":%1/").arg(primary.port()),
                                                   QStringLiteral(":%1/").arg(standby.port()));
        QVERIFY(standbyUrl != t.url());

        QTemporaryDir dir;
        const QByteArray accepted = acceptTwoNewborns(t.url(), dir);
        QVERIFY2(accepted.isEmpty(), accepted.constData());
        Database onStandby(DatabaseUrl::parse(standbyUrl).value());
        QVERIFY(onStandby.open().ok());
        QCOMPARE(onStandby.scalar(QStringLiteral("SELECT pg_is_in_recovery()")).value().toBool(),
                 true);
        QTRY_COMPARE_WITH_TIMEOUT(
            onStandby.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), 2,
            30000);

        const QString from = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const QStringList report = {QStringLiteral("report"),
                                    QStringLiteral("--database"),
                                    t.url(),
                                    QStringLiteral("--report-database"),
                                    standbyUrl,
                                    QStringLiteral("--user"),
                                    QStringLiteral("super01"),
                                    QStringLiteral("--from"),
                                    from,
                                    QStringLiteral("--to"),
                                    to};
        Test::CliRun r = cli(report);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                            " WHERE action = 'report-export'"))
                     .value()
                     .toInt(),
                 1);

        // The figures are the standby's: without it there are none, though the
        // primary answers.
        QCOMPARE(standby.stop(QStringLiteral("fast")), QString());
        r = cli(report);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        // A URL with a parameter the program does not know is refused, not ignored.
        r = cli({QStringLiteral("report"), QStringLiteral("--database"), t.url(),
                 QStringLiteral("--report-database"), t.url() + QStringLiteral("?sslmode=off"),
                 QStringLiteral("--user"), QStringLiteral("super01"), QStringLiteral("--from"),
                 from, QStringLiteral("--to"), to});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sslmode"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_CliReport.moc"
