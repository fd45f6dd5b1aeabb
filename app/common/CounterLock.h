#pragma once

#include "common/Result.h"

#include <atomic>

namespace OneWindow {

// Whether this counter is locked (the idle lock, or the clerk's Ctrl+L). The shell
// sets it at a lock and an unlock; the core consults it, so that a locked counter
// reads no card and opens no file whichever object asks (a polling reader, a
// scanner, a stale page). Read from any thread.
class CounterLock
{
public:
    bool isLocked() const { return m_locked.load(); }
    void setLocked(bool locked) { m_locked.store(locked); }
    // "counter-locked" while locked.
    Status check() const;

private:
    std::atomic<bool> m_locked{false};
};

} // namespace OneWindow
