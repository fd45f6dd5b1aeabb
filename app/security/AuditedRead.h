#pragma once

#include "common/Result.h"
#include "security/AuditBatcher.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

namespace OneWindow {

// Reads personal data and writes the reading's audit event in one transaction:
// what was read is handed out only once the reading is on the record, and a
// refused audit write (a sealed log without the key, a full disk) hands out
// nothing. `read` returns a Result<T>; its failure is returned as it is.
// With a read batch on the log (AuditLog::setReadBatch) the read has a transaction
// of its own and the event is committed with other readers' after it, still before
// anything is handed out.
template <typename Read>
auto auditedRead(AuditLog &audit, const Session &session, const QString &action,
                 const QString &subject, const QString &detail, Read read) -> decltype(read())
{
    using R = decltype(read());
    R result = R::failure(QStringLiteral("not-run"));
    AuditBatcher *batch = audit.readBatch();
    const Status done = audit.database().transaction([&]() -> Status {
        result = read();
        if (!result)
            return Status(result.error());
        return batch ? Status::success()
                     : audit.recordInTransaction(session, action, subject, detail);
    });
    if (!done)
        return R(done.error());
    if (batch)
        if (const Status recorded = batch->record(session, action, subject, detail); !recorded)
            return R(recorded.error());
    return result;
}

} // namespace OneWindow
