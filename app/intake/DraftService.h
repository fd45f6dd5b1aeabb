#pragma once

#include "common/Result.h"
#include "intake/Draft.h"
#include "security/Session.h"

#include <QList>

#include <optional>

namespace OneWindow {

class AuditLog;
class Clock;
class Database;

// Stores drafts in the `drafts` table, one per applicant and matter: saving
// again replaces the answers. Each save raises the version; a save based on an
// older version than the stored one fails with "conflict" (another counter
// saved in between), so two counters never silently overwrite each other.
// Drafts are intake: only a session that may run intake reads or writes them;
// a refusal is audited when the service has the audit log (the autosaver's
// thread has none and works only for the counter's own signed-in clerk).
class DraftService
{
public:
    DraftService(const Database &db, const Clock &clock, AuditLog *audit = nullptr)
        : m_db(db)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // Inserts or updates; returns the draft as stored (id, version, times).
    Result<Draft> save(const Draft &draft, const Session &session);
    Result<std::optional<Draft>> find(const QString &idNumber, const QString &templateId,
                                      const Session &session) const;
    // The applicant's drafts, newest first.
    Result<QList<Draft>> listFor(const QString &idNumber, const Session &session) const;
    // After acceptance: the draft has become a case.
    Status remove(const QString &idNumber, const QString &templateId, const Session &session);

private:
    Status allowed(const Session &session) const;

    const Database &m_db;
    const Clock &m_clock;
    AuditLog *m_audit;
};

} // namespace OneWindow
