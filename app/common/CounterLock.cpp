#include "common/CounterLock.h"

namespace OneWindow {

Status CounterLock::check() const
{
    if (isLocked())
        return Status::failure(QStringLiteral("counter-locked"));
    return Status::success();
}

} // namespace OneWindow
