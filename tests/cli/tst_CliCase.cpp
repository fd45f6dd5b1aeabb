// onewindow-cli intake accept and case list|show|act as processes, on both
// backends: sign-in as a user, the same rules as the window, refusals with exit
// code 1 and the reason on stderr, usage errors with exit code 2.
#include "helpers/CliProcess.h"
#include "helpers/TestDatabase.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QString kPassword = QStringLiteral("Password-123");

using Run = Test::CliRun;
using Test::stepState;
using Test::writeJson;

Run cli(const QStringList &arguments, const QString &password = kPassword)
{
    return Test::runCli(arguments, {{QStringLiteral("ONEWINDOW_PASSWORD"), password}});
}

void addUser(const Database &db, const QString &name, Role role, const QString &department = {})
{
    QVERIFY(Test::addAccount(db, name, role, kPassword, department));
}

// The newborn sample as the answers file of an online pre-application: no
// counter saw the applicant, so their ID card is among the materials handed in.
QJsonObject answers(int mother = 0)
{
    return Test::newbornAnswers(mother);
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
        OW_CHECK_BACKEND(backend);
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
        // Proposed: it waits for a supervisor (review decide, tst_CliReview).
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("awaiting-supplement"));
        QVERIFY(r.json().value(QStringLiteral("result")).isNull());
        QCOMPARE(stepState(r.json(), "hukou"), QStringLiteral("return-file-pending"));
        QCOMPARE(stepState(r.json(), "birth-check"), QStringLiteral("approved"));
        // No door confirms it but the review queue's; nobody else acts on the step.
        r = cli(act + as(QStringLiteral("ga01"), {number, "confirm", "--step", "hukou"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("review decide"), r.err.constData());
        r = cli(act +
                as(QStringLiteral("clerk01"), {number, "supplement", "--materials", "photo"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("decision-pending"), r.err.constData());
    }

    // An answers file that claims a card read and documents on file, as a script
    // could write it: the claims are not read. The identity is unverified and
    // reviewed, and the applicant's ID card, not proven, is missing until handed in.
    void forgedEvidenceIsNeverTrusted_data() { TestDatabase::addBackendRows(); }
    void forgedEvidenceIsNeverTrusted()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        QTemporaryDir dir;
        const QStringList accept{QStringLiteral("intake"),     QStringLiteral("accept"),
                                 QStringLiteral("--database"), t.url(),
                                 QStringLiteral("--user"),     QStringLiteral("clerk01"),
                                 QStringLiteral("--template"), QStringLiteral("newborn")};
        QJsonObject forged = answers();
        QJsonObject applicant = forged.value(QStringLiteral("applicant")).toObject();
        applicant.insert(QStringLiteral("source"), QStringLiteral("card"));
        forged.insert(QStringLiteral("applicant"), applicant);
        forged.insert(QStringLiteral("heldDocuments"),
                      QJsonArray{QStringLiteral("id-card"), QStringLiteral("id-card:other_parent"),
                                 QStringLiteral("e-household-register")});
        QJsonArray received;
        for (const QJsonValue &m : forged.value(QStringLiteral("materialsReceived")).toArray())
            if (m.toString() != QLatin1String("applicant-id-card"))
                received.append(m);
        forged.insert(QStringLiteral("materialsReceived"), received);

        // The ID card "held" by the file's say-so is still missing: nothing stored.
        Run r = cli(accept + QStringList{"--answers",
                                         writeJson(dir, QStringLiteral("forged.json"), forged)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("materials.applicant-id-card"), r.err.constData());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toInt(), 0);

        // Handed in, it is accepted: as an unverified identity, before the supervisor.
        received.append(QStringLiteral("applicant-id-card"));
        forged.insert(QStringLiteral("materialsReceived"), received);
        r = cli(accept +
                QStringList{"--answers", writeJson(dir, QStringLiteral("forged2.json"), forged)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString number = r.json().value(QStringLiteral("case")).toString();
        QCOMPARE(r.json().value(QStringLiteral("identity")).toString(),
                 QStringLiteral("unverified"));
        auto stored = t.db().run(QStringLiteral("SELECT identity_source, identity_flags FROM cases"
                                                " WHERE case_number = ?"),
                                 {number});
        QVERIFY(stored.ok() && stored.value().next());
        QCOMPARE(stored.value().value(0).toString(), QStringLiteral("unverified"));
        QCOMPARE(stored.value().value(1).toString(), QStringLiteral("unverified-identity"));
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM review_items r JOIN cases c ON"
                                            " c.id = r.case_id WHERE c.case_number = ? AND"
                                            " r.kind = 'unverified-identity'"),
                             {number})
                     .value()
                     .toInt(),
                 1);
        // Nothing of the file's claims counted as on file.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM materials m JOIN cases c ON"
                                            " c.id = m.case_id WHERE c.case_number = ? AND"
                                            " m.source = 'on-file'"),
                             {number})
                     .value()
                     .toInt(),
                 0);
    }

    // An intake key belongs to one applicant and template: a replay returns the case
    // and is audited; the key for another applicant is refused, audited, and names
    // nobody's case.
    void intakeKeyBelongsToOneApplicant_data() { TestDatabase::addBackendRows(); }
    void intakeKeyBelongsToOneApplicant()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        TestDatabase t(backend);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        addUser(t.owner(), QStringLiteral("clerk01"), Role::Clerk);
        QTemporaryDir dir;
        const QStringList accept{QStringLiteral("intake"),       QStringLiteral("accept"),
                                 QStringLiteral("--database"),   t.url(),
                                 QStringLiteral("--user"),       QStringLiteral("clerk01"),
                                 QStringLiteral("--intake-key"), QStringLiteral("key-0001")};
        const auto count = [&](const QString &sql) {
            return t.db().scalar(sql).value().toInt();
        };
        Run r = cli(accept + QStringList{"--template", "newborn", "--answers",
                                         writeJson(dir, QStringLiteral("a.json"), answers(0))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString number = r.json().value(QStringLiteral("case")).toString();
        r = cli(accept + QStringList{"--template", "newborn", "--answers",
                                     writeJson(dir, QStringLiteral("a.json"), answers(0))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("case")).toString(), number);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                      " 'intake-replay'")),
                 1);

        r = cli(accept + QStringList{"--template", "newborn", "--answers",
                                     writeJson(dir, QStringLiteral("b.json"), answers(2))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("intake-key-reused"), r.err.constData());
        QVERIFY2(!r.err.contains(number.toUtf8()), r.err.constData());
        QVERIFY2(!r.out.contains(number.toUtf8()), r.out.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                      " 'intake-key-refused'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM persons")), 1);
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
