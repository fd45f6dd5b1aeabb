#include "reports/HallFiguresFormat.h"

#include "ratings/RatingLevel.h"
#include "security/CsvField.h"

#include <QJsonArray>

namespace OneWindow {

namespace {

QJsonArray sharesJson(const QList<HallFigures::Share> &shares)
{
    QJsonArray a;
    for (const HallFigures::Share &s : shares)
        a.append(QJsonObject{{QStringLiteral("key"), s.key},
                             {QStringLiteral("label"), s.label},
                             {QStringLiteral("count"), s.count}});
    return a;
}

QJsonObject handlingJson(const HallFigures::Handling &h)
{
    return {{QStringLiteral("key"), h.key},
            {QStringLiteral("label"), h.label},
            {QStringLiteral("visits"), h.visits},
            {QStringLiteral("median_seconds"), h.medianSeconds},
            {QStringLiteral("p90_seconds"), h.p90Seconds}};
}

// A list of rows, each as `toJson` writes it.
template <typename T, typename ToJson> QJsonArray arrayOf(const QList<T> &list, ToJson toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}

// The satisfaction rate to four places; null with no ratings.
QJsonValue rateJson(const HallFigures::Ratings &r)
{
    return r.total() > 0 ? QJsonValue(qRound(r.satisfactionRate() * 10000) / 10000.0)
                         : QJsonValue(QJsonValue::Null);
}

QJsonObject ratingsJson(const HallFigures::Ratings &r)
{
    QJsonObject levels;
    for (RatingLevel level : RatingLevels::all())
        levels.insert(RatingLevels::key(level), r.levels[size_t(level)]);
    return {{QStringLiteral("key"), r.key},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("count"), r.total()},
            {QStringLiteral("levels"), levels},
            {QStringLiteral("satisfied"), r.satisfied()},
            {QStringLiteral("poor"), r.poor()},
            {QStringLiteral("satisfaction_rate"), rateJson(r)}};
}

QString rateText(const HallFigures::Ratings &r)
{
    return r.total() > 0 ? QString::number(r.satisfactionRate(), 'f', 4) : QString();
}

// One row of the CSV: what, broken down by what, which one, its name, how many.
struct Row
{
    QString figure;
    QString breakdown;
    QString key;
    QString label;
    QString value;
};

} // namespace

QString HallFiguresFormat::key(HallFigures::Figure figure)
{
    using F = HallFigures::Figure;
    switch (figure) {
    case F::Accepted:
        return QStringLiteral("accepted");
    case F::CompletedOnTime:
        return QStringLiteral("completed-on-time");
    case F::CompletedLate:
        return QStringLiteral("completed-late");
    case F::Open:
        return QStringLiteral("open");
    case F::DueSoon:
        return QStringLiteral("due-soon");
    case F::Overdue:
        return QStringLiteral("overdue");
    case F::Returned:
        return QStringLiteral("returned");
    case F::Refused:
        return QStringLiteral("refused");
    case F::AwaitingCollection:
        return QStringLiteral("awaiting-collection");
    case F::PoorRatings:
        return QStringLiteral("poor-ratings");
    case F::OverdueFollowUps:
        return QStringLiteral("follow-ups-overdue");
    }
    return {};
}

QJsonObject HallFiguresFormat::json(const HallFigures &f)
{
    QJsonArray days;
    for (const HallFigures::Day &d : f.days)
        days.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("accepted"), d.accepted},
                                {QStringLiteral("completed_on_time"), d.completedOnTime},
                                {QStringLiteral("completed_late"), d.completedLate}});
    QJsonArray departments;
    for (const HallFigures::Department &d : f.departments)
        departments.append(QJsonObject{{QStringLiteral("department"), d.department},
                                       {QStringLiteral("open"), d.open},
                                       {QStringLiteral("due_soon"), d.dueSoon},
                                       {QStringLiteral("overdue"), d.overdue},
                                       {QStringLiteral("decisions"), d.decisions},
                                       {QStringLiteral("returned"), d.returned},
                                       {QStringLiteral("refused"), d.refused},
                                       {QStringLiteral("paused_days"), d.pausedDays}});
    QJsonObject visits = handlingJson(f.handling);
    visits.remove(QStringLiteral("key"));
    visits.remove(QStringLiteral("label"));
    visits.insert(QStringLiteral("by_counter"), arrayOf(f.handlingByCounter, handlingJson));
    visits.insert(QStringLiteral("by_matter"), arrayOf(f.handlingByMatter, handlingJson));
    QJsonObject outcomes;
    for (const HallFigures::Share &s : f.visitOutcomes)
        outcomes.insert(s.key, s.count);
    visits.insert(QStringLiteral("outcomes"), outcomes);
    QJsonObject ratings = ratingsJson(f.ratings);
    ratings.remove(QStringLiteral("key"));
    ratings.remove(QStringLiteral("label"));
    ratings.insert(QStringLiteral("by_counter"), arrayOf(f.ratingsByCounter, ratingsJson));
    ratings.insert(QStringLiteral("by_clerk"), arrayOf(f.ratingsByClerk, ratingsJson));
    ratings.insert(QStringLiteral("by_matter"), arrayOf(f.ratingsByMatter, ratingsJson));
    return {
        {QStringLiteral("from"), f.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), f.to.toString(Qt::ISODate)},
        {QStringLiteral("today"), f.today.toString(Qt::ISODate)},
        {QStringLiteral("accepted"), f.accepted},
        {QStringLiteral("notifications"), f.notifications},
        {QStringLiteral("non_acceptances"), f.nonAcceptances},
        {QStringLiteral("by_counter"), sharesJson(f.byCounter)},
        {QStringLiteral("by_clerk"), sharesJson(f.byClerk)},
        {QStringLiteral("by_matter"), sharesJson(f.byMatter)},
        {QStringLiteral("days"), days},
        {QStringLiteral("completed_on_time"), f.completedOnTime},
        {QStringLiteral("completed_late"), f.completedLate},
        {QStringLiteral("departments"), departments},
        {QStringLiteral("awaiting_collection"), f.awaitingCollection},
        {QStringLiteral("collection_wait_median_days"), f.collectionWaitMedianDays},
        {QStringLiteral("collection_wait_longest_days"), f.collectionWaitLongestDays},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("follow_ups"), QJsonObject{{QStringLiteral("open"), f.followUpsOpen},
                                                   {QStringLiteral("overdue"), f.followUpsOverdue},
                                                   {QStringLiteral("opened"), f.followUpsOpened},
                                                   {QStringLiteral("closed"), f.followUpsClosed}}},
    };
}

QByteArray HallFiguresFormat::csv(const HallFigures &f)
{
    using F = HallFigures::Figure;
    const QString all = QStringLiteral("all");
    QList<Row> rows;
    const auto add = [&rows](const QString &figure, const QString &breakdown, const QString &k,
                             const QString &label, int value) {
        rows.append({figure, breakdown, k, label, QString::number(value)});
    };
    add(key(F::Accepted), all, {}, {}, f.accepted);
    add(QStringLiteral("notifications"), all, {}, {}, f.notifications);
    add(QStringLiteral("non-acceptances"), all, {}, {}, f.nonAcceptances);
    add(key(F::CompletedOnTime), all, {}, {}, f.completedOnTime);
    add(key(F::CompletedLate), all, {}, {}, f.completedLate);
    add(key(F::AwaitingCollection), all, {}, {}, f.awaitingCollection);
    add(QStringLiteral("collection-wait-median-days"), all, {}, {}, f.collectionWaitMedianDays);
    add(QStringLiteral("collection-wait-longest-days"), all, {}, {}, f.collectionWaitLongestDays);
    for (const auto &[breakdown, shares] : {std::pair{QStringLiteral("counter"), &f.byCounter},
                                            std::pair{QStringLiteral("clerk"), &f.byClerk},
                                            std::pair{QStringLiteral("matter"), &f.byMatter}})
        for (const HallFigures::Share &s : *shares)
            add(key(F::Accepted), breakdown, s.key, s.label, s.count);
    const QString day = QStringLiteral("day");
    for (const HallFigures::Day &d : f.days) {
        const QString date = d.day.toString(Qt::ISODate);
        add(key(F::Accepted), day, date, {}, d.accepted);
        add(key(F::CompletedOnTime), day, date, {}, d.completedOnTime);
        add(key(F::CompletedLate), day, date, {}, d.completedLate);
    }
    const QString department = QStringLiteral("department");
    for (const HallFigures::Department &d : f.departments) {
        add(key(F::Open), department, d.department, d.department, d.open);
        add(key(F::DueSoon), department, d.department, d.department, d.dueSoon);
        add(key(F::Overdue), department, d.department, d.department, d.overdue);
        add(QStringLiteral("decisions"), department, d.department, d.department, d.decisions);
        add(key(F::Returned), department, d.department, d.department, d.returned);
        add(key(F::Refused), department, d.department, d.department, d.refused);
        add(QStringLiteral("paused-days"), department, d.department, d.department, d.pausedDays);
    }
    // The visits: how many, how long (seconds), how they ended.
    const auto handling = [&add](const QString &breakdown, const HallFigures::Handling &h) {
        add(QStringLiteral("visits"), breakdown, h.key, h.label, h.visits);
        add(QStringLiteral("handling-median-seconds"), breakdown, h.key, h.label, h.medianSeconds);
        add(QStringLiteral("handling-p90-seconds"), breakdown, h.key, h.label, h.p90Seconds);
    };
    handling(all, f.handling);
    for (const HallFigures::Handling &h : f.handlingByCounter)
        handling(QStringLiteral("counter"), h);
    for (const HallFigures::Handling &h : f.handlingByMatter)
        handling(QStringLiteral("matter"), h);
    for (const HallFigures::Share &s : f.visitOutcomes)
        add(QStringLiteral("visits"), QStringLiteral("outcome"), s.key, {}, s.count);
    // The ratings: how many, of each level, the poor ones, the satisfaction rate.
    const auto rated = [&](const QString &breakdown, const HallFigures::Ratings &r) {
        add(QStringLiteral("ratings"), breakdown, r.key, r.label, r.total());
        add(key(F::PoorRatings), breakdown, r.key, r.label, r.poor());
        rows.append({QStringLiteral("satisfaction-rate"), breakdown, r.key, r.label, rateText(r)});
    };
    rated(all, f.ratings);
    for (RatingLevel level : RatingLevels::all())
        add(QStringLiteral("ratings"), QStringLiteral("level"), RatingLevels::key(level),
            RatingLevels::label(level), f.ratings.levels[size_t(level)]);
    for (const auto &[breakdown, list] : {std::pair{QStringLiteral("counter"), &f.ratingsByCounter},
                                          std::pair{QStringLiteral("clerk"), &f.ratingsByClerk},
                                          std::pair{QStringLiteral("matter"), &f.ratingsByMatter}})
        for (const HallFigures::Ratings &r : *list)
            rated(breakdown, r);
    add(QStringLiteral("follow-ups-open"), all, {}, {}, f.followUpsOpen);
    add(key(F::OverdueFollowUps), all, {}, {}, f.followUpsOverdue);
    add(QStringLiteral("follow-ups-opened"), all, {}, {}, f.followUpsOpened);
    add(QStringLiteral("follow-ups-closed"), all, {}, {}, f.followUpsClosed);
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBF") +
                     QByteArrayLiteral("figure,breakdown,key,label,value\r\n");
    for (const Row &r : rows)
        out += CsvField::of(r.figure) + ',' + CsvField::of(r.breakdown) + ',' +
               CsvField::of(r.key) + ',' + CsvField::of(r.label) + ',' + CsvField::of(r.value) +
               "\r\n";
    return out;
}

} // namespace OneWindow
