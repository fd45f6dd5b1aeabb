#pragma once

#include "common/Result.h"
#include "security/Session.h"

#include <optional>

namespace OneWindow {

class AuditLog;
class Database;

// The hall's own rules, kept in the database so every counter follows the same
// ones: how many failed sign-ins lock an account and for how long, and what
// share of ordinary cases goes to the supervisor's review as a random sample,
// and in how many working days a poor rating's follow-up (整改) is due.
class HallSettings
{
public:
    struct Values
    {
        int maxFailedSignIns = 5;
        int lockoutMinutes = 15;
        int reviewSamplePercent = 5;
        int followUpDays = 5;
    };

    explicit HallSettings(const Database &db)
        : m_db(db)
    {}

    // The stored values, the defaults for what was never set.
    Result<Values> load() const;
    // An administrator's change: checked ("bad-setting", detail the key), refused
    // for other roles ("forbidden"), audited either way.
    Status save(const Values &values, const Session &session, AuditLog &audit);
    // "" when usable, else the key of the first value out of range.
    static QString problem(const Values &values);

    // Where the hall's public tracking page answers (onewindow-tracker behind the
    // hall's proxy), e.g. "https://track.example.gov.cn": the receipt's QR code
    // carries BASE-URL/t/PAYLOAD (TrackerUrl). "" (the default): the bare payload.
    // The same at every counter, so kept here and not in a counter's settings.
    Result<QString> trackerBaseUrl() const;
    // An administrator's change, like save(): "" clears it; anything but an
    // http(s) address of at most 100 characters without query or fragment is
    // "bad-setting" (detail "tracker.base-url"). A trailing '/' is dropped.
    Status setTrackerBaseUrl(const QString &url, const Session &session, AuditLog &audit);
    // The address as stored, or "" when `url` is not acceptable.
    static std::optional<QString> normalizedBaseUrl(const QString &url);

private:
    const Database &m_db;
};

} // namespace OneWindow
