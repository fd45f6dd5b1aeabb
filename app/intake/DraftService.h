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
// Drafts are intake: only a session that may run intake reads or writes them.
// Every read, save and removal is audited in the same transaction ("draft-read",
// "draft-save", "draft-remove"; subjects "draft:<id>", never an ID number), and
// so is every refusal, on whichever connection (the autosaver has its own).
class DraftService
{
public:
    DraftService(const Database &db, const Clock &clock, AuditLog &audit)
        : m_db(db)
        , m_clock(clock)
        , m_audit(audit)
    {}

    // Inserts or updates; returns the draft as stored (id, version, times). A draft
    // whose intake key a case already holds is refused with "intake-accepted"
    // (detail: the case number): that intake is a case now.
    Result<Draft> save(const Draft &draft, const Session &session);
    Result<std::optional<Draft>> find(const QString &idNumber, const QString &templateId,
                                      const Session &session) const;
    // The applicant's drafts, newest first.
    Result<QList<Draft>> listFor(const QString &idNumber, const Session &session) const;
    // The clerk drops the draft; accepting removes it by itself (IntakeService).
    Status remove(const QString &idNumber, const QString &templateId, const Session &session);
    // The same inside the caller's transaction (accepting the intake the draft kept).
    Status removeInTransaction(const QString &idNumber, const QString &templateId,
                               const Session &session);

private:
    Status allowed(const Session &session) const;

    const Database &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
};

} // namespace OneWindow
