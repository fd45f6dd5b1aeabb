// onewindow-cli intake accept and case list|show|act as processes, on both
// backends: sign-in as a user, the same rules as the window, refusals with exit
// code 1 and the reason on stderr, usage errors with exit code 2.
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> list;
        for (const QByteArray &l : out.trimmed().split('\n'))
            if (!l.isEmpty())
                list << QJsonDocument::fromJson(l).object();
        return list;
    }
};

Run cli(const QStringList &arguments, const QString &password = kPassword)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void addUser(const Database &db, const QString &name, Role role, const QString &department = {})
{
    UserAccount a;
    a.username = name;
    a.displayName = name;
    a.role = role;
    a.department = department;
    QVERIFY(UserRepository(db).create(a, kPassword, true).ok());
}

// The newborn sample as the answers file of an online pre-application.
QJsonObject answers()
{
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    const IntakeRequest r =
        Test::newbornRequest(catalogue.find(QStringLiteral("newborn")), QDate::currentDate());
    QJsonArray received;
    for (const QString &m : r.materialsReceived)
        received.append(m);
    return QJsonObject{{QStringLiteral("applicant"),
                        QJsonObject{{QStringLiteral("name"), r.applicant.name},
                                    {QStringLiteral("idNumber"), r.applicant.idNumber}}},
                       {QStringLiteral("values"), QJsonObject::fromVariantMap(r.values)},
                       {QStringLiteral("materialsReceived"), received},
                       {QStringLiteral("heldDocuments"), QJsonArray{QStringLiteral("id-card")}}};
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &o)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(o).toJson());
    return f.fileName();
}

QString stepState(const QJsonObject &c, const QString &key)
{
    for (const QJsonValue &s : c.value(QStringLiteral("steps")).toArray())
        if (s.toObject().value(QStringLiteral("key")).toString() == key)
            return s.toObject().value(QStringLiteral("state")).toString();
    return {};
}

} // namespace

class tst_CliCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lifecycleFromTheCommandLine_data() { TestDatabase::addBackendRows(); }
    void lifecycleFromTheCommandLine()
    {
        QFETCH(QString, backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        addUser(t.owner(), QStringLiteral("wj01"), Role::Officer, QStringLiteral("卫健"));
        addUser(t.owner(), QStringLiteral("ga01"), Role::Officer, QStringLiteral("公安"));
        QTemporaryDir dir;
        const QString db = t.url();
        auto as = [&](const QString &user, const QStringList &rest) {
            return QStringList{QStringLiteral("--database"), db, QStringLiteral("--user"), user} +
                   rest;
        };

        const QString file = writeJson(dir, QStringLiteral("answers.json"), answers());
        const QStringList accept{QStringLiteral("intake"), QStringLiteral("accept")};
        Run r = cli(accept + as(QStringLiteral("clerk01"), {"--template", "newborn", "--answers",
                                                            file, "--intake-key", "online-0001"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject accepted = r.json();
        const QString number = accepted.value(QStringLiteral("case")).toString();
        QVERIFY(!number.isEmpty());
        QCOMPARE(accepted.value(QStringLiteral("state")).toString(), QStringLiteral("accepted"));
        QVERIFY(QDate::fromString(accepted.value("promised").toString(), Qt::ISODate).isValid());
        QCOMPARE(accepted.value(QStringLiteral("steps")).toArray().size(), 4);
        QCOMPARE(stepState(accepted, "birth-check"), QStringLiteral("open"));
        QCOMPARE(stepState(accepted, "hukou"), QStringLiteral("waiting"));
        // The same key again: the same case, not a second one.
        r = cli(accept + as(QStringLiteral("clerk01"), {"--template", "newborn", "--answers", file,
                                                        "--intake-key", "online-0001"}));
        QCOMPARE(r.json().value(QStringLiteral("case")).toString(), number);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), 1);
        // A broken answer: the problem as a JSON line, nothing stored.
        QJsonObject broken = answers();
        QJsonObject values = broken.value(QStringLiteral("values")).toObject();
        values.remove(QStringLiteral("child_name"));
        broken.insert(QStringLiteral("values"), values);
        r = cli(accept + as(QStringLiteral("clerk01"),
                            {"--template", "newborn", "--answers",
                             writeJson(dir, QStringLiteral("broken.json"), broken)}));
        QCOMPARE(r.exitCode, 1);
        QJsonObject problem;
        for (const QByteArray &line : r.err.trimmed().split('\n'))
            if (const QJsonObject o = QJsonDocument::fromJson(line).object(); !o.isEmpty())
                problem = o;
        QCOMPARE(problem.value(QStringLiteral("field")).toString(), QStringLiteral("child_name"));
        QVERIFY(!problem.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), 1);

        // An officer's list: their department's cases.
        const QStringList list{QStringLiteral("case"), QStringLiteral("list")};
        r = cli(list + as(QStringLiteral("wj01"), {}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), 1);
        QCOMPARE(r.lines().first().value(QStringLiteral("case")).toString(), number);
        r = cli(list + as(QStringLiteral("wj01"), {"--department", "公安"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("other-department"));

        const QStringList act{QStringLiteral("case"), QStringLiteral("act")};
        r = cli(act + as(QStringLiteral("ga01"), {number, "claim", "--step", "hukou"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("step-waiting"));
        r = cli(act + as(QStringLiteral("clerk01"), {number, "approve", "--step", "birth-check"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("forbidden"));
        r = cli(act + as(QStringLiteral("wj01"), {number, "claim", "--step", "birth-check"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));
        r = cli(act + as(QStringLiteral("wj01"),
                         {number, "approve", "--step", "birth-check", "--reason", "核验一致"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(stepState(r.json(), "hukou"), QStringLiteral("open"));
        QVERIFY(
            cli(act + as(QStringLiteral("ga01"), {number, "claim", "--step", "hukou"})).exitCode ==
            0);
        r = cli(act +
                as(QStringLiteral("ga01"), {number, "return", "--step", "hukou", "--reason",
                                            "户口簿不清晰", "--materials", "household-register"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaiting-supplement"));
        r = cli(act + as(QStringLiteral("clerk01"),
                         {number, "supplement", "--materials", "household-register"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("in-progress"));

        const QStringList show{QStringLiteral("case"), QStringLiteral("show")};
        r = cli(show + as(QStringLiteral("ga01"), {number}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = r.json();
        QStringList actions;
        for (const QJsonValue &h : shown.value(QStringLiteral("history")).toArray())
            actions << h.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions.mid(0, 3), (QStringList{"accept", "claim", "approve"}));
        QVERIFY(actions.contains(QStringLiteral("return")));
        QVERIFY(actions.contains(QStringLiteral("supplement")));
        QCOMPARE(shown.value(QStringLiteral("pauses")).toArray().size(), 1);
        QVERIFY(shown.contains(QStringLiteral("paused_days")));
        QCOMPARE(shown.value(QStringLiteral("history"))
                     .toArray()
                     .first()
                     .toObject()
                     .value("user")
                     .toString(),
                 QStringLiteral("clerk01"));

        // Asked again, the material never comes: the step's holder returns the file.
        QVERIFY(cli(act + as(QStringLiteral("ga01"),
                             {number, "return", "--step", "hukou", "--materials", "photo"}))
                    .exitCode == 0);
        r = cli(act + as(QStringLiteral("clerk01"),
                         {number, "return-file", "--step", "hukou", "--reason", "逾期"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("forbidden"));
        r = cli(act + as(QStringLiteral("ga01"), {number, "return-file", "--step", "hukou"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("reason-required"));
        r = cli(act + as(QStringLiteral("ga01"), {number, "return-file", "--step", "hukou",
                                                  "--reason", "申请人逾期未补正照片"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(),
                 QStringLiteral("file-returned"));
        QCOMPARE(stepState(r.json(), "hukou"), QStringLiteral("skipped"));
        QCOMPARE(stepState(r.json(), "birth-check"), QStringLiteral("approved"));
    }

    void signInAndUsage()
    {
        TestDatabase t(QStringLiteral("sqlite"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        const QStringList base{QStringLiteral("case"),       QStringLiteral("list"),
                               QStringLiteral("--database"), t.url(),
                               QStringLiteral("--user"),     QStringLiteral("clerk01")};
        Run r = cli(base, QStringLiteral("wrong-password"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("sign-in refused"));
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                            " 'sign-in-failed'"))
                     .value()
                     .toInt(),
                 1);
        QCOMPARE(cli(base + QStringList{"--bogus"}).exitCode, 2);
        QCOMPARE(
            cli({"case", "act", "--database", t.url(), "--user", "clerk01", "X", "fly"}).exitCode,
            2);
        QCOMPARE(cli({"case", "show", "--database", t.url()}).exitCode, 2);
        r = cli({"case", "show", "--database", t.url(), "--user", "clerk01", "no-such-case"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not-found"));
    }
};

QTEST_GUILESS_MAIN(tst_CliCase)
#include "tst_CliCase.moc"
