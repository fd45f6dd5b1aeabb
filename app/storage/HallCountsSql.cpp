#include "storage/HallCountsSql.h"

#include <QList>

namespace OneWindow::HallCountsSql {

namespace {

const QString kColumns = QStringLiteral("kind, hour, k1, k2, k3, k4, k5");
// The migration that made hall_counts.
constexpr int kFirstVersion = 20;

// One kind of count over the rows of a table, in terms of a row reference `r`
// (NEW, OLD, or the table's alias in rebuild()).
struct Count
{
    QString kind;
    QString hour; // an expression, or "''" for a count of now
    QStringList keys;
    QString condition;
};

// Expressions for one dialect.
struct Sql
{
    bool pg;

    // The UTC hour of a timestamp, "YYYY-MM-DDTHH".
    QString hour(const QString &ts) const
    {
        return pg ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24')").arg(ts)
                  : QStringLiteral("substr(%1, 1, 13)").arg(ts);
    }
    QString day(const QString &date) const
    {
        return pg ? QStringLiteral("COALESCE(to_char(%1, 'YYYY-MM-DD'), '')").arg(date)
                  : QStringLiteral("COALESCE(%1, '')").arg(date);
    }
    static QString text(const QString &value)
    {
        return QStringLiteral("COALESCE(CAST(%1 AS TEXT), '')").arg(value);
    }
    // Whole seconds from `from` to `to` (never negative), to the nearest minute.
    QString minutes(const QString &from, const QString &to) const
    {
        const QString seconds =
            pg ? QStringLiteral("GREATEST(0, CAST(floor(extract(epoch FROM %2)) AS BIGINT)"
                                " - CAST(floor(extract(epoch FROM %1)) AS BIGINT))")
                     .arg(from, to)
               : QStringLiteral("MAX(0, unixepoch(%2) - unixepoch(%1))").arg(from, to);
        return QStringLiteral("CAST((%1 + 30) / 60 AS TEXT)").arg(seconds);
    }
};

// A table whose rows are counted, and when its triggers fire.
struct Source
{
    QString table;
    // An UPDATE of these columns moves the row's counts (empty: never updated).
    QStringList updateColumns;
    // The update takes the old row's counts away first (visits are counted
    // once, when they end).
    bool subtractOnUpdate = true;
    QString updateWhen; // in terms of OLD and NEW, or empty
    bool deletes = true;
    QList<Count> (*counts)(const Sql &sql, const QString &r) = nullptr;
    // The migration that began counting this table's rows.
    int since = kFirstVersion;
};

QList<Count> caseCounts(const Sql &sql, const QString &r)
{
    return {
        {QStringLiteral("case-state"),
         QStringLiteral("''"),
         {r + QStringLiteral(".state"), sql.day(r + QStringLiteral(".deadline"))},
         QStringLiteral("TRUE")},
        {QStringLiteral("accepted"),
         sql.hour(r + QStringLiteral(".accepted_at")),
         {QStringLiteral("COALESCE(%1.counter_code, '')").arg(r),
          Sql::text(r + QStringLiteral(".clerk_id")), r + QStringLiteral(".matter_code"),
          r + QStringLiteral(".title")},
         r + QStringLiteral(".accepted_at IS NOT NULL")},
        {QStringLiteral("completed"),
         sql.hour(r + QStringLiteral(".completed_at")),
         {sql.day(r + QStringLiteral(".deadline"))},
         QStringLiteral("%1.completed_at IS NOT NULL AND %1.state IN ('completed', 'delivered')")
             .arg(r)},
        {QStringLiteral("waiting"),
         sql.hour(r + QStringLiteral(".completed_at")),
         {},
         QStringLiteral("%1.completed_at IS NOT NULL AND %1.state = 'completed'").arg(r)},
    };
}

QList<Count> stepCounts(const Sql &sql, const QString &r)
{
    return {{QStringLiteral("step"),
             QStringLiteral("''"),
             {r + QStringLiteral(".state"), r + QStringLiteral(".department"),
              sql.day(r + QStringLiteral(".deadline")),
              QStringLiteral("CASE WHEN %1.holder_id IS NOT NULL THEN '1' ELSE '0' END").arg(r)},
             QStringLiteral("TRUE")}};
}

QList<Count> decisionCounts(const Sql &sql, const QString &r)
{
    return {{QStringLiteral("decision"),
             sql.hour(r + QStringLiteral(".at")),
             {QStringLiteral("COALESCE((SELECT s.department FROM sub_cases s"
                             " WHERE s.id = %1.sub_case_id), '')")
                  .arg(r),
              r + QStringLiteral(".to_state")},
             QStringLiteral("%1.sub_case_id IS NOT NULL"
                            " AND %1.to_state IN ('approved', 'returned', 'refused')")
                 .arg(r)}};
}

QList<Count> visitCounts(const Sql &sql, const QString &r)
{
    return {
        {QStringLiteral("visit"),
         sql.hour(r + QStringLiteral(".started_at")),
         {r + QStringLiteral(".counter_code"), QStringLiteral("COALESCE(%1.outcome, '')").arg(r),
          sql.minutes(r + QStringLiteral(".started_at"), r + QStringLiteral(".ended_at"))},
         r + QStringLiteral(".ended_at IS NOT NULL")}};
}

QList<Count> ratingCounts(const Sql &sql, const QString &r)
{
    return {{QStringLiteral("rating"),
             sql.hour(r + QStringLiteral(".at")),
             {r + QStringLiteral(".counter_code"), Sql::text(r + QStringLiteral(".clerk_id")),
              r + QStringLiteral(".matter_id"), r + QStringLiteral(".level"),
              QStringLiteral("COALESCE((SELECT c.title FROM cases c"
                             " WHERE c.case_number = %1.case_number), '')")
                  .arg(r)},
             QStringLiteral("TRUE")}};
}

// A pause of a step, under the step's department: an open one by the day it
// began, an ended one by the day it ended and the day it began, so that the
// days of pauses inside a range read only the pauses that touch it.
QList<Count> pauseCounts(const Sql &sql, const QString &r)
{
    const QString department = QStringLiteral("COALESCE((SELECT s.department FROM sub_cases s"
                                              " WHERE s.id = %1.sub_case_id), '')")
                                   .arg(r);
    return {
        {QStringLiteral("pause-open"),
         sql.day(r + QStringLiteral(".start_day")),
         {department},
         QStringLiteral("%1.sub_case_id IS NOT NULL AND %1.end_day IS NULL").arg(r)},
        {QStringLiteral("pause-ended"),
         sql.day(r + QStringLiteral(".end_day")),
         {department, sql.day(r + QStringLiteral(".start_day"))},
         QStringLiteral("%1.sub_case_id IS NOT NULL AND %1.end_day IS NOT NULL").arg(r)},
    };
}

const QList<Source> &sources()
{
    static const QList<Source> all = {
        {QStringLiteral("cases"),
         {QStringLiteral("state"), QStringLiteral("deadline"), QStringLiteral("accepted_at"),
          QStringLiteral("completed_at"), QStringLiteral("counter_code"),
          QStringLiteral("clerk_id"), QStringLiteral("matter_code"), QStringLiteral("title")},
         true,
         {},
         true,
         caseCounts},
        {QStringLiteral("sub_cases"),
         {QStringLiteral("state"), QStringLiteral("department"), QStringLiteral("deadline"),
          QStringLiteral("holder_id")},
         true,
         {},
         true,
         stepCounts},
        {QStringLiteral("case_events"), {}, true, {}, false, decisionCounts},
        {QStringLiteral("visits"),
         {QStringLiteral("ended_at")},
         false,
         QStringLiteral("OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL"),
         false,
         visitCounts},
        {QStringLiteral("ratings"), {}, true, {}, false, ratingCounts},
        {QStringLiteral("case_pauses"),
         {QStringLiteral("sub_case_id"), QStringLiteral("start_day"), QStringLiteral("end_day")},
         true,
         {},
         true,
         pauseCounts,
         21},
    };
    return all;
}

QString padded(const QStringList &keys)
{
    QStringList all = keys;
    while (all.size() < 5)
        all << QStringLiteral("''");
    return all.join(QStringLiteral(", "));
}

QString upsert(const QString &select)
{
    return QStringLiteral("INSERT INTO hall_counts (%1, n) %2 ON CONFLICT (%1)"
                          " DO UPDATE SET n = hall_counts.n + excluded.n")
        .arg(kColumns, select);
}

// Adds (+1) or takes away (-1) the counts of one row.
QStringList moved(const Sql &sql, const Source &source, const QString &row, int sign)
{
    QStringList statements;
    for (const Count &c : source.counts(sql, row)) {
        statements << upsert(QStringLiteral("SELECT '%1', %2, %3, %4 WHERE %5")
                                 .arg(c.kind, c.hour, padded(c.keys))
                                 .arg(sign)
                                 .arg(c.condition));
        if (sign > 0)
            continue;
        QStringList match = {QStringLiteral("kind = '%1'").arg(c.kind),
                             QStringLiteral("hour = ") + c.hour};
        for (int i = 0; i < c.keys.size(); ++i)
            match << QStringLiteral("k%1 = %2").arg(i + 1).arg(c.keys.at(i));
        for (int i = int(c.keys.size()); i < 5; ++i)
            match << QStringLiteral("k%1 = ''").arg(i + 1);
        statements << QStringLiteral("DELETE FROM hall_counts WHERE n = 0 AND %1 AND (%2)")
                          .arg(match.join(QStringLiteral(" AND ")), c.condition);
    }
    // A visit's matters: each template among the cases it touched, once, or
    // none ("") when it touched no case.
    if (source.table == QLatin1String("visits") && sign > 0)
        statements << upsert(
            QStringLiteral("SELECT 'visit-matter', %1, m.matter, %2, m.title, '', '', 1 FROM"
                           " (SELECT COALESCE(c.template_id, '') AS matter,"
                           " COALESCE(MIN(c.title), '') AS title FROM visit_cases vc"
                           " LEFT JOIN cases c ON c.case_number = vc.case_number"
                           " WHERE vc.visit_id = %3.id GROUP BY COALESCE(c.template_id, '')"
                           " UNION ALL SELECT '', '' WHERE NOT EXISTS (SELECT 1 FROM visit_cases"
                           " WHERE visit_id = %3.id)) m WHERE %3.ended_at IS NOT NULL")
                .arg(sql.hour(row + QStringLiteral(".started_at")),
                     sql.minutes(row + QStringLiteral(".started_at"),
                                 row + QStringLiteral(".ended_at")),
                     row));
    return statements;
}

QString triggerName(const Source &source, const QString &event)
{
    return QStringLiteral("%1_counts_%2").arg(source.table, event);
}

QString sqliteTrigger(const Source &source, const QString &event, const QString &when,
                      const QStringList &body)
{
    return QStringLiteral("sqlite:CREATE TRIGGER %1 AFTER %2 ON %3%4 BEGIN %5; END")
        .arg(triggerName(source, event.section(QLatin1Char(' '), 0, 0).toLower()), event,
             source.table, when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when,
             body.join(QStringLiteral("; ")));
}

QString pgTrigger(const Source &source, const QString &event, const QString &when)
{
    return QStringLiteral("pg:CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW%4"
                          " EXECUTE FUNCTION onewindow_counts_%3()")
        .arg(triggerName(source, event.section(QLatin1Char(' '), 0, 0).toLower()), event,
             source.table, when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(when));
}

QStringList triggers(const Source &source)
{
    const Sql sqlite{false};
    const Sql pg{true};
    const QString update =
        QStringLiteral("UPDATE OF ") + source.updateColumns.join(QStringLiteral(", "));
    QStringList list;

    list << sqliteTrigger(source, QStringLiteral("INSERT"), {},
                          moved(sqlite, source, QStringLiteral("NEW"), 1));
    if (!source.updateColumns.isEmpty()) {
        QStringList body;
        if (source.subtractOnUpdate)
            body << moved(sqlite, source, QStringLiteral("OLD"), -1);
        body << moved(sqlite, source, QStringLiteral("NEW"), 1);
        list << sqliteTrigger(source, update, source.updateWhen, body);
    }
    if (source.deletes)
        list << sqliteTrigger(source, QStringLiteral("DELETE"), {},
                              moved(sqlite, source, QStringLiteral("OLD"), -1));

    // PostgreSQL: one function per table, run as its owner (the counters' role
    // may read the counts, never write them), and a statement trigger that
    // takes the hall's write lock before the first row.
    const QStringList taken = moved(pg, source, QStringLiteral("OLD"), -1);
    const QStringList added = moved(pg, source, QStringLiteral("NEW"), 1);
    QString body = QStringLiteral("BEGIN");
    if (source.subtractOnUpdate)
        body += QStringLiteral(" IF TG_OP <> 'INSERT' THEN %1; END IF;")
                    .arg(taken.join(QStringLiteral("; ")));
    body += QStringLiteral(" IF TG_OP <> 'DELETE' THEN %1; END IF; RETURN NULL; END")
                .arg(added.join(QStringLiteral("; ")));
    list << QStringLiteral("pg:CREATE OR REPLACE FUNCTION onewindow_counts_%1() RETURNS trigger"
                           " LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp"
                           " AS $$ %2 $$")
                .arg(source.table, body);
    list << QStringLiteral("pg:CREATE TRIGGER %1_counts_lock BEFORE INSERT OR UPDATE OR DELETE"
                           " ON %1 FOR EACH STATEMENT EXECUTE FUNCTION onewindow_counts_lock()")
                .arg(source.table);
    list << pgTrigger(source, QStringLiteral("INSERT"), {});
    if (!source.updateColumns.isEmpty())
        list << pgTrigger(source, update, source.updateWhen);
    if (source.deletes)
        list << pgTrigger(source, QStringLiteral("DELETE"), {});
    return list;
}

// INSERT ... SELECT of one kind of count over a whole table.
QString rebuilt(const Source &source, const Count &c)
{
    QStringList named;
    named << QStringLiteral("%1 AS h").arg(c.hour);
    for (int i = 0; i < 5; ++i)
        named << QStringLiteral("%1 AS k%2")
                     .arg(i < c.keys.size() ? c.keys.at(i) : QStringLiteral("''"))
                     .arg(i + 1);
    return QStringLiteral("INSERT INTO hall_counts (%1, n) SELECT '%2', h, k1, k2, k3, k4, k5,"
                          " COUNT(*) FROM (SELECT %3 FROM %4 r WHERE %5) x"
                          " GROUP BY h, k1, k2, k3, k4, k5")
        .arg(kColumns, c.kind, named.join(QStringLiteral(", ")), source.table, c.condition);
}

QString prefixOf(const Sql &sql)
{
    return sql.pg ? QStringLiteral("pg:") : QStringLiteral("sqlite:");
}

// The INSERTs of every count of one source, for one dialect.
QStringList rebuiltSource(const Sql &sql, const Source &source)
{
    QStringList list;
    for (const Count &c : source.counts(sql, QStringLiteral("r")))
        list << prefixOf(sql) + rebuilt(source, c);
    return list;
}

// Every count of the sources counted by migration `upTo` and before
// (every source when 0), from an empty table.
QStringList rebuildFor(const Sql &sql, int upTo)
{
    const QString prefix = prefixOf(sql);
    QStringList list;
    list << prefix + QStringLiteral("DELETE FROM hall_counts");
    for (const Source &source : sources())
        if (upTo == 0 || source.since <= upTo)
            list << rebuiltSource(sql, source);
    list << prefix +
                QStringLiteral(
                    "INSERT INTO hall_counts (%1, n) SELECT 'visit-matter', h, matter, minutes,"
                    " MIN(title), '', '', COUNT(*) FROM (SELECT %2 AS h, m.matter, %3 AS minutes,"
                    " m.title FROM visits r JOIN (SELECT vc.visit_id,"
                    " COALESCE(c.template_id, '') AS matter, COALESCE(MIN(c.title), '') AS title"
                    " FROM visit_cases vc LEFT JOIN cases c ON c.case_number = vc.case_number"
                    " GROUP BY vc.visit_id, COALESCE(c.template_id, '')"
                    " UNION ALL SELECT v.id, '', '' FROM visits v WHERE NOT EXISTS"
                    " (SELECT 1 FROM visit_cases vc WHERE vc.visit_id = v.id)) m"
                    " ON m.visit_id = r.id WHERE r.ended_at IS NOT NULL) x"
                    " GROUP BY h, matter, minutes, title")
                    .arg(kColumns, sql.hour(QStringLiteral("r.started_at")),
                         sql.minutes(QStringLiteral("r.started_at"), QStringLiteral("r.ended_at")));
    return list;
}

} // namespace

QStringList schema()
{
    QStringList list = {
        QStringLiteral("CREATE TABLE hall_counts (kind TEXT NOT NULL, hour TEXT NOT NULL,"
                       " k1 TEXT NOT NULL, k2 TEXT NOT NULL, k3 TEXT NOT NULL, k4 TEXT NOT NULL,"
                       " k5 TEXT NOT NULL, n %BIGINT% NOT NULL,"
                       " PRIMARY KEY (kind, hour, k1, k2, k3, k4, k5))"),
        // Whoever default privileges gave more than reading: the counts are the
        // triggers' to write.
        QStringLiteral("pg:DO $$ DECLARE r record; BEGIN"
                       " FOR r IN SELECT DISTINCT a.grantee FROM pg_class c, aclexplode(c.relacl) a"
                       " WHERE c.oid = 'hall_counts'::regclass AND a.grantee <> c.relowner"
                       " AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'INSERT') LOOP"
                       " EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON hall_counts FROM '"
                       " || CASE WHEN r.grantee = 0 THEN 'PUBLIC'"
                       " ELSE quote_ident(pg_get_userbyid(r.grantee)) END;"
                       " END LOOP; END $$"),
        QStringLiteral("pg:CREATE FUNCTION onewindow_counts_lock() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock(%1);"
                       " RETURN NULL; END $$")
            .arg(kHallWriteLock),
    };
    // As migration 20 made them: the sources counted since are added by theirs.
    for (const Source &source : sources())
        if (source.since == kFirstVersion)
            list << triggers(source);
    return list + rebuildFor(Sql{false}, kFirstVersion) + rebuildFor(Sql{true}, kFirstVersion);
}

QStringList addedIn(int version)
{
    QStringList list;
    for (const Source &source : sources()) {
        if (source.since != version)
            continue;
        list << triggers(source) << rebuiltSource(Sql{false}, source)
             << rebuiltSource(Sql{true}, source);
    }
    return list;
}

QStringList rebuild()
{
    return rebuildFor(Sql{false}, 0) + rebuildFor(Sql{true}, 0);
}

QStringList dropTriggers()
{
    QStringList list;
    for (const Source &source : sources()) {
        QStringList events = {QStringLiteral("insert")};
        if (!source.updateColumns.isEmpty())
            events << QStringLiteral("update");
        if (source.deletes)
            events << QStringLiteral("delete");
        for (const QString &event : events) {
            list << QStringLiteral("sqlite:DROP TRIGGER IF EXISTS %1")
                        .arg(triggerName(source, event));
            list << QStringLiteral("pg:DROP TRIGGER IF EXISTS %1 ON %2")
                        .arg(triggerName(source, event), source.table);
        }
        list << QStringLiteral("pg:DROP TRIGGER IF EXISTS %1_counts_lock ON %1").arg(source.table);
    }
    return list;
}

QStringList createTriggers()
{
    QStringList list;
    for (const Source &source : sources())
        list << triggers(source);
    return list;
}

} // namespace OneWindow::HallCountsSql
