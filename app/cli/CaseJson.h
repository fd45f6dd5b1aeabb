#pragma once

#include "casefile/CaseRecord.h"
#include "workflow/CaseSnapshot.h"

#include <QJsonObject>

namespace OneWindow {

// The JSON the `case` and `intake` commands print (docs/lifecycle.md):
// keys are the stable ones of CaseState.h; dates are ISO 8601.
class CaseJson
{
public:
    // case, matter, title, state, result, promised, statutory, steps[{id, key,
    // department, state, due, statutory_due, holder, result}]
    static QJsonObject summary(const CaseRecord &record);
    // The summary plus history[{at, user, action, step, from, to, reason}],
    // pauses, commitments and paused_days.
    static QJsonObject detail(const CaseSnapshot &snapshot, int pausedDays);
};

} // namespace OneWindow
