#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace OneWindow {

// A token bucket per client address: each address may make `burst` requests at
// once and then `perSecond` a second on average. Addresses not seen for a while
// are forgotten so the table stays small (at most `maxClients`; when it is full
// and nothing is stale, a new address is refused rather than letting a flood of
// addresses grow it). Time is passed in (milliseconds, monotonic) so tests
// control it. Thread-safe.
class RateLimiter
{
public:
    struct Limits
    {
        double perSecond = 5;
        double burst = 20;
        int maxClients = 10000;
    };

    explicit RateLimiter(const Limits &limits)
        : m_limits(limits)
    {}

    // Takes one token for `address` at `nowMs`; false when it has none (429).
    bool allow(const QString &address, qint64 nowMs);
    int clients() const;
    const Limits &limits() const { return m_limits; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void forgetIdle(qint64 nowMs);

    Limits m_limits;
    QHash<QString, Bucket> m_buckets;
    mutable QMutex m_mutex;
};

} // namespace OneWindow
