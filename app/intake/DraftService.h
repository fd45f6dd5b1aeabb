#pragma once

#include "common/Result.h"
#include "intake/Draft.h"

#include <QList>

#include <optional>

namespace OneWindow {

class Clock;
class Database;

// Stores drafts in the `drafts` table, one per applicant and matter: saving
// again replaces the answers. Each save raises the version; a save based on an
// older version than the stored one fails with "conflict" (another counter
// saved in between), so two counters never silently overwrite each other.
class DraftService
{
public:
    DraftService(const Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Inserts or updates; returns the draft as stored (id, version, times).
    Result<Draft> save(const Draft &draft);
    Result<std::optional<Draft>> find(const QString &idNumber, const QString &templateId) const;
    // The applicant's drafts, newest first.
    Result<QList<Draft>> listFor(const QString &idNumber) const;
    // After acceptance: the draft has become a case.
    Status remove(const QString &idNumber, const QString &templateId);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace OneWindow
