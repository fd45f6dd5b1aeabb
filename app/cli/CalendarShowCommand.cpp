#include "cli/CalendarShowCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "services/AppServices.h"

namespace OneWindow {

QStringList CalendarShowCommand::words() const
{
    return {QStringLiteral("calendar"), QStringLiteral("show")};
}

QString CalendarShowCommand::synopsis() const
{
    return QStringLiteral("--database URL YEAR");
}

QString CalendarShowCommand::summary() const
{
    return QStringLiteral("Print the year's holidays and make-up working days, one line each:"
                          " date, holiday|workday, name, built-in|imported (tab-separated).");
}

int CalendarShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("calendar show");
    CliOptions options({QStringLiteral("database")});
    if (!options.parse(arguments)) {
        err << "onewindow-cli " << name << ": " << options.error() << '\n';
        return UsageError;
    }
    bool isYear = false;
    const int year = options.positional().value(0).toInt(&isYear);
    if (!options.has(QStringLiteral("database")) || options.positional().size() != 1 || !isYear ||
        year < 1949 || year > 9999) {
        err << "onewindow-cli " << name << ": --database URL and one YEAR (e.g. 2027) are"
            << " required\n";
        return UsageError;
    }
    // Public facts, no citizen's data: read as the database's operator.
    CliContext context;
    if (const int code = context.openAsOperator(options, name, err); code != 0)
        return code;
    auto days = context.services().calendarYear(year);
    if (!days) {
        err << "onewindow-cli " << name << ": " << days.error().code << ": " << days.error().detail
            << '\n';
        return Failure;
    }
    if (days.value().isEmpty()) {
        err << "onewindow-cli " << name << ": no official arrangement for " << year
            << " (neither built in nor imported): only weekends rest\n";
        return Failure;
    }
    for (const CalendarRepository::ListedDay &d : days.value())
        out << d.date.toString(Qt::ISODate) << '\t'
            << (d.workday ? QStringLiteral("workday") : QStringLiteral("holiday")) << '\t' << d.name
            << '\t' << (d.imported ? QStringLiteral("imported") : QStringLiteral("built-in"))
            << '\n';
    return Success;
}

} // namespace OneWindow
