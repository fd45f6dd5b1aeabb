#include "storage/DatabaseUrl.h"

#include <QUrl>

namespace OneWindow {

namespace {

// What the log and the settings show must be the name itself: no control or format
// characters, nothing unassigned, no U+FFFD left by broken UTF-8.
bool printable(const QString &name)
{
    for (const char32_t c : name.toUcs4())
        if (c == 0xFFFD || !QChar::isPrint(c))
            return false;
    return true;
}

} // namespace

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
        url.user = parsed.userName(QUrl::FullyDecoded);
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
        if (url.databaseName.isEmpty())
            return Result<DatabaseUrl>::failure(QStringLiteral("db-url"),
                                                QStringLiteral("the URL names no database"));
        if (!printable(url.user) || !printable(url.databaseName))
            return Result<DatabaseUrl>::failure(
                QStringLiteral("db-url"),
                QStringLiteral("the user or database name holds characters that cannot be"
                               " shown (control characters, broken UTF-8)"));
        return url;
    }
    return Result<DatabaseUrl>::failure(QStringLiteral("db-url"),
                                        QStringLiteral("use sqlite:PATH or postgresql://..."));
}

QString DatabaseUrl::toString() const
{
    if (dialect == Dialect::Sqlite)
        // "sqlite://" is read as "sqlite:" (above): a path starting "//" keeps its slashes.
        return (path.startsWith(QLatin1String("//")) ? QStringLiteral("sqlite://")
                                                     : QStringLiteral("sqlite:")) +
               path;
    // Names as the URL carries them (percent-encoded), so the text reads back the same.
    const auto encoded = [](const QString &name) {
        return QString::fromLatin1(QUrl::toPercentEncoding(name));
    };
    const QString who = user.isEmpty() ? QString() : encoded(user) + QLatin1Char('@');
    // An IPv6 address is bracketed, or its colons would read as the port's.
    const QString where =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    // Concatenated, not .arg()'d one after another: a name holding "%2" would be replaced.
    return QStringLiteral("postgresql://") + who + where + QLatin1Char(':') +
           QString::number(port) + QLatin1Char('/') + encoded(databaseName);
}

} // namespace OneWindow
