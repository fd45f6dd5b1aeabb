// onewindow-cli review list|decide as processes, on both backends: the queue as
// one JSON object per line; a proposed refusal (不予许可) confirmed or sent back
// from the command line takes effect on the case exactly as in the window; the
// maker never confirms their own decision; refusals exit 1 with the reason on
// stderr, usage errors 2.
#include "helpers/CliProcess.h"
#include "helpers/TestDatabase.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");

using Run = Test::CliRun;
using Test::stepState;

Run cli(const QStringList &arguments)
{
    return Test::runCli(arguments, {{QStringLiteral("ONEWINDOW_PASSWORD"), kPassword}});
}

void addUser(const Database &db, const QString &name, Role role, const QString &department = {})
{
    QVERIFY(Test::addAccount(db, name, role, kPassword, department));
}

QString writeAnswers(const QTemporaryDir &dir, int person)
{
    return Test::writeJson(dir, QStringLiteral("answers-%1.json").arg(person),
                           Test::newbornAnswers(person));
}

} // namespace

class tst_CliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decideFromTheCommandLine_data() { TestDatabase::addBackendRows(); }
    void decideFromTheCommandLine()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        addUser(t.owner(), QStringLiteral("wj01"), Role::Officer, QStringLiteral("卫健"));
        addUser(t.owner(), QStringLiteral("super01"), Role::Supervisor);
        addUser(t.owner(), QStringLiteral("super02"), Role::Supervisor);
        QTemporaryDir dir;
        auto as = [&](const QStringList &words, const QString &user, const QStringList &rest) {
            return words +
                   QStringList{QStringLiteral("--database"), t.url(), QStringLiteral("--user"),
                               user} +
                   rest;
        };
        const QStringList accept{QStringLiteral("intake"), QStringLiteral("accept")};
        const QStringList act{QStringLiteral("case"), QStringLiteral("act")};
        const QStringList show{QStringLiteral("case"), QStringLiteral("show")};
        const QStringList list{QStringLiteral("review"), QStringLiteral("list")};
        const QStringList decide{QStringLiteral("review"), QStringLiteral("decide")};

        // Two cases; 卫健 proposes to refuse the first step of each.
        QStringList numbers;
        for (int person : {0, 2}) {
            Run r = cli(as(accept, QStringLiteral("clerk01"),
                           {"--template", "newborn", "--answers", writeAnswers(dir, person)}));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            numbers << r.json().value(QStringLiteral("case")).toString();
            QVERIFY(cli(as(act, QStringLiteral("wj01"),
                           {numbers.last(), "claim", "--step", "birth-check"}))
                        .exitCode == 0);
            r = cli(as(act, QStringLiteral("wj01"),
                       {numbers.last(), "refuse", "--step", "birth-check", "--reason",
                        "出生医学证明编号与医院登记不符"}));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.json().value(QStringLiteral("state")).toString(),
                     QStringLiteral("in-progress"));
            QCOMPARE(stepState(r.json(), "birth-check"), QStringLiteral("refusal-pending"));
        }

        // The decisions waiting, one JSON object per line.
        Run r = cli(as(list, QStringLiteral("super01"), {"--decisions"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QJsonObject> items;
        for (const QJsonObject &o : r.lines())
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("refusal"))
                items << o;
        QCOMPARE(items.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(items.at(i).value(QStringLiteral("case")).toString(), numbers.at(i));
            QCOMPARE(items.at(i).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
            QCOMPARE(items.at(i).value(QStringLiteral("maker")).toString(), QStringLiteral("wj01"));
            QVERIFY(items.at(i).value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(items.at(i).value(QStringLiteral("decision")).toBool());
        }
        const QString first = QString::number(items.at(0).value(QStringLiteral("id")).toInteger());
        const QString second = QString::number(items.at(1).value(QStringLiteral("id")).toInteger());
        // After-the-fact reviews are not among them.
        r = cli(as(list, QStringLiteral("super01"), {"--reviews"}));
        QCOMPARE(r.exitCode, 0);
        for (const QJsonObject &o : r.lines())
            QVERIFY(!o.value(QStringLiteral("decision")).toBool());

        // Refused: the maker's department, the counter; sending back without a comment.
        r = cli(as(decide, QStringLiteral("wj01"), {first, "confirm"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("forbidden"), r.err.constData());
        r = cli(as(list, QStringLiteral("clerk01"), {}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("forbidden"), r.err.constData());
        QCOMPARE(cli(as(decide, QStringLiteral("super01"), {first, "send-back"})).exitCode, 2);
        QCOMPARE(cli(as(decide, QStringLiteral("super01"), {first, "approve"})).exitCode, 2);
        QCOMPARE(cli(as(decide, QStringLiteral("super01"), {"x", "confirm"})).exitCode, 2);
        QCOMPARE(cli(as(decide, QStringLiteral("super01"), {first})).exitCode, 2);
        r = cli(as(decide, QStringLiteral("super01"), {"999999", "confirm"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not-found"), r.err.constData());

        // Confirmed: the case is completed as refused, the history names both.
        r = cli(as(decide, QStringLiteral("super01"), {first, "confirm"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(r.json().value(QStringLiteral("reviewer")).toString(), QStringLiteral("super01"));
        r = cli(as(show, QStringLiteral("super01"), {numbers.at(0)}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
        QCOMPARE(stepState(r.json(), "birth-check"), QStringLiteral("refused"));
        QCOMPARE(stepState(r.json(), "hukou"), QStringLiteral("skipped"));
        bool named = false;
        for (const QJsonValue &h : r.json().value(QStringLiteral("history")).toArray()) {
            const QJsonObject line = h.toObject();
            named = named || (line.value("action").toString() == QLatin1String("confirm") &&
                              line.value("user").toString() == QLatin1String("super01") &&
                              line.value("data").toObject().value("maker").toString() ==
                                  QLatin1String("wj01"));
        }
        QVERIFY(named);
        const QJsonArray decisions = r.json().value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().toObject().value("state").toString(),
                 QStringLiteral("approved"));
        // Decided once.
        r = cli(as(decide, QStringLiteral("super02"), {first, "send-back", "--comment", "x"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already-decided"), r.err.constData());

        // Sent back: the step is open again for its holder, the comment in its history.
        r = cli(as(decide, QStringLiteral("super02"),
                   {second, "send-back", "--comment", "请先电话核实医院登记"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("returned"));
        r = cli(as(show, QStringLiteral("wj01"), {numbers.at(1)}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(stepState(r.json(), "birth-check"), QStringLiteral("open"));
        const QJsonObject last =
            r.json().value(QStringLiteral("history")).toArray().last().toObject();
        QCOMPARE(last.value("action").toString(), QStringLiteral("send-back"));
        QCOMPARE(last.value("reason").toString(), QStringLiteral("请先电话核实医院登记"));
        // Nothing left to decide.
        r = cli(as(list, QStringLiteral("super01"), {"--decisions"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lines().isEmpty());
        r = cli(as(list, QStringLiteral("super01"), {"--decisions", "--all"}));
        QCOMPARE(r.lines().size(), 2);

        // A supervisor never confirms their own decision: one proposed at the counter.
        r = cli(as({QStringLiteral("intake"), QStringLiteral("refuse")}, QStringLiteral("super01"),
                   {"--template", "marriage-appointment", "--name", "张三", "--id-number",
                    "11010519491231002X", "--reason", "不属于本中心职权范围", "--legal-basis",
                    "《中华人民共和国行政许可法》第三十二条第一款第（二）项"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(as(list, QStringLiteral("super02"), {"--kind", "non-acceptance"}));
        QCOMPARE(r.lines().size(), 1);
        QVERIFY(r.lines().first().value(QStringLiteral("case")).isNull());
        const QString own =
            QString::number(r.lines().first().value(QStringLiteral("id")).toInteger());
        r = cli(as(decide, QStringLiteral("super01"), {own, "confirm"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("own-action"), r.err.constData());
        QCOMPARE(cli(as(decide, QStringLiteral("super02"), {own, "confirm"})).exitCode, 0);

        // Every verdict and every refusal is in the audit trail.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action IN"
                                            " ('review-approve', 'review-return')"))
                     .value()
                     .toInt(),
                 3);
        QVERIFY(t.db()
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                           " 'refused' AND detail LIKE 'review %'"))
                    .value()
                    .toInt() >= 3);
    }
};

QTEST_GUILESS_MAIN(tst_CliReview)
#include "tst_CliReview.moc"
