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

void addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("kept");
    for (const QString &backend : TestDatabase::backends())
        for (const Hostile &h : hostileStrings())
            QTest::addRow("%s/%s", qPrintable(backend), h.tag) << backend << h.text << h.kept;
}

// Every table the hall needs is still there and holds what it held.
void checkTablesIntact(Test::WorkflowHall &h, int cases, int persons)
{
    QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM cases")), cases);
    QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM persons")), persons);
    QVERIFY(h.count(QStringLiteral("SELECT COUNT(*) FROM users")) > 0);
    QVERIFY(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
}

} // namespace

class tst_Injection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void personSearch_data() { addRows(); }
    void personSearch();
    void auditFilter_data() { addRows(); }
    void auditFilter();
    void inboxFilter_data() { addRows(); }
    void inboxFilter();
    void reasons_data() { addRows(); }
    void reasons();
    void accountName_data() { addRows(); }
    void accountName();
    void citizenNameAndValues_data() { addRows(); }
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
    QFETCH(QString, text);
    QFETCH(bool, kept);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(!h.acceptNewborn(0).isEmpty());
    QVERIFY(!h.acceptNewborn(2).isEmpty());
    const int persons = h.count(QStringLiteral("SELECT COUNT(*) FROM persons"));
    const int cases = h.count(QStringLiteral("SELECT COUNT(*) FROM cases"));
    QVERIFY(persons >= 2);
    CaseFileService files(h.t.db(), h.audit);

    // The string alone, after a real name's first character, as a case-number query
    // and with a trailing "%".
    for (const QString &query : {text, QStringLiteral("王") + text.mid(1),
                                 QStringLiteral("510107-") + text, text + QStringLiteral("%")}) {
        auto page = files.search(query, 20, 0, h.clerk);
        if (!page) {
            // Refused as a query, never as a database failure.
            QVERIFY2(page.error().code == QLatin1String("bad-query"),
                     qPrintable(page.error().code + QLatin1Char(' ') + page.error().detail));
            continue;
        }
        // Nobody's name, number or case number starts with these characters.
        QVERIFY2(page.value().hits.isEmpty(),
                 qPrintable(QStringLiteral("%1 hits").arg(page.value().hits.size())));
    }
    // A refused string is refused whole, not cut at the bad character and searched.
    if (!kept) {
        auto page = files.search(text, 20, 0, h.clerk);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("bad-query"));
    }
    checkTablesIntact(h, cases, persons);
}

void tst_Injection::auditFilter()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(bool, kept);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(!h.acceptNewborn(0).isEmpty());
    const int cases = h.count(QStringLiteral("SELECT COUNT(*) FROM cases"));
    const int persons = h.count(QStringLiteral("SELECT COUNT(*) FROM persons"));
    AuditQuery query(h.t.db(), h.audit);
    QStringList fields = {QStringLiteral("user"), QStringLiteral("counter"),
                          QStringLiteral("action"), QStringLiteral("case"),
                          QStringLiteral("id-number")};
    for (const QString &field : fields) {
        AuditFilter filter;
        if (field == QLatin1String("user"))
            filter.user = text;
        else if (field == QLatin1String("counter"))
            filter.counter = text;
        else if (field == QLatin1String("action"))
            filter.action = text;
        else if (field == QLatin1String("case"))
            filter.caseNumber = text;
        else
            filter.idNumber = text;
        auto page = query.page(filter, h.supervisor);
        if (!kept) {
            QVERIFY2(!page.ok(), qPrintable(field));
            QCOMPARE(page.error().code, QStringLiteral("bad-query"));
            continue;
        }
        QVERIFY2(page.ok(), qPrintable(field + QLatin1Char(' ') + page.error().code +
                                       QLatin1Char(' ') + page.error().detail));
        // No event has that user, counter, action, case or citizen.
        QVERIFY2(page.value().events.isEmpty(), qPrintable(field));
    }
    checkTablesIntact(h, cases, persons);
}

void tst_Injection::inboxFilter()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(bool, kept);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(!h.acceptNewborn(0).isEmpty());
    DepartmentInbox::Filter filter;
    filter.department = text;
    auto page = h.inbox.page(filter, h.supervisor, h.clock.today());
    if (!kept) {
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("bad-query"));
        return;
    }
    QVERIFY2(page.ok(), qPrintable(page.error().code + QLatin1Char(' ') + page.error().detail));
    QVERIFY(page.value().isEmpty()); // no department has that name
    // The same text as the officer's own department finds nothing either.
    Session officer = h.health;
    officer.department = text;
    auto own = h.inbox.page(DepartmentInbox::Filter(), officer, h.clock.today());
    QVERIFY2(own.ok(), qPrintable(own.error().code));
    QVERIFY(own.value().isEmpty());
}

void tst_Injection::reasons()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(bool, kept);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    const QString number = h.acceptNewborn(0);
    QVERIFY(!number.isEmpty());
    QVERIFY(h.act(number, CaseAction::Claim, h.health, "birth-check").ok());
    const int version = h.load(number).record.version;

    // A return's note, then (on a second case) a refusal's reason and a supervisor's comment.
    auto returned =
        h.act(number, CaseAction::Return, h.health, "birth-check", text, {"birth-certificate"});
    if (!kept) {
        QVERIFY(!returned.ok());
        QCOMPARE(returned.error().code, QStringLiteral("bad-text"));
        QCOMPARE(h.load(number).record.version, version); // nothing written
    } else {
        QVERIFY2(returned.ok(), qPrintable(returned.error().code));
        QCOMPARE(h.load(number).history.last().reason, text);
    }
    const QString second = h.acceptNewborn(2);
    QVERIFY(h.act(second, CaseAction::Claim, h.health, "birth-check").ok());
    auto refused = h.act(second, CaseAction::Refuse, h.health, "birth-check", text);
    if (!kept) {
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("bad-text"));
        // The supervisor's comment on a real proposal.
        QVERIFY(
            h.act(second, CaseAction::Refuse, h.health, "birth-check", QStringLiteral("编号不符"))
                .ok());
        const Status decided = h.decide(second, QStringLiteral("refusal"), false, text);
        QVERIFY(!decided.ok());
        QCOMPARE(decided.error().code, QStringLiteral("bad-text"));
        QVERIFY(h.pending(second, QStringLiteral("refusal")).id != 0); // still open
        return;
    }
    QVERIFY2(refused.ok(), qPrintable(refused.error().code));
    QCOMPARE(h.load(second).record.stepByKey("birth-check")->result, text);
    QCOMPARE(h.pending(second, QStringLiteral("refusal")).detail, text);
    const Status decided = h.decide(second, QStringLiteral("refusal"), false, text);
    QVERIFY2(decided.ok(), qPrintable(decided.error().code));
    QCOMPARE(h.load(second).decisions.last().comment, text);
}

void tst_Injection::accountName()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(bool, kept);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    const Session admin = h.account(QStringLiteral("admin01"), Role::Administrator, {});
    UserAdminService users(h.t.db(), h.audit, true);
    UserAdminService::NewAccount a;
    a.username = QStringLiteral("clerk99");
    a.displayName = text;
    auto created = users.create(a, {}, true, admin);
    // A name is one line of at most PlainText::kMaxName characters.
    const bool fits = kept && text.size() <= PlainText::kMaxName;
    if (!fits) {
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, QStringLiteral("bad-text"));
        return;
    }
    QVERIFY2(created.ok(), qPrintable(created.error().code));
    bool found = false;
    for (const UserAccount &u : users.list(admin).value())
        if (u.username == QLatin1String("clerk99")) {
            QCOMPARE(u.displayName, text);
            found = true;
        }
    QVERIFY(found);
    // A login is letters, digits and . _ - only: the string is refused as a login.
    a.username = text;
    a.displayName = QStringLiteral("某");
    QCOMPARE(users.create(a, {}, true, admin).error().code, QStringLiteral("bad-login"));
}

void tst_Injection::citizenNameAndValues()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(bool, kept);
    OW_CHECK_BACKEND(backend);
    Test::WorkflowHall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    const FormTemplate *form = h.catalogue.find(QStringLiteral("newborn"));
    const bool nameFits = kept && text.size() <= PlainText::kMaxName;

    // The citizen's name as typed at a counter that read no card.
    IntakeRequest r = Test::newbornRequest(form, h.clock.today(), 0, 1);
    r.applicant.kind = CardIdentity::Kind::Manual;
    r.applicant.name = text;
    r.materialsReceived << QStringLiteral("applicant-id-card");
    r.values.insert(QStringLiteral("applicant_name"), text);
    auto accepted = h.intake.accept(r, h.clerk);
    if (!nameFits) {
        QVERIFY(!accepted.ok());
        QVERIFY2(accepted.error().code == QLatin1String("bad-text") ||
                     accepted.error().code == QLatin1String("invalid-form"),
                 qPrintable(accepted.error().code));
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    } else {
        QVERIFY2(accepted.ok(),
                 qPrintable(accepted.error().code + QLatin1Char(' ') + accepted.error().detail));
        CaseFileService files(h.t.db(), h.audit);
        auto file = files.open(r.applicant.idNumber, h.clerk);
        QVERIFY2(file.ok(), qPrintable(file.error().code));
        QCOMPARE(file.value().person.name, text);
    }

    // A template value (the household address, a text of the newborn form).
    IntakeRequest v = Test::readAtCounter(Test::newbornRequest(form, h.clock.today(), 2, 3),
                                          h.t.db(), h.clerk, h.clock.now());
    const QString address = QStringLiteral("四川省成都市武侯区") + text;
    v.values.insert(QStringLiteral("hukou_address"), address);
    auto withValue = h.intake.accept(v, h.clerk);
    if (!kept) {
        QVERIFY(!withValue.ok());
        QVERIFY2(withValue.error().code == QLatin1String("invalid-form") &&
                     withValue.error().detail.contains(QLatin1String("hukou_address")),
                 qPrintable(withValue.error().code + QLatin1Char(' ') + withValue.error().detail));
        return;
    }
    QVERIFY2(withValue.ok(),
             qPrintable(withValue.error().code + QLatin1Char(' ') + withValue.error().detail));
    QCOMPARE(h.load(withValue.value().caseNumber)
                 .record.formData.value(QStringLiteral("hukou_address"))
                 .toString(),
             address);
}

QTEST_GUILESS_MAIN(tst_Injection)
#include "tst_Injection.moc"
