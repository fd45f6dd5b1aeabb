#pragma once

#include <QStringList>
#include <QTextStream>

namespace OneWindow {

// One verb of onewindow-cli ("id check", later "card parse", "db migrate", …).
// Commands write to the streams they are given, never to stdout directly, so
// they can be run in-process by tests.
class CliCommand
{
public:
    // Process exit codes shared by every command, so scripts can rely on them.
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    virtual ~CliCommand() = default;

    // The words that select the command, e.g. {"id", "check"}.
    virtual QStringList words() const = 0;
    // Arguments after the words, for the usage text, e.g. "NUMBER...".
    virtual QString synopsis() const = 0;
    // One line for the usage text.
    virtual QString summary() const = 0;
    // Runs with the arguments after the words. Returning UsageError makes the
    // application print the usage to stderr.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace OneWindow
