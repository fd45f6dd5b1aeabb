#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli intake accept: an intake from a file of answers (an online
// pre-application, a script), with the same validation, materials and
// acceptance as the window.
class IntakeAcceptCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
