#include "common/FixedClock.h"

namespace OneWindow {

QDateTime FixedClock::now() const
{
    return m_now;
}

} // namespace OneWindow
