#include "common/SystemClock.h"

namespace OneWindow {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace OneWindow
