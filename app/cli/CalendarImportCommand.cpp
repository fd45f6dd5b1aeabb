#include "cli/CalendarImportCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliProgress.h"
#include "services/AppServices.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList CalendarImportCommand::words() const
{
    return {QStringLiteral("calendar"), QStringLiteral("import")};
}

QString CalendarImportCommand::synopsis() const
{
    return QStringLiteral("--database URL FILE");
}

QString CalendarImportCommand::summary() const
{
    return QStringLiteral("Import the official holidays and make-up working days (TSV or"
                          " iCalendar .ics) into the database, replacing the years the file"
                          " covers and only the days it lists of others (the December before"
                          " an arrangement), as the database's operator (audited). A broken"
                          " file changes nothing.");
}

int CalendarImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("calendar import");
    CliOptions options({QStringLiteral("database")});
    if (!options.parse(arguments)) {
        err << "onewindow-cli " << name << ": " << options.error() << '\n';
        return UsageError;
    }
    if (!options.has(QStringLiteral("database")) || options.positional().size() != 1) {
        err << "onewindow-cli " << name << ": --database URL and one FILE are required\n";
        return UsageError;
    }
    const CalendarFile file = CalendarFile::load(options.positional().first());
    if (!file.ok()) {
        for (const QString &line : file.problemLines())
            err << line << '\n';
        err << "onewindow-cli " << name << ": nothing imported\n";
        return Failure;
    }

    // The database's operator imports it, through the same core service as the
    // window's dialog, and it goes on the audit trail as theirs.
    CliContext context;
    if (const int code = context.openAsOperator(options, name, err); code != 0)
        return code;
    CliProgress progress(err, QStringLiteral("importing the calendar"));
    auto imported =
        context.services().calendarImport().run(file, context.session(), [&](int done, int total) {
            progress.update(done, total);
            return true;
        });
    progress.finish();
    if (!imported) {
        err << "onewindow-cli " << name << ": " << imported.error().code << ": "
            << imported.error().detail << '\n';
        return Failure;
    }
    QJsonArray years;
    for (int y : imported.value().years)
        years.append(y);
    QJsonObject o;
    o.insert(QStringLiteral("file"), file.fileName());
    o.insert(QStringLiteral("format"), file.format() == CalendarFile::Format::ICalendar
                                           ? QStringLiteral("ics")
                                           : QStringLiteral("tsv"));
    o.insert(QStringLiteral("years"), years);
    o.insert(QStringLiteral("holidays"), imported.value().holidays);
    o.insert(QStringLiteral("workdays"), imported.value().workdays);
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
