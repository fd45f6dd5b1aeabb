#include "casefile/BulkSeeder.h"

#include "casefile/CaseFileLog.h"
#include "casefile/CaseNumberAllocator.h"
#include "casefile/CaseState.h"
#include "casefile/DemoMatters.h"
#include "casefile/DemoSeeder.h"
#include "casefile/PinyinInitials.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace OneWindow {

namespace {

const DemoMatter &pickMatter(quint64 r)
{
    static const QList<int> table = [] {
        QList<int> t;
        for (int i = 0; i < DemoMatters::all().size(); ++i)
            for (int w = 0; w < DemoMatters::all().at(i).weight; ++w)
                t << i;
        return t;
    }();
    return DemoMatters::all().at(table.at(int(r % quint64(table.size()))));
}

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

// Timestamps as the hall's local time (UTC+8) in UTC, as the repositories store them.
QString isoTime(const QDate &d, int hour, int minute)
{
    return QDateTime(d, QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600)
        .toUTC()
        .toString(Qt::ISODateWithMs);
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
    QStringLiteral("persons"),   QStringLiteral("cases"),    QStringLiteral("sub_cases"),
    QStringLiteral("materials"), QStringLiteral("licences"), QStringLiteral("appointments"),
};

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
    for (const char *table : {"persons", "cases"}) {
        auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!n)
            return R(n.error());
        if (n.value().toLongLong() > 0)
            return R::failure(QStringLiteral("db-not-empty"),
                              QStringLiteral("%1 already has rows").arg(QLatin1String(table)));
    }
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
    if (!pg) {
        for (const char *pragma :
             {"PRAGMA synchronous=OFF", "PRAGMA cache_size=-131072", "PRAGMA temp_store=MEMORY"}) {
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
            }
        }
    } restore{m_db, pg};

    // SQLite allows 32766 bound values per statement, PostgreSQL 65535.
    const int rows = 200;
    BatchInserter persons(
        m_db, QStringLiteral("persons"),
        {QStringLiteral("id"), QStringLiteral("id_number"), QStringLiteral("name"),
         QStringLiteral("name_initials"), QStringLiteral("sex"), QStringLiteral("birth"),
         QStringLiteral("ethnicity"), QStringLiteral("address"), QStringLiteral("phone"),
         QStringLiteral("card_kind"), QStringLiteral("card_valid_until"),
         QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("version")},
        rows);
    BatchInserter cases(
        m_db, QStringLiteral("cases"),
        {QStringLiteral("id"), QStringLiteral("case_number"), QStringLiteral("person_id"),
         QStringLiteral("matter_code"), QStringLiteral("template_id"),
         QStringLiteral("template_version"), QStringLiteral("title"), QStringLiteral("state"),
         QStringLiteral("counter_code"), QStringLiteral("accepted_at"), QStringLiteral("deadline"),
         QStringLiteral("completed_at"), QStringLiteral("identity_source"),
         QStringLiteral("bundle_code"), QStringLiteral("version"), QStringLiteral("result")},
        rows);
    BatchInserter subCases(
        m_db, QStringLiteral("sub_cases"),
        {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("step_order"),
         QStringLiteral("department"), QStringLiteral("title"), QStringLiteral("state"),
         QStringLiteral("deadline"), QStringLiteral("completed_at"), QStringLiteral("version"),
         QStringLiteral("step_key"), QStringLiteral("starts_on"), QStringLiteral("working_days")},
        rows);
    BatchInserter materials(
        m_db, QStringLiteral("materials"),
        {QStringLiteral("case_id"), QStringLiteral("person_id"), QStringLiteral("kind"),
         QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("reusable"),
         QStringLiteral("valid_until"), QStringLiteral("issuer"), QStringLiteral("created_at")},
        rows);
    BatchInserter licences(
        m_db, QStringLiteral("licences"),
        {QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("title"),
         QStringLiteral("number"), QStringLiteral("issuer"), QStringLiteral("issued_on"),
         QStringLiteral("valid_until"), QStringLiteral("source"), QStringLiteral("created_at")},
        rows);
    BatchInserter appointments(m_db, QStringLiteral("appointments"),
                               {QStringLiteral("code"), QStringLiteral("person_id"),
                                QStringLiteral("matter_code"), QStringLiteral("title"),
                                QStringLiteral("day"), QStringLiteral("slot"),
                                QStringLiteral("state"), QStringLiteral("created_at")},
                               rows);

    // Parents before children, so every reference already exists.
    const QList<BatchInserter *> inOrder = {&persons,   &cases,    &subCases,
                                            &materials, &licences, &appointments};
    // Persons and cases go out whole, so any child row sent refers to a stored
    // parent; the children go out in full batches only, until the end.
    const auto flushAll = [&](bool all) -> Status {
        for (BatchInserter *b : inOrder)
            if (const Status s = b->flush(all || b == &persons || b == &cases); !s)
                return s;
        return Status::success();
    };

    SyntheticIdentityGenerator generator(seed, DemoSeeder::referenceDate());
    QHash<QDate, qint64> lastNumber; // per accepted day
    qint64 caseId = 0;
    qint64 subCaseId = 0;
    const QString now = isoTime(m_today, 8, 0);
    const qint64 perTransaction = 20000;
    const QString yes = QStringLiteral("1");

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
                    const DemoMatter &m = pickMatter(r);
                    // The newest case of a citizen is often still open.
                    const int daysAgo = k == 0 ? int((r >> 8) % 30) : int((r >> 8) % 1500);
                    const QDate accepted = m_today.addDays(-daysAgo);
                    const bool open = daysAgo < 25 && (r >> 20) % 3 != 0;
                    const qint64 seq = ++lastNumber[accepted];
                    const QString number = CaseNumberAllocator::format(m_hall, accepted, seq);
                    ++caseId;
                    QDate latest = accepted;
                    const int subs = int(m.departments.size());
                    for (int s = 0; s < subs; ++s) {
                        const int days = 5 + int((r >> (40 + s)) % 10);
                        const QDate due = DemoMatters::addWorkingDays(accepted, days);
                        latest = qMax(latest, due);
                        StepState state = StepState::Approved;
                        QVariant done = isoTime(due.addDays(-1), 15, 0);
                        if (open && (r >> (44 + s)) % 3 != 0) {
                            state = StepState::Open;
                            done = kNull;
                        }
                        const QString dept = QString::fromUtf8(m.departments.at(s));
                        subCases.add({++subCaseId, caseId, s, dept,
                                      QString::fromUtf8(m.title) + QStringLiteral(" · ") + dept,
                                      CaseStates::key(state), isoDate(due), done, 1,
                                      QStringLiteral("step-%1").arg(s + 1), isoDate(accepted),
                                      days});
                    }
                    CaseState state = CaseState::InProgress;
                    CaseResult result = CaseResult::None;
                    QVariant completed = kNull;
                    if (!open) {
                        // Older results were collected; recent ones may still wait.
                        state = latest.daysTo(m_today) > 10 ? CaseState::Delivered
                                                            : CaseState::Completed;
                        result = (r >> 50) % 15 == 0 ? CaseResult::Refused : CaseResult::Granted;
                        completed = isoTime(latest, 16, 30);
                    }
                    const QString code = QString::fromUtf8(m.code);
                    cases.add(
                        {caseId, number, personId, code, code, 1, QString::fromUtf8(m.title),
                         CaseStates::key(state),
                         QStringLiteral("A%1").arg(1 + int((r >> 30) % 6), 2, 10, QLatin1Char('0')),
                         isoTime(accepted, 9 + int((r >> 34) % 8), int((r >> 38) % 60)),
                         isoDate(latest), completed, QStringLiteral("card"),
                         subs > 1 ? QVariant(code) : kNull, 1,
                         result == CaseResult::None ? kNull : QVariant(CaseStates::key(result))});
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
                    const DemoMatter &m = pickMatter(r >> 28);
                    const int slot = int((r >> 36) % 14);
                    appointments.add(
                        {QStringLiteral("YY%1").arg(personId, 10, 10, QLatin1Char('0')), personId,
                         QString::fromUtf8(m.code), QString::fromUtf8(m.title), isoDate(day),
                         QStringLiteral("%1:%2")
                             .arg(9 + slot / 2, 2, 10, QLatin1Char('0'))
                             .arg(slot % 2 ? 30 : 0, 2, 10, QLatin1Char('0')),
                         day < m_today ? QStringLiteral("done") : QStringLiteral("booked"), now});
                }
                bool anyFull = false;
                for (const BatchInserter *b : inOrder)
                    anyFull = anyFull || b->full();
                if (anyFull)
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
        if (pg) {
            for (const char *table : {"persons", "cases", "sub_cases"}) {
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
    if (!pg) {
        // Statistics from a sample: a full ANALYZE would read every index again.
        auto limited = m_db.run(QStringLiteral("PRAGMA analysis_limit=2000"));
        if (!limited)
            return R(limited.error());
    }
    auto analysed = m_db.run(QStringLiteral("ANALYZE"));
    if (!analysed)
        return R(analysed.error());
    qCInfo(lcCaseFile) << "bulk seed done in" << clock.elapsed() << "ms";

    Totals totals;
    totals.persons = persons.written();
    totals.cases = cases.written();
    totals.subCases = subCases.written();
    totals.materials = materials.written();
    totals.licences = licences.written();
    totals.appointments = appointments.written();
    return totals;
}

} // namespace OneWindow
