#pragma once

#include "cli/CliCommand.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace OneWindow {

// Dispatches `onewindow-cli <words...> <arguments...>` to the registered
// command whose words match; new verbs are added with addCommand().
class CliApplication
{
public:
    CliApplication(QTextStream &out, QTextStream &err);
    ~CliApplication();

    void addCommand(std::unique_ptr<CliCommand> command);

    // `arguments` excludes the program name. Returns the process exit code.
    int run(const QStringList &arguments);

    QString usage() const;

private:
    CliCommand *find(const QStringList &arguments) const;

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace OneWindow
