#pragma once

#include <cstdio>
#include <cstdlib>

namespace OneWindow::Fuzz {

// An invariant of the target broke: says which, then aborts so that libFuzzer
// keeps the input that did it.
[[noreturn]] inline void fail(const char *why)
{
    fprintf(stderr, "fuzz invariant: %s\n", why);
    abort();
}

} // namespace OneWindow::Fuzz
