#pragma once

#include "common/Clock.h"

namespace OneWindow {

// A clock that stands still until told otherwise: for tests and reproducible demos.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now)
    {}
    QDateTime now() const override;
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace OneWindow
