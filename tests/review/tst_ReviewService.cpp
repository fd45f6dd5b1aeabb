// The supervisor's review queue on both backends: what the rules send to it
// (a typed identity, an e-ID code alone, a card problem, an override, a
// refusal, a reopening, an overdue 容缺 commitment, a random sample) and
// maker-checker: nobody reviews their own action or case. Decisions against a
// citizen take effect with their confirmation, in its transaction, or not at all.
#include "common/FixedClock.h"
#include "documents/DocumentService.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "intake/IntakeService.h"
#include "review/ReviewRepository.h"
#include "review/ReviewService.h"
#include "security/AuditLog.h"
#include "security/HallSettings.h"
#include "security/UserRepository.h"
#include "services/AppServices.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"

#include <QDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600);

struct Hall
{
    explicit Hall(const QString &backend)
        : t(backend)
        , audit(t.db(), clock)
        , intake(t.db(), audit, clock, calendar, QStringLiteral("510107"))
        , workflow(t.db(), audit, clock, calendar, catalogue)
        , review(t.db(), audit, clock)
        , documents(t.db(), audit, clock, workflow, catalogue, calendar, counter)
    {
        catalogue.loadBuiltIn();
        AppServices::wireDecisions(review, workflow, documents);
        if (!t.ok())
            return;
        clerk = account(QStringLiteral("clerk01"), Role::Clerk);
        supervisor = account(QStringLiteral("super01"), Role::Supervisor);
        supervisor2 = account(QStringLiteral("super02"), Role::Supervisor);
        health = account(QStringLiteral("wj01"), Role::Officer, QStringLiteral("卫健"));
        admin = account(QStringLiteral("admin01"), Role::Administrator);
    }

    Session account(const QString &name, Role role, const QString &department = {})
    {
        UserAccount a;
        a.username = name;
        a.displayName = name;
        a.role = role;
        a.department = department;
        Session s;
        s.userId =
            UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true).value();
        s.username = s.displayName = name;
        s.role = role;
        s.department = department;
        s.counterCode = QStringLiteral("A01");
        return s;
    }

    void samplePercent(int percent)
    {
        HallSettings::Values v;
        v.reviewSamplePercent = percent;
        QVERIFY(HallSettings(t.owner()).save(v, admin, audit).ok());
    }

    Result<CaseRecord> accept(const Session &by, int person,
                              const std::function<void(IntakeRequest &)> &change = {})
    {
        // The applicant's card read at the counter; `change` may record otherwise.
        IntakeRequest r =
            Test::readAtCounter(Test::newbornRequest(catalogue.find(QStringLiteral("newborn")),
                                                     clock.today(), 2 * person, 2 * person + 1),
                                t.db(), by, clock.now());
        if (change)
            change(r);
        return intake.accept(r, by);
    }

    QStringList kinds()
    {
        QStringList list;
        const auto queue = review.queue(true, {}, 100, 0, supervisor);
        for (const ReviewItem &i : queue.value())
            list << i.kind;
        return list;
    }

    TestDatabase t;
    FixedClock clock{kNow};
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    TemplateCatalogue catalogue;
    AuditLog audit;
    IntakeService intake;
    CaseWorkflowService workflow;
    ReviewService review;
    CounterContext counter{QStringLiteral("测试大厅"), QStringLiteral("510107"),
                           QStringLiteral("A01"),      QByteArray(32, 'k'),
                           QDir::tempPath(),           {}};
    DocumentService documents;
    Session clerk, supervisor, supervisor2, health, admin;

    NonAcceptance nonAcceptance(int person) const
    {
        NonAcceptance n;
        n.applicantName = QStringLiteral("张三");
        n.applicantIdNumber =
            SyntheticIdentityGenerator(8, clock.today()).citizen(40 + person).idNumber;
        n.templateId = QStringLiteral("residence-permit");
        n.reason = QStringLiteral("不属于本机关职权范围");
        n.legalBasis = QStringLiteral("《行政许可法》第三十二条第一款第（二）项");
        return n;
    }

    // The newborn case with its first step (卫健) claimed and refused by the officer.
    CaseRecord refused(int person)
    {
        auto c = accept(clerk, person).value();
        ActionRequest r;
        r.action = CaseAction::Claim;
        r.stepId = c.stepByKey(QStringLiteral("birth-check"))->id;
        (void)workflow.act(c.caseNumber, r, health);
        r.action = CaseAction::Refuse;
        r.reason = QStringLiteral("证明编号与医院登记不符");
        (void)workflow.act(c.caseNumber, r, health);
        return c;
    }

    ReviewItem openItem(const QString &kind, const QString &subject)
    {
        const auto open = review.queue(true, kind, 100, 0, supervisor);
        for (const ReviewItem &i : open.value())
            if (i.subject == subject)
                return i;
        return {};
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return t.db().scalar(sql, values).value().toInt();
    }
};

} // namespace

class tst_ReviewService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatGoesToReview_data() { TestDatabase::addBackendRows(); }
    void whatGoesToReview()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        h.samplePercent(0);
        QVERIFY(h.accept(h.clerk, 0).ok()); // an ordinary case, no sample
        QCOMPARE(h.kinds(), QStringList());
        // Evidence other than a clean card read: the applicant's ID card is handed in.
        const auto recorded = [&h](IntakeRequest &r, IdentitySource kind) {
            r.applicantEvidence =
                Test::recordEvidence(h.t.db(), kind, r.applicant, h.clerk, h.clock.now());
            r.materialsReceived << QStringLiteral("applicant-id-card");
        };
        const auto expired = [&](IntakeRequest &r) {
            r.applicant.longTerm = false;
            r.applicant.validUntil = h.clock.today().addDays(-1);
            recorded(r, IdentitySource::Card);
        };
        QVERIFY(h.accept(h.clerk, 1, [&](IntakeRequest &r) {
                     recorded(r, IdentitySource::Manual);
                     r.overrideReason = QStringLiteral("读卡器故障，已核对户口簿");
                 }).ok());
        QVERIFY(h.accept(h.clerk, 2, [&](IntakeRequest &r) {
                     recorded(r, IdentitySource::Qr);
                     r.overrideReason = QStringLiteral("未带证件，电子证照已核验");
                 }).ok());
        QVERIFY(h.accept(h.clerk, 3, [&](IntakeRequest &r) {
                     expired(r);
                     r.overrideReason = QStringLiteral("证件过期一天，已核对本人");
                 }).ok());
        // A flagged identity without the clerk's reason is not accepted at all.
        QCOMPARE(h.accept(h.clerk, 6, expired).error().code,
                 QStringLiteral("override-reason-missing"));
        // A validation override without any doubt about the identity.
        QVERIFY(h.accept(h.clerk, 7, [](IntakeRequest &r) {
                     r.overrideReason = QStringLiteral("出生日期早于医院开业，已电话核实");
                 }).ok());
        // Fees waived, with the reason, for a matter that has fees; none to waive otherwise.
        FormTemplate paid = *h.catalogue.find(QStringLiteral("newborn"));
        FeeDefinition fee;
        fee.id = QStringLiteral("certificate");
        fee.title = {QStringLiteral("证件工本费"), QStringLiteral("Certificate fee")};
        fee.amount = 20;
        paid.fees = {fee};
        QVERIFY(h.accept(h.clerk, 8, [&paid](IntakeRequest &r) {
                     r.form = &paid;
                     r.feeWaiverReason = QStringLiteral("最低生活保障对象");
                 }).ok());
        QCOMPARE(h.accept(h.clerk, 9,
                          [](IntakeRequest &r) {
                              r.feeWaiverReason = QStringLiteral("最低生活保障对象");
                          })
                     .error()
                     .code,
                 QStringLiteral("nothing-to-waive"));
        QCOMPARE(h.kinds(), (QStringList{"manual-identity", "e-id-only", "card-problem", "override",
                                         "fee-waiver"}));
        const auto waived = h.review.queue(true, QStringLiteral("fee-waiver"), 10, 0, h.supervisor);
        QCOMPARE(waived->first().detail, QStringLiteral("20.00 元：最低生活保障对象"));
        const auto problem =
            h.review.queue(true, QStringLiteral("card-problem"), 10, 0, h.supervisor);
        QVERIFY(problem->first().detail.contains(QStringLiteral("expired")));
        QVERIFY(problem->first().detail.contains(QStringLiteral("证件过期一天，已核对本人")));
        const auto items = h.review.queue(true, QStringLiteral("override"), 10, 0, h.supervisor);
        QCOMPARE(items->first().detail, QStringLiteral("出生日期早于医院开业，已电话核实"));
        QCOMPARE(items->first().makerId, h.clerk.userId);
        // Every ordinary case when the sample is all of them.
        h.samplePercent(100);
        QVERIFY(h.accept(h.clerk, 4).ok());
        QCOMPARE(h.kinds().last(), QStringLiteral("sample"));

        // A refusal and a reopening.
        auto c = h.accept(h.clerk, 5).value();
        ActionRequest r;
        r.action = CaseAction::Claim;
        r.stepId = c.stepByKey(QStringLiteral("birth-check"))->id;
        QVERIFY(h.workflow.act(c.caseNumber, r, h.health).ok());
        r.action = CaseAction::Refuse;
        r.reason = QStringLiteral("证明编号与医院登记不符");
        QVERIFY(h.workflow.act(c.caseNumber, r, h.health).ok());
        QVERIFY(h.kinds().contains(QStringLiteral("refusal")));
        QVERIFY(h.review
                    .decide(h.openItem(QStringLiteral("refusal"), c.caseNumber).id, true, {},
                            h.supervisor)
                    .ok());
        ActionRequest reopen;
        reopen.action = CaseAction::Reopen;
        reopen.reason = QStringLiteral("医院已更正");
        QVERIFY(h.workflow.act(c.caseNumber, reopen, h.supervisor).ok());
        // A returned file (退件) after a supplement that never came.
        auto d = h.accept(h.clerk, 10).value();
        ActionRequest ret;
        ret.action = CaseAction::Claim;
        ret.stepId = d.stepByKey(QStringLiteral("birth-check"))->id;
        QVERIFY(h.workflow.act(d.caseNumber, ret, h.health).ok());
        ret.action = CaseAction::Return;
        ret.materials = {QStringLiteral("birth-certificate")};
        QVERIFY(h.workflow.act(d.caseNumber, ret, h.health).ok());
        ret.action = CaseAction::ReturnFile;
        ret.materials.clear();
        ret.reason = QStringLiteral("逾期未补正出生医学证明");
        QVERIFY(h.workflow.act(d.caseNumber, ret, h.health).ok());
        const QStringList kinds = h.kinds();
        QVERIFY(kinds.contains(QStringLiteral("reopen")));
        QVERIFY(kinds.contains(QStringLiteral("file-returned")));
        const auto returned =
            h.review.queue(true, QStringLiteral("file-returned"), 10, 0, h.supervisor);
        QCOMPARE(returned->size(), 1);
        QCOMPARE(returned->first().subject, d.caseNumber);
        QCOMPARE(returned->first().detail, QStringLiteral("逾期未补正出生医学证明"));
        QCOMPARE(returned->first().makerId, h.health.userId);

        // A refusal at the counter (不予受理) before it is final.
        const NonAcceptance n = h.nonAcceptance(0);
        QVERIFY(h.documents.recordNonAcceptance(n, h.clerk).ok());
        const auto refused =
            h.review.queue(true, QStringLiteral("non-acceptance"), 10, 0, h.supervisor);
        QCOMPARE(refused->size(), 1);
        // The matter, the reason and the legal ground: what the supervisor weighs.
        QVERIFY(refused->first().detail.contains(n.reason));
        QVERIFY(refused->first().detail.contains(n.legalBasis));
        QCOMPARE(refused->first().makerId, h.clerk.userId);
    }

    void overdueCommitments_data() { TestDatabase::addBackendRows(); }
    void overdueCommitments()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        h.samplePercent(0);
        const QDate due = h.clock.today().addDays(3);
        auto c = h.accept(h.clerk, 0, [due](IntakeRequest &r) {
            r.materialsReceived.removeAll(QStringLiteral("photo"));
            r.commitments = {{QStringLiteral("photo"), due}};
        });
        QVERIFY2(c.ok(), qPrintable(c.error().code));
        QCOMPARE(h.kinds(), QStringList());
        h.clock.set(QDateTime(due.addDays(1), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600));
        QCOMPARE(h.kinds(), QStringList{QStringLiteral("overdue-commitment")});
        QCOMPARE(h.kinds(), QStringList{QStringLiteral("overdue-commitment")}); // once
    }

    void makerChecker_data() { TestDatabase::addBackendRows(); }
    void makerChecker()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        h.samplePercent(0);
        // A supervisor at the counter accepts with a typed identity: another one reviews it.
        QVERIFY(h.accept(h.supervisor, 0, [&h](IntakeRequest &r) {
                     r.applicantEvidence =
                         Test::recordEvidence(h.t.db(), IdentitySource::Manual, r.applicant,
                                              h.supervisor, h.clock.now());
                     r.materialsReceived << QStringLiteral("applicant-id-card");
                     r.overrideReason = QStringLiteral("读卡器故障，已核对户口簿");
                 }).ok());
        const ReviewItem item = h.review.queue(true, {}, 10, 0, h.supervisor2)->first();
        QCOMPARE(h.review.decide(item.id, true, {}, h.supervisor).error().code,
                 QStringLiteral("own-action"));
        QCOMPARE(h.review.decide(item.id, true, {}, h.clerk).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(h.review.queue(true, {}, 10, 0, h.clerk).error().code,
                 QStringLiteral("forbidden"));
        QCOMPARE(h.review.decide(item.id, false, QStringLiteral("  "), h.supervisor2).error().code,
                 QStringLiteral("comment-required"));
        QVERIFY(
            h.review.decide(item.id, false, QStringLiteral("请补录证件照片"), h.supervisor2).ok());
        QCOMPARE(h.review.decide(item.id, true, {}, h.supervisor2).error().code,
                 QStringLiteral("already-decided"));
        const ReviewItem decided = h.review.queue(false, {}, 10, 0, h.supervisor2)->first();
        QCOMPARE(decided.state, ReviewItem::State::Returned);
        QCOMPARE(decided.reviewerName, h.supervisor2.displayName);
        QCOMPARE(decided.comment, QStringLiteral("请补录证件照片"));
        QVERIFY(h.review.queue(true, {}, 10, 0, h.supervisor2)->isEmpty());

        // Nobody reviews their own case, whoever's action it is.
        auto c = h.accept(h.supervisor2, 1).value();
        ActionRequest r;
        r.action = CaseAction::Claim;
        r.stepId = c.stepByKey(QStringLiteral("birth-check"))->id;
        QVERIFY(h.workflow.act(c.caseNumber, r, h.health).ok());
        r.action = CaseAction::Refuse;
        r.reason = QStringLiteral("理由");
        QVERIFY(h.workflow.act(c.caseNumber, r, h.health).ok());
        const ReviewItem refusal =
            h.review.queue(true, QStringLiteral("refusal"), 10, 0, h.supervisor)->first();
        QCOMPARE(h.review.decide(refusal.id, true, {}, h.supervisor2).error().code,
                 QStringLiteral("own-case"));
        QVERIFY(h.review.decide(refusal.id, true, {}, h.supervisor).ok());
        QCOMPARE(h.workflow.load(c.caseNumber, h.supervisor)->record.state, CaseState::Completed);
        const int audited =
            h.t.db()
                .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action IN"
                                       " ('review-approve', 'review-return')"))
                .value()
                .toInt();
        QCOMPARE(audited, 2);
        QVERIFY(h.t.db()
                    .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                           " 'refused' AND detail LIKE 'review %'"))
                    .value()
                    .toInt() >= 3);
    }

    // The four: no notice, no completion, the maker cannot confirm,
    // sending back reopens; each verdict with its effect in one transaction.
    void decisionsTakeEffectWhenConfirmed_data() { TestDatabase::addBackendRows(); }
    void decisionsTakeEffectWhenConfirmed()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Hall h(backend);
        QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
        h.samplePercent(0);
        // A supervisor at the counter refuses an intake: they never confirm it themselves.
        auto proposed = h.documents.recordNonAcceptance(h.nonAcceptance(1), h.supervisor);
        QVERIFY(proposed.ok());
        ReviewItem item = h.openItem(QStringLiteral("non-acceptance"), proposed->number);
        QVERIFY(item.isPending());
        QCOMPARE(h.review.decide(item.id, true, {}, h.supervisor).error().code,
                 QStringLiteral("own-action"));
        QCOMPARE(h.review.decide(item.id, false, QStringLiteral("x"), h.supervisor).error().code,
                 QStringLiteral("own-action"));
        QCOMPARE(
            h.documents
                .render(proposed->number, DocumentKind::NonAcceptance, std::nullopt, false, h.clerk)
                .error()
                .code,
            QStringLiteral("not-applicable"));
        QVERIFY(h.review.decide(item.id, true, {}, h.supervisor2).ok());
        QCOMPARE(h.review.find(item.id, h.supervisor)->state, ReviewItem::State::Approved);

        // The decisions' list and the reviews' list hold each their own.
        h.samplePercent(100);
        const CaseRecord sampled = h.accept(h.clerk, 2).value();
        h.samplePercent(0);
        const CaseRecord c = h.refused(3);
        const auto decisions =
            h.review.queue(ReviewScope::Decisions, false, {}, 100, 0, h.supervisor);
        for (const ReviewItem &i : decisions.value())
            QVERIFY2(i.isDecision(), qPrintable(i.kind));
        const auto after =
            h.review.queue(ReviewScope::AfterTheFact, true, {}, 100, 0, h.supervisor).value();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().kind, QStringLiteral("sample"));
        QCOMPARE(after.first().subject, sampled.caseNumber);

        // A verdict whose effect fails is no verdict: the step was moved behind the
        // service's back, confirming is refused, the item stays open, the refusal audited.
        const ReviewItem refusal = h.openItem(QStringLiteral("refusal"), c.caseNumber);
        QVERIFY(refusal.stepId != 0);
        QVERIFY(h.t.db()
                    .run(QStringLiteral("UPDATE sub_cases SET state = 'open' WHERE id = ?"),
                         {refusal.stepId})
                    .ok());
        QCOMPARE(h.review.decide(refusal.id, true, {}, h.supervisor).error().code,
                 QStringLiteral("not-pending"));
        QCOMPARE(h.review.find(refusal.id, h.supervisor)->state, ReviewItem::State::Open);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'refused' AND detail = 'review not-pending'")),
                 1);
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'review-approve' AND subject = ?"),
                         {c.caseNumber}),
                 0);
        QVERIFY(h.t.db()
                    .run(QStringLiteral("UPDATE sub_cases SET state = 'refusal-pending'"
                                        " WHERE id = ?"),
                         {refusal.stepId})
                    .ok());

        // A counter that cannot apply a decision does not mark it decided.
        ReviewService unwired(h.t.db(), h.audit, h.clock);
        QCOMPARE(unwired.decide(refusal.id, true, {}, h.supervisor).error().code,
                 QStringLiteral("no-effect"));
        QCOMPARE(h.review.find(refusal.id, h.supervisor)->state, ReviewItem::State::Open);
        // After-the-fact reviews need none.
        QVERIFY(unwired.decide(after.first().id, true, {}, h.supervisor).ok());

        // Sent back: the step is open again for its holder, with the comment.
        QVERIFY(h.review.decide(refusal.id, false, QStringLiteral("请再核实"), h.supervisor).ok());
        const CaseSnapshot s = h.workflow.load(c.caseNumber, h.supervisor).value();
        QCOMPARE(s.record.subCase(refusal.stepId)->state, StepState::Open);
        QCOMPARE(s.record.subCase(refusal.stepId)->holderId, h.health.userId);
        QCOMPARE(s.record.state, CaseState::InProgress);
        QCOMPARE(s.history.last().action, CaseAction::SendBack);
        QCOMPARE(s.history.last().reason, QStringLiteral("请再核实"));
        QCOMPARE(h.count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'review-return' AND subject = ? AND detail = 'refusal'"),
                         {c.caseNumber}),
                 1);

        // A refusal flagged before decisions waited for a checker names no step: it
        // took effect when made; confirming it records the verdict and changes nothing.
        const CaseRecord old = h.accept(h.clerk, 4).value();
        QVERIFY(h.t.db()
                    .transaction([&] {
                        return ReviewRepository(h.t.db()).flag(
                            QStringLiteral("refusal"), QStringLiteral("step:legacy"), old.id,
                            old.caseNumber, QStringLiteral("旧的不予许可"), h.health,
                            h.clock.now());
                    })
                    .ok());
        const int version = h.workflow.load(old.caseNumber, h.supervisor)->record.version;
        QVERIFY(h.review
                    .decide(h.openItem(QStringLiteral("refusal"), old.caseNumber).id, true, {},
                            h.supervisor)
                    .ok());
        QCOMPARE(h.workflow.load(old.caseNumber, h.supervisor)->record.version, version);
        QCOMPARE(h.audit.firstBrokenEvent().value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewService)
#include "tst_ReviewService.moc"
