#include "storage/DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

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
        // libpq's multi-host form: QUrl reads the first server, the others are read here.
        QString single = trimmed;
        const qsizetype authorityStart = trimmed.indexOf(QLatin1String("://")) + 3;
        qsizetype authorityEnd = trimmed.indexOf(QLatin1Char('/'), authorityStart);
        if (authorityEnd < 0)
            authorityEnd = trimmed.size();
        const QString authority = trimmed.mid(authorityStart, authorityEnd - authorityStart);
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        const QStringList servers = authority.mid(at + 1).split(QLatin1Char(','));
        for (qsizetype i = 1; i < servers.size(); ++i) {
            const QUrl one(QStringLiteral("postgresql://") + servers.at(i) + QStringLiteral("/x"),
                           QUrl::StrictMode);
            if (!one.isValid() || one.host().isEmpty() || !one.userInfo().isEmpty() ||
                one.port(5432) <= 0)
                return Result<DatabaseUrl>::failure(
                    QStringLiteral("db-url"),
                    QStringLiteral("malformed server in the list: ") + servers.at(i));
            url.moreServers.append(Server{one.host(), one.port(5432)});
        }
        if (servers.size() > 1)
            single = trimmed.left(authorityStart) + authority.left(at + 1) + servers.first() +
                     trimmed.mid(authorityEnd);
        const QUrl parsed(single, QUrl::StrictMode);
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
        const QStringList sessionAttrs = {
            QStringLiteral("any"),       QStringLiteral("read-write"),
            QStringLiteral("read-only"), QStringLiteral("primary"),
            QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
        for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("target_session_attrs"))
                return Result<DatabaseUrl>::failure(
                    QStringLiteral("db-url"),
                    QStringLiteral("unknown parameter %1 (only target_session_attrs)").arg(key));
            if (!sessionAttrs.contains(value))
                return Result<DatabaseUrl>::failure(
                    QStringLiteral("db-url"),
                    QStringLiteral("target_session_attrs must be one of ") +
                        sessionAttrs.join(QStringLiteral(", ")));
            url.targetSessionAttrs = value;
        }
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
    const auto server = [](const QString &h, int p) {
        const QString shown =
            h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : h;
        return shown + QLatin1Char(':') + QString::number(p);
    };
    QString servers = server(host, port);
    for (const Server &s : moreServers)
        servers += QLatin1Char(',') + server(s.host, s.port);
    // Concatenated, not .arg()'d one after another: a name holding "%2" would be replaced.
    QString text =
        QStringLiteral("postgresql://") + who + servers + QLatin1Char('/') + encoded(databaseName);
    if (!targetSessionAttrs.isEmpty())
        text += QStringLiteral("?target_session_attrs=") + targetSessionAttrs;
    return text;
}

} // namespace OneWindow
