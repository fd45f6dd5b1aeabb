#pragma once

#include "ratings/RatingLevel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace OneWindow {

// What the citizen chose, as their screen or phone sends it.
struct RatingInput
{
    QString level;       // RatingLevels::key
    QStringList reasons; // RatingLevels::reasonKeys, only with a poor level
    QString comment;     // only with a poor level, at most kMaxComment characters

    static constexpr int kMaxComment = 500;
};

// One citizen's rating of one visit (the service at the counter) or of a case's
// result, tied to the visit's counter and clerk. Nothing in it says who rated.
struct Rating
{
    enum class Stage
    {
        Visit,      // "visit": the service at the counter
        Completion, // "completion": the case's result, rated after it was completed
    };

    qint64 id = 0;
    qint64 visitId = 0;
    Stage stage = Stage::Visit;
    QString caseNumber; // the case rated, or the first the visit accepted ("" for none)
    QString matterId;   // that case's template
    QString counterCode;
    qint64 clerkId = 0;
    QString clerkName; // their user name, when listed for a supervisor
    RatingLevel level = RatingLevel::Satisfied;
    QStringList reasons;
    QString comment;
    QString channel; // "counter" (the citizen's screen) or "tracker" (their phone)
    QDateTime at;

    static QString stageKey(Stage stage)
    {
        return stage == Stage::Visit ? QStringLiteral("visit") : QStringLiteral("completion");
    }
};

} // namespace OneWindow
