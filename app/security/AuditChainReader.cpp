#include "security/AuditChainReader.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace OneWindow {

namespace {

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

} // namespace

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
    return readHead(*m_db);
}

Result<std::optional<AuditHead>> AuditChainReader::readHead(const Database &db)
{
    using R = Result<std::optional<AuditHead>>;
    auto q = db.run(QStringLiteral("SELECT last_id, last_hash, last_at, events, legacy_until, mac"
                                   " FROM audit_head WHERE id = 1"));
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
            r.id = q.value(0).toLongLong();
            r.at = q.value(1).toByteArray();
            r.previous = q.value(2).toByteArray();
            r.hash = q.value(3).toByteArray();
            r.mac = q.value(4).toByteArray();
            r.hashInput = q.value(5).toByteArray();
            if (!row(r))
                return Status::success();
        }
        if (n < m_pageSize)
            return Status::success();
        after = r.id;
    }
}

} // namespace OneWindow
