#include "documents/DocumentRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>

namespace OneWindow {

namespace {

// An empty subject is stored as '' (the column is NOT NULL), never bound as NULL.
QString subjectValue(const QString &subject)
{
    return subject.isEmpty() ? QStringLiteral("") : subject;
}

const QString kColumns = QStringLiteral(
    "d.id, d.number, d.kind, d.case_id, c.case_number, d.subject, d.issued_at, d.issued_by,"
    " d.issued_by_id, d.counter_code, d.reprints, d.last_reprint_at, d.data, d.rendered_at");

} // namespace

Result<IssuedDocument> DocumentRepository::findOne(const QString &where,
                                                   const QVariantList &values) const
{
    using R = Result<IssuedDocument>;
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM documents d LEFT JOIN cases c"
                                     " ON c.id = d.case_id WHERE %2")
                          .arg(kColumns, where),
                      values);
    if (!q)
        return R(q.error());
    IssuedDocument d;
    QSqlQuery &r = q.value();
    if (!r.next())
        return d;
    d.id = r.value(0).toLongLong();
    d.number = r.value(1).toString();
    const auto kind = DocumentKinds::fromKey(r.value(2).toString());
    if (!kind)
        return R::failure(QStringLiteral("unknown-state"),
                          QStringLiteral("documents.kind of document %1 is \"%2\", which this"
                                         " version does not know")
                              .arg(r.value(1).toString(), r.value(2).toString().left(40)));
    d.kind = *kind;
    d.caseId = r.value(3).toLongLong();
    d.caseNumber = r.value(4).toString();
    d.subject = r.value(5).toString();
    d.issuedAt = SqlValue::readDateTime(r.value(6));
    d.issuedBy = r.value(7).toString();
    d.issuedById = r.value(8).toLongLong();
    d.counterCode = r.value(9).toString();
    d.reprints = r.value(10).toInt();
    d.lastReprintAt = SqlValue::readDateTime(r.value(11));
    d.data = QJsonDocument::fromJson(r.value(12).toString().toUtf8()).object();
    d.renderedAt = SqlValue::readDateTime(r.value(13));
    return d;
}

Result<IssuedDocument> DocumentRepository::find(DocumentKind kind, qint64 caseId,
                                                const QString &subject) const
{
    return findOne(QStringLiteral("d.kind = ? AND d.case_id = ? AND d.subject = ?"),
                   {DocumentKinds::key(kind), caseId, subjectValue(subject)});
}

Result<IssuedDocument> DocumentRepository::findByNumber(const QString &number) const
{
    return findOne(QStringLiteral("d.number = ?"), {number});
}

Result<int> DocumentRepository::countFor(DocumentKind kind, qint64 caseId) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = ?"
                                        " AND case_id = ?"),
                         {DocumentKinds::key(kind), caseId});
    if (!n)
        return Result<int>(n.error());
    return n.value().toInt();
}

Result<qint64> DocumentRepository::insert(const IssuedDocument &d)
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO documents (number, kind, case_id, subject, issued_at,"
                       " issued_by, issued_by_id, counter_code, reprints, data, rendered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
        {d.number, DocumentKinds::key(d.kind), SqlValue::idOrNull(d.caseId),
         subjectValue(d.subject), SqlValue::dateTimeOrNull(d.issuedAt), d.issuedBy,
         SqlValue::idOrNull(d.issuedById), d.counterCode,
         d.data.isEmpty()
             ? SqlValue::typedNull(QMetaType::QString)
             : QVariant(QString::fromUtf8(QJsonDocument(d.data).toJson(QJsonDocument::Compact))),
         SqlValue::dateTimeOrNull(d.renderedAt)});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"), QStringLiteral("no id"));
    return q.value().value(0).toLongLong();
}

Status DocumentRepository::markRendered(qint64 id, const QDateTime &at)
{
    // Only the first rendering counts: a second one is a reprint.
    auto q = m_db.run(QStringLiteral("UPDATE documents SET rendered_at = ?, version = version + 1"
                                     " WHERE id = ? AND rendered_at IS NULL"),
                      {SqlValue::dateTimeOrNull(at), id});
    if (!q)
        return Status(q.error());
    if (q.value().numRowsAffected() != 1)
        return Status::failure(QStringLiteral("duplicate"),
                               QStringLiteral("document %1 was rendered meanwhile").arg(id));
    return Status::success();
}

Result<int> DocumentRepository::addReprint(qint64 id, const QDateTime &at)
{
    // One statement: two counters reprinting at once each get their own count.
    auto q = m_db.run(QStringLiteral("UPDATE documents SET reprints = reprints + 1,"
                                     " last_reprint_at = ?, version = version + 1"
                                     " WHERE id = ? RETURNING reprints"),
                      {SqlValue::dateTimeOrNull(at), id});
    if (!q)
        return Result<int>(q.error());
    if (!q.value().next())
        return Result<int>::failure(QStringLiteral("not-found"));
    return q.value().value(0).toInt();
}

Result<QString> DocumentRepository::nextNumber(const QString &hallCode, QChar letter,
                                               const QDate &day)
{
    const QString dayKey = day.toString(QStringLiteral("yyyyMMdd"));
    // The case numbers' per-day counter, in a series of its own per letter.
    const QString series = hallCode + QLatin1Char('/') + letter;
    auto q = m_db.run(QStringLiteral("INSERT INTO case_number_counters (hall, day, last_value)"
                                     " VALUES (?, ?, 1) ON CONFLICT (hall, day) DO UPDATE"
                                     " SET last_value = case_number_counters.last_value + 1"
                                     " RETURNING last_value"),
                      {series, dayKey});
    if (!q)
        return Result<QString>(q.error());
    if (!q.value().next())
        return Result<QString>::failure(QStringLiteral("db-error"), QStringLiteral("no sequence"));
    return QStringLiteral("%1-%2%3-%4")
        .arg(hallCode, QString(letter), dayKey)
        .arg(q.value().value(0).toLongLong(), 5, 10, QLatin1Char('0'));
}

} // namespace OneWindow
