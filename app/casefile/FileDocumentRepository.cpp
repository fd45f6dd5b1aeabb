#include "casefile/FileDocumentRepository.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace OneWindow {

Result<QList<FileDocument>> FileDocumentRepository::reusable(qint64 personId,
                                                             const QDate &today) const
{
    if (personId == 0)
        return QList<FileDocument>();
    auto q = m_db.run(
        QStringLiteral("SELECT kind, title, issuer, 'licence', number, valid_until, attachment_id"
                       " FROM licences WHERE person_id = ?"
                       " AND (valid_until IS NULL OR valid_until >= ?)"
                       " UNION ALL"
                       " SELECT m.kind, m.title, m.issuer, 'case', c.case_number, m.valid_until,"
                       " m.attachment_id FROM materials m JOIN cases c ON c.id = m.case_id"
                       " WHERE m.person_id = ? AND m.reusable = ?"
                       " AND (m.valid_until IS NULL OR m.valid_until >= ?)"),
        {personId, today, personId, true, today});
    if (!q)
        return Result<QList<FileDocument>>(q.error());
    // Licences come first, so they win a tie over a paper copy.
    QList<FileDocument> docs;
    QHash<QString, int> byKind;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        FileDocument d;
        d.kind = r.value(0).toString();
        d.title = r.value(1).toString();
        d.issuer = r.value(2).toString();
        d.origin = r.value(3).toString();
        d.reference = r.value(4).toString();
        d.validUntil = r.value(5).toDate();
        d.attachmentId = r.value(6).toLongLong();
        const auto it = byKind.constFind(d.kind);
        if (it == byKind.constEnd()) {
            byKind.insert(d.kind, int(docs.size()));
            docs.append(d);
            continue;
        }
        FileDocument &kept = docs[*it];
        const bool longer = kept.validUntil.isValid() &&
                            (!d.validUntil.isValid() || d.validUntil > kept.validUntil);
        if (longer)
            kept = d;
    }
    return docs;
}

} // namespace OneWindow
