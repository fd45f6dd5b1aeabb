#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace OneWindow {

// A matter the synthetic populations are given cases of.
struct DemoMatter
{
    const char *code;
    const char *title;
    QList<const char *> departments;
    int weight; // how often BulkSeeder picks it: mostly single-department matters
};

// What DemoSeeder and BulkSeeder share. Both derive every choice from a seed, so
// changing the list's order or the mixing function changes their output.
class DemoMatters
{
public:
    // Past and open cases of the demo population, across the departments of the
    // hall: single-department matters and some 一件事 bundles.
    static const QList<DemoMatter> &all();

    // splitmix64: small, fast and identical on every platform and library.
    static quint64 mix(quint64 x);

    // What a demo case's form says where the hall's answers repeat across
    // citizens (the newborn bundle's birth hospital), so completion from the
    // hall's history has something to offer; empty for other matters. Derived
    // from `r`; never anything personal.
    static QJsonObject formData(const QString &matterCode, quint64 r);

    // Weekdays only: demo deadlines ignore public holidays.
    static QDate addWorkingDays(QDate day, int n);
};

} // namespace OneWindow
