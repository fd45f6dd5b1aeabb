#pragma once

#include <QString>

namespace OneWindow {

// When ONEWINDOW_LOG_DIR names a folder, every log line of this process is
// also appended to "<folder>/<program>-<pid>.log" as "<time> <level>
// [<category>] <message>", besides going where it always goes. A hall keeps
// its counters' logs this way; the tests use it to scan the logs of every
// process a test run starts for personal data.
class LogFile
{
public:
    static void installFromEnvironment(const QString &program);
    static const char *environmentVariable() { return "ONEWINDOW_LOG_DIR"; }
};

} // namespace OneWindow
