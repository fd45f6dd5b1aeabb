#include "ratings/RatingRepository.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>

namespace OneWindow {

Result<qint64> RatingRepository::insert(const Rating &r) const
{
    // A visit without a case (a one-time notification, "next") is rated too: its
    // case and matter are "", never NULL (the columns are NOT NULL DEFAULT '').
    const auto notNull = [](const QString &s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    auto q = m_db.run(
        QStringLiteral("INSERT INTO ratings (visit_id, stage, case_number, matter_id,"
                       " counter_code, clerk_id, level, reasons, comment, channel, at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.visitId, Rating::stageKey(r.stage), notNull(r.caseNumber), notNull(r.matterId),
         r.counterCode, r.clerkId, RatingLevels::key(r.level), r.reasons.join(QLatin1Char(',')),
         SqlValue::textOrNull(r.comment), r.channel, r.at.toUTC()});
    if (!q)
        return Result<qint64>(q.error());
    if (!q.value().next())
        return Result<qint64>::failure(QStringLiteral("db-error"),
                                       QStringLiteral("no rating id returned"));
    return q.value().value(0).toLongLong();
}

Result<bool> RatingRepository::visitRated(qint64 visitId) const
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT 1 FROM ratings WHERE visit_id = ? AND stage = 'visit'"), {visitId});
    if (!v)
        return Result<bool>(v.error());
    return v.value().isValid();
}

Result<bool> RatingRepository::completionRated(const QString &caseNumber) const
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT 1 FROM ratings WHERE case_number = ? AND stage = 'completion'"),
        {caseNumber});
    if (!v)
        return Result<bool>(v.error());
    return v.value().isValid();
}

Result<QList<Rating>> RatingRepository::between(const QDateTime &from, const QDateTime &to) const
{
    using R = Result<QList<Rating>>;
    auto q = m_db.run(QStringLiteral("SELECT r.id, r.visit_id, r.stage, r.case_number,"
                                     " r.matter_id, r.counter_code, r.clerk_id, r.level,"
                                     " r.reasons, r.comment, r.channel, r.at, u.username"
                                     " FROM ratings r LEFT JOIN users u ON u.id = r.clerk_id"
                                     " WHERE r.at >= ? AND r.at < ? ORDER BY r.at, r.id"),
                      {from.toUTC(), to.toUTC()});
    if (!q)
        return R(q.error());
    QList<Rating> ratings;
    QSqlQuery &s = q.value();
    while (s.next()) {
        Rating r;
        r.id = s.value(0).toLongLong();
        r.visitId = s.value(1).toLongLong();
        r.stage = s.value(2).toString() == QLatin1String("completion") ? Rating::Stage::Completion
                                                                       : Rating::Stage::Visit;
        r.caseNumber = s.value(3).toString();
        r.matterId = s.value(4).toString();
        r.counterCode = s.value(5).toString();
        r.clerkId = s.value(6).toLongLong();
        const auto level = RatingLevels::fromKey(s.value(7).toString());
        if (!level)
            return R::failure(
                QStringLiteral("db-error"),
                QStringLiteral("rating %1: level %2").arg(r.id).arg(s.value(7).toString()));
        r.level = *level;
        r.reasons = s.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.comment = s.value(9).toString();
        r.channel = s.value(10).toString();
        r.at = SqlValue::readDateTime(s.value(11));
        r.clerkName = s.value(12).toString();
        ratings.append(r);
    }
    return ratings;
}

Result<QHash<QString, int>> RatingRepository::levelCounts(qint64 clerkId, const QDateTime &from,
                                                          const QDateTime &to) const
{
    using R = Result<QHash<QString, int>>;
    auto q = m_db.run(QStringLiteral("SELECT level, COUNT(*) FROM ratings WHERE clerk_id = ?"
                                     " AND at >= ? AND at < ? GROUP BY level"),
                      {clerkId, from.toUTC(), to.toUTC()});
    if (!q)
        return R(q.error());
    QHash<QString, int> counts;
    while (q.value().next())
        counts.insert(q.value().value(0).toString(), q.value().value(1).toInt());
    return counts;
}

} // namespace OneWindow
