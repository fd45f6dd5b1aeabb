#include "security/AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace OneWindow {

namespace {
const QString kGenesis = QStringLiteral("genesis");
}

QString AuditLog::chainHash(const QString &previous, const QString &at, const QString &user,
                            const QString &counter, const QString &action, const QString &subject,
                            const QString &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Length-prefix each field so that moving text between fields changes the hash.
    for (const QString &field : {previous, at, user, counter, action, subject, detail}) {
        const QByteArray utf8 = field.toUtf8();
        h.addData(QByteArray::number(utf8.size()) + ':' + utf8);
    }
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::record(const Session &session, const QString &action, const QString &subject,
                        const QString &detail)
{
    return m_db.transaction(
        [&]() -> Status { return recordInTransaction(session, action, subject, detail); });
}

Status AuditLog::recordInTransaction(const Session &session, const QString &action,
                                     const QString &subject, const QString &detail)
{
    if (m_db.dialect() == DatabaseUrl::Dialect::Postgres) {
        // Serialise appends across counters so the chain never forks.
        auto lock = m_db.run(QStringLiteral("SELECT pg_advisory_xact_lock(727001)"));
        if (!lock)
            return Status(lock.error());
    }
    auto last =
        m_db.scalar(QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!last)
        return Status(last.error());
    const QString previous = last.value().isNull() ? kGenesis : last.value().toString();
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString hash =
        chainHash(previous, at, session.username, session.counterCode, action, subject, detail);
    auto q = m_db.run(
        QStringLiteral("INSERT INTO audit_events (at, user_name, counter_code,"
                       " action, subject, detail, prev_hash, hash)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {at, session.username, session.counterCode, action, subject, detail, previous, hash});
    return q ? Status::success() : Status(q.error());
}

Result<qint64> AuditLog::firstBrokenEvent() const
{
    auto q = m_db.run(QStringLiteral("SELECT id, at, user_name, counter_code, action, subject,"
                                     " detail, prev_hash, hash FROM audit_events ORDER BY id"));
    if (!q)
        return Result<qint64>(q.error());
    QString previous = kGenesis;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        // `at` is text in both dialects, exactly the string that was hashed.
        const QString at = rows.value(1).toString();
        const QString expected =
            chainHash(previous, at, rows.value(2).toString(), rows.value(3).toString(),
                      rows.value(4).toString(), rows.value(5).toString(), rows.value(6).toString());
        if (rows.value(7).toString() != previous || rows.value(8).toString() != expected)
            return id;
        previous = rows.value(8).toString();
    }
    return qint64(0);
}

} // namespace OneWindow
