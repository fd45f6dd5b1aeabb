#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SqlErrors.h"
#include "storage/StorageLog.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QStorageInfo>

namespace OneWindow {

namespace {
QAtomicInt s_connectionCounter;
// Less free space than this on the file system of a SQLite file that failed
// with an I/O error: it is full (a page, its journal entry and the index).
constexpr qint64 kRoomToWrite = 64 * 1024;
// Statements one connection keeps prepared. The product's SQL is a fixed set
// of a few hundred texts; past this, a statement is prepared for its one run.
constexpr int kMaxPrepared = 512;
} // namespace

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_connectionName(
          QStringLiteral("onewindow-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::open()
{
    m_prepared.clear();
    QSqlDatabase db;
    if (m_url.dialect == DatabaseUrl::Dialect::Sqlite) {
        const QFileInfo info(m_url.path);
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(QStringLiteral("db-gone"),
                                   QStringLiteral("cannot create folder for the database"));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_url.path);
        // Wait for a busy database rather than failing the clerk's click at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setDatabaseName(m_url.databaseName);
        db.setUserName(m_url.user);
        // connect_timeout holds for each server of a list, tried in turn.
        QString options = QStringLiteral("connect_timeout=5;application_name=onewindow");
        if (m_url.moreServers.isEmpty()) {
            db.setHostName(m_url.host);
            db.setPort(m_url.port);
        } else {
            // libpq's lists: the driver passes host as given and the options as
            // keywords; its own port would be a single number.
            QStringList hosts{m_url.host};
            QStringList ports{QString::number(m_url.port)};
            for (const DatabaseUrl::Server &s : m_url.moreServers) {
                hosts.append(s.host);
                ports.append(QString::number(s.port));
            }
            db.setHostName(hosts.join(QLatin1Char(',')));
            options += QStringLiteral(";port=") + ports.join(QLatin1Char(','));
        }
        if (!m_url.targetSessionAttrs.isEmpty())
            options += QStringLiteral(";target_session_attrs=") + m_url.targetSessionAttrs;
        db.setConnectOptions(options);
    }
    if (!db.isValid())
        return Status::failure(QStringLiteral("db-driver"),
                               QStringLiteral("Qt SQL driver missing"));
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << m_url.toString() << db.lastError().text();
        return Status(errorFrom(db.lastError(), QStringLiteral("open")));
    }
    if (m_url.dialect == DatabaseUrl::Dialect::Sqlite) {
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma))) {
                const Error e = errorFrom(q.lastError(), QString::fromLatin1(pragma));
                // A read-only file can still be read: say so when writing, not now.
                if (e.code != QLatin1String("db-read-only"))
                    return Status(e);
            }
        }
    }
    return Status::success();
}

Status Database::migrate()
{
    // A migration may change what a prepared statement's columns are.
    m_prepared.clear();
    return Migrations::apply(*this);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

// A statement that only reads: running it again on a new connection changes
// nothing. Conservative: anything that may write, lock or notify is not one.
bool plainRead(const QString &sql)
{
    const QString s = sql.trimmed();
    if (!s.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        return false;
    for (const char *word :
         {"onewindow_", "nextval", "setval", "pg_advisory", "pg_notify", "pg_terminate",
          "FOR UPDATE", "FOR SHARE", "INSERT ", "UPDATE ", "DELETE "})
        if (s.contains(QLatin1String(word), Qt::CaseInsensitive))
            return false;
    return true;
}

// PostgreSQL's driver passes text as C strings, so a NUL would cut it short
// there while SQLite kept it whole: refused on both (PlainText says why).
Status refuseNul(const QVariantList &values)
{
    for (const QVariant &v : values)
        if (v.typeId() == QMetaType::QString && v.toString().contains(QChar(0)))
            return Status::failure(QStringLiteral("bad-text"),
                                   QStringLiteral("text holds a NUL character"));
    return Status::success();
}

Result<QSqlQuery> runOnce(const Database &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: run it directly. PostgreSQL cannot PREPARE utility
        // statements (CREATE, DROP, SET, LOCK, BEGIN...), so they must not be prepared.
        if (!query.exec(sql))
            return Result<QSqlQuery>(database.errorFrom(query.lastError(), QStringLiteral("exec")));
        return query;
    }
    if (const Status s = refuseNul(values); !s)
        return Result<QSqlQuery>(s.error());
    if (!query.prepare(sql))
        return Result<QSqlQuery>(database.errorFrom(query.lastError(), QStringLiteral("prepare")));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return Result<QSqlQuery>(database.errorFrom(query.lastError(), QStringLiteral("exec")));
    return query;
}

// `sql` with PostgreSQL's numbered parameters ($1, $2...) for its ? placeholders;
// a ? inside a quoted literal or name stays.
QString numberedParameters(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    QChar quote;
    int n = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}

// What Qt's driver counts as NULL when it binds a value (an empty QString()
// or an invalid date is one, though the QVariant holding it is not null).
bool boundAsNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QDate:
        return v.toDate().isNull();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    default:
        return false;
    }
}

// The values as the driver's own literals, the text Qt's driver sends in the
// EXECUTE of a statement it prepared: quoting and escaping stay the driver's.
QString literals(const QSqlDriver *driver, const QVariantList &values)
{
    QString out;
    QSqlField field;
    for (const QVariant &v : values) {
        field.setMetaType(v.metaType());
        if (boundAsNull(v))
            field.clear();
        else
            field.setValue(v);
        if (!out.isEmpty())
            out += QLatin1String(", ");
        out += driver->formatValue(field);
    }
    return out;
}

bool isGone(const Error &e)
{
    return e.code == QLatin1String("db-gone");
}

} // namespace

bool Database::canReconnect() const
{
    return m_url.dialect == DatabaseUrl::Dialect::Postgres && m_reconnecting &&
           m_transactionDepth == 0 && connection().isValid();
}

void Database::noteFailure(const Error &e) const
{
    if (isGone(e))
        m_lost = true;
}

Status Database::reconnect() const
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        m_lost = true;
        return Status(errorFrom(db.lastError(), QStringLiteral("reconnect")));
    }
    m_lost = false;
    m_prepared.clear(); // a new session has none of the old one's statements
    ++m_reconnections;
    qCInfo(lcStorage) << "connection to" << m_url.toString() << "opened again";
    return Status::success();
}

Result<QSqlQuery> Database::runPrepared(const QString &sql, const QVariantList &values,
                                        bool retried) const
{
    if (const Status s = refuseNul(values); !s)
        return Result<QSqlQuery>(s.error());
    QSqlDatabase db = connection();
    QString name = m_prepared.value(sql);
    if (name.isEmpty()) {
        if (m_prepared.size() >= kMaxPrepared)
            return runOnce(*this, sql, values);
        name = QStringLiteral("ow_%1").arg(++m_preparedSerial);
        QSqlQuery prepare(db);
        if (!prepare.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, numberedParameters(sql))))
            return Result<QSqlQuery>(errorFrom(prepare.lastError(), QStringLiteral("prepare")));
        m_prepared.insert(sql, name);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("EXECUTE %1 (%2)").arg(name, literals(db.driver(), values)))) {
        // invalid_sql_statement_name: the session lost its statements (DISCARD
        // ALL, as a pooler sends). Nothing ran, so outside a transaction the
        // statement is prepared again and run; inside, the transaction failed.
        const bool forgotten = query.lastError().nativeErrorCode() == QLatin1String("26000");
        if (forgotten)
            m_prepared.clear();
        if (forgotten && m_transactionDepth == 0 && !retried)
            return runPrepared(sql, values, true);
        return Result<QSqlQuery>(errorFrom(query.lastError(), QStringLiteral("exec")));
    }
    return query;
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    if (m_lost && canReconnect()) {
        if (const Status s = reconnect(); !s)
            return Result<QSqlQuery>(s.error());
    }
    const auto once = [&] {
        return m_url.dialect == DatabaseUrl::Dialect::Postgres && !values.isEmpty()
                   ? runPrepared(sql, values)
                   : runOnce(*this, sql, values);
    };
    auto result = once();
    if (!result) {
        noteFailure(result.error());
        // The server went away since the last statement: a read simply runs again.
        if (isGone(result.error()) && canReconnect() && plainRead(sql) && reconnect())
            result = once();
    }
    return result;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return Result<QVariant>(query.error());
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Status Database::transaction(const std::function<Status()> &work) const
{
    if (m_lost && canReconnect()) {
        if (const Status s = reconnect(); !s)
            return s;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Status::failure(QStringLiteral("db-gone"),
                               QStringLiteral("begin: the connection is closed"));
    // Statements inside `work` are never run again on a new connection.
    struct Depth
    {
        int &depth;
        explicit Depth(int &d)
            : depth(d)
        {
            ++depth;
        }
        ~Depth() { --depth; }
    };
    if (m_url.dialect == DatabaseUrl::Dialect::Sqlite) {
        // IMMEDIATE takes the write lock up front (waiting out the busy timeout).
        // A deferred BEGIN that reads and then writes fails at once with SQLITE_BUSY
        // when another counter committed in between, and cannot be retried inside.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status(errorFrom(begin.lastError(), QStringLiteral("begin")));
        Status status = Status::success();
        {
            const Depth inside(m_transactionDepth);
            status = work();
        }
        QSqlQuery end(db);
        if (!status) {
            end.exec(QStringLiteral("ROLLBACK"));
            return status;
        }
        if (!end.exec(QStringLiteral("COMMIT"))) {
            const Error e = errorFrom(end.lastError(), QStringLiteral("commit"));
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Status(e);
        }
        return Status::success();
    }
    const auto begin = [&]() -> Status {
        if (db.transaction())
            return Status::success();
        // The driver closes a connection it found broken, then fails BEGIN without an error.
        if (!db.isOpen())
            return Status::failure(QStringLiteral("db-gone"),
                                   QStringLiteral("begin: the connection is closed"));
        return Status(errorFrom(db.lastError(), QStringLiteral("begin")));
    };
    Status begun = begin();
    if (!begun && isGone(begun.error()) && canReconnect()) {
        // BEGIN failed, so nothing ran: a new connection may simply begin again.
        m_lost = true;
        if (const Status s = reconnect(); !s)
            return s;
        db = connection();
        begun = begin();
    }
    if (!begun) {
        noteFailure(begun.error());
        return begun;
    }
    Status status = Status::success();
    {
        const Depth inside(m_transactionDepth);
        status = work();
    }
    if (!status) {
        noteFailure(status.error());
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        // A COMMIT whose answer was lost may have committed: never run again here.
        const Error e = errorFrom(db.lastError(), QStringLiteral("commit"));
        noteFailure(e);
        db.rollback();
        return Status(e);
    }
    return Status::success();
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    Error e = SqlErrors::fromSql(error, m_url.dialect, what);
    // SQLite reports a journal (-wal, -shm) it could not create or grow as a
    // plain I/O error or "unable to open"; the file system says why, so the
    // clerk hears "full" or "read-only" rather than "gone".
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    if (m_url.dialect == DatabaseUrl::Dialect::Sqlite && e.code == QLatin1String("db-gone") &&
        (primary == 10 || primary == 14)) { // SQLITE_IOERR, SQLITE_CANTOPEN
        const QFileInfo file(m_url.path);
        const QFileInfo folder(file.absolutePath());
        QStorageInfo volume(folder.absoluteFilePath());
        volume.refresh();
        if (volume.isValid() && volume.isReadOnly())
            e.code = QStringLiteral("db-read-only");
        else if (file.exists() && (!file.isWritable() || !folder.isWritable()))
            e.code = QStringLiteral("db-read-only");
        else if (volume.isValid() && volume.bytesAvailable() < kRoomToWrite)
            e.code = QStringLiteral("db-full");
    }
    // The driver closes a connection it found broken, whatever words libpq used.
    if (m_url.dialect == DatabaseUrl::Dialect::Postgres && e.code == QLatin1String("db-error") &&
        connection().isValid() && !connection().isOpen())
        e.code = QStringLiteral("db-gone");
    return e;
}

} // namespace OneWindow
