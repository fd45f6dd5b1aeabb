#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `calendar show --database URL YEAR`: the holidays and make-up working days a
// year's deadlines are counted with, one line per day (date, holiday|workday,
// name, where it comes from: built-in or imported), so an administrator sees
// what an import changed. A year without any arrangement prints nothing and
// says so on stderr (exit 1): its deadlines count weekends only.
class CalendarShowCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
