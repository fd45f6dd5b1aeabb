#pragma once

#include "casefile/CaseState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace OneWindow {

// One line of a case's history: a transition of the case or of one of its
// steps. States are stored as keys (CaseState.h); fromState/toState name a step
// state when subCaseId is set, else a case state.
struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 subCaseId = 0; // 0: the case as a whole
    CaseAction action = CaseAction::Accept;
    QString fromState;
    QString toState;
    QString actor; // display name
    qint64 actorId = 0;
    QDateTime at;
    QString reason;
    QJsonObject data; // the action's particulars: materials asked for, procedure, recipient
};

} // namespace OneWindow
