// The states a case, a step, a history line, a pause, a review item and a
// document can be in: the database takes exactly the keys the code knows
// (a CHECK constraint on PostgreSQL, triggers on SQLite), and a row that holds
// another one (written by hand, or by a newer version) is an error naming the
// case and the column wherever it is read: never taken for some other state
// and acted upon.
#include "casefile/CasePause.h"
#include "casefile/CaseRepository.h"
#include "casefile/CaseState.h"
#include "casefile/IdentitySource.h"
#include "casefile/PersonRepository.h"
#include "common/FixedClock.h"
#include "documents/DocumentKind.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "review/ReviewItem.h"
#include "review/ReviewService.h"
#include "services/AppServices.h"
#include "storage/Database.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"

#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(10, 0));

struct Hall
{
    explicit Hall(const QString &backend)
        : t(backend)
    {
        if (!t.ok())
            return;
        AppServices::Options options;
        options.databaseUrl = t.url();
        options.liveUpdates = false;
        options.hallKey = QByteArray(32, 'k');
        ok = services.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok();
    }

    // One case with one step of 公安, state "accepted"/"open"; its id.
    qint64 addCase(const QString &number)
    {
        const SyntheticIdentityGenerator people(3, kNow.date());
        auto person = PersonRepository(t.db()).upsertFromCard(people.citizen(int(cases++)), {});
        if (!person)
            return 0;
        CaseRecord c;
        c.caseNumber = number;
        c.personId = person.value().id;
        c.matterCode = QStringLiteral("residence-permit");
        c.title = QStringLiteral("居住证申领");
        c.state = CaseState::Accepted;
        c.acceptedAt = kNow;
        c.deadline = kNow.date().addDays(10);
        SubCase s;
        s.department = QStringLiteral("公安");
        s.title = c.title;
        s.state = StepState::Open;
        s.deadline = c.deadline;
        c.subCases << s;
        auto id = CaseRepository(t.db()).insert(c);
        return id ? id.value() : 0;
    }

    Status exec(const QString &sql, const QVariantList &values = {})
    {
        auto q = t.db().run(sql, values);
        return q ? Status::success() : Status(q.error());
    }

    // What the hall's own rules hold: dropped here to play a row written by hand
    // or by a newer version of the program.
    // (The tables' owner: the counters' role may not change the schema.)
    Status dropRule(const QString &table, const QString &column)
    {
        const QString name = QStringLiteral("%1_%2_known").arg(table, column);
        auto run = [&](const QString &sql) {
            auto q = t.owner().run(sql);
            return q ? Status::success() : Status(q.error());
        };
        if (t.db().dialect() == DatabaseUrl::Dialect::Postgres)
            return run(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, name));
        if (const Status s = run(QStringLiteral("DROP TRIGGER %1_insert").arg(name)); !s)
            return s;
        return run(QStringLiteral("DROP TRIGGER %1_update").arg(name));
    }

    TestDatabase t;
    AppServices services;
    bool ok = false;
    qint64 cases = 0;
};

} // namespace

class tst_StateIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKnownKeyAndNoOther_data() { TestDatabase::addBackendRows(); }
    void everyKnownKeyAndNoOther();
    void unknownStateIsAnErrorNeverCoerced_data() { TestDatabase::addBackendRows(); }
    void unknownStateIsAnErrorNeverCoerced();
};

void tst_StateIntegrity::everyKnownKeyAndNoOther()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.ok);
    const qint64 caseId = h.addCase(QStringLiteral("510107-20261124-00001"));
    QVERIFY(caseId > 0);
    const qint64 stepId =
        h.t.db()
            .scalar(QStringLiteral("SELECT id FROM sub_cases WHERE case_id = ?"), {caseId})
            .value()
            .toLongLong();

    // Each column with the keys the code has for it.
    struct Column
    {
        QString table, column;
        QStringList keys;
        QString update; // with ? for the key, then the row's id
        qint64 row;
    };
    QStringList caseStates, stepStates, results, actions, reviewStates, documentKinds;
    for (CaseState s : CaseStates::allCaseStates())
        caseStates << CaseStates::key(s);
    for (StepState s : CaseStates::allStepStates())
        stepStates << CaseStates::key(s);
    for (CaseResult r : CaseStates::allResults())
        results << CaseStates::key(r);
    for (CaseAction a : CaseStates::allActions())
        actions << CaseStates::key(a);
    for (ReviewItem::State s :
         {ReviewItem::State::Open, ReviewItem::State::Approved, ReviewItem::State::Returned})
        reviewStates << ReviewItem::stateKey(s);
    for (DocumentKind k : DocumentKinds::all())
        documentKinds << DocumentKinds::key(k);

    QVERIFY(h.exec(QStringLiteral("INSERT INTO case_events (case_id, action, actor, at)"
                                  " VALUES (?, 'accept', 'clerk01', ?)"),
                   {caseId, kNow})
                .ok());
    QVERIFY(h.exec(QStringLiteral("INSERT INTO case_pauses (case_id, kind, reason, started_at,"
                                  " start_day) VALUES (?, 'supplement', 'x', ?, ?)"),
                   {caseId, kNow, kNow.date()})
                .ok());
    QVERIFY(h.exec(QStringLiteral("INSERT INTO review_items (kind, created_at, state)"
                                  " VALUES ('sample', ?, 'open')"),
                   {kNow})
                .ok());
    QVERIFY(h.exec(QStringLiteral("INSERT INTO documents (number, kind, case_id, issued_at)"
                                  " VALUES ('D1', 'acceptance', ?, ?)"),
                   {caseId, kNow})
                .ok());
    QVERIFY(
        h.exec(QStringLiteral("INSERT INTO visit_evidence (kind, id_number, card,"
                              " counter_code, recorded_at) VALUES ('card', '1', '{}', 'A01', ?)"),
               {kNow})
            .ok());
    auto idOf = [&](const QString &table) {
        return h.t.db().scalar(QStringLiteral("SELECT MAX(id) FROM ") + table).value().toLongLong();
    };
    const QList<Column> columns = {
        {QStringLiteral("cases"), QStringLiteral("state"), caseStates, {}, caseId},
        {QStringLiteral("cases"), QStringLiteral("result"), results, {}, caseId},
        {QStringLiteral("sub_cases"), QStringLiteral("state"), stepStates, {}, stepId},
        {QStringLiteral("case_events"),
         QStringLiteral("action"),
         actions,
         {},
         idOf(QStringLiteral("case_events"))},
        {QStringLiteral("case_pauses"),
         QStringLiteral("kind"),
         {CasePause::kindKey(CasePause::Kind::Supplement),
          CasePause::kindKey(CasePause::Kind::Special)},
         {},
         idOf(QStringLiteral("case_pauses"))},
        {QStringLiteral("review_items"),
         QStringLiteral("state"),
         reviewStates,
         {},
         idOf(QStringLiteral("review_items"))},
        {QStringLiteral("documents"),
         QStringLiteral("kind"),
         documentKinds,
         {},
         idOf(QStringLiteral("documents"))},
        {QStringLiteral("cases"),
         QStringLiteral("identity_source"),
         IdentitySources::keys(),
         {},
         caseId},
        {QStringLiteral("visit_evidence"),
         QStringLiteral("kind"),
         IdentitySources::evidenceKeys(),
         {},
         idOf(QStringLiteral("visit_evidence"))},
    };
    for (const Column &c : columns) {
        QVERIFY2(c.row > 0, qPrintable(c.table));
        // The step log is append-only: new lines, never a changed one.
        const QString sql =
            c.table == QLatin1String("case_events")
                ? QStringLiteral("INSERT INTO case_events (action, case_id, actor, at)"
                                 " VALUES (?, (SELECT case_id FROM case_events WHERE id = ?),"
                                 " 'clerk01', '2026-11-24T10:00:00Z')")
                : QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(c.table, c.column);
        for (const QString &key : c.keys) {
            const Status stored = h.exec(sql, {key.isEmpty() ? QVariant(QString()) : key, c.row});
            QVERIFY2(stored.ok(),
                     qPrintable(QStringLiteral("%1.%2 = '%3': %4")
                                    .arg(c.table, c.column, key,
                                         stored.ok() ? QString() : stored.error().detail)));
        }
        for (const QString &unknown : {QStringLiteral("bogus"), QStringLiteral("Open")}) {
            const Status refused = h.exec(sql, {unknown, c.row});
            QVERIFY2(!refused.ok(),
                     qPrintable(QStringLiteral("%1.%2 took '%3'").arg(c.table, c.column, unknown)));
            // A program error on both backends (a CHECK, or a trigger standing in for one).
            QCOMPARE(refused.error().code, QStringLiteral("db-error"));
        }
    }
    // A new row with an unknown state is refused too.
    QVERIFY(!h.exec(QStringLiteral("INSERT INTO case_events (case_id, action, actor, at)"
                                   " VALUES (?, 'erase', 'clerk01', ?)"),
                    {caseId, kNow})
                 .ok());
}

void tst_StateIntegrity::unknownStateIsAnErrorNeverCoerced()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.ok);
    const QString first = QStringLiteral("510107-20261124-00001");
    const QString second = QStringLiteral("510107-20261124-00002");
    QVERIFY(h.addCase(first) > 0);
    QVERIFY(h.addCase(second) > 0);
    const Session clerk = Test::session(1, QStringLiteral("clerk01"));
    const Session officer =
        Test::session(2, QStringLiteral("ga01"), Role::Officer, QStringLiteral("公安"));
    const Session supervisor = Test::session(3, QStringLiteral("super01"), Role::Supervisor);

    QVERIFY(h.dropRule(QStringLiteral("cases"), QStringLiteral("state")).ok());
    QVERIFY(
        h.exec(QStringLiteral("UPDATE cases SET state = 'archived' WHERE case_number = ?"), {first})
            .ok());
    auto loaded = h.services.workflow().load(first, clerk);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("unknown-state"));
    QVERIFY2(loaded.error().detail.contains(QStringLiteral("cases.state")) &&
                 loaded.error().detail.contains(first) &&
                 loaded.error().detail.contains(QStringLiteral("archived")),
             qPrintable(loaded.error().detail));
    // Not open, not accepted: nobody acts on it.
    ActionRequest claim;
    claim.action = CaseAction::Withdraw;
    claim.reason = QStringLiteral("申请人撤回");
    QCOMPARE(h.services.workflow().act(first, claim, clerk).error().code,
             QStringLiteral("unknown-state"));
    QCOMPARE(h.t.db()
                 .scalar(QStringLiteral("SELECT state FROM cases WHERE case_number = ?"), {first})
                 .value()
                 .toString(),
             QStringLiteral("archived"));
    // The inbox that lists it says so, rather than showing it as in progress.
    auto page = h.services.inbox().page(DepartmentInbox::Filter(), officer, kNow.date());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("unknown-state"));
    QVERIFY(page.error().detail.contains(first));
    QVERIFY(
        h.exec(QStringLiteral("UPDATE cases SET state = 'accepted' WHERE case_number = ?"), {first})
            .ok());

    // A step's state.
    QVERIFY(h.dropRule(QStringLiteral("sub_cases"), QStringLiteral("state")).ok());
    QVERIFY(h.exec(QStringLiteral("UPDATE sub_cases SET state = 'paused' WHERE case_id ="
                                  " (SELECT id FROM cases WHERE case_number = ?)"),
                   {second})
                .ok());
    loaded = h.services.workflow().load(second, officer);
    QCOMPARE(loaded.error().code, QStringLiteral("unknown-state"));
    QVERIFY2(loaded.error().detail.contains(QStringLiteral("sub_cases.state")) &&
                 loaded.error().detail.contains(second),
             qPrintable(loaded.error().detail));
    QVERIFY(h.services.workflow().load(first, officer).ok()); // the other case is fine
    // The inbox lists the steps still to be worked by their known states: this
    // one is not among them, as any of them.
    page = h.services.inbox().page(DepartmentInbox::Filter(), officer, kNow.date());
    QVERIFY(page.ok());
    for (const InboxItem &item : page.value())
        QVERIFY(item.caseNumber != second);

    // A review item is never taken for an open one, and never decided.
    QVERIFY(h.dropRule(QStringLiteral("review_items"), QStringLiteral("state")).ok());
    QVERIFY(h.exec(QStringLiteral("INSERT INTO review_items (kind, created_at, state, maker_id)"
                                  " VALUES ('sample', ?, 'rejected', 1)"),
                   {kNow})
                .ok());
    const qint64 item =
        h.t.db().scalar(QStringLiteral("SELECT MAX(id) FROM review_items")).value().toLongLong();
    auto queue = h.services.review().queue(false, {}, 50, 0, supervisor);
    QCOMPARE(queue.error().code, QStringLiteral("unknown-state"));
    QCOMPARE(h.services.review().decide(item, true, {}, supervisor).error().code,
             QStringLiteral("unknown-state"));
    QCOMPARE(h.t.db()
                 .scalar(QStringLiteral("SELECT state FROM review_items WHERE id = ?"), {item})
                 .value()
                 .toString(),
             QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(tst_StateIntegrity)
#include "tst_StateIntegrity.moc"
