#include "cli/CaseShowCommand.h"

#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "services/AppServices.h"
#include "workflow/CaseWorkflowService.h"

#include <QJsonDocument>

namespace OneWindow {

QStringList CaseShowCommand::words() const
{
    return {QStringLiteral("case"), QStringLiteral("show")};
}

QString CaseShowCommand::synopsis() const
{
    return QStringLiteral("--database URL --user NAME CASE-NUMBER");
}

QString CaseShowCommand::summary() const
{
    return QStringLiteral("One case as JSON: its steps, every transition (history), pauses and"
                          " the working days its clock stood still (paused_days).");
}

int CaseShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options(
        {QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall")});
    if (!options.parse(arguments) || options.positional().size() != 1) {
        err << "onewindow-cli case show: "
            << (options.error().isEmpty() ? QStringLiteral("CASE-NUMBER is required")
                                          : options.error())
            << '\n';
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, QStringLiteral("case show"), err); code != 0)
        return code;
    CaseWorkflowService &workflow = context.services().workflow();
    auto loaded = workflow.load(options.positional().first(), context.session());
    if (!loaded) {
        err << "onewindow-cli case show: " << CliRefusal::describe(loaded.error()) << '\n';
        return Failure;
    }
    out << QJsonDocument(
               CaseJson::detail(loaded.value(), workflow.pausedWorkingDays(loaded.value())))
               .toJson(QJsonDocument::Compact)
        << '\n';
    return Success;
}

} // namespace OneWindow
