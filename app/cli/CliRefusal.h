#pragma once

#include "common/Result.h"

#include <QString>

namespace OneWindow {

// A refused action or a failed command in one English sentence for the
// terminal, after the stable code: "held-by-other: the step is held by 陈静".
class CliRefusal
{
public:
    static QString describe(const Error &error);
};

} // namespace OneWindow
