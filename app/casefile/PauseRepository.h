#pragma once

#include "casefile/CaseCommitment.h"
#include "casefile/CasePause.h"
#include "common/Result.h"

#include <QList>

namespace OneWindow {

class Database;

// The case clock's pauses and the 容缺 commitments of a case. Writers run
// inside the caller's transaction.
class PauseRepository
{
public:
    explicit PauseRepository(const Database &db)
        : m_db(db)
    {}

    // Oldest first.
    Result<QList<CasePause>> pauses(qint64 caseId) const;
    Result<qint64> insert(const CasePause &pause);
    // Saves what was received and, once it resumed, the end.
    Status update(const CasePause &pause);

    Result<QList<CaseCommitment>> commitments(qint64 caseId) const;
    Result<qint64> insert(const CaseCommitment &commitment);
    Status fulfil(qint64 commitmentId, const QDateTime &at, const QString &by);
    // Commitments not fulfilled by their date, oldest due first (the supervisor's review).
    Result<QList<CaseCommitment>> overdue(const QDate &today, int limit) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
