#include "cli/CaseListCommand.h"

#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "services/AppServices.h"
#include "workflow/CaseWorkflowService.h"

#include <QJsonDocument>

namespace OneWindow {

QStringList CaseListCommand::words() const
{
    return {QStringLiteral("case"), QStringLiteral("list")};
}

QString CaseListCommand::synopsis() const
{
    return QStringLiteral("--database URL --user NAME [--department NAME] [--state STATE]"
                          " [--overdue] [--limit N] [--offset N]");
}

QString CaseListCommand::summary() const
{
    return QStringLiteral("Cases the user may see, soonest promised date first, one JSON object"
                          " per line (an officer: their department's).");
}

int CaseListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall"),
                        QStringLiteral("department"), QStringLiteral("state"),
                        QStringLiteral("limit"), QStringLiteral("offset")},
                       {QStringLiteral("overdue")});
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        err << "onewindow-cli case list: "
            << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
            << '\n';
        return UsageError;
    }
    CaseWorkflowService::ListFilter filter;
    filter.department = options.value(QStringLiteral("department"));
    filter.state = options.value(QStringLiteral("state"));
    if (!filter.state.isEmpty() && !CaseStates::caseStateFromKey(filter.state)) {
        err << "onewindow-cli case list: unknown state " << filter.state << '\n';
        return UsageError;
    }
    filter.overdueOnly = options.has(QStringLiteral("overdue"));
    filter.limit = options.value(QStringLiteral("limit"), QStringLiteral("100")).toInt();
    filter.offset = options.value(QStringLiteral("offset"), QStringLiteral("0")).toInt();
    CliContext context;
    if (const int code = context.open(options, QStringLiteral("case list"), err); code != 0)
        return code;
    auto cases = context.services().workflow().list(filter, context.session());
    if (!cases) {
        err << "onewindow-cli case list: " << CliRefusal::describe(cases.error()) << '\n';
        return Failure;
    }
    for (const CaseRecord &c : cases.value())
        out << QJsonDocument(CaseJson::summary(c)).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
