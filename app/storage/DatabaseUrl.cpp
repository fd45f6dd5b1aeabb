#include "storage/DatabaseUrl.h"

#include <QUrl>

namespace OneWindow {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        url.dialect = Dialect::Sqlite;
        url.path = trimmed.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("db-url"),
                                                QStringLiteral("sqlite: needs a file path"));
        return url;
    }
    if (trimmed.startsWith(QLatin1String("postgresql://")) ||
        trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("db-url"),
                                                QStringLiteral("malformed PostgreSQL URL"));
        if (!parsed.password().isEmpty())
            return Result<DatabaseUrl>::failure(
                QStringLiteral("db-url-password"),
                QStringLiteral("put the password in a pgpass file, not in the URL"));
        url.dialect = Dialect::Postgres;
        url.user = parsed.userName();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.databaseName = parsed.path().mid(1);
        if (url.databaseName.isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("db-url"),
                                                QStringLiteral("the URL names no database"));
        return url;
    }
    return Result<DatabaseUrl>::failure(QStringLiteral("db-url"),
                                        QStringLiteral("use sqlite:PATH or postgresql://..."));
}

QString DatabaseUrl::toString() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

} // namespace OneWindow
