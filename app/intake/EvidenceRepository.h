#pragma once

#include "common/Result.h"
#include "intake/VisitEvidence.h"

#include <QHash>
#include <QList>

namespace OneWindow {

class Database;

// The `visit_evidence` table (what the counter saw) and `case_evidence` (which
// evidence a case was accepted on, as the applicant or as a party field).
// Evidence is written once and never changed. No checks and no audit here:
// EvidenceService records, IntakeService refers.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(const Database &db)
        : m_db(db)
    {}

    // Stores `evidence` (its id is ignored); the new id.
    Result<qint64> insert(const VisitEvidence &evidence) const;
    // The evidence with these ids; an id that does not exist is missing from the map.
    Result<QHash<qint64, VisitEvidence>> find(const QList<qint64> &ids) const;
    // `role`: "applicant", or the id of the person field the evidence was for.
    Status linkToCase(qint64 caseId, qint64 evidenceId, const QString &role) const;
    // role -> evidence id, for a case.
    Result<QHash<QString, qint64>> forCase(qint64 caseId) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
