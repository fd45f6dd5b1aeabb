#include "cli/DbMigrateCommand.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

QStringList DbMigrateCommand::words() const
{
    return {QStringLiteral("db"), QStringLiteral("migrate")};
}

QString DbMigrateCommand::synopsis() const
{
    return QStringLiteral("--database URL");
}

QString DbMigrateCommand::summary() const
{
    return QStringLiteral(
        "Create or upgrade the schema (sqlite:PATH or postgresql://user@host:port/db;"
        " passwords from pgpass, never the URL).");
}

int DbMigrateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString urlText;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--database") && i + 1 < arguments.size())
            urlText = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--database=")))
            urlText = a.mid(11);
        else {
            err << "onewindow-cli db migrate: unexpected argument " << a << '\n';
            return UsageError;
        }
    }
    if (urlText.isEmpty()) {
        err << "onewindow-cli db migrate: --database URL is required\n";
        return UsageError;
    }
    auto url = DatabaseUrl::parse(urlText);
    if (!url) {
        err << "onewindow-cli db migrate: " << url.error().code << ": " << url.error().detail
            << '\n';
        return UsageError;
    }
    Database db(url.value());
    if (const Status opened = db.open(); !opened) {
        err << "onewindow-cli db migrate: " << opened.error().code << ": " << opened.error().detail
            << '\n';
        return Failure;
    }
    const auto before = Migrations::currentVersion(db);
    if (const Status migrated = db.migrate(); !migrated) {
        err << "onewindow-cli db migrate: " << migrated.error().code << ": "
            << migrated.error().detail << '\n';
        return Failure;
    }
    QJsonObject o;
    o.insert(QStringLiteral("database"), url.value().toString());
    o.insert(QStringLiteral("from"), before.ok() ? before.value() : 0);
    o.insert(QStringLiteral("to"), Migrations::latestVersion());
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
