#pragma once

#include "casefile/CaseState.h"

#include <QCoreApplication>
#include <QString>

namespace OneWindow {

// The one table of words for the lifecycle's states, actions and results
// (app/casefile/CaseState.h), in the interface language.
class CaseStateText
{
    Q_DECLARE_TR_FUNCTIONS(CaseStateText)

public:
    static QString text(CaseState state);
    static QString text(StepState state);
    static QString text(CaseAction action);
    static QString text(CaseResult result);
    static QString text(SpecialProcedure kind);
    // A stored key of any of the above ("approved", "claim"), for history lines;
    // an unknown key comes back as it is.
    static QString fromKey(const QString &key);
};

} // namespace OneWindow
