#pragma once

#include "casefile/CaseFile.h"
#include "casefile/PersonSearch.h"
#include "casefile/TrackedCase.h"
#include "common/Result.h"
#include "security/Session.h"

namespace OneWindow {

class AuditLog;
class CounterLock;
class Database;

// Opens a person's unified case file. Every opening is written to the audit log
// (who, which counter, whose file) before the file is handed out. "Today" (for
// valid documents and today's appointments) comes from the audit log's clock.
//
// Counter staff open any file. A department officer opens the file of a
// citizen with a case of their department; any other file only with a stated
// purpose (事由), which is recorded in the audit trail and goes to the
// supervisor's review ("purpose-required" without one). Other roles are
// refused ("forbidden"). Every refusal is audited.
//
// At a counter whose lock is set (setCounterLock) nothing opens while it is
// locked ("counter-locked"): nobody is at the counter to ask, so that refusal
// is not put on anyone's name in the audit trail.
class CaseFileService
{
public:
    static constexpr int kPastPageSize = 20;

    CaseFileService(const Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    // The lock of the counter this service works for (AppServices); null: none (the CLI).
    void setCounterLock(const CounterLock *lock) { m_lock = lock; }

    // By the ID number from a card or a QR code.
    Result<CaseFile> open(const QString &idNumber, const Session &session,
                          const QString &purpose = {});
    // By the internal id, e.g. a search result. "not-found" when there is no such person.
    Result<CaseFile> openPerson(qint64 personId, const Session &session,
                                const QString &purpose = {});
    // The file of the person a case belongs to, e.g. from a receipt tracking code.
    // "not-found" when there is no such case.
    Result<CaseFile> openByCaseNumber(const QString &caseNumber, const Session &session,
                                      const QString &purpose = {});
    // Files found by ID-number or phone prefix, case number, initials or name
    // (PersonSearch), one page. ID numbers and phones come back masked: the
    // full ones are shown once the file is opened. Every page audited with the
    // query masked, in the same transaction as the reading.
    Result<PersonSearchPage> search(const QString &query, int limit, int offset,
                                    const Session &session) const;
    // The query as the audit trail keeps it: the first characters only.
    static QString maskedQuery(const QString &query);
    // A mobile number as lists show it: 170****1234.
    static QString maskedPhone(const QString &phone);
    // More history: finished cases, newest first, for whoever may open the file
    // (with the purpose they opened it with); every page audited.
    Result<QList<CaseRecord>> pastCases(qint64 personId, int limit, int offset,
                                        const Session &session, const QString &purpose = {}) const;

    // For the public tracking page only (a Session::tracker(); any other session
    // is refused "forbidden", audited): one case by its number, read and audited
    // as "track-case" on the case number in one transaction. "not-found" when
    // there is no such case (audited too, so guessing shows in the trail).
    Result<TrackedCase> track(const QString &caseNumber, const Session &session) const;

private:
    Result<CaseFile> fill(CaseFile file, const Session &session, const QString &purpose);
    // Whether `session` may open this person's file with `purpose`; audits a refusal.
    Status authorize(qint64 personId, const Session &session, const QString &purpose) const;

    // "counter-locked" while the counter is locked.
    Status unlocked() const;

    const Database &m_db;
    AuditLog &m_audit;
    const CounterLock *m_lock = nullptr;
};

} // namespace OneWindow
