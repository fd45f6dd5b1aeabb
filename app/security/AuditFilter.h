#pragma once

#include <QDateTime>
#include <QString>

namespace OneWindow {

// What the audit workspace and its export look for. Empty fields do not
// filter. A citizen is named by their ID number: the events about them are
// those whose subject is their file (person:<id>) or one of their cases.
struct AuditFilter
{
    QString idNumber;
    QString caseNumber;
    QString user;
    QString counter;
    QString action;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive

    bool isEmpty() const
    {
        return idNumber.isEmpty() && caseNumber.isEmpty() && user.isEmpty() && counter.isEmpty() &&
               action.isEmpty() && !from.isValid() && !to.isValid();
    }
};

} // namespace OneWindow
