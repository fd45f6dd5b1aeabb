#include "cli/AuditSealCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "services/AppServices.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList AuditSealCommand::words() const
{
    return {QStringLiteral("audit"), QStringLiteral("seal")};
}

QString AuditSealCommand::synopsis() const
{
    return QStringLiteral("--database URL");
}

QString AuditSealCommand::summary() const
{
    return QStringLiteral("Seal an audit log written before the hall key with the hall's key"
                          " (ONEWINDOW_HALL_KEY): its events are then checked by the chain alone."
                          " Refused for a log that was ever sealed.");
}

int AuditSealCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database")});
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        err << "onewindow-cli audit seal: "
            << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
            << '\n';
        return UsageError;
    }
    if (options.value(QStringLiteral("database")).isEmpty()) {
        err << "onewindow-cli audit seal: --database URL is required\n";
        return UsageError;
    }
    if (auto key = HallKey::fromEnvironment(); !key) {
        err << "onewindow-cli audit seal: " << HallKey::environmentVariable()
            << " must hold the hall's key (hex): " << key.error().code << '\n';
        return UsageError;
    }
    CliContext context;
    if (const int code = context.openAsOperator(options, QStringLiteral("audit seal"), err);
        code != 0)
        return code;
    if (context.services().hallProblem() == QLatin1String("hall-key-mismatch")) {
        err << "onewindow-cli audit seal: hall-key-mismatch: " << HallKey::environmentVariable()
            << " is not the key the hall was set up with\n";
        return Failure;
    }
    auto sealed = context.services().audit().seal(context.session());
    if (!sealed) {
        err << "onewindow-cli audit seal: " << sealed.error().code << ": " << sealed.error().detail
            << '\n';
        return Failure;
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("sealed"), true},
                                     {QStringLiteral("legacy_until"), sealed->legacyUntil},
                                     {QStringLiteral("legacy_events"), sealed->events},
                                     {QStringLiteral("seal_event"), sealed->sealId}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return Success;
}

} // namespace OneWindow
