#include "cli/ReportCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "reports/DashboardService.h"
#include "reports/HallFiguresFormat.h"
#include "services/AppServices.h"

#include <QJsonDocument>

namespace OneWindow {

QStringList ReportCommand::words() const
{
    return {QStringLiteral("report")};
}

QString ReportCommand::synopsis() const
{
    return QStringLiteral("--database URL [--report-database URL] --user NAME --from DATE --to DATE"
                          " [--format json|csv]");
}

QString ReportCommand::summary() const
{
    return QStringLiteral("The hall's figures from one day to another (both included): intake by"
                          " counter, clerk and matter, day by day, completions on time and late,"
                          " departments, results awaiting collection. One JSON object, or CSV."
                          " --report-database: read the figures from a hot standby; the"
                          " sign-in and the export's audit event still go to --database.");
}

int ReportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("report");
    CliOptions options({QStringLiteral("database"), QStringLiteral("report-database"),
                        QStringLiteral("user"), QStringLiteral("hall"), QStringLiteral("from"),
                        QStringLiteral("to"), QStringLiteral("format")});
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        err << "onewindow-cli " << name << ": "
            << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
            << '\n';
        return UsageError;
    }
    const QDate from = QDate::fromString(options.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(options.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to) {
        err << "onewindow-cli " << name << ": --from and --to take dates (2026-11-01), the first"
            << " not after the second\n";
        return UsageError;
    }
    const QString format = options.value(QStringLiteral("format"), QStringLiteral("json"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << "onewindow-cli " << name << ": --format is json or csv\n";
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, name, err); code != 0)
        return code;
    const DashboardService &dashboard = context.services().dashboard();
    auto figures = dashboard.figures(context.session(), from, to);
    if (!figures) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(figures.error()) << '\n';
        return Failure;
    }
    if (auto recorded = dashboard.recordExport(context.session(), format, from, to); !recorded) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(recorded.error()) << '\n';
        return Failure;
    }
    if (format == QLatin1String("csv")) {
        // fromUtf8 drops the byte-order mark a spreadsheet needs: written again.
        out << QChar(QChar::ByteOrderMark)
            << QString::fromUtf8(HallFiguresFormat::csv(figures.value()));
    } else {
        out << QJsonDocument(HallFiguresFormat::json(figures.value()))
                   .toJson(QJsonDocument::Compact)
            << '\n';
    }
    return Success;
}

} // namespace OneWindow
