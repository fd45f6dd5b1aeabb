#include "cli/HallTrackerUrlCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "security/HallSettings.h"
#include "services/AppServices.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList HallTrackerUrlCommand::words() const
{
    return {QStringLiteral("hall"), QStringLiteral("tracker-url")};
}

QString HallTrackerUrlCommand::synopsis() const
{
    return QStringLiteral("--database URL --user NAME [BASE-URL | none]");
}

QString HallTrackerUrlCommand::summary() const
{
    return QStringLiteral("The hall's tracking page address: receipts' QR codes carry"
                          " BASE-URL/t/PAYLOAD. Without BASE-URL prints it; 'none' clears it"
                          " (the bare payload). Setting it is an administrator's.");
}

int HallTrackerUrlCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("user")});
    if (!options.parse(arguments) || options.positional().size() > 1) {
        err << "onewindow-cli hall tracker-url: "
            << (options.error().isEmpty() ? QStringLiteral("at most one BASE-URL")
                                          : options.error())
            << '\n';
        return UsageError;
    }
    QString wanted;
    const bool set = !options.positional().isEmpty();
    if (set) {
        wanted = options.positional().first();
        if (wanted == QLatin1String("none"))
            wanted.clear();
        if (!HallSettings::normalizedBaseUrl(wanted)) {
            err << "onewindow-cli hall tracker-url: not an http(s) address without query or"
                   " fragment, at most 100 characters: "
                << wanted << '\n';
            return UsageError;
        }
    }
    CliContext context;
    if (const int code = context.open(options, QStringLiteral("hall tracker-url"), err); code != 0)
        return code;
    HallSettings settings(context.services().database());
    if (set) {
        const Status s =
            settings.setTrackerBaseUrl(wanted, context.session(), context.services().audit());
        if (!s) {
            err << "onewindow-cli hall tracker-url: " << CliRefusal::describe(s.error()) << '\n';
            return Failure;
        }
    }
    auto current = settings.trackerBaseUrl();
    if (!current) {
        err << "onewindow-cli hall tracker-url: " << CliRefusal::describe(current.error()) << '\n';
        return Failure;
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("trackerBaseUrl"), current.value()}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return Success;
}

} // namespace OneWindow
