#include "cli/IntakeRefuseCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "documents/DocumentService.h"
#include "identity/IdNumber.h"
#include "services/AppServices.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList IntakeRefuseCommand::words() const
{
    return {QStringLiteral("intake"), QStringLiteral("refuse")};
}

QString IntakeRefuseCommand::synopsis() const
{
    return QStringLiteral("--database URL --user NAME --template ID --name NAME --id-number ID"
                          " --reason TEXT --legal-basis TEXT [--refer-to AUTHORITY]");
}

QString IntakeRefuseCommand::summary() const
{
    return QStringLiteral("Proposes a decision not to accept an application (不予受理) with its"
                          " reason and legal ground; prints its number. Its notice renders (receipt"
                          " render) once a supervisor confirmed it (review decide).");
}

int IntakeRefuseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("intake refuse");
    CliOptions options(
        {QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("template"),
         QStringLiteral("name"), QStringLiteral("id-number"), QStringLiteral("reason"),
         QStringLiteral("legal-basis"), QStringLiteral("refer-to"), QStringLiteral("hall")});
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        err << "onewindow-cli " << name << ": "
            << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
            << '\n';
        return UsageError;
    }
    for (const char *required : {"template", "name", "id-number", "reason", "legal-basis"}) {
        if (options.value(QString::fromLatin1(required)).trimmed().isEmpty()) {
            err << "onewindow-cli " << name << ": --" << required << " is required\n";
            return UsageError;
        }
    }
    if (!IdNumber::check(options.value(QStringLiteral("id-number")), QDate::currentDate()).valid) {
        err << "onewindow-cli " << name << ": --id-number is not a valid ID number\n";
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, name, err); code != 0)
        return code;
    NonAcceptance n;
    n.applicantName = options.value(QStringLiteral("name")).trimmed();
    n.applicantIdNumber = options.value(QStringLiteral("id-number")).trimmed().toUpper();
    n.templateId = options.value(QStringLiteral("template"));
    n.reason = options.value(QStringLiteral("reason")).trimmed();
    n.legalBasis = options.value(QStringLiteral("legal-basis")).trimmed();
    n.referTo = options.value(QStringLiteral("refer-to")).trimmed();
    auto recorded = context.services().documents().recordNonAcceptance(n, context.session());
    if (!recorded) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(recorded.error()) << '\n';
        return Failure;
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("document"), recorded->number},
                                     {QStringLiteral("kind"), QStringLiteral("non-acceptance")},
                                     {QStringLiteral("template"), n.templateId},
                                     {QStringLiteral("state"), QStringLiteral("pending")}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return Success;
}

} // namespace OneWindow
