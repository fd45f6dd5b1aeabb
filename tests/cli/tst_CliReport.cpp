// onewindow-cli report as a process, on both backends: the figures of the
// days around today as one JSON object and as CSV, for a supervisor only; each
// report on the audit trail; usage errors exit 2.
#include "helpers/CliProcess.h"
#include "helpers/TestDatabase.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");

Test::CliRun cli(const QStringList &arguments)
{
    return Test::runCli(arguments, {{QStringLiteral("ONEWINDOW_PASSWORD"), kPassword}});
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
        for (int person : {0, 2}) {
            const QString answers = Test::writeJson(dir, QStringLiteral("a%1.json").arg(person),
                                                    Test::newbornAnswers(person));
            const Test::CliRun r =
                cli({QStringLiteral("intake"), QStringLiteral("accept"),
                     QStringLiteral("--database"), t.url(), QStringLiteral("--user"),
                     QStringLiteral("clerk01"), QStringLiteral("--template"),
                     QStringLiteral("newborn"), QStringLiteral("--answers"), answers});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
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

        r = report(QStringLiteral("super01"),
                   {QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                    QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("\xEF\xBB\xBF"
                                  "figure,breakdown,key,label,value\r\n"),
                 r.out.left(40).toHex().constData());
        QVERIFY2(r.out.contains("\r\naccepted,all,,,2\r\n"), r.out.constData());
        QVERIFY(r.out.contains("\r\naccepted,matter,newborn,"));

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
};

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_CliReport.moc"
