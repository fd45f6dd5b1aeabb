// Hostile text in every place a person or a program types into the core: search
// boxes and filters (case files, audit trail, inbox), template values, reasons
// (returns, refusals, supervisors' comments), names (accounts, citizens). On both
// backends, each string is either stored and read back exactly as given, or
// refused with "bad-text" / "bad-query" (NUL, broken UTF-8, direction overrides,
// overlong), and none of them changes what a query finds: a search for "%" or "_"
// does not match everybody, a quote does not end a statement, and the tables are
// all there afterwards. onewindow-cli gets the same strings as arguments
// (tst_CliInjection).
#include "casefile/CaseFileService.h"
#include "common/PlainText.h"
#include "helpers/WorkflowHall.h"
#include "security/AuditQuery.h"
#include "security/AuthService.h"
#include "security/UserAdminService.h"

#include <QTest>

using namespace OneWindow;

namespace {

// Each string, and whether the core must keep it as it is.
struct Hostile
{
    const char *tag;
    QString text;
    bool kept;
};

QList<Hostile> hostileStrings()
{
    QString nul = QStringLiteral("王小");
    nul.append(QChar(0));
    nul.append(QStringLiteral("明"));
    return {
        {"quote", QStringLiteral("王'小明"), true},
        {"statement", QStringLiteral("王'); DROP TABLE cases; --"), true},
        {"or-true", QStringLiteral("王' OR '1'='1"), true},
        {"percent", QStringLiteral("王%"), true},
        {"underscore", QStringLiteral("王_"), true},
        {"backslash", QStringLiteral("王\\'\"\\\\"), true},
        {"semicolon-comment", QStringLiteral("王;--/*"), true},
        {"rtl-mark", QStringLiteral("王\u200F小明"), true},
        {"nul", nul, false},
        {"invalid-utf8", QString::fromUtf8("王\xff\xfe小明"), false},
        {"rtl-override", QStringLiteral("王\u202E明小"), false},
        {"control", QStringLiteral("王\x1b[31m小明"), false},
        {"overlong", QStringLiteral("王") + QString(PlainText::kMaxReason + 1, QChar(u'明')),
         false},
    };
}

// Quick to say which string a failure is about.
QByteArray where(const Hostile &h, const char *what = "")
{
    return QByteArray(h.tag) + ' ' + what;
}

// Every table the hall needs is still there and holds what it held.
void checkTablesIntact(Test::WorkflowHall &h, int cases, int persons)
{
    QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM cases")), cases);
    QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM persons")), persons);
    QVERIFY(h.count(QStringLiteral("SELECT COUNT(*) FROM users")) > 0);
    QVERIFY(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events")) > 0);
}

} // namespace

class tst_Injection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void personSearch_data() { TestDatabase::addBackendRows(); }
    void personSearch();
    void auditFilter_data() { TestDatabase::addBackendRows(); }
    void auditFilter();
    void inboxFilter_data() { TestDatabase::addBackendRows(); }
    void inboxFilter();
    void reasons_data() { TestDatabase::addBackendRows(); }
    void reasons();
    void accountName_data() { TestDatabase::addBackendRows(); }
    void accountName();
    void citizenNameAndValues_data() { TestDatabase::addBackendRows(); }
    void citizenNameAndValues();
};

void tst_Injection::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("kept");
    for (const Hostile &h : hostileStrings())
        QTest::newRow(h.tag) << h.text << h.kept;
    QTest::newRow("line break, one line") << QStringLiteral("a\nb") << false;
    QTest::newRow("emoji (a surrogate pair)") << QStringLiteral("好\U0001F600") << true;
    QString lone = QStringLiteral("a");
    lone.append(QChar(0xD800));
    QTest::newRow("unpaired surrogate") << lone << false;
}

void tst_Injection::plainText()
{
    QFETCH(QString, text);
    QFETCH(bool, kept);
    const Status s =
        PlainText::check(QStringLiteral("f"), text, PlainText::Lines::One, PlainText::kMaxReason);
    QCOMPARE(s.ok(), kept);
    if (!kept) {
        QCOMPARE(s.error().code, QStringLiteral("bad-text"));
        QVERIFY(s.error().detail.startsWith(QLatin1String("f: ")));
    }
}

void tst_Injection::personSearch()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(!h.acceptNewborn(0).isEmpty());
    QVERIFY(!h.acceptNewborn(2).isEmpty());
    const int persons = h.count(QStringLiteral("SELECT COUNT(*) FROM persons"));
    const int cases = h.count(QStringLiteral("SELECT COUNT(*) FROM cases"));
    QVERIFY(persons >= 2);
    CaseFileService files(h.t.db(), h.audit);
    for (const Hostile &s : hostileStrings()) {
        // The string alone, after a real name's first character, as a case-number query
        // and with a trailing "%".
        for (const QString &query :
             {s.text, QStringLiteral("王") + s.text.mid(1), QStringLiteral("510107-") + s.text,
              s.text + QStringLiteral("%")}) {
            auto page = files.search(query, 20, 0, h.clerk);
            if (!page) {
                // Refused as a query, never as a database failure.
                QVERIFY2(page.error().code == QLatin1String("bad-query"),
                         where(s, qPrintable(page.error().code + QLatin1Char(' ') +
                                             page.error().detail)));
                continue;
            }
            // Nobody's name, number or case number starts with these characters.
            QVERIFY2(page.value().hits.isEmpty(), where(s, "hits"));
        }
        // A refused string is refused whole, not cut at the bad character and searched.
        if (!s.kept) {
            auto page = files.search(s.text, 20, 0, h.clerk);
            QVERIFY2(!page.ok() && page.error().code == QLatin1String("bad-query"), where(s));
        }
    }
    checkTablesIntact(h, cases, persons);
}

void tst_Injection::auditFilter()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(!h.acceptNewborn(0).isEmpty());
    const int cases = h.count(QStringLiteral("SELECT COUNT(*) FROM cases"));
    const int persons = h.count(QStringLiteral("SELECT COUNT(*) FROM persons"));
    AuditQuery query(h.t.db(), h.audit);
    for (const Hostile &s : hostileStrings()) {
        for (const char *field : {"user", "counter", "action", "case", "id-number"}) {
            AuditFilter filter;
            const QByteArray f(field);
            (f == "user"      ? filter.user
             : f == "counter" ? filter.counter
             : f == "action"  ? filter.action
             : f == "case"    ? filter.caseNumber
                              : filter.idNumber) = s.text;
            auto page = query.page(filter, h.supervisor);
            if (!s.kept) {
                QVERIFY2(!page.ok() && page.error().code == QLatin1String("bad-query"),
                         where(s, field));
                continue;
            }
            QVERIFY2(page.ok(), where(s, qPrintable(QString::fromLatin1(field) + QLatin1Char(' ') +
                                                    page.error().code + QLatin1Char(' ') +
                                                    page.error().detail)));
            // No event has that user, counter, action, case or citizen.
            QVERIFY2(page.value().events.isEmpty(), where(s, field));
        }
    }
    checkTablesIntact(h, cases, persons);
}

void tst_Injection::inboxFilter()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(!h.acceptNewborn(0).isEmpty());
    // The health department's inbox holds the case's first step: a filter that
    // matched everything would show it.
    QCOMPARE(h.inbox.page(DepartmentInbox::Filter(), h.health, h.clock.today()).value().size(), 1);
    for (const Hostile &s : hostileStrings()) {
        DepartmentInbox::Filter filter;
        filter.department = s.text;
        auto page = h.inbox.page(filter, h.supervisor, h.clock.today());
        CaseWorkflowService::ListFilter listed;
        listed.department = s.text;
        auto cases = h.workflow.list(listed, h.supervisor);
        if (!s.kept) {
            QVERIFY2(!page.ok() && page.error().code == QLatin1String("bad-query"), where(s));
            QVERIFY2(!cases.ok() && cases.error().code == QLatin1String("bad-query"), where(s));
            continue;
        }
        QVERIFY2(page.ok(), where(s, qPrintable(page.error().code)));
        QVERIFY2(page.value().isEmpty(), where(s)); // no department has that name
        QVERIFY2(cases.ok(), where(s, qPrintable(cases.error().code)));
        QVERIFY2(cases.value().isEmpty(), where(s));
        // The same text as an officer's own department finds nothing either.
        Session officer = h.health;
        officer.department = s.text;
        auto own = h.inbox.page(DepartmentInbox::Filter(), officer, h.clock.today());
        QVERIFY2(own.ok(), where(s, qPrintable(own.error().code)));
        QVERIFY2(own.value().isEmpty(), where(s));
    }
}

void tst_Injection::reasons()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    int mother = 0;
    for (const Hostile &s : hostileStrings()) {
        const QString number = h.acceptNewborn(mother);
        const QString second = h.acceptNewborn(mother + 2);
        mother += 4;
        QVERIFY2(!number.isEmpty() && !second.isEmpty(), where(s));
        QVERIFY(h.act(number, CaseAction::Claim, h.health, "birth-check").ok());
        const int version = h.load(number).record.version;

        // A return's note.
        auto returned = h.act(number, CaseAction::Return, h.health, "birth-check", s.text,
                              {"birth-certificate"});
        if (!s.kept) {
            QVERIFY2(!returned.ok() && returned.error().code == QLatin1String("bad-text"),
                     where(s));
            QVERIFY2(h.load(number).record.version == version, where(s)); // nothing written
        } else {
            QVERIFY2(returned.ok(), where(s, qPrintable(returned.error().code)));
            QVERIFY2(h.load(number).history.last().reason == s.text, where(s, "return"));
        }

        // A refusal's reason, then a supervisor's comment sending it back.
        QVERIFY(h.act(second, CaseAction::Claim, h.health, "birth-check").ok());
        auto refused = h.act(second, CaseAction::Refuse, h.health, "birth-check", s.text);
        if (!s.kept) {
            QVERIFY2(!refused.ok() && refused.error().code == QLatin1String("bad-text"), where(s));
            QVERIFY(h.act(second, CaseAction::Refuse, h.health, "birth-check",
                          QStringLiteral("编号不符"))
                        .ok());
            const Status decided = h.decide(second, QStringLiteral("refusal"), false, s.text);
            QVERIFY2(!decided.ok() && decided.error().code == QLatin1String("bad-text"), where(s));
            QVERIFY2(h.pending(second, QStringLiteral("refusal")).id != 0, where(s)); // still open
            continue;
        }
        QVERIFY2(refused.ok(), where(s, qPrintable(refused.error().code)));
        QVERIFY2(h.load(second).record.stepByKey("birth-check")->result == s.text, where(s));
        QVERIFY2(h.pending(second, QStringLiteral("refusal")).detail == s.text, where(s));
        const Status decided = h.decide(second, QStringLiteral("refusal"), false, s.text);
        QVERIFY2(decided.ok(), where(s, qPrintable(decided.error().code)));
        QVERIFY2(h.load(second).decisions.last().comment == s.text, where(s, "comment"));
    }
}

void tst_Injection::accountName()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    h.account(QStringLiteral("admin01"), Role::Administrator, {});
    // Signed in: PostgreSQL lets an administrator's session, with its proof, make accounts.
    AuthService auth(h.t.db(), h.audit, true);
    auto signedIn = auth.signIn(QStringLiteral("admin01"), QStringLiteral("Password-123"),
                                QStringLiteral("A01"));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().code));
    const Session admin = signedIn.value();
    UserAdminService users(h.t.db(), h.audit, true);
    int n = 0;
    for (const Hostile &s : hostileStrings()) {
        UserAdminService::NewAccount a;
        a.username = QStringLiteral("clerk9%1").arg(++n);
        a.displayName = s.text;
        auto created = users.create(a, {}, true, admin);
        // A name is one line of at most PlainText::kMaxName characters.
        if (!s.kept || s.text.size() > PlainText::kMaxName) {
            QVERIFY2(!created.ok() && created.error().code == QLatin1String("bad-text"), where(s));
            continue;
        }
        QVERIFY2(created.ok(), where(s, qPrintable(created.error().code + QLatin1Char(' ') +
                                                   created.error().detail)));
        const QList<UserAccount> accounts = users.list(admin).value();
        bool found = false;
        for (const UserAccount &u : accounts)
            if (u.username == a.username)
                found = u.displayName == s.text;
        QVERIFY2(found, where(s, "stored as given"));
        // A login is letters, digits and . _ - only: the string is refused as a login.
        UserAdminService::NewAccount login;
        login.username = s.text;
        login.displayName = QStringLiteral("某");
        QVERIFY2(users.create(login, {}, true, admin).error().code == QLatin1String("bad-login"),
                 where(s));
    }
}

void tst_Injection::citizenNameAndValues()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    const FormTemplate *form = h.catalogue.find(QStringLiteral("newborn"));
    CaseFileService files(h.t.db(), h.audit);
    int mother = 0;
    for (const Hostile &s : hostileStrings()) {
        const int casesBefore = h.count(QStringLiteral("SELECT COUNT(*) FROM cases"));
        // The citizen's name as typed at a counter that read no card.
        IntakeRequest r = Test::newbornRequest(form, h.clock.today(), mother, mother + 1);
        r.applicant.kind = CardIdentity::Kind::Manual;
        r.applicant.name = s.text;
        r.materialsReceived << QStringLiteral("applicant-id-card");
        r.values.insert(QStringLiteral("applicant_name"), s.text);
        auto accepted = h.intake.accept(r, h.clerk);
        if (!s.kept || s.text.size() > PlainText::kMaxName) {
            QVERIFY2(!accepted.ok() && accepted.error().code == QLatin1String("bad-text"),
                     where(s, qPrintable(accepted.ok() ? QString() : accepted.error().code)));
            QVERIFY2(h.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == casesBefore,
                     where(s));
        } else {
            QVERIFY2(accepted.ok(), where(s, qPrintable(accepted.error().code + QLatin1Char(' ') +
                                                        accepted.error().detail)));
            auto file = files.open(r.applicant.idNumber, h.clerk);
            QVERIFY2(file.ok(), where(s, qPrintable(file.error().code)));
            QVERIFY2(file.value().person.name == s.text, where(s, "name stored as given"));
        }

        // A template value (the household address, a text of the newborn form).
        IntakeRequest v =
            Test::readAtCounter(Test::newbornRequest(form, h.clock.today(), mother + 2, mother + 3),
                                h.t.db(), h.clerk, h.clock.now());
        mother += 4;
        const QString address = QStringLiteral("四川省成都市武侯区") + s.text;
        v.values.insert(QStringLiteral("hukou_address"), address);
        auto withValue = h.intake.accept(v, h.clerk);
        if (!s.kept) {
            QVERIFY2(!withValue.ok() && withValue.error().code == QLatin1String("invalid-form") &&
                         withValue.error().detail.contains(QLatin1String("hukou_address")),
                     where(s));
            continue;
        }
        QVERIFY2(withValue.ok(), where(s, qPrintable(withValue.error().code + QLatin1Char(' ') +
                                                     withValue.error().detail)));
        QVERIFY2(h.load(withValue.value().caseNumber)
                         .record.formData.value(QStringLiteral("hukou_address"))
                         .toString() == address,
                 where(s, "value stored as given"));
    }
}

QTEST_GUILESS_MAIN(tst_Injection)
#include "tst_Injection.moc"
