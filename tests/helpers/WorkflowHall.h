#pragma once

// A hall on one database for the lifecycle's tests: the services a case goes
// through, and one account per role and department.
#include "common/FixedClock.h"
#include "helpers/SampleIntake.h"
#include "helpers/TestDatabase.h"
#include "intake/IntakeService.h"
#include "review/ReviewService.h"
#include "security/AuditLog.h"
#include "security/UserRepository.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"
#include "workflow/CaseWorkflowService.h"
#include "workflow/DepartmentInbox.h"
#include "workflow/WorkingDayCalendar.h"

namespace OneWindow::Test {

// Monday 9 February 2026, 09:30 in the hall: Spring Festival (15-23 Feb) lies ahead.
inline const QDateTime kWorkflowMonday(QDate(2026, 2, 9), QTime(9, 30), Qt::OffsetFromUTC,
                                       8 * 3600);

// A hall on one database: the services, and one account per role. With
// `hallKey` the audit log is sealed and keyed as a hall's counters keep it
// (processes a test starts on the same database then write with that key).
struct WorkflowHall
{
    explicit WorkflowHall(const QString &backend, const QDateTime &start = kWorkflowMonday,
                          const QByteArray &hallKey = {})
        : t(backend)
        , clock(start)
        , audit(t.db(), clock, hallKey)
        , intake(t.db(), audit, clock, calendar, QStringLiteral("510107"))
        , workflow(t.db(), audit, clock, calendar, catalogue)
        , inbox(t.db(), audit, calendar)
        , review(t.db(), audit, clock)
    {
        catalogue.loadBuiltIn();
        // The lifecycle's part of a supervisor's decision (AppServices wires the same).
        for (const char *kind : {"refusal", "file-returned", "fee-waiver"})
            review.setEffect(QLatin1String(kind),
                             [this](const ReviewItem &item, bool confirm, const QString &comment,
                                    const Session &checker) {
                                 return workflow.applyDecision(item, confirm, comment, checker);
                             });
        if (!t.ok())
            return;
        clerk = account(QStringLiteral("clerk01"), Role::Clerk, {});
        health = account(QStringLiteral("wj01"), Role::Officer, QStringLiteral("卫健"));
        police = account(QStringLiteral("ga01"), Role::Officer, QStringLiteral("公安"));
        police2 = account(QStringLiteral("ga02"), Role::Officer, QStringLiteral("公安"));
        insurance = account(QStringLiteral("yb01"), Role::Officer, QStringLiteral("医保"));
        social = account(QStringLiteral("rs01"), Role::Officer, QStringLiteral("人社"));
        supervisor = account(QStringLiteral("super01"), Role::Supervisor, {});
        supervisor2 = account(QStringLiteral("super02"), Role::Supervisor, {});
    }

    // The open decision of `kind` about the case, as the review queue holds it.
    ReviewItem pending(const QString &number, const QString &kind)
    {
        for (const ReviewItem &d : load(number).decisions)
            if (d.kind == kind && d.state == ReviewItem::State::Open)
                return d;
        return {};
    }

    Status decide(const QString &number, const QString &kind, bool confirm,
                  const QString &comment = {}, const Session *who = nullptr)
    {
        return review.decide(pending(number, kind).id, confirm, comment, who ? *who : supervisor);
    }

    Session account(const QString &name, Role role, const QString &department)
    {
        UserAccount a;
        a.username = name;
        a.displayName = name + QStringLiteral(" 同志");
        a.role = role;
        a.department = department;
        Session s;
        s.userId =
            UserRepository(t.owner()).create(a, QStringLiteral("Password-123"), true).value();
        s.username = name;
        s.displayName = a.displayName;
        s.role = role;
        s.department = department;
        s.counterCode = QStringLiteral("A01");
        return s;
    }

    QString acceptNewborn(int mother = 0)
    {
        const FormTemplate *form = catalogue.find(QStringLiteral("newborn"));
        auto accepted = intake.accept(
            Test::readAtCounter(Test::newbornRequest(form, clock.today(), mother, mother + 1),
                                t.db(), clerk, clock.now()),
            clerk);
        return accepted ? accepted->caseNumber : QString();
    }

    CaseSnapshot load(const QString &number) { return workflow.load(number, supervisor).value(); }

    qint64 step(const QString &number, const QString &key)
    {
        return load(number).record.stepByKey(key)->id;
    }

    Result<CaseSnapshot> act(const QString &number, CaseAction action, const Session &who,
                             const QString &stepKey = {}, const QString &reason = {},
                             const QStringList &materials = {})
    {
        ActionRequest r;
        r.action = action;
        r.stepId = stepKey.isEmpty() ? 0 : step(number, stepKey);
        r.reason = reason;
        r.materials = materials;
        return workflow.act(number, r, who);
    }

    // The clerk hands the result to the applicant at the window.
    Result<CaseSnapshot> handOverToApplicant(const QString &number)
    {
        ActionRequest r;
        r.action = CaseAction::Deliver;
        r.delivery = QJsonObject{{QStringLiteral("kind"), QStringLiteral("applicant")}};
        return workflow.act(number, r, clerk);
    }

    bool claimAndApprove(const QString &number, const QString &key, const Session &who)
    {
        return act(number, CaseAction::Claim, who, key).ok() &&
               act(number, CaseAction::Approve, who, key, QStringLiteral("已办")).ok();
    }

    // Every department approves its step of a newborn bundle, in order: the
    // last approval completes the case.
    bool approveNewborn(const QString &number)
    {
        return claimAndApprove(number, QStringLiteral("birth-check"), health) &&
               claimAndApprove(number, QStringLiteral("hukou"), police) &&
               claimAndApprove(number, QStringLiteral("insurance"), insurance) &&
               claimAndApprove(number, QStringLiteral("ss-card"), social);
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return t.db().scalar(sql, values).value().toInt();
    }

    TestDatabase t;
    FixedClock clock;
    WorkingDayCalendar calendar = WorkingDayCalendar::official();
    TemplateCatalogue catalogue;
    AuditLog audit;
    IntakeService intake;
    CaseWorkflowService workflow;
    DepartmentInbox inbox;
    ReviewService review;
    Session clerk, health, police, police2, insurance, social, supervisor, supervisor2;
};

} // namespace OneWindow::Test
