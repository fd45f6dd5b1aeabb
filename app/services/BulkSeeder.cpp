#include "services/BulkSeeder.h"

#include "casefile/CaseFileLog.h"
#include "casefile/CaseNumberAllocator.h"
#include "casefile/CaseState.h"
#include "casefile/DemoMatters.h"
#include "casefile/DemoSeeder.h"
#include "casefile/PinyinInitials.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "ratings/RatingLevel.h"
#include "security/AuditChain.h"
#include "security/AuditHead.h"
#include "security/AuditKey.h"
#include "services/SeedCase.h"
#include "storage/Database.h"
#include "storage/HallCountsSql.h"
#include "storage/Migrations.h"
#include "storage/SqlValue.h"
#include "templates/TemplateCatalogue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <memory>

namespace OneWindow {

namespace {

struct Material
{
    const char *kind;
    const char *title;
    const char *issuer;
    int validYears; // 0: does not expire
};

const QList<Material> &materialKinds()
{
    static const QList<Material> list = {
        {"household-register", "居民户口簿", "公安", 0},
        {"marriage-certificate", "结婚证", "民政", 0},
        {"photo", "近期免冠照片", "申请人", 1},
        {"residence-proof", "居住证明", "街道办", 1},
        {"income-proof", "收入证明", "用人单位", 1},
        {"property-certificate", "不动产权证书", "不动产登记", 0},
    };
    return list;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A time (ms since the epoch) as the repositories and the audit log store it:
// ISO 8601 in UTC with milliseconds, what QDateTime::toString(Qt::ISODateWithMs)
// gives, written without it (the seed writes tens of millions of them).
QString isoMs(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 inDay = ms - days * 86400000;
    int y = 0;
    int m = 0;
    int d = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&y, &m, &d);
    const int h = int(inDay / 3600000);
    const int mi = int(inDay / 60000 % 60);
    const int sec = int(inDay / 1000 % 60);
    const int milli = int(inDay % 1000);
    char text[25];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, h, mi, sec,
                  milli);
    return QString::fromLatin1(text, 24);
}

// Timestamps as the hall's local time (UTC+8) in UTC, as the repositories store them.
QString isoTime(const QDate &d, int hour, int minute)
{
    return isoMs(SeedCase::localTime(d, hour, minute));
}

const QVariant kNull = SqlValue::typedNull(QMetaType::QString);

// Rows for one table, written `rowsPerStatement` at a time through one
// prepared multi-row INSERT that is reused for every full batch.
class BatchInserter
{
public:
    BatchInserter(const Database &db, const QString &table, const QStringList &columns,
                  int rowsPerStatement)
        : m_db(db)
        , m_table(table)
        , m_columns(columns)
        , m_rows(rowsPerStatement)
    {}

    void add(const QVariantList &row) { m_pending += row; }
    bool full() const { return m_pending.size() >= m_rows * m_columns.size(); }
    qsizetype fullBatches() const { return m_pending.size() / (m_rows * m_columns.size()); }

    // Writes every full batch; with `all`, the remainder too.
    Status flush(bool all)
    {
        const qsizetype width = m_columns.size();
        qsizetype at = 0;
        while (m_pending.size() - at >= m_rows * width) {
            if (!m_full) {
                m_full = std::make_unique<QSqlQuery>(m_db.connection());
                if (!m_full->prepare(sql(m_rows)))
                    return Status(m_db.errorFrom(m_full->lastError(), m_table));
            }
            if (const Status s = exec(*m_full, at, m_rows); !s)
                return s;
            at += m_rows * width;
        }
        if (all && m_pending.size() > at) {
            const int rows = int((m_pending.size() - at) / width);
            QSqlQuery tail(m_db.connection());
            if (!tail.prepare(sql(rows)))
                return Status(m_db.errorFrom(tail.lastError(), m_table));
            if (const Status s = exec(tail, at, rows); !s)
                return s;
            at = m_pending.size();
        }
        m_pending.remove(0, at);
        return Status::success();
    }

    qint64 written() const { return m_written; }

private:
    QString sql(int rows) const
    {
        QString one = QStringLiteral("(");
        for (int c = 0; c < m_columns.size(); ++c)
            one += c ? QStringLiteral(", ?") : QStringLiteral("?");
        one += QLatin1Char(')');
        QString s = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                        .arg(m_table, m_columns.join(QStringLiteral(", ")));
        for (int r = 0; r < rows; ++r) {
            if (r)
                s += QStringLiteral(", ");
            s += one;
        }
        return s;
    }

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rows;
    Status exec(QSqlQuery &q, qsizetype from, int rows)
    {
        const qsizetype n = rows * m_columns.size();
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), m_pending.at(from + i));
        if (!q.exec())
            return Status(m_db.errorFrom(q.lastError(), m_table));
        m_written += rows;
        return Status::success();
    }

    QVariantList m_pending;
    std::unique_ptr<QSqlQuery> m_full;
    qint64 m_written = 0;
};

struct IndexDef
{
    QString name;
    QString sql;
};

const QStringList kSeededTables = {
    QStringLiteral("persons"),        QStringLiteral("cases"),       QStringLiteral("sub_cases"),
    QStringLiteral("case_events"),    QStringLiteral("case_pauses"), QStringLiteral("review_items"),
    QStringLiteral("materials"),      QStringLiteral("licences"),    QStringLiteral("appointments"),
    QStringLiteral("visit_evidence"), QStringLiteral("visits"),      QStringLiteral("visit_cases"),
    QStringLiteral("case_evidence"),  QStringLiteral("ratings"),     QStringLiteral("follow_ups"),
    QStringLiteral("audit_events"),   QStringLiteral("hall_counts"),
};

// Statements of HallCountsSql, each for the database's dialect.
Status runAll(const Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        const QString sql = Migrations::translate(statement, db.dialect());
        if (sql.isEmpty())
            continue;
        auto q = db.run(sql);
        if (!q)
            return Status(q.error());
    }
    return Status::success();
}

// Secondary indexes of the seeded tables that can be dropped and rebuilt
// (not those behind a primary key or a UNIQUE constraint).
Result<QList<IndexDef>> droppableIndexes(const Database &db)
{
    QList<IndexDef> list;
    for (const QString &table : kSeededTables) {
        auto q =
            db.dialect() == DatabaseUrl::Dialect::Postgres
                ? db.run(QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                                        " WHERE i.schemaname = current_schema()"
                                        " AND i.tablename = ? AND NOT EXISTS (SELECT 1"
                                        " FROM pg_constraint c WHERE c.conname = i.indexname)"),
                         {table})
                : db.run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type ="
                                        " 'index' AND tbl_name = ? AND sql IS NOT NULL"),
                         {table});
        if (!q)
            return Result<QList<IndexDef>>(q.error());
        while (q.value().next())
            list.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    return list;
}

// The shipped templates of the matters the seed gives cases of, weighted as
// DemoMatters says.
Result<QList<SeedCase::Matter>> seedMatters()
{
    using R = Result<QList<SeedCase::Matter>>;
    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    QList<SeedCase::Matter> matters;
    for (const DemoMatter &demo : DemoMatters::all()) {
        const FormTemplate *form = catalogue.find(QString::fromUtf8(demo.code));
        if (!form || form->steps.isEmpty())
            return R::failure(QStringLiteral("template-missing"), QString::fromUtf8(demo.code));
        SeedCase::Matter m;
        m.templateId = form->id;
        m.version = form->version;
        m.matterCode = form->matterCode;
        m.title = form->title.zh;
        m.bundle = form->bundle;
        m.weight = demo.weight;
        for (const StepDefinition &step : form->steps) {
            SeedCase::StepPlan plan;
            plan.key = step.id;
            plan.department = step.department;
            plan.title = step.title.zh;
            plan.after = step.after;
            plan.receives = step.receives;
            plan.workingDays = step.workingDays;
            plan.statutoryDays = step.statutoryDays;
            plan.optional = !step.when.isAlways();
            m.steps.append(plan);
        }
        for (const MaterialDefinition &material : form->materials)
            m.materials << material.id;
        matters.append(m);
    }
    return matters;
}

// Synthetic staff: ids far above any account a hall creates, names from the
// synthetic population's usual ones.
SeedCase::Hall seedHall(const QList<SeedCase::Matter> &matters)
{
    static const char *const names[] = {
        "李敏", "王强", "陈静", "赵磊", "刘洋", "杨帆", "黄丽", "周杰", "吴娟", "徐涛",
        "孙悦", "马超", "朱琳", "胡斌", "郭敏", "何欢", "高峰", "林雪", "罗平", "郑琦",
        "梁宇", "谢婷", "宋佳", "唐亮", "许诺", "韩梅", "冯刚", "邓燕", "曹阳", "彭辉",
    };
    int name = 0;
    const auto nextName = [&] {
        return QString::fromUtf8(names[name++ % int(sizeof(names) / sizeof(names[0]))]);
    };
    SeedCase::Hall hall;
    for (int k = 1; k <= 6; ++k)
        hall.clerks.append({900000 + k,
                            QStringLiteral("seed-clerk%1").arg(k, 2, 10, QLatin1Char('0')),
                            nextName(), QStringLiteral("A%1").arg(k, 2, 10, QLatin1Char('0'))});
    QStringList departments;
    for (const SeedCase::Matter &m : matters)
        for (const SeedCase::StepPlan &s : m.steps)
            if (!departments.contains(s.department))
                departments << s.department;
    for (int d = 0; d < departments.size(); ++d)
        for (int k = 1; k <= 3; ++k)
            hall.officers[departments.at(d)].append(
                {900100 + d * 10 + k, QStringLiteral("seed-officer%1-%2").arg(d + 1).arg(k),
                 nextName(), QString()});
    for (int k = 1; k <= 2; ++k)
        hall.supervisors.append({900900 + k,
                                 QStringLiteral("seed-super%1").arg(k, 2, 10, QLatin1Char('0')),
                                 nextName(), QString()});
    return hall;
}

// Each matter as often as its weight says.
QList<int> weightTable(const QList<SeedCase::Matter> &matters)
{
    QList<int> table;
    for (int i = 0; i < matters.size(); ++i)
        for (int w = 0; w < matters.at(i).weight; ++w)
            table << i;
    return table;
}

// The audit trail the seed writes, chained on from the checkpoint.
class SeedAudit
{
public:
    SeedAudit(BatchInserter &rows, qint64 lastId, const QString &lastHash, const AuditKey &key)
        : m_rows(rows)
        , m_lastId(lastId)
        , m_lastHash(lastHash)
        , m_key(key)
    {}

    void add(qint64 at, const QString &user, const QString &counter, const QString &action,
             const QString &subject, const QString &detail)
    {
        const QString when = isoMs(at);
        const QString hash =
            AuditChain::hash(m_lastHash, when, user, counter, action, subject, detail);
        m_rows.add({++m_lastId, when, user, counter, action, subject, detail, m_lastHash, hash,
                    m_key.isNull() ? kNull : QVariant(m_key.eventMac(hash))});
        m_lastHash = hash;
        m_lastAt = when;
        ++m_count;
    }

    qint64 lastId() const { return m_lastId; }
    const QString &lastHash() const { return m_lastHash; }
    const QString &lastAt() const { return m_lastAt; }
    qint64 count() const { return m_count; }

private:
    BatchInserter &m_rows;
    qint64 m_lastId;
    QString m_lastHash;
    QString m_lastAt;
    const AuditKey &m_key;
    qint64 m_count = 0;
};

} // namespace

QString BulkSeeder::idNumberOf(quint32 seed, qint64 index)
{
    return SyntheticIdentityGenerator(seed, DemoSeeder::referenceDate())
        .citizen(int(index))
        .idNumber;
}

Result<BulkSeeder::Totals> BulkSeeder::seed(qint64 citizens, quint32 seed, const Progress &progress)
{
    using R = Result<Totals>;
    for (const char *table :
         {"persons", "cases", "visits", "visit_evidence", "ratings", "review_items"}) {
        auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!n)
            return R(n.error());
        if (n.value().toLongLong() > 0)
            return R::failure(QStringLiteral("db-not-empty"),
                              QStringLiteral("%1 already has rows").arg(QLatin1String(table)));
    }
    auto loaded = seedMatters();
    if (!loaded)
        return R(loaded.error());
    const QList<SeedCase::Matter> matters = loaded.value();
    const SeedCase::Hall hall = seedHall(matters);
    const QList<int> weights = weightTable(matters);

    // The audit trail goes on from its checkpoint; a sealed one takes only keyed
    // events, which the seed (no hall key) cannot write.
    auto headQuery = m_db.run(QStringLiteral("SELECT last_id, last_hash, mac FROM audit_head"
                                             " WHERE id = 1"));
    if (!headQuery)
        return R(headQuery.error());
    if (!headQuery.value().next())
        return R::failure(QStringLiteral("audit-checkpoint-missing"),
                          QStringLiteral("audit_head has no row"));
    if (!headQuery.value().value(2).isNull() && !headQuery.value().value(2).toString().isEmpty())
        return R::failure(QStringLiteral("audit-sealed"),
                          QStringLiteral("the audit log is sealed with a hall key"));
    const qint64 headId = headQuery.value().value(0).toLongLong();
    // As AuditLog: the key seals only an empty log; one with unkeyed events in it
    // is an administrator's to seal (`audit seal`).
    const AuditKey key = AuditKey::fromHallKey(m_hallKey);
    if (!key.isNull() && headId != 0)
        return R::failure(QStringLiteral("audit-unsealed"),
                          QStringLiteral("the audit log holds events without a seal"));
    const QString headHash = headQuery.value().value(1).toString();
    headQuery.value().finish();

    const bool pg = m_db.dialect() == DatabaseUrl::Dialect::Postgres;
    QElapsedTimer clock;
    clock.start();

    auto indexes = droppableIndexes(m_db);
    if (!indexes)
        return R(indexes.error());
    for (const IndexDef &index : indexes.value()) {
        auto dropped = m_db.run(QStringLiteral("DROP INDEX ") + index.name);
        if (!dropped)
            return R(dropped.error());
    }
    // The hall's counts are computed once from what was written, after it.
    if (const Status s = runAll(m_db, HallCountsSql::dropTriggers()); !s)
        return R(s.error());
    if (!pg) {
        // For the load only: the seed writes its references itself (and the test
        // replays them), so SQLite need not look each one up; nothing is synced.
        for (const char *pragma : {"PRAGMA synchronous=OFF", "PRAGMA cache_size=-131072",
                                   "PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=OFF"}) {
            auto p = m_db.run(QString::fromLatin1(pragma));
            if (!p)
                return R(p.error());
        }
    }
    // Whatever happens below, the connection leaves with its durable settings.
    struct Restore
    {
        const Database &db;
        bool pg;
        ~Restore()
        {
            if (!pg) {
                (void)db.run(QStringLiteral("PRAGMA synchronous=FULL"));
                (void)db.run(QStringLiteral("PRAGMA cache_size=-2000"));
                (void)db.run(QStringLiteral("PRAGMA foreign_keys=ON"));
            }
        }
    } restore{m_db, pg};

    const auto cols = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    // SQLite allows 32766 bound values per statement, PostgreSQL 65535.
    const int rows = 200;
    BatchInserter persons(
        m_db, QStringLiteral("persons"),
        cols({"id", "id_number", "name", "name_initials", "sex", "birth", "ethnicity", "address",
              "phone", "card_kind", "card_valid_until", "created_at", "updated_at", "version"}),
        rows);
    BatchInserter cases(m_db, QStringLiteral("cases"),
                        cols({"id", "case_number", "person_id", "matter_code", "template_id",
                              "template_version", "title", "state", "counter_code", "accepted_at",
                              "deadline", "statutory_deadline", "completed_at", "delivered_at",
                              "delivery", "identity_source", "bundle_code", "version", "result"}),
                        rows);
    BatchInserter subCases(
        m_db, QStringLiteral("sub_cases"),
        cols({"id",         "case_id",    "step_order",         "department",     "title",
              "state",      "deadline",   "statutory_deadline", "completed_at",   "version",
              "step_key",   "after_keys", "receives",           "holder",         "holder_id",
              "claimed_at", "starts_on",  "working_days",       "statutory_days", "result"}),
        rows);
    BatchInserter events(m_db, QStringLiteral("case_events"),
                         cols({"case_id", "sub_case_id", "action", "from_state", "to_state",
                               "actor", "actor_id", "at", "reason", "data"}),
                         rows);
    BatchInserter pauses(
        m_db, QStringLiteral("case_pauses"),
        cols({"case_id", "sub_case_id", "kind", "special_kind", "reason", "materials", "received",
              "expected_end", "started_at", "start_day", "ended_at", "end_day"}),
        rows);
    BatchInserter reviews(m_db, QStringLiteral("review_items"),
                          cols({"kind", "ref", "case_id", "subject", "detail", "created_at",
                                "maker_id", "maker_name", "state", "reviewed_at", "reviewer_id",
                                "reviewer_name", "comment", "version", "sub_case_id"}),
                          rows);
    BatchInserter materials(m_db, QStringLiteral("materials"),
                            cols({"case_id", "person_id", "kind", "title", "source", "reusable",
                                  "valid_until", "issuer", "created_at"}),
                            rows);
    BatchInserter licences(m_db, QStringLiteral("licences"),
                           cols({"person_id", "kind", "title", "number", "issuer", "issued_on",
                                 "valid_until", "source", "created_at"}),
                           rows);
    BatchInserter appointments(
        m_db, QStringLiteral("appointments"),
        cols({"code", "person_id", "matter_code", "title", "day", "slot", "state", "created_at"}),
        rows);
    BatchInserter evidence(m_db, QStringLiteral("visit_evidence"),
                           cols({"id", "kind", "id_number", "card", "problems", "counter_code",
                                 "user_id", "user_name", "recorded_at", "visit_id"}),
                           rows);
    BatchInserter visits(m_db, QStringLiteral("visits"),
                         cols({"id", "counter_code", "clerk_id", "clerk_name", "evidence_id",
                               "started_at", "ended_at", "outcome"}),
                         rows);
    BatchInserter visitCases(m_db, QStringLiteral("visit_cases"), cols({"visit_id", "case_number"}),
                             rows);
    BatchInserter caseEvidence(m_db, QStringLiteral("case_evidence"),
                               cols({"case_id", "evidence_id", "role"}), rows);
    BatchInserter ratings(
        m_db, QStringLiteral("ratings"),
        cols({"id", "visit_id", "stage", "case_number", "matter_id", "counter_code", "clerk_id",
              "level", "reasons", "comment", "channel", "at"}),
        rows);
    BatchInserter followUps(m_db, QStringLiteral("follow_ups"),
                            cols({"rating_id", "opened_at", "due_on", "closed_at", "closed_by",
                                  "called_back_at", "action"}),
                            rows);
    BatchInserter auditRows(m_db, QStringLiteral("audit_events"),
                            cols({"id", "at", "user_name", "counter_code", "action", "subject",
                                  "detail", "prev_hash", "hash", "mac"}),
                            rows);
    SeedAudit audit(auditRows, headId, headHash, key);

    // Parents before children, so every reference already exists. On PostgreSQL,
    // which checks each reference as it is written, parents go out whole at
    // every flush (so any child row sent refers to a stored parent) and a flush
    // comes when a parent's batch is full; children go out in full batches only,
    // until the end. SQLite loads without the checks: only full batches, through
    // the statement prepared once, until the end of each transaction.
    const QList<BatchInserter *> inOrder = {&persons,      &cases,    &subCases,  &events,
                                            &pauses,       &reviews,  &materials, &licences,
                                            &appointments, &evidence, &visits,    &visitCases,
                                            &caseEvidence, &ratings,  &followUps, &auditRows};
    const QList<BatchInserter *> parents =
        pg ? QList<BatchInserter *>{&persons, &cases, &subCases, &evidence, &visits, &ratings}
           : QList<BatchInserter *>{};
    const auto flushDue = [&] {
        for (const BatchInserter *b : inOrder)
            if (parents.contains(b) ? b->full() : b->fullBatches() >= (pg ? 8 : 1))
                return true;
        return false;
    };
    const auto flushAll = [&](bool all) -> Status {
        for (BatchInserter *b : inOrder)
            if (const Status s = b->flush(all || parents.contains(b)); !s)
                return s;
        return Status::success();
    };

    SyntheticIdentityGenerator generator(seed, DemoSeeder::referenceDate());
    QHash<QDate, qint64> lastNumber; // per accepted day
    qint64 caseId = 0;
    qint64 subCaseId = 0;
    qint64 evidenceId = 0;
    qint64 visitId = 0;
    qint64 ratingId = 0;
    const QString now = isoTime(m_today, 8, 0);
    // The hall's clock for the seed: the end of `today`.
    const qint64 endOfDay = SeedCase::localTime(m_today, 18, 0);
    const QDate ratingsFrom = m_today.addDays(-365); // visits are kept for a year
    const qint64 perTransaction = 20000;
    const QString tracker = QStringLiteral("tracker:web");
    const QString trackerCounter = QStringLiteral("tracker");
    const QStringList reasonKeys = RatingLevels::reasonKeys();
    const SeedCase::Staff &followUpCloser = hall.supervisors.first();

    // A card read at a counter, and the visit it began; returns the visit's id.
    const auto beginVisit = [&](const SeedCase::Staff &clerk, const CardIdentity &card,
                                qint64 personId, qint64 startedAt, qint64 endedAt,
                                const QString &outcome, const QString &caseNumber) {
        ++evidenceId;
        ++visitId;
        const QString started = isoMs(startedAt);
        evidence.add(
            {evidenceId, QStringLiteral("card"), card.idNumber,
             QStringLiteral("{\"idNumber\":\"%1\",\"name\":\"%2\"}").arg(card.idNumber, card.name),
             kNull, clerk.counter, clerk.id, clerk.username, started, visitId});
        visits.add({visitId, clerk.counter, clerk.id, clerk.username, evidenceId, started,
                    isoMs(endedAt), outcome});
        visitCases.add({visitId, caseNumber});
        audit.add(startedAt, clerk.username, clerk.counter, QStringLiteral("card-read"),
                  QStringLiteral("evidence:%1").arg(evidenceId), cardKindKey(card.kind));
        audit.add(startedAt, clerk.username, clerk.counter, QStringLiteral("visit-begin"),
                  QStringLiteral("visit:%1").arg(visitId),
                  QStringLiteral("person:%1").arg(personId));
        return visitId;
    };
    // 好差评: mostly satisfied; a poor one opens a follow-up, closed by now when due.
    qint64 ratingCount = 0;
    qint64 followUpCount = 0;
    const auto rate = [&](quint64 r, qint64 visit, const QString &stage, const QString &caseNumber,
                          const QString &matterId, const SeedCase::Staff &clerk, qint64 at,
                          bool fromTracker) {
        const int roll = int(r % 100);
        const RatingLevel level = roll < 58   ? RatingLevel::VerySatisfied
                                  : roll < 83 ? RatingLevel::Satisfied
                                  : roll < 93 ? RatingLevel::Basic
                                  : roll < 97 ? RatingLevel::Dissatisfied
                                              : RatingLevel::VeryDissatisfied;
        const bool poor = RatingLevels::isPoor(level);
        const QString levelKey = RatingLevels::key(level);
        const QString channel = fromTracker ? QStringLiteral("tracker") : QStringLiteral("counter");
        ratings.add({++ratingId, visit, stage, caseNumber, matterId, clerk.counter, clerk.id,
                     levelKey,
                     poor ? QVariant(reasonKeys.at(int((r >> 8) % quint64(reasonKeys.size()))))
                          : QVariant(QString()),
                     kNull, channel, isoMs(at)});
        ++ratingCount;
        audit.add(at, fromTracker ? tracker : clerk.username,
                  fromTracker ? trackerCounter : clerk.counter, QStringLiteral("rate"),
                  QStringLiteral("visit:%1").arg(visit),
                  QStringList{stage, levelKey, channel}.join(QLatin1Char(' ')));
        if (!poor)
            return;
        const QDate due = DemoMatters::addWorkingDays(SeedCase::localDay(at), 5);
        const qint64 closedAt = at + 2 * 86400000LL;
        const bool closed = due < m_today && closedAt < endOfDay && (r >> 16) % 5 != 0;
        followUps.add(
            {ratingId, isoMs(at), isoDate(due), closed ? QVariant(isoMs(closedAt)) : kNull,
             closed ? QVariant(followUpCloser.id) : SqlValue::typedNull(QMetaType::LongLong),
             closed ? QVariant(isoMs(at + 86400000LL)) : kNull,
             closed ? QVariant(QStringLiteral("已回访，说明办理情况并致歉")) : kNull});
        ++followUpCount;
    };

    qint64 eventCount = 0;
    qint64 pauseCount = 0;
    for (qint64 start = 0; start < citizens; start += perTransaction) {
        const qint64 end = qMin(citizens, start + perTransaction);
        const Status batch = m_db.transaction([&]() -> Status {
            for (qint64 i = start; i < end; ++i) {
                const CardIdentity card = generator.citizen(int(i));
                const qint64 personId = i + 1;
                quint64 r = DemoMatters::mix(quint64(seed) << 32 ^ quint64(i));
                const QString phone =
                    QStringLiteral("1%1").arg(3 + int(r % 7)) +
                    QStringLiteral("%1").arg((r >> 8) % 1000000000ULL, 9, 10, QLatin1Char('0'));
                persons.add({personId, card.idNumber, card.name, PinyinInitials::of(card.name),
                             sexKey(card.sex), isoDate(card.birth), card.ethnicityCode,
                             card.address, phone, cardKindKey(card.kind),
                             card.validUntil.isValid() ? QVariant(isoDate(card.validUntil)) : kNull,
                             now, now, 1});
                // 3..7 cases, five on average.
                const int caseCount = 3 + int((r >> 40) % 5);
                for (int k = 0; k < caseCount; ++k) {
                    r = DemoMatters::mix(r);
                    const SeedCase::Matter &m =
                        matters.at(weights.at(int(r % quint64(weights.size()))));
                    // The newest case of a citizen is often still open.
                    const int daysAgo = k == 0 ? int((r >> 8) % 30) : int((r >> 8) % 1500);
                    const QDate accepted = m_today.addDays(-daysAgo);
                    const bool open = daysAgo < 25 && (r >> 20) % 3 != 0;
                    const qint64 seq = ++lastNumber[accepted];
                    const QString number = CaseNumberAllocator::format(m_hall, accepted, seq);
                    const SeedCase::Staff &clerk = hall.clerks.at(int((r >> 30) % 6));
                    const qint64 acceptedAt =
                        SeedCase::localTime(accepted, 9 + int((r >> 34) % 8), int((r >> 38) % 60));
                    const SeedCase sc(m, hall, clerk, DemoMatters::mix(r ^ 0x5eed), acceptedAt,
                                      endOfDay, m_today, open);
                    ++caseId;
                    const qint64 firstSub = subCaseId + 1;
                    for (int s = 0; s < sc.steps().size(); ++s) {
                        const SeedCase::Step &step = sc.steps().at(s);
                        const SeedCase::StepPlan &plan = m.steps.at(step.plan);
                        subCases.add({++subCaseId,
                                      caseId,
                                      s,
                                      plan.department,
                                      plan.title,
                                      CaseStates::key(step.state),
                                      isoDate(step.deadline),
                                      isoDate(step.statutoryDeadline),
                                      step.completedAt ? QVariant(isoMs(step.completedAt)) : kNull,
                                      1,
                                      plan.key,
                                      step.after.isEmpty()
                                          ? kNull
                                          : QVariant(step.after.join(QLatin1Char(','))),
                                      plan.receives.isEmpty()
                                          ? kNull
                                          : QVariant(plan.receives.join(QLatin1Char(','))),
                                      step.holder ? QVariant(step.holder->name) : kNull,
                                      step.holder ? QVariant(step.holder->id)
                                                  : SqlValue::typedNull(QMetaType::LongLong),
                                      step.claimedAt ? QVariant(isoMs(step.claimedAt)) : kNull,
                                      isoDate(step.startsOn),
                                      plan.workingDays,
                                      step.statutoryDays,
                                      step.result.isEmpty() ? kNull : QVariant(step.result)});
                    }
                    const QString code = m.matterCode;
                    cases.add(
                        {caseId, number, personId, code, m.templateId, m.version, m.title,
                         CaseStates::key(sc.state()), clerk.counter, isoMs(acceptedAt),
                         isoDate(sc.deadline()), isoDate(sc.statutoryDeadline()),
                         sc.completedAt() ? QVariant(isoMs(sc.completedAt())) : kNull,
                         sc.deliveredAt() ? QVariant(isoMs(sc.deliveredAt())) : kNull,
                         sc.deliveredAt() ? QVariant(QStringLiteral("{\"kind\":\"applicant\"}"))
                                          : kNull,
                         QStringLiteral("card"), m.bundle ? QVariant(code) : kNull, sc.version(),
                         sc.result() == CaseResult::None ? kNull
                                                         : QVariant(CaseStates::key(sc.result()))});
                    for (const SeedCase::Event &e : sc.events()) {
                        events.add(
                            {caseId,
                             e.step >= 0 ? QVariant(firstSub + e.step)
                                         : SqlValue::typedNull(QMetaType::LongLong),
                             CaseStates::key(e.action), e.from.isEmpty() ? kNull : QVariant(e.from),
                             e.to.isEmpty() ? kNull : QVariant(e.to), e.actor->name, e.actor->id,
                             isoMs(e.at), e.reason.isEmpty() ? kNull : QVariant(e.reason),
                             e.data.isEmpty() ? kNull : QVariant(e.data)});
                        ++eventCount;
                    }
                    for (const SeedCase::Pause &p : sc.pauses()) {
                        pauses.add(
                            {caseId, firstSub + p.step,
                             p.special ? QStringLiteral("special") : QStringLiteral("supplement"),
                             p.special ? QVariant(p.procedure) : kNull, p.reason,
                             p.materials.isEmpty() ? kNull : QVariant(p.materials),
                             p.received.isEmpty() ? kNull : QVariant(p.received),
                             p.expectedEnd.isValid() ? QVariant(isoDate(p.expectedEnd)) : kNull,
                             isoMs(p.startedAt), isoDate(SeedCase::localDay(p.startedAt)),
                             p.endedAt ? QVariant(isoMs(p.endedAt)) : kNull,
                             p.endedAt ? QVariant(isoDate(SeedCase::localDay(p.endedAt))) : kNull});
                        ++pauseCount;
                    }
                    for (const SeedCase::Decision &d : sc.decisions())
                        reviews.add({d.kind,
                                     QStringLiteral("step:%1:v%2")
                                         .arg(firstSub + d.step)
                                         .arg(d.caseVersion),
                                     caseId, number, d.reason, isoMs(d.madeAt), d.maker->id,
                                     d.maker->name, QStringLiteral("approved"), isoMs(d.decidedAt),
                                     d.checker->id, d.checker->name, kNull, 2, firstSub + d.step});
                    for (const SeedCase::Audit &a : sc.audits())
                        audit.add(a.at, a.actor->username, a.counter, a.action, number,
                                  a.step >= 0 ? QStringLiteral("step:%1").arg(firstSub + a.step)
                                              : a.detail);
                    // The visits of the last year: the one that accepted the case,
                    // the one that handed its result over; some rated.
                    if (accepted >= ratingsFrom) {
                        const qint64 intake =
                            beginVisit(clerk, card, personId, acceptedAt - 4 * 60000, acceptedAt,
                                       QStringLiteral("accepted"), number);
                        caseEvidence.add({caseId, evidenceId, QStringLiteral("applicant")});
                        const quint64 rr = DemoMatters::mix(r ^ 0xab);
                        if (rr % 10 < 6)
                            rate(rr >> 4, intake, QStringLiteral("visit"), number, m.templateId,
                                 clerk, acceptedAt + 40000, false);
                        const qint64 ratedAt = sc.completedAt() + 20 * 3600000LL;
                        if (sc.completedAt() && (rr >> 40) % 5 == 0 && ratedAt < endOfDay &&
                            sc.result() != CaseResult::Withdrawn)
                            rate(rr >> 20, intake, QStringLiteral("completion"), number,
                                 m.templateId, clerk, ratedAt, true);
                        if (sc.deliveredBy())
                            beginVisit(*sc.deliveredBy(), card, personId,
                                       sc.deliveredAt() - 3 * 60000, sc.deliveredAt(),
                                       QStringLiteral("handed-over"), number);
                    }
                    const Material &mat =
                        materialKinds().at(int((r >> 12) % quint64(materialKinds().size())));
                    const bool reusable = (r >> 16) % 2 == 0;
                    materials.add(
                        {caseId, personId, QString::fromUtf8(mat.kind),
                         QString::fromUtf8(mat.title), QStringLiteral("counter"), reusable,
                         mat.validYears ? QVariant(isoDate(accepted.addYears(mat.validYears)))
                                        : kNull,
                         QString::fromUtf8(mat.issuer), isoTime(accepted, 9, 0)});
                }
                r = DemoMatters::mix(r);
                if (r % 2 == 0) {
                    const QDate issued = card.birth.addYears(22 + int((r >> 8) % 20));
                    licences.add({personId, QStringLiteral("household-register"),
                                  QStringLiteral("居民户口簿（电子证照）"),
                                  QStringLiteral("HK%1").arg(personId, 10, 10, QLatin1Char('0')),
                                  QStringLiteral("公安"), isoDate(issued), kNull,
                                  QStringLiteral("电子证照库"), now});
                }
                if ((r >> 20) % 10 == 0) {
                    // About one in ten has a booking, within a week around today.
                    const QDate day = m_today.addDays(int((r >> 24) % 7) - 2);
                    const SeedCase::Matter &m =
                        matters.at(weights.at(int((r >> 28) % quint64(weights.size()))));
                    const int slot = int((r >> 36) % 14);
                    appointments.add(
                        {QStringLiteral("YY%1").arg(personId, 10, 10, QLatin1Char('0')), personId,
                         m.matterCode, m.title, isoDate(day),
                         QStringLiteral("%1:%2")
                             .arg(9 + slot / 2, 2, 10, QLatin1Char('0'))
                             .arg(slot % 2 ? 30 : 0, 2, 10, QLatin1Char('0')),
                         day < m_today ? QStringLiteral("done") : QStringLiteral("booked"), now});
                }
                if (flushDue())
                    if (const Status s = flushAll(false); !s)
                        return s;
            }
            return flushAll(true);
        });
        if (!batch)
            return R(batch.error());
        if (progress)
            progress(end, citizens);
    }

    const Status finish = m_db.transaction([&]() -> Status {
        // Numbers handed out here must never be handed out again by a counter.
        for (auto it = lastNumber.constBegin(); it != lastNumber.constEnd(); ++it) {
            auto q = m_db.run(QStringLiteral("INSERT INTO case_number_counters (hall, day,"
                                             " last_value) VALUES (?, ?, ?) ON CONFLICT (hall, day)"
                                             " DO UPDATE SET last_value = excluded.last_value"),
                              {m_hall, it.key().toString(QStringLiteral("yyyyMMdd")), it.value()});
            if (!q)
                return Status(q.error());
        }
        // The checkpoint names the last event the seed wrote.
        if (audit.count() > 0) {
            auto events = m_db.scalar(QStringLiteral("SELECT events FROM audit_head WHERE id = 1"));
            if (!events)
                return Status(events.error());
            AuditHead head;
            head.lastId = audit.lastId();
            head.lastHash = audit.lastHash();
            head.lastAt = audit.lastAt();
            head.events = events.value().toLongLong() + audit.count();
            // Sealed from the start with the key; without it all is the unkeyed prefix.
            head.legacyUntil = key.isNull() ? head.lastId : headId;
            head.mac = key.isNull() ? QString() : key.headMac(head);
            auto q = m_db.run(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?,"
                                             " last_at = ?, events = ?, legacy_until = ?, mac = ?"
                                             " WHERE id = 1"),
                              {head.lastId, head.lastHash, head.lastAt, head.events,
                               head.legacyUntil, SqlValue::textOrNull(head.mac)});
            if (!q)
                return Status(q.error());
        }
        if (pg) {
            for (const char *table : {"persons", "cases", "sub_cases", "visit_evidence", "visits",
                                      "ratings", "audit_events"}) {
                auto q =
                    m_db.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                            " (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                 .arg(QLatin1String(table)));
                if (!q)
                    return Status(q.error());
            }
        }
        return Status::success();
    });
    if (!finish)
        return R(finish.error());
    qCInfo(lcCaseFile) << "bulk rows written in" << clock.elapsed() << "ms; rebuilding indexes";
    for (const IndexDef &index : indexes.value()) {
        auto built = m_db.run(index.sql);
        if (!built)
            return R(built.error());
    }
    const Status counted = m_db.transaction([&]() -> Status {
        return runAll(m_db, HallCountsSql::rebuild() + HallCountsSql::createTriggers());
    });
    if (!counted)
        return R(counted.error());
    qCInfo(lcCaseFile) << "hall counts rebuilt at" << clock.elapsed() << "ms";
    if (!pg) {
        // Statistics from a sample: a full ANALYZE would read every index again.
        auto limited = m_db.run(QStringLiteral("PRAGMA analysis_limit=2000"));
        if (!limited)
            return R(limited.error());
    }
    // The seeded tables only: the catalogue is not the seed's to analyse.
    for (const QString &table : kSeededTables) {
        auto analysed = m_db.run(QStringLiteral("ANALYZE ") + table);
        if (!analysed)
            return R(analysed.error());
    }
    qCInfo(lcCaseFile) << "bulk seed done in" << clock.elapsed() << "ms";

    Totals totals;
    totals.persons = persons.written();
    totals.cases = cases.written();
    totals.subCases = subCases.written();
    totals.events = eventCount;
    totals.pauses = pauseCount;
    totals.decisions = reviews.written();
    totals.materials = materials.written();
    totals.licences = licences.written();
    totals.appointments = appointments.written();
    totals.visits = visits.written();
    totals.ratings = ratingCount;
    totals.followUps = followUpCount;
    totals.auditEvents = audit.count();
    return totals;
}

} // namespace OneWindow
