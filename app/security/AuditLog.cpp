#include "security/AuditLog.h"

#include "common/Clock.h"
#include "security/AuditChain.h"
#include "security/AuditChainReader.h"
#include "security/AuditVerifier.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QDateTime>

namespace OneWindow {

QString AuditLog::chainHash(const QString &previous, const QString &at, const QString &user,
                            const QString &counter, const QString &action, const QString &subject,
                            const QString &detail)
{
    return AuditChain::hash(previous, at, user, counter, action, subject, detail);
}

Status AuditLog::record(const Session &session, const QString &action, const QString &subject,
                        const QString &detail)
{
    return m_db.transaction(
        [&]() -> Status { return recordInTransaction(session, action, subject, detail); });
}

Status AuditLog::require(const Session &session, Capability capability, const QString &subject)
{
    if (Permission::can(session, capability))
        return Status::success();
    const QString key = Permission::key(capability);
    (void)record(session, QStringLiteral("refused"), subject, key);
    return Status::failure(QStringLiteral("forbidden"), key);
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
    // The new event follows the checkpoint, not whatever row is last: if the
    // last events were deleted, the next one does not fit the one before it.
    auto loaded = AuditChainReader::readHead(m_db);
    if (!loaded)
        return Status(loaded.error());
    if (!loaded.value())
        return Status::failure(QStringLiteral("audit-checkpoint-missing"),
                               QStringLiteral("audit_head has no row"));
    AuditHead head = *loaded.value();
    if (head.sealed()) {
        if (!keyed())
            return Status::failure(QStringLiteral("audit-key-missing"),
                                   QStringLiteral("the audit log is sealed with the hall key and"
                                                  " this counter has none"));
        if (m_key.headMac(head) != head.mac)
            return Status::failure(QStringLiteral("audit-key-mismatch"),
                                   QStringLiteral("the audit checkpoint does not verify with this"
                                                  " counter's hall key"));
    } else if (keyed()) {
        // The first event with the key seals the log: what came before stays
        // checked by the chain alone.
        head.legacyUntil = head.lastId;
    }
    const QString previous = head.lastHash;
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString hash =
        chainHash(previous, at, session.username, session.counterCode, action, subject, detail);
    const QVariant mac = SqlValue::textOrNull(keyed() ? m_key.eventMac(hash) : QString());
    auto q = m_db.run(
        QStringLiteral("INSERT INTO audit_events (at, user_name, counter_code,"
                       " action, subject, detail, prev_hash, hash, mac)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {at, session.username, session.counterCode, action, subject, detail, previous, hash, mac});
    if (!q)
        return Status(q.error());
    if (!q.value().next())
        return Status::failure(QStringLiteral("db-error"), QStringLiteral("no id returned"));
    head.lastId = q.value().value(0).toLongLong();
    head.lastHash = hash;
    head.lastAt = at;
    head.events += 1;
    if (!keyed())
        head.legacyUntil = head.lastId;
    head.mac = keyed() ? m_key.headMac(head) : QString();
    auto updated = m_db.run(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?,"
                                           " last_at = ?, events = ?, legacy_until = ?, mac = ?"
                                           " WHERE id = 1"),
                            {head.lastId, head.lastHash, head.lastAt, head.events, head.legacyUntil,
                             SqlValue::textOrNull(head.mac)});
    return updated ? Status::success() : Status(updated.error());
}

Result<qint64> AuditLog::firstBrokenEvent() const
{
    auto verdict = AuditVerifier(m_db.url(), m_key).run();
    if (!verdict)
        return Result<qint64>(verdict.error());
    return verdict->state == AuditVerdict::State::Broken ? verdict->badId : qint64(0);
}

} // namespace OneWindow
