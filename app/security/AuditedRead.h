#pragma once

#include "common/Result.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

namespace OneWindow {

// Reads personal data and writes the reading's audit event in one transaction:
// what was read is handed out only once the reading is on the record, and a
// refused audit write (a sealed log without the key, a full disk) hands out
// nothing. `read` returns a Result<T>; its failure is returned as it is.
template <typename Read>
auto auditedRead(AuditLog &audit, const Session &session, const QString &action,
                 const QString &subject, const QString &detail, Read read) -> decltype(read())
{
    using R = decltype(read());
    R result = R::failure(QStringLiteral("not-run"));
    const Status done = audit.database().transaction([&]() -> Status {
        result = read();
        if (!result)
            return Status(result.error());
        return audit.recordInTransaction(session, action, subject, detail);
    });
    if (!done)
        return R(done.error());
    return result;
}

} // namespace OneWindow
