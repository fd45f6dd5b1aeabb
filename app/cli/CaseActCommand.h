#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli case act: one lifecycle action, through the same service and
// permission checks as the window.
class CaseActCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
