#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `calendar import --database URL FILE`: puts an official holiday list (the
// project's TSV or an iCalendar .ics file, CalendarFile) into the hall's
// database, replacing the years it covers (CalendarFile::coveredYears) and only
// the days it lists of other years, so every counter counts deadlines on
// it. The database's operator does it (CalendarImport, audited as
// "operator:<account>"). A broken file changes nothing: each problem is printed
// as FILE:LINE: message. The last stdout line is a JSON summary.
class CalendarImportCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
