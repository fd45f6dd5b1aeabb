#pragma once

#include "ratings/RatingLevel.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace OneWindow {

// 整改: what a poor rating asks of the supervisor, due in working days: call the
// citizen back, record what was done, close it.
struct FollowUp
{
    qint64 id = 0;
    qint64 ratingId = 0;
    RatingLevel level = RatingLevel::Dissatisfied;
    QString caseNumber;
    QString counterCode;
    QDateTime openedAt;
    QDate dueOn;
    QDateTime calledBackAt; // null until the citizen was called back
    QDateTime closedAt;     // null while open
    qint64 closedBy = 0;
    QString action; // what was done

    bool isOpen() const { return closedAt.isNull(); }
    bool isOverdue(const QDate &today) const { return isOpen() && dueOn < today; }
};

} // namespace OneWindow
