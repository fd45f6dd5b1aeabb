#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace OneWindow {

// 容缺受理: a secondary material the template allows to follow, accepted
// without it because the citizen signed a commitment (承诺书) to bring it by
// `due` (never later than the case's promised date).
struct CaseCommitment
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString material; // the template's material id
    QString title;    // its name, as printed on the commitment
    QDate due;
    QDateTime signedAt;
    QDateTime fulfilledAt; // invalid until the material arrives
    QString fulfilledBy;

    bool isOpen() const { return !fulfilledAt.isValid(); }
    bool isOverdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }
};

} // namespace OneWindow
