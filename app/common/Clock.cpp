#include "common/Clock.h"

namespace OneWindow {

Clock::~Clock() = default;

} // namespace OneWindow
