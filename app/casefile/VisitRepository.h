#pragma once

#include "casefile/Visit.h"
#include "common/Result.h"

#include <QDateTime>

namespace OneWindow {

class Database;

// The visits table. Every write here runs inside the transaction of the change
// that causes it (recording evidence, accepting, issuing a notice, handing over),
// so a visit's end commits with what ended it or not at all.
class VisitRepository
{
public:
    explicit VisitRepository(const Database &db)
        : m_db(db)
    {}

    // The counter's open visit; id 0 when there is none.
    Result<Visit> openAt(const QString &counterCode) const;
    // "not-found" for an unknown id.
    Result<Visit> find(qint64 visitId) const;
    // The visit this evidence identified or was read in; 0 for none (a party's card).
    Result<qint64> visitOfEvidence(qint64 evidenceId) const;
    // The visit that accepted this case; 0 when none did (the CLI, a seed).
    Result<qint64> visitOfCase(const QString &caseNumber) const;

    // The citizen of `evidence` is at the counter: their open visit there goes on
    // (a second card read of the same person), or the visit of somebody else ends
    // with Next and theirs begins. The evidence is linked to the visit.
    Result<Visit> begin(const QString &counterCode, qint64 clerkId, const QString &clerkName,
                        qint64 evidenceId, const QString &idNumber, const QDateTime &now) const;
    // Ends an open visit; nothing happens to one that has ended already.
    Status end(qint64 visitId, Visit::Outcome outcome, const QDateTime &now) const;
    // The visit touched this case (accepted it, handed it over).
    Status touch(qint64 visitId, const QString &caseNumber) const;
    // Whatever is open at the counter ends with `outcome`, touching `caseNumber`
    // when there is one. Nothing open: nothing to do.
    Status endOpenAt(const QString &counterCode, Visit::Outcome outcome, const QString &caseNumber,
                     const QDateTime &now) const;

private:
    Result<Visit> load(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace OneWindow
