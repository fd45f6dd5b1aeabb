#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `config check [FILE]`: reads a counter's provisioning file (default
// /etc/onewindow/counter.conf) as the counter will, prints FILE:LINE: message
// for every problem and exits 1, or prints the values as JSON. Run it before
// copying a file to the counters of a hall.
class ConfigCheckCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
