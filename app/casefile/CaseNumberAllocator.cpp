#include "casefile/CaseNumberAllocator.h"

#include "storage/Database.h"

namespace OneWindow {

QString CaseNumberAllocator::format(const QString &hall, const QDate &day, qint64 sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(hall, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 5, 10, QLatin1Char('0'));
}

Result<QString> CaseNumberAllocator::next(const QDate &day)
{
    const QString dayKey = day.toString(QStringLiteral("yyyyMMdd"));
    // Both SQLite (3.35+) and PostgreSQL take the row lock on the upsert, so two
    // counters can never read the same value.
    auto q = m_db.run(QStringLiteral("INSERT INTO case_number_counters (hall, day, last_value)"
                                     " VALUES (?, ?, 1) ON CONFLICT (hall, day) DO UPDATE"
                                     " SET last_value = case_number_counters.last_value + 1"
                                     " RETURNING last_value"),
                      {m_hall, dayKey});
    if (!q)
        return Result<QString>(q.error());
    if (!q.value().next())
        return Result<QString>::failure(QStringLiteral("db-error"), QStringLiteral("no sequence"));
    return format(m_hall, day, q.value().value(0).toLongLong());
}

} // namespace OneWindow
