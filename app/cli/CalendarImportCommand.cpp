#include "cli/CalendarImportCommand.h"

#include "cli/CliOptions.h"
#include "cli/CliProgress.h"
#include "storage/Database.h"
#include "workflow/CalendarFile.h"
#include "workflow/CalendarRepository.h"

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
    return QStringLiteral("--database URL [--by NAME] FILE");
}

QString CalendarImportCommand::summary() const
{
    return QStringLiteral("Import the official holidays and make-up working days (TSV or"
                          " iCalendar .ics) into the database, replacing the years the file"
                          " lists. A broken file changes nothing.");
}

int CalendarImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("by")});
    if (!options.parse(arguments)) {
        err << "onewindow-cli calendar import: " << options.error() << '\n';
        return UsageError;
    }
    if (!options.has(QStringLiteral("database")) || options.positional().size() != 1) {
        err << "onewindow-cli calendar import: --database URL and one FILE are required\n";
        return UsageError;
    }
    auto url = DatabaseUrl::parse(options.value(QStringLiteral("database")));
    if (!url) {
        err << "onewindow-cli calendar import: " << url.error().code << ": " << url.error().detail
            << '\n';
        return UsageError;
    }
    const CalendarFile file = CalendarFile::load(options.positional().first());
    if (!file.ok()) {
        for (const QString &line : file.problemLines())
            err << line << '\n';
        err << "onewindow-cli calendar import: nothing imported\n";
        return Failure;
    }

    Database db(url.value());
    Status s = db.open();
    if (s)
        s = db.migrate();
    if (!s) {
        err << "onewindow-cli calendar import: " << s.error().code << ": " << s.error().detail
            << '\n';
        return Failure;
    }
    CliProgress progress(err, QStringLiteral("importing the calendar"));
    const QString by = options.value(QStringLiteral("by"), qEnvironmentVariable("USER"));
    auto imported = CalendarRepository(db).import(file, by, m_now, [&](int done, int total) {
        progress.update(done, total);
        return true;
    });
    progress.finish();
    if (!imported) {
        err << "onewindow-cli calendar import: " << imported.error().code << ": "
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
