#include "tracker/RateLimiter.h"

#include <QMutexLocker>

#include <algorithm>

namespace OneWindow {

bool RateLimiter::allow(const QString &address, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(address);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_limits.maxClients)
            forgetIdle(nowMs);
        if (m_buckets.size() >= m_limits.maxClients)
            return false;
        it = m_buckets.insert(address, Bucket{m_limits.burst, nowMs});
    }
    Bucket &b = it.value();
    const qint64 elapsed = std::max<qint64>(0, nowMs - b.lastMs);
    b.tokens = std::min(m_limits.burst, b.tokens + double(elapsed) * m_limits.perSecond / 1000.0);
    b.lastMs = std::max(b.lastMs, nowMs);
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

int RateLimiter::clients() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_buckets.size());
}

void RateLimiter::forgetIdle(qint64 nowMs)
{
    // A bucket that has refilled completely says nothing the default does not.
    const double fullAfterMs =
        m_limits.perSecond > 0 ? m_limits.burst * 1000.0 / m_limits.perSecond : 0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (double(nowMs - it.value().lastMs) >= fullAfterMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace OneWindow
