#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli case show: one case with its history, pauses and paused days.
class CaseShowCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
