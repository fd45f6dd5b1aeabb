#pragma once

#include "casefile/FileDocument.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace OneWindow {

class Database;

// The documents on a person's file that a new case can reuse (减材料): their
// electronic licences and the reusable materials of their earlier cases. The
// case file shows them; acceptance counts them as held (HeldDocuments).
class FileDocumentRepository
{
public:
    explicit FileDocumentRepository(const Database &db)
        : m_db(db)
    {}

    // Still valid on `today`, one per kind: the one valid longest (no expiry beats
    // any date); a licence wins a tie over a paper copy. Empty for person 0.
    Result<QList<FileDocument>> reusable(qint64 personId, const QDate &today) const;

private:
    const Database &m_db;
};

} // namespace OneWindow
