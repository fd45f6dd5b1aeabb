#include "security/AuditLog.h"

#include "common/Clock.h"
#include "security/AuditChain.h"
#include "security/AuditChainReader.h"
#include "security/AuditVerifier.h"
#include "storage/Database.h"
#include "storage/HallCountsSql.h"
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
    // A one-time password opens nothing but changing it, whatever the role allows.
    const bool oneTime = session.userId != 0 && session.mustChangePassword &&
                         Permission::can(session.role, capability);
    (void)record(session, QStringLiteral("refused"), subject,
                 oneTime ? key + QStringLiteral(" password-change-required") : key);
    return Status::failure(
        oneTime ? QStringLiteral("password-change-required") : QStringLiteral("forbidden"), key);
}

Status AuditLog::recordInTransaction(const Session &session, const QString &action,
                                     const QString &subject, const QString &detail)
{
    return append(session, action, subject, detail, Sealing::Never);
}

Status AuditLog::append(const Session &session, const QString &action, const QString &subject,
                        const QString &detail, Sealing sealing, AuditHead *written)
{
    if (m_db.dialect() == DatabaseUrl::Dialect::Postgres) {
        // Serialise appends across counters so the chain never forks.
        auto lock = m_db.run(
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(HallCountsSql::kHallWriteLock));
        if (!lock)
            return Status(lock.error());
    }
    // The new event follows the checkpoint, not whatever row is last: if the
    // last events were deleted, the next one does not fit the one before it.
    auto loaded = checkpoint();
    if (!loaded)
        return Status(loaded.error());
    AuditHead head = loaded.value();
    if (const Status s = checkHead(head, sealing); !s)
        return s;
    // The first event with the key seals the log; what came before it (only with
    // an explicit seal) stays checked by the chain alone.
    if (!head.sealed() && keyed())
        head.legacyUntil = head.lastId;
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
    if (!updated)
        return Status(updated.error());
    if (written)
        *written = head;
    return Status::success();
}

Status AuditLog::checkHead(const AuditHead &head, Sealing sealing) const
{
    if (head.sealed()) {
        if (!keyed())
            return Status::failure(QStringLiteral("audit-key-missing"),
                                   QStringLiteral("the audit log is sealed with the hall key and"
                                                  " this counter has none"));
        if (m_key.headMac(head) != head.mac)
            return Status::failure(QStringLiteral("audit-key-mismatch"),
                                   QStringLiteral("the audit checkpoint does not verify with this"
                                                  " counter's hall key"));
        if (sealing == Sealing::Explicit)
            return Status::failure(QStringLiteral("audit-seal-refused"),
                                   QStringLiteral("the audit log is sealed already"));
        return Status::success();
    }
    if (!keyed())
        return sealing == Sealing::Explicit
                   ? Status::failure(QStringLiteral("audit-key-missing"),
                                     QStringLiteral("sealing the audit log needs the hall key"))
                   : Status::success();
    // Unsealed. Empty, the first event with the key seals it from its start.
    // With events in it, nothing here can tell a log from before the hall key
    // from a sealed one whose MACs and seal were stripped: sealing it now would
    // make whatever it holds look genuine. Only an administrator's explicit
    // seal() takes those events on.
    if ((head.events != 0 || head.lastId != 0) && sealing != Sealing::Explicit)
        return Status::failure(
            QStringLiteral("audit-unsealed"),
            QStringLiteral("the audit log holds %1 events without a seal: written before the hall"
                           " key, or its seal was removed; an administrator checks it and seals"
                           " it (onewindow-cli audit seal)")
                .arg(head.events));
    return Status::success();
}

Result<AuditHead> AuditLog::checkpoint() const
{
    auto loaded = AuditChainReader::readHead(m_db);
    if (!loaded)
        return Result<AuditHead>(loaded.error());
    if (!loaded.value())
        return Result<AuditHead>::failure(QStringLiteral("audit-checkpoint-missing"),
                                          QStringLiteral("audit_head has no row"));
    return *loaded.value();
}

Status AuditLog::ready() const
{
    auto loaded = checkpoint();
    return loaded ? checkHead(loaded.value(), Sealing::Never) : Status(loaded.error());
}

Result<AuditLog::Seal> AuditLog::seal(const Session &session)
{
    using R = Result<Seal>;
    if (!keyed())
        return R::failure(QStringLiteral("audit-key-missing"),
                          QStringLiteral("sealing the audit log needs the hall key"));
    if (const Status allowed =
            require(session, Capability::ChangeSettings, QStringLiteral("audit"));
        !allowed)
        return R(allowed.error());
    // The chain must hold up to its checkpoint before its events are taken on:
    // checked on a connection of its own, like `audit verify` without the key.
    auto chain = AuditVerifier(m_db.url(), AuditKey()).run();
    if (!chain)
        return R(chain.error());
    if (chain->state != AuditVerdict::State::Intact)
        return R::failure(QStringLiteral("audit-seal-refused"),
                          QStringLiteral("the chain does not hold: event %1: %2")
                              .arg(chain->badId)
                              .arg(chain->reason));
    Seal done;
    const Status sealed = m_db.transaction([&]() -> Status {
        // A seal or a MAC anywhere in the log: it was sealed once, and whoever
        // removed that is not helped by sealing it again.
        auto marks = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events"
                                                " WHERE mac IS NOT NULL OR action = 'audit-seal'"));
        if (!marks)
            return Status(marks.error());
        if (marks.value().toLongLong() > 0)
            return Status::failure(QStringLiteral("audit-seal-refused"),
                                   QStringLiteral("%1 events carry a MAC or record a seal: the"
                                                  " log was sealed before and its seal removed")
                                       .arg(marks.value().toLongLong()));
        // A hall set up once the trail had its key (schema version 9) was sealed
        // at its first start: a log of it without a seal has had it removed.
        auto keyed = m_db.scalar(QStringLiteral("SELECT applied_at FROM schema_migrations"
                                                " WHERE version = 9"));
        auto hall = m_db.scalar(QStringLiteral("SELECT MAX(created_at) FROM halls"));
        if (!keyed || !hall)
            return Status(!keyed ? keyed.error() : hall.error());
        const QDateTime keysSince = SqlValue::readDateTime(keyed.value());
        const QDateTime hallSince = SqlValue::readDateTime(hall.value());
        if (keysSince.isValid() && hallSince.isValid() && hallSince > keysSince)
            return Status::failure(QStringLiteral("audit-seal-refused"),
                                   QStringLiteral("the hall was set up after the audit trail got"
                                                  " its key: its log was sealed at its first"
                                                  " start, and the seal was removed"));
        auto before = checkpoint();
        if (!before)
            return Status(before.error());
        // Nothing may slip in between the check of the chain and the seal.
        if (before->lastId != chain->headId || before->events != chain->events)
            return Status::failure(QStringLiteral("audit-busy"),
                                   QStringLiteral("events were written during the check; run the"
                                                  " seal again"));
        done.legacyUntil = before->lastId;
        done.events = before->events;
        AuditHead head;
        if (const Status s = append(session, QStringLiteral("audit-seal"), QStringLiteral("audit"),
                                    QStringLiteral("legacy-until=%1 events=%2 hash=%3")
                                        .arg(done.legacyUntil)
                                        .arg(done.events)
                                        .arg(before->lastHash),
                                    Sealing::Explicit, &head);
            !s)
            return s;
        done.sealId = head.lastId;
        return Status::success();
    });
    if (!sealed)
        return R(sealed.error());
    return done;
}

Result<qint64> AuditLog::firstBrokenEvent() const
{
    auto verdict = AuditVerifier(m_db.url(), m_key).run();
    if (!verdict)
        return Result<qint64>(verdict.error());
    // An unsealed log read with the key is not intact either: it names the first
    // event nothing vouches for.
    const bool bad = verdict->state == AuditVerdict::State::Broken ||
                     verdict->state == AuditVerdict::State::Unsealed;
    return bad ? verdict->badId : qint64(0);
}

} // namespace OneWindow
