#include "cli/ConfigCheckCommand.h"

#include "identity/HallKey.h"
#include "services/ProvisioningFile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList ConfigCheckCommand::words() const
{
    return {QStringLiteral("config"), QStringLiteral("check")};
}

QString ConfigCheckCommand::synopsis() const
{
    return QStringLiteral("[FILE]");
}

QString ConfigCheckCommand::summary() const
{
    return QStringLiteral("Check a counter's provisioning file (default %1): FILE:LINE: message"
                          " per problem, else its values as JSON.")
        .arg(ProvisioningFile::defaultPath());
}

int ConfigCheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() > 1 ||
        (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-')))) {
        err << "onewindow-cli config check: one FILE at most\n";
        return UsageError;
    }
    const QString path = arguments.value(0, ProvisioningFile::defaultPath());
    const ProvisioningFile file = ProvisioningFile::load(path);
    QStringList problems = file.problemLines();
    // The key file is what counters most often get wrong: check it can be read.
    if (file.ok() && file.has(QStringLiteral("hall.key-file"))) {
        auto key = HallKey::fromFile(file.value(QStringLiteral("hall.key-file")));
        if (!key)
            problems << QStringLiteral("%1:%2: hall key file: %3 %4")
                            .arg(path)
                            .arg(file.lineOf(QStringLiteral("hall.key-file")))
                            .arg(key.error().code, key.error().detail);
    }
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            out << p << '\n';
        return Failure;
    }
    QJsonObject o;
    for (const QString &key : file.keys())
        o.insert(key, file.value(key));
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
