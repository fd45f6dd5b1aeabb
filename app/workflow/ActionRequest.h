#pragma once

#include "casefile/CaseState.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace OneWindow {

// What someone asks to do to a case, from any door (window, CLI).
struct ActionRequest
{
    CaseAction action = CaseAction::Claim;
    qint64 stepId = 0; // the sub-case, for a step's actions (and which step a reopening reopens)
    // Why: the note of a return, the legal reason of a refusal, the reason of a
    // special procedure, a withdrawal or a reopening; for an approval, its result.
    QString reason;
    // Return: the materials missing. Supplement: the materials that arrived.
    QStringList materials;
    SpecialProcedure procedure = SpecialProcedure::Hearing; // special-start
    QDate expectedEnd;                                      // special-start
    // Deliver: {"kind": "applicant"|"agent"|"post", "name", "idNumber", "tracking"}.
    QJsonObject delivery;
    // The case's version the actor saw; 0: act on whatever is stored now.
    int expectedVersion = 0;
};

} // namespace OneWindow
