#pragma once

#include "casefile/CaseCommitment.h"
#include "casefile/CaseEvent.h"
#include "casefile/CasePause.h"
#include "casefile/CaseRecord.h"
#include "review/ReviewItem.h"

#include <QList>
#include <QStringList>

namespace OneWindow {

// Everything about one case that the lifecycle's rules look at.
struct CaseSnapshot
{
    CaseRecord record;
    QList<CasePause> pauses;
    QList<CaseCommitment> commitments;
    QList<CaseEvent> history;
    // The template's material ids: what a department may ask to be supplemented.
    QStringList knownMaterials;
    // Decisions against the citizen about this case (a proposed refusal or 退件,
    // a fee waiver), oldest first, pending or decided.
    QList<ReviewItem> decisions;

    QList<CasePause> openPauses() const
    {
        QList<CasePause> open;
        for (const CasePause &p : pauses)
            if (p.isOpen())
                open << p;
        return open;
    }
    // The decisions still waiting for a supervisor's confirmation.
    QList<ReviewItem> pendingDecisions() const
    {
        QList<ReviewItem> pending;
        for (const ReviewItem &d : decisions)
            if (d.isPending())
                pending << d;
        return pending;
    }
    // The latest decision of this kind (on this step, when given); null when none.
    const ReviewItem *latestDecision(const QString &kind, qint64 stepId = 0) const
    {
        const ReviewItem *latest = nullptr;
        for (const ReviewItem &d : decisions)
            if (d.kind == kind && (stepId == 0 || d.stepId == stepId))
                latest = &d;
        return latest;
    }
};

} // namespace OneWindow
