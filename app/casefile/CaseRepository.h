#pragma once

#include "casefile/CaseRecord.h"
#include "common/Result.h"

#include <QList>

namespace OneWindow {

class Database;

class CaseRepository
{
public:
    explicit CaseRepository(const Database &db) : m_db(db) {}

    // Stores the case and its sub-cases; run it inside the caller's transaction.
    Result<qint64> insert(const CaseRecord &record);
    // Newest first, each with its sub-cases and materials.
    Result<QList<CaseRecord>> listForPerson(qint64 personId) const;
    // An empty record (id 0) when there is no such case.
    Result<CaseRecord> findByNumber(const QString &caseNumber) const;

private:
    Result<QList<CaseRecord>> select(const QString &where, const QVariant &value) const;
    Status loadDetails(QList<CaseRecord> &cases) const;

    const Database &m_db;
};

} // namespace OneWindow
