#pragma once

#include "common/Result.h"
#include "documents/IssuedDocument.h"

#include <QDate>

namespace OneWindow {

class Database;

// The documents table: one row per document issued, found again for every
// reprint, which it counts.
class DocumentRepository
{
public:
    explicit DocumentRepository(const Database &db)
        : m_db(db)
    {}

    // The document of this kind about this case and subject; id 0 when none was issued.
    Result<IssuedDocument> find(DocumentKind kind, qint64 caseId, const QString &subject) const;
    // By its number; id 0 when there is none.
    Result<IssuedDocument> findByNumber(const QString &number) const;
    // Documents of this kind about this case, any subject.
    Result<int> countFor(DocumentKind kind, qint64 caseId) const;
    // Stores a new document; its id. "duplicate" when another counter issued it first.
    Result<qint64> insert(const IssuedDocument &document);
    // Counts one more reprint and returns the new count.
    Result<int> addReprint(qint64 id, const QDateTime &at);
    // A recorded notice's first rendering; "duplicate" when another counter rendered it first.
    Status markRendered(qint64 id, const QDateTime &at);
    // "<hall>-<letter><yyyyMMdd>-<nnnnn>", for documents that belong to no case;
    // unique across the hall's counters like case numbers.
    Result<QString> nextNumber(const QString &hallCode, QChar letter, const QDate &day);

private:
    Result<IssuedDocument> findOne(const QString &where, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace OneWindow
