#include "reports/HallFiguresFormat.h"

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

// One row of the CSV: what, broken down by what, which one, its name, how many.
struct Row
{
    QString figure;
    QString breakdown;
    QString key;
    QString label;
    int value;
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
    };
}

QByteArray HallFiguresFormat::csv(const HallFigures &f)
{
    using F = HallFigures::Figure;
    const QString all = QStringLiteral("all");
    QList<Row> rows = {
        {key(F::Accepted), all, {}, {}, f.accepted},
        {QStringLiteral("notifications"), all, {}, {}, f.notifications},
        {QStringLiteral("non-acceptances"), all, {}, {}, f.nonAcceptances},
        {key(F::CompletedOnTime), all, {}, {}, f.completedOnTime},
        {key(F::CompletedLate), all, {}, {}, f.completedLate},
        {key(F::AwaitingCollection), all, {}, {}, f.awaitingCollection},
        {QStringLiteral("collection-wait-median-days"), all, {}, {}, f.collectionWaitMedianDays},
        {QStringLiteral("collection-wait-longest-days"), all, {}, {}, f.collectionWaitLongestDays},
    };
    for (const auto &[breakdown, shares] : {std::pair{QStringLiteral("counter"), &f.byCounter},
                                            std::pair{QStringLiteral("clerk"), &f.byClerk},
                                            std::pair{QStringLiteral("matter"), &f.byMatter}})
        for (const HallFigures::Share &s : *shares)
            rows.append({key(F::Accepted), breakdown, s.key, s.label, s.count});
    const QString day = QStringLiteral("day");
    for (const HallFigures::Day &d : f.days) {
        const QString date = d.day.toString(Qt::ISODate);
        rows.append({key(F::Accepted), day, date, {}, d.accepted});
        rows.append({key(F::CompletedOnTime), day, date, {}, d.completedOnTime});
        rows.append({key(F::CompletedLate), day, date, {}, d.completedLate});
    }
    const QString department = QStringLiteral("department");
    for (const HallFigures::Department &d : f.departments) {
        rows.append({key(F::Open), department, d.department, d.department, d.open});
        rows.append({key(F::DueSoon), department, d.department, d.department, d.dueSoon});
        rows.append({key(F::Overdue), department, d.department, d.department, d.overdue});
        rows.append(
            {QStringLiteral("decisions"), department, d.department, d.department, d.decisions});
        rows.append({key(F::Returned), department, d.department, d.department, d.returned});
        rows.append({key(F::Refused), department, d.department, d.department, d.refused});
        rows.append(
            {QStringLiteral("paused-days"), department, d.department, d.department, d.pausedDays});
    }
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBF") +
                     QByteArrayLiteral("figure,breakdown,key,label,value\r\n");
    for (const Row &r : rows)
        out += CsvField::of(r.figure) + ',' + CsvField::of(r.breakdown) + ',' +
               CsvField::of(r.key) + ',' + CsvField::of(r.label) + ',' +
               QByteArray::number(r.value) + "\r\n";
    return out;
}

} // namespace OneWindow
