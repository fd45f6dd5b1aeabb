#pragma once

#include "common/Result.h"
#include "security/AuditCursor.h"
#include "security/AuditEvent.h"
#include "security/AuditFilter.h"
#include "security/AuditHead.h"
#include "security/AuditVerifier.h"
#include "security/Permission.h"
#include "security/Session.h"

#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace OneWindow {

class AuditLog;
class Database;

// The audit trail for supervisors and administrators: filtered pages, newest
// first; the values to filter by; the checkpoint; a verifier to run; a CSV
// export with ID numbers and mobile numbers masked. Reading needs ViewAudit,
// exporting ExportAudit; a refusal is audited ("refused"), and so is every
// first page of a search ("view-audit", the filter with the ID number masked)
// and every export ("export-audit").
class AuditQuery
{
public:
    using Cursor = AuditCursor;
    struct Page
    {
        QList<AuditEvent> events;
        bool hasMore = false;
        Cursor next;
    };
    enum class Column
    {
        User,
        Counter,
        Action,
    };

    static constexpr int kPageSize = 50;

    AuditQuery(const Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    Result<Page> page(const AuditFilter &filter, const Session &session,
                      const AuditCursor &after = AuditCursor(), int size = kPageSize) const;
    // The values that occur, for the filter's choices ("forbidden" as above).
    Result<QStringList> values(Column column, const Session &session) const;
    Result<AuditHead> checkpoint(const Session &session) const;
    // A verifier with the hall's key for this database, to run (on any thread).
    Result<AuditVerifier> verifier(const Session &session) const;
    // Every event the filter finds, oldest first, as CSV (UTF-8 with a BOM for
    // spreadsheets); the number written. "forbidden" without ExportAudit.
    // `progress` hears the rows written after each batch; returning false
    // cancels ("cancelled", nothing audited: the caller drops the file).
    using ExportProgress = std::function<bool(qint64 written)>;
    Result<qint64> exportCsv(const AuditFilter &filter, const Session &session, QIODevice &out,
                             const ExportProgress &progress = {}) const;

    // The filter in words for the audit trail, the ID number masked.
    static QString describe(const AuditFilter &filter);
    // "bad-query" for a field PlainText refuses (a NUL, a direction override,
    // overlong...); any other text is looked for as it is.
    static Status checkFilter(const AuditFilter &filter);

private:
    Status allowed(const Session &session, Capability capability, const QString &what) const;
    // The subjects a citizen filter stands for; ok and empty when nobody has that number.
    Result<QStringList> subjectsOf(const QString &idNumber) const;
    Result<Page> fetch(const AuditFilter &filter, const QStringList &subjects, bool citizen,
                       const Cursor &after, int size, bool newestFirst) const;

    const Database &m_db;
    AuditLog &m_audit;
};

} // namespace OneWindow
