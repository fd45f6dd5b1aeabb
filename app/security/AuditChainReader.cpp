#include "security/AuditChainReader.h"

#include "security/AuditChain.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

#ifdef OW_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace OneWindow {

namespace {

const char kHeadSql[] = "SELECT last_id, last_hash, last_at, events, legacy_until, mac"
                        " FROM audit_head WHERE id = 1";

// "<bytes>:<text>" of one column, in SQL. NULL hashes as "".
QString sqlField(const QString &column, bool nullable, DatabaseUrl::Dialect dialect)
{
    const QString value = nullable ? QStringLiteral("COALESCE(%1, '')").arg(column) : column;
    if (dialect == DatabaseUrl::Dialect::Postgres)
        return QStringLiteral("octet_length(%1)::text || ':' || %1").arg(value);
    return QStringLiteral("length(CAST(%1 AS BLOB)) || ':' || %1").arg(value);
}

QString pageSql(DatabaseUrl::Dialect dialect)
{
    const bool pg = dialect == DatabaseUrl::Dialect::Postgres;
    const QStringList fields = {sqlField(QStringLiteral("prev_hash"), false, dialect),
                                sqlField(QStringLiteral("at"), false, dialect),
                                sqlField(QStringLiteral("user_name"), true, dialect),
                                sqlField(QStringLiteral("counter_code"), true, dialect),
                                sqlField(QStringLiteral("action"), false, dialect),
                                sqlField(QStringLiteral("subject"), true, dialect),
                                sqlField(QStringLiteral("detail"), true, dialect)};
    const QString input = fields.join(QStringLiteral(" || "));
    // Bytes, not text: no conversion to UTF-16 and back for millions of rows.
    const auto bytes = [pg](const QString &e) {
        return pg ? QStringLiteral("convert_to(%1, 'UTF8')").arg(e)
                  : QStringLiteral("CAST(%1 AS BLOB)").arg(e);
    };
    return QStringLiteral("SELECT id, %1, %2, %3, %4, %5 FROM audit_events"
                          " WHERE id > ? ORDER BY id LIMIT ?")
        .arg(bytes(QStringLiteral("at")), bytes(QStringLiteral("prev_hash")),
             bytes(QStringLiteral("hash")), bytes(QStringLiteral("mac")), bytes(input));
}

std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), size_t(b.size()));
}

} // namespace

#ifdef OW_HAVE_SQLITE3

// One read-only connection of SQLite's own, its read transaction and statements.
struct AuditChainReader::Native
{
    sqlite3 *db = nullptr;
    bool inTransaction = false;

    ~Native()
    {
        if (inTransaction)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }

    Error error(int code, const char *what) const
    {
        const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
        return SqlErrors::fromSql(
            QSqlError(text, text, QSqlError::StatementError, QString::number(code)),
            DatabaseUrl::Dialect::Sqlite, QString::fromLatin1(what));
    }

    Status open(const QString &path)
    {
        const int opened = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                           SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        if (opened != SQLITE_OK)
            return Status(error(opened, "open"));
        sqlite3_busy_timeout(db, 5000);
        // A deferred read transaction: the snapshot is taken at the first read and
        // holds no write lock, so the counters go on writing.
        if (const int begun = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            begun != SQLITE_OK)
            return Status(error(begun, "begin"));
        inTransaction = true;
        return Status::success();
    }

    static std::string_view text(sqlite3_stmt *s, int column)
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(s, column)))
                 : std::string_view();
    }

    Result<std::optional<AuditHead>> head()
    {
        using R = Result<std::optional<AuditHead>>;
        sqlite3_stmt *s = nullptr;
        if (const int r = sqlite3_prepare_v2(db, kHeadSql, -1, &s, nullptr); r != SQLITE_OK)
            return R(error(r, "prepare"));
        std::optional<AuditHead> head;
        const int stepped = sqlite3_step(s);
        if (stepped == SQLITE_ROW) {
            const auto qtext = [s](int c) {
                const std::string_view v = text(s, c);
                return QString::fromUtf8(v.data(), qsizetype(v.size()));
            };
            AuditHead h;
            h.lastId = sqlite3_column_int64(s, 0);
            h.lastHash = qtext(1);
            h.lastAt = qtext(2);
            h.events = sqlite3_column_int64(s, 3);
            h.legacyUntil = sqlite3_column_int64(s, 4);
            h.mac = qtext(5);
            head = h;
        }
        sqlite3_finalize(s);
        if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
            return R(error(stepped, "step"));
        return R(head);
    }

    Status forEach(const std::function<bool(const Row &)> &each)
    {
        sqlite3_stmt *s = nullptr;
        const char *sql = "SELECT id, at, user_name, counter_code, action, subject, detail,"
                          " prev_hash, hash, mac FROM audit_events ORDER BY id";
        if (const int r = sqlite3_prepare_v2(db, sql, -1, &s, nullptr); r != SQLITE_OK)
            return Status(error(r, "prepare"));
        std::string input;
        Row row;
        int stepped;
        while ((stepped = sqlite3_step(s)) == SQLITE_ROW) {
            row.id = sqlite3_column_int64(s, 0);
            row.at = text(s, 1);
            row.previous = text(s, 7);
            row.hash = text(s, 8);
            row.mac = text(s, 9);
            input.clear();
            AuditChain::appendHashInput(input, {row.previous, row.at, text(s, 2), text(s, 3),
                                                text(s, 4), text(s, 5), text(s, 6)});
            row.hashInput = input;
            if (!each(row)) {
                stepped = SQLITE_DONE;
                break;
            }
        }
        sqlite3_finalize(s);
        if (stepped != SQLITE_DONE)
            return Status(error(stepped, "step"));
        return Status::success();
    }
};

#else

struct AuditChainReader::Native
{
};

#endif

AuditChainReader::AuditChainReader(const DatabaseUrl &url, int pageSize)
    : m_url(url)
    , m_pageSize(qMax(1, pageSize))
{}

AuditChainReader::~AuditChainReader()
{
    if (m_db && m_db->isOpen())
        m_db->connection().rollback(); // read only: nothing to keep
}

Status AuditChainReader::open()
{
#ifdef OW_HAVE_SQLITE3
    if (m_url.dialect == DatabaseUrl::Dialect::Sqlite) {
        m_native = std::make_unique<Native>();
        return m_native->open(m_url.path);
    }
#endif
    m_db = std::make_unique<Database>(m_url);
    if (const Status s = m_db->open(); !s)
        return s;
    // One snapshot for the checkpoint and every event: appends by the counters
    // while the check runs are simply not seen. A deferred BEGIN on SQLite takes
    // no write lock, so the counters go on writing.
    if (!m_db->connection().transaction())
        return Status(m_db->errorFrom(m_db->connection().lastError(), QStringLiteral("begin")));
    if (m_db->dialect() == DatabaseUrl::Dialect::Postgres) {
        auto q =
            m_db->run(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        if (!q)
            return Status(q.error());
    }
    return Status::success();
}

Result<std::optional<AuditHead>> AuditChainReader::head() const
{
#ifdef OW_HAVE_SQLITE3
    if (m_native)
        return m_native->head();
#endif
    return readHead(*m_db);
}

Result<std::optional<AuditHead>> AuditChainReader::readHead(const Database &db)
{
    using R = Result<std::optional<AuditHead>>;
    auto q = db.run(QString::fromLatin1(kHeadSql));
    if (!q)
        return R(q.error());
    QSqlQuery &row = q.value();
    if (!row.next())
        return R(std::optional<AuditHead>());
    AuditHead h;
    h.lastId = row.value(0).toLongLong();
    h.lastHash = row.value(1).toString();
    h.lastAt = row.value(2).toString();
    h.events = row.value(3).toLongLong();
    h.legacyUntil = row.value(4).toLongLong();
    h.mac = row.value(5).toString();
    return R(std::optional<AuditHead>(h));
}

Status AuditChainReader::forEach(const std::function<bool(const Row &)> &row) const
{
#ifdef OW_HAVE_SQLITE3
    if (m_native)
        return m_native->forEach(row);
#endif
    return forEachPaged(row);
}

Status AuditChainReader::forEachPaged(const std::function<bool(const Row &)> &row) const
{
    const QString sql = pageSql(m_db->dialect());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status(m_db->errorFrom(q.lastError(), QStringLiteral("prepare")));
    qint64 after = 0;
    for (;;) {
        q.bindValue(0, after);
        q.bindValue(1, m_pageSize);
        if (!q.exec())
            return Status(m_db->errorFrom(q.lastError(), QStringLiteral("exec")));
        int n = 0;
        Row r;
        while (q.next()) {
            ++n;
            const QByteArray at = q.value(1).toByteArray();
            const QByteArray previous = q.value(2).toByteArray();
            const QByteArray hash = q.value(3).toByteArray();
            const QByteArray mac = q.value(4).toByteArray();
            const QByteArray input = q.value(5).toByteArray();
            r.id = q.value(0).toLongLong();
            r.at = view(at);
            r.previous = view(previous);
            r.hash = view(hash);
            r.mac = view(mac);
            r.hashInput = view(input);
            if (!row(r))
                return Status::success();
        }
        if (n < m_pageSize)
            return Status::success();
        after = r.id;
    }
}

} // namespace OneWindow
