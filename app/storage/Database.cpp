#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SqlErrors.h"
#include "storage/StorageLog.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

namespace OneWindow {

namespace {
QAtomicInt s_connectionCounter;
// Less free space than this on the file system of a SQLite file that failed
// with an I/O error: it is full (a page, its journal entry and the index).
constexpr qint64 kRoomToWrite = 64 * 1024;
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
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.databaseName);
        db.setUserName(m_url.user);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=onewindow"));
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

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: run it directly. PostgreSQL cannot PREPARE utility
        // statements (CREATE, DROP, SET, LOCK, BEGIN...), so they must not be prepared.
        if (!query.exec(sql))
            return Result<QSqlQuery>(errorFrom(query.lastError(), QStringLiteral("exec")));
        return query;
    }
    // PostgreSQL's driver passes text as C strings, so a NUL would cut it short
    // there while SQLite kept it whole: refused on both (PlainText says why).
    for (const QVariant &v : values)
        if (v.typeId() == QMetaType::QString && v.toString().contains(QChar(0)))
            return Result<QSqlQuery>::failure(QStringLiteral("bad-text"),
                                              QStringLiteral("text holds a NUL character"));
    if (!query.prepare(sql))
        return Result<QSqlQuery>(errorFrom(query.lastError(), QStringLiteral("prepare")));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return Result<QSqlQuery>(errorFrom(query.lastError(), QStringLiteral("exec")));
    return query;
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
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Status::failure(QStringLiteral("db-gone"),
                               QStringLiteral("begin: the connection is closed"));
    if (m_url.dialect == DatabaseUrl::Dialect::Sqlite) {
        // IMMEDIATE takes the write lock up front (waiting out the busy timeout).
        // A deferred BEGIN that reads and then writes fails at once with SQLITE_BUSY
        // when another counter committed in between, and cannot be retried inside.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status(errorFrom(begin.lastError(), QStringLiteral("begin")));
        const Status status = work();
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
    if (!db.transaction()) {
        // The driver closes a connection it found broken, then fails BEGIN without an error.
        if (!db.isOpen())
            return Status::failure(QStringLiteral("db-gone"),
                                   QStringLiteral("begin: the connection is closed"));
        return Status(errorFrom(db.lastError(), QStringLiteral("begin")));
    }
    const Status status = work();
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const Error e = errorFrom(db.lastError(), QStringLiteral("commit"));
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
    return e;
}

} // namespace OneWindow
