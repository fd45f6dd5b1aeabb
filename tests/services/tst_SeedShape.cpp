#include "casefile/CasePause.h"
#include "casefile/CaseRepository.h"
#include "casefile/PauseRepository.h"
#include "helpers/TestDatabase.h"
#include "review/ReviewItem.h"
#include "review/ReviewRepository.h"
#include "security/AuditKey.h"
#include "security/AuditVerifier.h"
#include "services/BulkSeeder.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseStateMachine.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace OneWindow;

// `db seed` writes what the product could have written: every seeded case of a
// small seed is replayed from its acceptance through CaseStateMachine, line by
// line of its step log, and must end where it is stored; its steps are its
// template's; its visits and ratings keep the rules of 好差评. Both backends.
class tst_SeedShape : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

namespace {

// What the seed is expected to hold a share of (so a seed of only fresh cases
// fails too).
struct Seen
{
    QSet<QString> caseStates;
    QSet<QString> results;
    QSet<QString> stepStates;
    qint64 actions = 0; // replayed, besides the acceptances
};

QString stepName(const CaseRecord &c, qint64 stepId)
{
    const SubCase *s = c.subCase(stepId);
    return s ? s->stepKey : QStringLiteral("case");
}

// The steps are the template's: its ids, departments and order; `after` as
// IntakeService plans it (a step left out passes its predecessors on); only a
// step with a `when` may be left out.
QString checkTemplate(const CaseRecord &c, const FormTemplate &form)
{
    QHash<QString, QStringList> waitsFor;
    int order = 0;
    for (const StepDefinition &step : form.steps) {
        QStringList predecessors;
        for (const QString &before : step.after)
            for (const QString &p : waitsFor.value(before))
                if (!predecessors.contains(p))
                    predecessors << p;
        const SubCase *s = c.stepByKey(step.id);
        if (!s) {
            if (step.when.isAlways())
                return QStringLiteral("step %1 of the template is missing").arg(step.id);
            waitsFor.insert(step.id, predecessors);
            continue;
        }
        if (s->department != step.department)
            return QStringLiteral("step %1 in %2, the template says %3")
                .arg(step.id, s->department, step.department);
        if (s->order != order)
            return QStringLiteral("step %1 at %2, expected %3")
                .arg(step.id)
                .arg(s->order)
                .arg(order);
        if (s->after != predecessors)
            return QStringLiteral("step %1 waits for [%2], expected [%3]")
                .arg(step.id, s->after.join(QLatin1Char(',')), predecessors.join(QLatin1Char(',')));
        waitsFor.insert(step.id, {step.id});
        ++order;
    }
    if (order != c.subCases.size())
        return QStringLiteral("%1 steps, %2 of them from the template")
            .arg(c.subCases.size())
            .arg(order);
    return {};
}

// The case as IntakeService stores it at acceptance.
CaseSnapshot accepted(const CaseRecord &stored, const FormTemplate &form)
{
    CaseSnapshot s;
    s.record = stored;
    CaseRecord &r = s.record;
    r.state = CaseState::Accepted;
    r.result = CaseResult::None;
    r.completedAt = QDateTime();
    r.deliveredAt = QDateTime();
    r.delivery = QJsonObject();
    for (SubCase &step : r.subCases) {
        step.state = step.after.isEmpty() ? StepState::Open : StepState::Waiting;
        step.holder.clear();
        step.holderId = 0;
        step.claimedAt = QDateTime();
        step.result.clear();
        step.completedAt = QDateTime();
    }
    for (const MaterialDefinition &m : form.materials)
        s.knownMaterials << m.id;
    return s;
}

// Replays the step log through the state machine: each action a member of staff
// took is applied (or, for a supervisor's confirmation, decided) on the case as
// it was, must be allowed, and must give exactly the stored lines that follow,
// automatic ones included. Returns the case as the replay leaves it.
QString replayLog(const QList<CaseEvent> &history, CaseSnapshot &snap, qint64 *actions)
{
    if (history.isEmpty() || history.first().action != CaseAction::Accept ||
        history.first().subCaseId != 0)
        return QStringLiteral("the step log does not begin with the acceptance");
    qint64 nextPause = 0;
    qint64 nextDecision = 0;
    for (qsizetype i = 1; i < history.size();) {
        const CaseEvent &e = history.at(i);
        const QString line =
            QStringLiteral("line %1 (%2 on %3)")
                .arg(i)
                .arg(CaseStates::key(e.action), stepName(snap.record, e.subCaseId));
        if (e.data.value(QStringLiteral("auto")).toBool())
            return line + QStringLiteral(": an automatic line no action caused");
        Session s;
        s.userId = e.actorId;
        s.username = QStringLiteral("replay");
        s.displayName = e.actor;
        Result<Transition> t = Result<Transition>::failure(QStringLiteral("not-run"));
        if (e.action == CaseAction::Confirm || e.action == CaseAction::SendBack) {
            s.role = Role::Supervisor;
            const ReviewItem *pending = nullptr;
            for (const ReviewItem &d : snap.decisions)
                if (d.isPending() && d.stepId == e.subCaseId)
                    pending = &d;
            if (!pending)
                return line + QStringLiteral(": no proposal waits for it");
            t = CaseStateMachine::decide(snap, *pending, e.action == CaseAction::Confirm,
                                         e.reason.isEmpty() ? QStringLiteral("-") : e.reason, s,
                                         e.at);
        } else {
            ActionRequest request;
            request.action = e.action;
            request.reason = e.reason;
            const bool onStep = CaseStateMachine::isStepAction(e.action);
            request.stepId = onStep ? e.subCaseId : 0;
            if (onStep) {
                s.role = Role::Officer;
                const SubCase *step = snap.record.subCase(e.subCaseId);
                s.department = step ? step->department : QString();
            } else {
                s.role = Role::Clerk;
            }
            // A supplement's materials are on its case line, after the step's.
            QJsonObject data = e.data;
            if (e.action == CaseAction::Supplement)
                for (qsizetype k = i; k < history.size() && data.isEmpty(); ++k)
                    if (history.at(k).action == e.action && history.at(k).subCaseId == 0)
                        data = history.at(k).data;
            for (const QJsonValue &m : data.value(QStringLiteral("materials")).toArray())
                request.materials << m.toString();
            if (e.action == CaseAction::SpecialStart) {
                request.procedure =
                    CaseStates::specialFromKey(e.data.value(QStringLiteral("procedure")).toString())
                        .value_or(SpecialProcedure::Hearing);
                request.expectedEnd = QDate::fromString(
                    e.data.value(QStringLiteral("expectedEnd")).toString(), Qt::ISODate);
            }
            if (e.action == CaseAction::Deliver)
                request.delivery = e.data;
            t = CaseStateMachine::apply(snap, request, s, e.at);
        }
        if (!t)
            return line + QStringLiteral(": the state machine refuses it: %1 %2")
                              .arg(t.error().code, t.error().detail);
        for (const CaseEvent &expected : t.value().events) {
            if (i >= history.size())
                return line + QStringLiteral(": the log ends before the line %1 %2")
                                  .arg(CaseStates::key(expected.action),
                                       stepName(snap.record, expected.subCaseId));
            const CaseEvent &stored = history.at(i);
            if (stored.action != expected.action || stored.subCaseId != expected.subCaseId ||
                stored.fromState != expected.fromState || stored.toState != expected.toState)
                return QStringLiteral("line %1: stored %2 %3 %4->%5, the state machine writes"
                                      " %6 %7 %8->%9")
                    .arg(i)
                    .arg(CaseStates::key(stored.action), stepName(snap.record, stored.subCaseId),
                         stored.fromState, stored.toState, CaseStates::key(expected.action),
                         stepName(snap.record, expected.subCaseId), expected.fromState,
                         expected.toState);
            ++i;
        }
        ++*actions;
        const Transition &done = t.value();
        snap.record = done.record;
        if (done.newPause) {
            CasePause p = *done.newPause;
            p.id = ++nextPause;
            snap.pauses << p;
        }
        for (const CasePause &changed : done.changedPauses)
            for (CasePause &p : snap.pauses)
                if (p.id == changed.id)
                    p = changed;
        if (e.action == CaseAction::Refuse || e.action == CaseAction::ReturnFile) {
            ReviewItem d;
            d.id = ++nextDecision;
            d.kind = e.action == CaseAction::Refuse ? QStringLiteral("refusal")
                                                    : QStringLiteral("file-returned");
            d.stepId = e.subCaseId;
            d.makerId = e.actorId;
            d.makerName = e.actor;
            snap.decisions << d;
        }
        if (e.action == CaseAction::Confirm || e.action == CaseAction::SendBack)
            for (ReviewItem &d : snap.decisions)
                if (d.isPending() && d.stepId == e.subCaseId)
                    d.state = e.action == CaseAction::Confirm ? ReviewItem::State::Approved
                                                              : ReviewItem::State::Returned;
    }
    return {};
}

QString checkCase(const CaseRecord &stored, const QList<CaseEvent> &history,
                  const QList<CasePause> &pauses, const QList<ReviewItem> &decisions,
                  const TemplateCatalogue &catalogue, Seen &seen)
{
    const FormTemplate *form = catalogue.find(stored.templateId);
    if (!form)
        return QStringLiteral("no shipped template %1").arg(stored.templateId);
    if (form->version != stored.templateVersion || form->matterCode != stored.matterCode)
        return QStringLiteral("template %1 version %2 matter %3, the shipped one is %4 %5")
            .arg(stored.templateId)
            .arg(stored.templateVersion)
            .arg(stored.matterCode)
            .arg(form->version)
            .arg(form->matterCode);
    if (const QString p = checkTemplate(stored, *form); !p.isEmpty())
        return p;

    CaseSnapshot snap = accepted(stored, *form);
    if (const QString p = replayLog(history, snap, &seen.actions); !p.isEmpty())
        return p;
    const CaseRecord &r = snap.record;
    if (r.state != stored.state || r.result != stored.result)
        return QStringLiteral("stored %1/%2, the step log leads to %3/%4")
            .arg(CaseStates::key(stored.state), CaseStates::key(stored.result),
                 CaseStates::key(r.state), CaseStates::key(r.result));
    for (const SubCase &s : stored.subCases) {
        const SubCase *replayed = r.subCase(s.id);
        if (s.state != replayed->state || s.holderId != replayed->holderId)
            return QStringLiteral("step %1 stored %2 (held by %3), the step log leads to %4"
                                  " (held by %5)")
                .arg(s.stepKey, CaseStates::key(s.state))
                .arg(s.holderId)
                .arg(CaseStates::key(replayed->state))
                .arg(replayed->holderId);
        // A step waits exactly while a step it comes after is not decided.
        bool predecessorOpen = false;
        for (const QString &key : s.after)
            if (const SubCase *before = stored.stepByKey(key);
                before && !CaseStates::isDone(before->state))
                predecessorOpen = true;
        if ((s.state == StepState::Waiting) != (stored.isOpen() && predecessorOpen))
            return QStringLiteral("step %1 is %2 and its predecessors are %3")
                .arg(s.stepKey, CaseStates::key(s.state),
                     predecessorOpen ? QStringLiteral("open") : QStringLiteral("decided"));
        seen.stepStates << CaseStates::key(s.state);
    }
    // The case's state agrees with its steps.
    if (stored.isOpen()) {
        if (CaseStateMachine::derive(stored, stored.state) != stored.state)
            return QStringLiteral("an open case in %1, its steps say %2")
                .arg(CaseStates::key(stored.state),
                     CaseStates::key(CaseStateMachine::derive(stored, stored.state)));
    } else {
        for (const SubCase &s : stored.subCases)
            if (!CaseStates::isDone(s.state))
                return QStringLiteral("a closed case with step %1 %2")
                    .arg(s.stepKey, CaseStates::key(s.state));
        if (stored.result != CaseResult::Withdrawn && stored.result != CaseResult::FileReturned &&
            stored.result != CaseStateMachine::resultOf(stored))
            return QStringLiteral("result %1, its steps say %2")
                .arg(CaseStates::key(stored.result),
                     CaseStates::key(CaseStateMachine::resultOf(stored)));
        if (!stored.completedAt.isValid())
            return QStringLiteral("closed without a completion time");
    }
    // The clock's pauses and the supervisor's decisions are the replay's.
    if (pauses.size() != snap.pauses.size())
        return QStringLiteral("%1 pauses stored, the step log made %2")
            .arg(pauses.size())
            .arg(snap.pauses.size());
    for (qsizetype k = 0; k < pauses.size(); ++k)
        if (pauses.at(k).subCaseId != snap.pauses.at(k).subCaseId ||
            pauses.at(k).kind != snap.pauses.at(k).kind ||
            pauses.at(k).isOpen() != snap.pauses.at(k).isOpen())
            return QStringLiteral("pause %1 is not the one the step log made").arg(k);
    QList<ReviewItem> stepDecisions;
    for (const ReviewItem &d : decisions)
        if (d.kind == QLatin1String("refusal") || d.kind == QLatin1String("file-returned"))
            stepDecisions << d;
    if (stepDecisions.size() != snap.decisions.size())
        return QStringLiteral("%1 decisions stored, the step log made %2")
            .arg(stepDecisions.size())
            .arg(snap.decisions.size());
    for (qsizetype k = 0; k < stepDecisions.size(); ++k)
        if (stepDecisions.at(k).stepId != snap.decisions.at(k).stepId ||
            stepDecisions.at(k).state != snap.decisions.at(k).state)
            return QStringLiteral("decision %1 is not the one the step log made").arg(k);
    seen.caseStates << CaseStates::key(stored.state);
    seen.results << CaseStates::key(stored.result);
    return {};
}

qint64 count(Database &db, const QString &sql)
{
    auto n = db.scalar(sql);
    return n ? n.value().toLongLong() : -1;
}

} // namespace

void tst_SeedShape::replay_data()
{
    TestDatabase::addBackendRows();
}

void tst_SeedShape::replay()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QDate today(2026, 3, 2);
    auto seeded = BulkSeeder(t.owner(), QStringLiteral("510107"), today).seed(150, 7);
    QVERIFY2(seeded.ok(),
             qPrintable(seeded.error().code + QLatin1Char(' ') + seeded.error().detail));
    QVERIFY(seeded.value().cases > 0);

    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    Database &db = t.db();
    const CaseRepository cases(db);
    const PauseRepository pauseRepository(db);
    const ReviewRepository reviews(db);
    auto ids = db.run(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    QVERIFY(ids.ok());
    QList<qint64> caseIds;
    while (ids.value().next())
        caseIds << ids.value().value(0).toLongLong();
    QCOMPARE(caseIds.size(), qsizetype(seeded.value().cases));
    Seen seen;
    for (qint64 id : std::as_const(caseIds)) {
        auto c = cases.findById(id);
        QVERIFY2(c.ok(), qPrintable(c.error().code + QLatin1Char(' ') + c.error().detail));
        auto history = cases.history(id);
        auto pauses = pauseRepository.pauses(id);
        auto decisions = reviews.forCase(id);
        QVERIFY(history.ok() && pauses.ok() && decisions.ok());
        const QString problem = checkCase(c.value(), history.value(), pauses.value(),
                                          decisions.value(), catalogue, seen);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(c.value().caseNumber + QStringLiteral(" (") + c.value().templateId +
                            QStringLiteral("): ") + problem));
    }
    // A share of every kind of case the product makes.
    for (const char *state : {"accepted", "in-progress", "awaiting-supplement", "special-procedure",
                              "completed", "delivered", "withdrawn"})
        QVERIFY2(seen.caseStates.contains(QLatin1String(state)), state);
    for (const char *result : {"granted", "refused", "withdrawn", "file-returned"})
        QVERIFY2(seen.results.contains(QLatin1String(result)), result);
    for (const char *state :
         {"waiting", "open", "approved", "returned", "special", "refused", "skipped"})
        QVERIFY2(seen.stepStates.contains(QLatin1String(state)), state);

    // Every action is in the audit trail, and the trail's chain holds.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE NOT EXISTS (SELECT 1"
                                      " FROM audit_events a WHERE a.subject = c.case_number"
                                      " AND a.action = 'accept-case')")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE"
                                      " 'case-%' OR action = 'review-approve'")),
             seen.actions);
    auto verdict = AuditVerifier(DatabaseUrl::parse(t.url()).value(), AuditKey()).run();
    QVERIFY(verdict.ok());
    QVERIFY2(verdict.value().state == AuditVerdict::State::Intact,
             qPrintable(verdict.value().reason));
    QVERIFY(verdict.value().events > 0);

    // 好差评: a rating belongs to a visit that ended before it; one per visit at
    // the counter, one per case after completion, given after the completion;
    // a follow-up exactly for each poor one.
    QVERIFY(seeded.value().visits > 0);
    QVERIFY(seeded.value().ratings > 0);
    QVERIFY(seeded.value().followUps > 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ratings r JOIN visits v"
                                      " ON v.id = r.visit_id WHERE v.ended_at IS NULL"
                                      " OR r.at < v.ended_at OR v.outcome IS NULL")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ratings r LEFT JOIN cases c"
                                      " ON c.case_number = r.case_number WHERE r.stage ="
                                      " 'completion' AND (c.completed_at IS NULL"
                                      " OR r.at < c.completed_at OR c.state NOT IN"
                                      " ('completed', 'delivered'))")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ratings WHERE stage NOT IN"
                                      " ('visit', 'completion')")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ratings r LEFT JOIN follow_ups f"
                                      " ON f.rating_id = r.id WHERE (r.level IN ('dissatisfied',"
                                      " 'very-dissatisfied')) <> (f.id IS NOT NULL)")),
             0);
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM follow_ups f JOIN ratings r"
                                 " ON r.id = f.rating_id WHERE f.opened_at < r.at"
                                 " OR (f.closed_at IS NOT NULL AND f.closed_at < f.opened_at)")),
        0);
    // Every visit names a case it accepted or handed over, in the state that allows it.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM visits v WHERE NOT EXISTS (SELECT 1"
                                      " FROM visit_cases k JOIN cases c ON c.case_number ="
                                      " k.case_number WHERE k.visit_id = v.id AND (v.outcome ="
                                      " 'accepted' OR (v.outcome = 'handed-over' AND c.state ="
                                      " 'delivered')))")),
             0);
}

QTEST_GUILESS_MAIN(tst_SeedShape)
#include "tst_SeedShape.moc"
