#pragma once

#include "casefile/CaseEvent.h"
#include "casefile/CasePause.h"
#include "casefile/CaseRecord.h"

#include <QList>
#include <QSet>

#include <optional>

namespace OneWindow {

// What an allowed action changes, computed by CaseStateMachine and written by
// CaseWorkflowService in one transaction.
struct Transition
{
    CaseRecord record;         // the case and its steps afterwards
    QSet<qint64> changedSteps; // sub-case ids whose rows change
    QList<CaseEvent> events;   // history lines, in order
    std::optional<CasePause> newPause;
    QList<CasePause> changedPauses;     // materials received, or ended
    QList<qint64> fulfilledCommitments; // 容缺 materials that arrived
    bool clockChanged = false;          // a pause began or ended: deadlines move
};

} // namespace OneWindow
