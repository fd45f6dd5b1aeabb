#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli hall tracker-url: shows or sets the hall's tracking page address,
// which the receipt's QR code carries (an administrator's setting, audited).
class HallTrackerUrlCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
