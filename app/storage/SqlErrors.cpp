#include "storage/SqlErrors.h"

#include <QRegularExpression>

namespace OneWindow {

namespace {

QString sqliteCode(const QString &native, const QString &text)
{
    // Primary result codes: extended codes keep the primary one in the low byte.
    bool ok = false;
    const int code = native.toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return QStringLiteral("db-locked");
        case 13: // SQLITE_FULL
            return QStringLiteral("db-full");
        case 8: // SQLITE_READONLY
            return QStringLiteral("db-read-only");
        case 14: // SQLITE_CANTOPEN
        case 10: // SQLITE_IOERR
        case 26: // SQLITE_NOTADB
        case 11: // SQLITE_CORRUPT
            return QStringLiteral("db-gone");
        case 19: // SQLITE_CONSTRAINT: only a UNIQUE or PRIMARY KEY clash is a duplicate;
                 // a trigger's RAISE (the audit trail is append-only) is a refusal;
                 // a broken reference, a missing value or a state the schema does not
                 // know (a trigger standing in for a CHECK) is a program error, as on
                 // PostgreSQL.
            if (text.contains(QLatin1String("does not know")))
                return QStringLiteral("db-error");
            if (native.toInt() == 1811 // _TRIGGER
                || text.contains(QLatin1String("append-only")) ||
                text.contains(QLatin1String("only moves forward")))
                return QStringLiteral("db-denied");
            if (native.toInt() == 2067 || native.toInt() == 1555 // _UNIQUE, _PRIMARYKEY
                || text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("PRIMARY KEY"), Qt::CaseInsensitive))
                return QStringLiteral("duplicate");
            return QStringLiteral("db-error");
        default:
            break;
        }
    }
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("locked")))
        return QStringLiteral("db-locked");
    if (lower.contains(QLatin1String("full")))
        return QStringLiteral("db-full");
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return QStringLiteral("db-read-only");
    if (lower.contains(QLatin1String("unique")))
        return QStringLiteral("duplicate");
    return QStringLiteral("db-error");
}

QString postgresCode(const QString &sqlState, const QSqlError &error)
{
    if (sqlState == QLatin1String("42501")) // insufficient_privilege: a grant, or our triggers
        return QStringLiteral("db-denied");
    if (sqlState == QLatin1String("23505"))
        return QStringLiteral("duplicate");
    if (sqlState == QLatin1String("53100"))
        return QStringLiteral("db-full");
    if (sqlState == QLatin1String("25006"))
        return QStringLiteral("db-read-only");
    if (sqlState == QLatin1String("55P03") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("40001"))
        return QStringLiteral("db-locked");
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")) ||
        error.type() == QSqlError::ConnectionError)
        return QStringLiteral("db-gone");
    // libpq's own words for a connection that broke under a statement carry no
    // SQLSTATE, and the driver reports them as a statement's error.
    if (sqlState.isEmpty()) {
        const QString text = error.databaseText();
        for (const char *lost :
             {"server closed the connection unexpectedly", "no connection to the server",
              "could not send data to server", "could not receive data from server",
              "connection not open", "SSL connection has been closed unexpectedly"})
            if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
                return QStringLiteral("db-gone");
    }
    return QStringLiteral("db-error");
}

} // namespace

Error SqlErrors::fromSql(const QSqlError &error, DatabaseUrl::Dialect dialect, const QString &what)
{
    const QString native = error.nativeErrorCode();
    QString code = dialect == DatabaseUrl::Dialect::Postgres ? postgresCode(native, error)
                                                             : sqliteCode(native, error.text());
    if (native.isEmpty() && error.type() == QSqlError::ConnectionError)
        code = QStringLiteral("db-gone");
    return Error{code, what + QStringLiteral(": ") + withoutValues(error.text())};
}

QString SqlErrors::withoutValues(const QString &text)
{
    // PostgreSQL's DETAIL quotes the values of the row it refused ("Key
    // (id_number)=(...) already exists", "Failing row contains (...)"): a full ID
    // number or phone would reach logs and the command line's output. The
    // column names stay, the values go.
    static const QRegularExpression key(
        QStringLiteral("(Key \\([^)]*\\)=)\\(.*?\\)(?=\\s+(already exists|is (still )?(not "
                       ")?present|conflicts))"));
    static const QRegularExpression row(
        QStringLiteral("(Failing row contains )\\(.*?\\)(?=\\.|$)"));
    QString out = text;
    out.replace(key, QStringLiteral("\\1(…)"));
    out.replace(row, QStringLiteral("\\1(…)"));
    return out;
}

} // namespace OneWindow
