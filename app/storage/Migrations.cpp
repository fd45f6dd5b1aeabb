#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QDateTime>

namespace OneWindow {

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = {
        {1,
         QStringLiteral("counters, users, persons, cases, sub-cases, materials, audit"),
         {
             QStringLiteral("CREATE TABLE counters (id %ID%, code TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE users (id %ID%, username TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL, role TEXT NOT NULL,"
                            " department TEXT, password_hash TEXT NOT NULL,"
                            " active %BOOL% NOT NULL, created_at %TS% NOT NULL)"),
             QStringLiteral("CREATE TABLE persons (id %ID%, id_number TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL, name_en TEXT, sex TEXT NOT NULL,"
                            " birth %DATE%, ethnicity TEXT, nationality TEXT, address TEXT,"
                            " phone TEXT, card_kind TEXT, card_valid_until %DATE%,"
                            " created_at %TS% NOT NULL, updated_at %TS% NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX persons_name ON persons (name)"),
             QStringLiteral("CREATE INDEX persons_phone ON persons (phone)"),
             QStringLiteral("CREATE TABLE case_number_counters (hall TEXT NOT NULL,"
                            " day TEXT NOT NULL, last_value INTEGER NOT NULL,"
                            " PRIMARY KEY (hall, day))"),
             QStringLiteral(
                 "CREATE TABLE cases (id %ID%, case_number TEXT NOT NULL UNIQUE,"
                 " person_id %BIGINT% NOT NULL REFERENCES persons(id),"
                 " matter_code TEXT NOT NULL, template_id TEXT, template_version INTEGER,"
                 " title TEXT NOT NULL, state TEXT NOT NULL, counter_code TEXT,"
                 " clerk_id %BIGINT% REFERENCES users(id), accepted_at %TS% NOT NULL,"
                 " deadline %DATE%, completed_at %TS%, identity_source TEXT NOT NULL,"
                 " identity_flags TEXT, form_data TEXT, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX cases_person ON cases (person_id, accepted_at)"),
             QStringLiteral("CREATE TABLE sub_cases (id %ID%,"
                            " case_id %BIGINT% NOT NULL REFERENCES cases(id),"
                            " step_order INTEGER NOT NULL, department TEXT NOT NULL,"
                            " title TEXT NOT NULL, state TEXT NOT NULL, deadline %DATE%,"
                            " completed_at %TS%, version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX sub_cases_case ON sub_cases (case_id)"),
             QStringLiteral("CREATE TABLE materials (id %ID%,"
                            " case_id %BIGINT% REFERENCES cases(id),"
                            " person_id %BIGINT% REFERENCES persons(id), kind TEXT NOT NULL,"
                            " title TEXT NOT NULL, source TEXT NOT NULL,"
                            " reusable %BOOL% NOT NULL, valid_until %DATE%,"
                            " checksum TEXT, created_at %TS% NOT NULL)"),
             QStringLiteral("CREATE INDEX materials_person ON materials (person_id)"),
             QStringLiteral("CREATE TABLE audit_events (id %ID%, at TEXT NOT NULL,"
                            " user_name TEXT, counter_code TEXT, action TEXT NOT NULL,"
                            " subject TEXT, detail TEXT, prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
         }},
        {2,
         QStringLiteral("drafts: intakes in progress, autosaved"),
         {
             // data is the form's JSON text; version guards concurrent autosaves.
             QStringLiteral("CREATE TABLE drafts (id %ID%,"
                            " person_id %BIGINT% REFERENCES persons(id), id_number TEXT,"
                            " template_id TEXT NOT NULL, template_version INTEGER NOT NULL,"
                            " data TEXT NOT NULL, counter_code TEXT,"
                            " clerk_id %BIGINT% REFERENCES users(id),"
                            " created_at %TS% NOT NULL, updated_at %TS% NOT NULL,"
                            " version INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE INDEX drafts_person ON drafts (person_id, updated_at)"),
             QStringLiteral("CREATE INDEX drafts_id_number ON drafts (id_number)"),
             QStringLiteral("CREATE INDEX drafts_clerk ON drafts (clerk_id, updated_at)"),
         }},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

QString Migrations::translate(const QString &statement, DatabaseUrl::Dialect dialect)
{
    const bool pg = dialect == DatabaseUrl::Dialect::Postgres;
    QString s = statement;
    s.replace(QLatin1String("%ID%"), pg ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                        : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    s.replace(QLatin1String("%TS%"), pg ? QLatin1String("TIMESTAMPTZ") : QLatin1String("TEXT"));
    s.replace(QLatin1String("%DATE%"), pg ? QLatin1String("DATE") : QLatin1String("TEXT"));
    s.replace(QLatin1String("%BOOL%"), pg ? QLatin1String("BOOLEAN") : QLatin1String("INTEGER"));
    s.replace(QLatin1String("%BLOB%"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    s.replace(QLatin1String("%BIGINT%"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
    return s;
}

Result<int> Migrations::currentVersion(const Database &db)
{
    const QStringList tables = db.connection().tables();
    if (!tables.contains(QLatin1String("schema_migrations")))
        return 0;
    auto v = db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!v)
        return Result<int>(v.error());
    return v.value().isNull() ? 0 : v.value().toInt();
}

Status Migrations::apply(const Database &db)
{
    if (!db.connection().tables().contains(QLatin1String("schema_migrations"))) {
        auto created = db.run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                             "version INTEGER PRIMARY KEY, description TEXT,"
                                             " applied_at TEXT NOT NULL)"));
        if (!created)
            return Status(created.error());
    }
    auto current = currentVersion(db);
    if (!current)
        return Status(current.error());
    if (current.value() > latestVersion())
        return Status::failure(QStringLiteral("db-too-new"),
                               QStringLiteral("schema %1 is newer than this program (%2)")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    for (const Step &step : steps()) {
        if (step.version <= current.value())
            continue;
        const Status applied = db.transaction([&]() -> Status {
            for (const QString &statement : step.statements) {
                auto q = db.run(translate(statement, db.dialect()));
                if (!q)
                    return Status(q.error());
            }
            auto recorded = db.run(QStringLiteral("INSERT INTO schema_migrations"
                                                  " (version, description, applied_at)"
                                                  " VALUES (?, ?, ?)"),
                                   {step.version, step.description,
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            return recorded ? Status::success() : Status(recorded.error());
        });
        if (!applied)
            return applied;
        qCInfo(lcStorage) << "applied migration" << step.version << step.description;
    }
    return Status::success();
}

} // namespace OneWindow
