#include "security/HallSettings.h"

#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include "common/Clock.h"

#include <QRegularExpression>

namespace OneWindow {

namespace {
const QString kMaxFailed = QStringLiteral("signin.max-failures");
const QString kLockout = QStringLiteral("signin.lockout-minutes");
const QString kSample = QStringLiteral("review.sample-percent");
const QString kFollowUp = QStringLiteral("ratings.follow-up-days");
const QString kTrackerBaseUrl = QStringLiteral("tracker.base-url");
} // namespace

Result<HallSettings::Values> HallSettings::load() const
{
    auto q = m_db.run(QStringLiteral("SELECT key, value FROM hall_settings"));
    if (!q)
        return Result<Values>(q.error());
    Values v;
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        bool ok = false;
        const int n = q.value().value(1).toString().toInt(&ok);
        if (!ok)
            continue;
        if (key == kMaxFailed)
            v.maxFailedSignIns = n;
        else if (key == kLockout)
            v.lockoutMinutes = n;
        else if (key == kSample)
            v.reviewSamplePercent = n;
        else if (key == kFollowUp)
            v.followUpDays = n;
    }
    return v;
}

QString HallSettings::problem(const Values &v)
{
    if (v.maxFailedSignIns < 1 || v.maxFailedSignIns > 20)
        return kMaxFailed;
    if (v.lockoutMinutes < 1 || v.lockoutMinutes > 24 * 60)
        return kLockout;
    if (v.reviewSamplePercent < 0 || v.reviewSamplePercent > 100)
        return kSample;
    if (v.followUpDays < 1 || v.followUpDays > 30)
        return kFollowUp;
    return {};
}

Status HallSettings::save(const Values &values, const Session &session, AuditLog &audit)
{
    if (const Status allowed =
            audit.require(session, Capability::ChangeSettings, QStringLiteral("hall-settings"));
        !allowed)
        return allowed;
    if (const QString bad = problem(values); !bad.isEmpty())
        return Status::failure(QStringLiteral("bad-setting"), bad);
    const QDateTime now = audit.clock().now();
    const bool pg = m_db.dialect() == DatabaseUrl::Dialect::Postgres;
    return m_db.transaction([&]() -> Status {
        const QList<QPair<QString, int>> rows = {{kMaxFailed, values.maxFailedSignIns},
                                                 {kLockout, values.lockoutMinutes},
                                                 {kSample, values.reviewSamplePercent},
                                                 {kFollowUp, values.followUpDays}};
        for (const auto &[key, value] : rows) {
            // On PostgreSQL the counters' role writes the hall's rules only through
            // the function that checks the administrator's proof (Migrations, step 16).
            if (pg) {
                auto q = m_db.run(
                    QStringLiteral("SELECT onewindow_hall_setting_set(?, ?, ?, ?, ?, ?)"),
                    {session.userId > 0 ? QVariant(session.userId)
                                        : SqlValue::typedNull(QMetaType::LongLong),
                     SqlValue::textOrNull(session.credentialProof), key, QString::number(value),
                     SqlValue::dateTimeOrNull(now), session.username});
                if (!q)
                    return Status(q.error());
                continue;
            }
            auto removed =
                m_db.run(QStringLiteral("DELETE FROM hall_settings WHERE key = ?"), {key});
            if (!removed)
                return Status(removed.error());
            auto q = m_db.run(
                QStringLiteral("INSERT INTO hall_settings (key, value, updated_at,"
                               " updated_by) VALUES (?, ?, ?, ?)"),
                {key, QString::number(value), SqlValue::dateTimeOrNull(now), session.username});
            if (!q)
                return Status(q.error());
        }
        return audit.recordInTransaction(session, QStringLiteral("settings-change"),
                                         QStringLiteral("hall-settings"),
                                         QStringLiteral("%1=%2 %3=%4 %5=%6 %7=%8")
                                             .arg(kMaxFailed)
                                             .arg(values.maxFailedSignIns)
                                             .arg(kLockout)
                                             .arg(values.lockoutMinutes)
                                             .arg(kSample)
                                             .arg(values.reviewSamplePercent)
                                             .arg(kFollowUp)
                                             .arg(values.followUpDays));
    });
}

std::optional<QString> HallSettings::normalizedBaseUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    if (u.isEmpty())
        return QString();
    // The same rule as the database's function (Migrations, step 18): a plain
    // http(s) address, no query, fragment, user or spaces.
    static const QRegularExpression pattern(QStringLiteral("^https?://[A-Za-z0-9.:_~/-]{1,100}$"));
    if (!pattern.match(u).hasMatch() || u.size() > 100)
        return std::nullopt;
    return u;
}

Result<QString> HallSettings::trackerBaseUrl() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM hall_settings WHERE key = ?"),
                         {kTrackerBaseUrl});
    if (!v)
        return Result<QString>(v.error());
    return normalizedBaseUrl(v.value().toString()).value_or(QString());
}

Status HallSettings::setTrackerBaseUrl(const QString &url, const Session &session, AuditLog &audit)
{
    if (const Status allowed =
            audit.require(session, Capability::ChangeSettings, QStringLiteral("hall-settings"));
        !allowed)
        return allowed;
    const std::optional<QString> value = normalizedBaseUrl(url);
    if (!value)
        return Status::failure(QStringLiteral("bad-setting"), kTrackerBaseUrl);
    // Cleared is the empty text, never NULL (the column is NOT NULL).
    const QString stored = value->isEmpty() ? QStringLiteral("") : *value;
    const QDateTime now = audit.clock().now();
    return m_db.transaction([&]() -> Status {
        if (m_db.dialect() == DatabaseUrl::Dialect::Postgres) {
            auto q = m_db.run(QStringLiteral("SELECT onewindow_hall_setting_set(?, ?, ?, ?, ?, ?)"),
                              {session.userId > 0 ? QVariant(session.userId)
                                                  : SqlValue::typedNull(QMetaType::LongLong),
                               SqlValue::textOrNull(session.credentialProof), kTrackerBaseUrl,
                               stored, SqlValue::dateTimeOrNull(now), session.username});
            if (!q)
                return Status(q.error());
        } else {
            auto removed = m_db.run(QStringLiteral("DELETE FROM hall_settings WHERE key = ?"),
                                    {kTrackerBaseUrl});
            if (!removed)
                return Status(removed.error());
            auto q = m_db.run(
                QStringLiteral("INSERT INTO hall_settings (key, value, updated_at,"
                               " updated_by) VALUES (?, ?, ?, ?)"),
                {kTrackerBaseUrl, stored, SqlValue::dateTimeOrNull(now), session.username});
            if (!q)
                return Status(q.error());
        }
        return audit.recordInTransaction(session, QStringLiteral("settings-change"),
                                         QStringLiteral("hall-settings"),
                                         kTrackerBaseUrl + QLatin1Char('=') + stored);
    });
}

} // namespace OneWindow
