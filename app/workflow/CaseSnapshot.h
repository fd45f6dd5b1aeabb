#pragma once

#include "casefile/CaseCommitment.h"
#include "casefile/CaseEvent.h"
#include "casefile/CasePause.h"
#include "casefile/CaseRecord.h"

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

    QList<CasePause> openPauses() const
    {
        QList<CasePause> open;
        for (const CasePause &p : pauses)
            if (p.isOpen())
                open << p;
        return open;
    }
};

} // namespace OneWindow
