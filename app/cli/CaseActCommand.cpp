#include "cli/CaseActCommand.h"

#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "services/AppServices.h"
#include "workflow/CaseWorkflowService.h"

#include <QJsonDocument>

namespace OneWindow {

QStringList CaseActCommand::words() const
{
    return {QStringLiteral("case"), QStringLiteral("act")};
}

QString CaseActCommand::synopsis() const
{
    return QStringLiteral(
        "--database URL --user NAME CASE-NUMBER ACTION [--step ID|KEY] [--reason TEXT]"
        " [--materials ID,...] [--procedure hearing|inspection|testing|expert-review]"
        " [--until YYYY-MM-DD] [--to applicant|agent|post] [--name TEXT] [--id-number N]"
        " [--tracking N] [--expect-version V]");
}

QString CaseActCommand::summary() const
{
    return QStringLiteral(
        "Act on a case: claim release approve return supplement special-start"
        " special-end refuse return-file complete deliver withdraw reopen. Exit 0 done,"
        " 1 refused (reason on stderr), 2 usage.");
}

int CaseActCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall"),
                        QStringLiteral("step"), QStringLiteral("reason"),
                        QStringLiteral("materials"), QStringLiteral("procedure"),
                        QStringLiteral("until"), QStringLiteral("to"), QStringLiteral("name"),
                        QStringLiteral("id-number"), QStringLiteral("tracking"),
                        QStringLiteral("expect-version")});
    if (!options.parse(arguments)) {
        err << "onewindow-cli case act: " << options.error() << '\n';
        return UsageError;
    }
    if (options.positional().size() != 2) {
        err << "onewindow-cli case act: CASE-NUMBER and ACTION are required\n";
        return UsageError;
    }
    const QString caseNumber = options.positional().at(0);
    const auto action = CaseStates::actionFromKey(options.positional().at(1));
    if (!action || *action == CaseAction::Accept) {
        err << "onewindow-cli case act: unknown action " << options.positional().at(1) << '\n';
        return UsageError;
    }
    // A supervisor's verdict on a proposal goes through the review queue, with its checks.
    if (*action == CaseAction::Confirm || *action == CaseAction::SendBack) {
        err << "onewindow-cli case act: " << options.positional().at(1)
            << " is a supervisor's decision: onewindow-cli review decide\n";
        return UsageError;
    }
    ActionRequest request;
    request.action = *action;
    request.reason = options.value(QStringLiteral("reason"));
    const QString materials = options.value(QStringLiteral("materials"));
    if (!materials.isEmpty())
        request.materials = materials.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (options.has(QStringLiteral("procedure"))) {
        const auto procedure =
            CaseStates::specialFromKey(options.value(QStringLiteral("procedure")));
        if (!procedure) {
            err << "onewindow-cli case act: unknown procedure\n";
            return UsageError;
        }
        request.procedure = *procedure;
    }
    if (options.has(QStringLiteral("until"))) {
        request.expectedEnd =
            QDate::fromString(options.value(QStringLiteral("until")), Qt::ISODate);
        if (!request.expectedEnd.isValid()) {
            err << "onewindow-cli case act: --until needs a date YYYY-MM-DD\n";
            return UsageError;
        }
    }
    if (options.has(QStringLiteral("to"))) {
        request.delivery.insert(QStringLiteral("kind"), options.value(QStringLiteral("to")));
        for (const auto &[option, key] :
             {std::pair{"name", "name"}, {"id-number", "idNumber"}, {"tracking", "tracking"}})
            if (options.has(QLatin1String(option)))
                request.delivery.insert(QLatin1String(key), options.value(QLatin1String(option)));
    }
    request.expectedVersion = options.value(QStringLiteral("expect-version")).toInt();

    CliContext context;
    if (const int code = context.open(options, QStringLiteral("case act"), err); code != 0)
        return code;
    CaseWorkflowService &workflow = context.services().workflow();
    // --step takes the step's id or its key ("hukou").
    const QString step = options.value(QStringLiteral("step"));
    if (!step.isEmpty()) {
        bool numeric = false;
        request.stepId = step.toLongLong(&numeric);
        if (!numeric) {
            auto loaded = workflow.load(caseNumber, context.session());
            if (!loaded) {
                err << "onewindow-cli case act: " << CliRefusal::describe(loaded.error()) << '\n';
                return Failure;
            }
            const SubCase *found = loaded.value().record.stepByKey(step);
            if (!found) {
                err << "onewindow-cli case act: "
                    << CliRefusal::describe({QStringLiteral("step-not-found"), step}) << '\n';
                return Failure;
            }
            request.stepId = found->id;
        }
    }
    auto done = workflow.act(caseNumber, request, context.session());
    if (!done) {
        err << "onewindow-cli case act: refused: " << CliRefusal::describe(done.error()) << '\n';
        return Failure;
    }
    out << QJsonDocument(CaseJson::summary(done.value().record)).toJson(QJsonDocument::Compact)
        << '\n';
    return Success;
}

} // namespace OneWindow
