#include "helpers/HallCountsCheck.h"

#include "storage/Database.h"
#include "storage/HallCountsSql.h"
#include "storage/Migrations.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace OneWindow::Test {

namespace {

Result<QStringList> rows(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT kind, hour, k1, k2, k3, k4, k5, n FROM hall_counts"
                                   " ORDER BY kind, hour, k1, k2, k3, k4, k5"));
    if (!q)
        return Result<QStringList>(q.error());
    QStringList list;
    while (q.value().next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields << q.value().value(i).toString();
        list << fields.join(QLatin1Char('|'));
    }
    return list;
}

} // namespace

QString HallCountsCheck::differences(const Database &db)
{
    auto kept = rows(db);
    if (!kept)
        return QStringLiteral("cannot read hall_counts: ") + kept.error().detail;
    QStringList rebuilt;
    QString failure;
    // Rolled back by failing on purpose: the check leaves the database as it was.
    (void)db.transaction([&]() -> Status {
        for (const QString &statement : HallCountsSql::rebuild()) {
            const QString sql = Migrations::translate(statement, db.dialect());
            if (sql.isEmpty())
                continue;
            if (auto q = db.run(sql); !q) {
                failure = QStringLiteral("rebuild failed: ") + q.error().detail;
                return Status(q.error());
            }
        }
        auto r = rows(db);
        if (!r)
            failure = QStringLiteral("cannot read the rebuilt counts: ") + r.error().detail;
        else
            rebuilt = r.value();
        return Status::failure(QStringLiteral("check-only"));
    });
    if (!failure.isEmpty())
        return failure;
    if (kept.value() == rebuilt)
        return {};
    const QSet<QString> keptSet(kept.value().cbegin(), kept.value().cend());
    const QSet<QString> rebuiltSet(rebuilt.cbegin(), rebuilt.cend());
    QStringList report;
    for (const QString &row : kept.value())
        if (!rebuiltSet.contains(row) && report.size() < 10)
            report << QStringLiteral("kept only: ") + row;
    for (const QString &row : std::as_const(rebuilt))
        if (!keptSet.contains(row) && report.size() < 20)
            report << QStringLiteral("rebuilt only: ") + row;
    return QStringLiteral("%1 rows kept, %2 rebuilt; ")
               .arg(kept.value().size())
               .arg(rebuilt.size()) +
           report.join(QStringLiteral("; "));
}

} // namespace OneWindow::Test
