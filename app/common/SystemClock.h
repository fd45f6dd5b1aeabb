#pragma once

#include "common/Clock.h"

namespace OneWindow {

class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace OneWindow
