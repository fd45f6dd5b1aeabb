// Hostile text as onewindow-cli's arguments and in its answers file, on both
// backends (tst_Injection does the same through the services): a reason, a case
// number, a department filter and an applicant's name holding quotes, SQL,
// wildcards, a direction override, a control character, broken UTF-8 (raw bytes
// on the command line) or too many characters. Each is kept exactly as given, or
// refused with exit code 1 and "bad-text" / "bad-query" on stderr; none is a
// database error, and the tables are all there afterwards.
#include "common/PlainText.h"
#include "helpers/CliProcess.h"
#include "helpers/TestDatabase.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");

struct Hostile
{
    const char *tag;
    QString text;       // as the program should read it
    QByteArray rawTail; // when set, the last argument is passed as these bytes instead
    bool kept;
};

QList<Hostile> hostileArguments()
{
    return {
        {"quote-statement", QStringLiteral("王'); DROP TABLE cases; --"), {}, true},
        {"wildcards", QStringLiteral("%_%"), {}, true},
        {"backslash-quotes", QStringLiteral("\\'\"\\\\"), {}, true},
        {"rtl-override", QStringLiteral("王\u202E明小"), {}, false},
        {"overlong", QString(PlainText::kMaxReason + 1, QChar(u'明')), {}, false},
        {"invalid-utf8", QString(), QByteArray("\xff\xfe\xe7\x8e"), false},
    };
}

// onewindow-cli with `arguments`, then `raw` as one more argument of raw bytes
// (through sh's printf: QProcess would encode a QString as valid UTF-8).
Test::CliRun cli(const QStringList &arguments, const QByteArray &raw = {})
{
    if (raw.isEmpty())
        return Test::runCli(arguments, {{QStringLiteral("ONEWINDOW_PASSWORD"), kPassword}});
    QString octal;
    for (const char c : raw)
        octal += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ONEWINDOW_PASSWORD"), kPassword);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"),
                        QStringLiteral("exec \"$0\" \"$@\" \"$(printf '%1')\"").arg(octal),
                        QStringLiteral(OW_CLI_PATH)} +
                arguments);
    Test::CliRun r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class tst_CliInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arguments_data() { TestDatabase::addBackendRows(); }
    void arguments();
    void answersFile_data() { TestDatabase::addBackendRows(); }
    void answersFile();
};

void tst_CliInjection::arguments()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(Test::addAccount(t.owner(), QStringLiteral("clerk01"), Role::Clerk, kPassword));
    QVERIFY(Test::addAccount(t.owner(), QStringLiteral("super01"), Role::Supervisor, kPassword));
    const int users = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users")).value().toInt();
    QTemporaryDir dir;
    auto as = [&](const QString &user, const QStringList &rest) {
        return QStringList{QStringLiteral("--database"), t.url(), QStringLiteral("--user"), user} +
               rest;
    };
    int n = 0;
    for (const Hostile &h : hostileArguments()) {
        const QByteArray tag(h.tag);
        // A case of its own, withdrawn at the counter: the withdrawal's reason.
        const QString file =
            Test::writeJson(dir, QStringLiteral("a%1.json").arg(n), Test::newbornAnswers(2 * n));
        Test::CliRun r =
            cli(QStringList{"intake", "accept"} +
                as(QStringLiteral("clerk01"), {"--template", "newborn", "--answers", file,
                                               "--intake-key", QString::number(n)}));
        ++n;
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString number = r.json().value(QStringLiteral("case")).toString();
        const QStringList withdraw = {number, "withdraw", "--reason"};
        r = h.rawTail.isEmpty()
                ? cli(QStringList{"case", "act"} +
                      as(QStringLiteral("clerk01"), withdraw + QStringList{h.text}))
                : cli(QStringList{"case", "act"} + as(QStringLiteral("clerk01"), withdraw),
                      h.rawTail);
        auto reasons =
            t.db().run(QStringLiteral("SELECT DISTINCT e.reason FROM case_events e JOIN cases c"
                                      " ON c.id = e.case_id WHERE c.case_number = ?"
                                      " AND e.action = 'withdraw'"),
                       {number});
        QVERIFY(reasons.ok());
        QStringList stored;
        while (reasons.value().next())
            stored << reasons.value().value(0).toString();
        if (h.kept) {
            QVERIFY2(r.exitCode == 0, (tag + ": " + r.err).constData());
            QCOMPARE(stored, QStringList{h.text});
        } else {
            QVERIFY2(r.exitCode == 1, (tag + ": " + r.err).constData());
            QVERIFY2(r.err.contains("bad-text"), (tag + ": " + r.err).constData());
            QVERIFY2(stored.isEmpty(), tag.constData());
        }

        // As a case number: no such case (or refused), never a database error.
        r = h.rawTail.isEmpty()
                ? cli(QStringList{"case", "show"} + as(QStringLiteral("super01"), {h.text}))
                : cli(QStringList{"case", "show"} + as(QStringLiteral("super01"), {}), h.rawTail);
        QVERIFY2(r.exitCode == 1, (tag + ": " + r.err).constData());
        QVERIFY2(r.err.contains("not-found") || r.err.contains("bad-query"),
                 (tag + ": " + r.err).constData());

        // As a department to list: nobody's department, or refused.
        r = h.rawTail.isEmpty()
                ? cli(QStringList{"case", "list"} +
                      as(QStringLiteral("super01"), {"--department", h.text}))
                : cli(QStringList{"case", "list"} + as(QStringLiteral("super01"), {"--department"}),
                      h.rawTail);
        if (h.kept) {
            QVERIFY2(r.exitCode == 0, (tag + ": " + r.err).constData());
            QVERIFY2(r.out.trimmed().isEmpty(), tag.constData());
        } else {
            QVERIFY2(r.exitCode == 1 && r.err.contains("bad-query"),
                     (tag + ": " + r.err).constData());
        }
    }
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), n);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM users")).value().toInt(), users);
}

void tst_CliInjection::answersFile()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(Test::addAccount(t.owner(), QStringLiteral("clerk01"), Role::Clerk, kPassword));
    QTemporaryDir dir;
    QString nul = QStringLiteral("王");
    nul.append(QChar(0));
    nul.append(QStringLiteral("明"));
    const QList<QPair<QString, bool>> names = {
        {QStringLiteral("王'); DROP TABLE persons; --"), true},
        {nul, false},
        {QStringLiteral("王\u202E明"), false},
        {QString(PlainText::kMaxName + 1, QChar(u'明')), false},
    };
    int n = 0;
    int accepted = 0;
    for (const auto &[name, kept] : names) {
        QJsonObject answers = Test::newbornAnswers(2 * n);
        QJsonObject applicant = answers.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("name"), name);
        answers.insert(QStringLiteral("applicant"), applicant);
        const QString file = Test::writeJson(dir, QStringLiteral("a%1.json").arg(n), answers);
        ++n;
        const Test::CliRun r = cli({"intake", "accept", "--database", t.url(), "--user", "clerk01",
                                    "--template", "newborn", "--answers", file});
        if (!kept) {
            QVERIFY2(r.exitCode == 1 && r.err.contains("bad-text"), r.err.constData());
            continue;
        }
        QVERIFY2(r.exitCode == 0, r.err.constData());
        ++accepted;
        const QString id = applicant.value(QStringLiteral("idNumber")).toString();
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT name FROM persons WHERE id_number = ?"), {id})
                     .value()
                     .toString(),
                 name);
    }
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), accepted);
}

QTEST_GUILESS_MAIN(tst_CliInjection)
#include "tst_CliInjection.moc"
