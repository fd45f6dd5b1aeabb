#pragma once

#include <QString>

namespace OneWindow {

// One event of the audit trail as the audit workspace shows it.
struct AuditEvent
{
    qint64 id = 0;
    QString at; // ISO 8601, UTC, as stored (and hashed)
    QString user;
    QString counter;
    QString action;
    QString subject; // person:<id> or a case number
    QString detail;
    bool keyed = false; // carries a MAC (written after the log was sealed)
};

} // namespace OneWindow
