#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace OneWindow {

class Database;

// Fills an empty database with the demo hall: synthetic citizens (the same
// people the simulated card reader offers), their past and open cases across
// departments, and one account per role. Deterministic for a given seed.
class DemoSeeder
{
public:
    struct Account
    {
        QString username;
        QString password;
        QString role;
        QString displayName;
        QString department;
    };

    static constexpr quint32 kDefaultSeed = 20160023;
    // The synthetic population is generated as of this date, so the demo reader
    // and a database seeded on another day still hold the same people.
    static QDate referenceDate();
    static QList<Account> demoAccounts();

    // `today` dates the cases (open ones are recent); pass the counter clock's
    // date so the same seed gives the same data. Invalid: the system date.
    DemoSeeder(const Database &db, const QString &hallCode, const QDate &today = {})
        : m_db(db)
        , m_hall(hallCode)
        , m_today(today)
    {}

    // Called after each citizen; returning false cancels the seed, which then
    // rolls back whole ("cancelled").
    using Progress = std::function<bool(int done, int total)>;

    // Seeds only when there are no persons yet; returns how many were added.
    Result<int> seedIfEmpty(int citizens, quint32 seed = kDefaultSeed, bool fastHashes = false,
                            const Progress &progress = {});

private:
    const Database &m_db;
    QString m_hall;
    QDate m_today;
};

} // namespace OneWindow
