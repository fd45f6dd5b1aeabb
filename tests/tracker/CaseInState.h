#pragma once

// A newborn bundle brought to one state of the case lifecycle, the way the
// departments and the counter get it there, for the tracker's tests.
#include "helpers/WorkflowHall.h"

namespace OneWindow::Test {

inline const QStringList kTrackedStates = {QStringLiteral("accepted"),
                                           QStringLiteral("in-progress"),
                                           QStringLiteral("awaiting-supplement"),
                                           QStringLiteral("special-procedure"),
                                           QStringLiteral("completed"),
                                           QStringLiteral("delivered"),
                                           QStringLiteral("withdrawn")};

// The case number, or "" when the hall refused a step on the way.
inline QString caseInState(WorkflowHall &h, const QString &state, int mother = 0)
{
    const QString number = h.acceptNewborn(mother);
    if (number.isEmpty())
        return {};
    bool ok = true;
    const QString birth = QStringLiteral("birth-check");
    if (state == QLatin1String("in-progress")) {
        ok = h.claimAndApprove(number, birth, h.health);
    } else if (state == QLatin1String("awaiting-supplement")) {
        ok = h.claimAndApprove(number, birth, h.health) &&
             h.act(number, CaseAction::Claim, h.police, QStringLiteral("hukou")).ok() &&
             h.act(number, CaseAction::Return, h.police, QStringLiteral("hukou"),
                   QStringLiteral("户口簿页面不清晰"), {QStringLiteral("household-register")})
                 .ok();
    } else if (state == QLatin1String("special-procedure")) {
        ok = h.act(number, CaseAction::Claim, h.health, birth).ok();
        ActionRequest start;
        start.action = CaseAction::SpecialStart;
        start.stepId = h.step(number, birth);
        start.procedure = SpecialProcedure::ExpertReview;
        start.reason = QStringLiteral("出生证明真伪需鉴定");
        start.expectedEnd = h.clock.today().addDays(20);
        ok = ok && h.workflow.act(number, start, h.health).ok();
    } else if (state == QLatin1String("completed")) {
        ok = h.approveNewborn(number);
    } else if (state == QLatin1String("delivered")) {
        ok = h.approveNewborn(number) && h.handOverToApplicant(number).ok();
    } else if (state == QLatin1String("withdrawn")) {
        ok =
            h.act(number, CaseAction::Withdraw, h.clerk, {}, QStringLiteral("申请人要求撤回")).ok();
    }
    if (!ok || CaseStates::key(h.load(number).record.state) != state)
        return {};
    return number;
}

} // namespace OneWindow::Test
