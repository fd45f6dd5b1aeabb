#pragma once

#include <QString>

namespace OneWindow {

// Where the next page of the audit trail starts: after this event (the list
// runs by time, then id).
struct AuditCursor
{
    QString at;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

} // namespace OneWindow
