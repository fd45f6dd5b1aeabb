#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace OneWindow {

class Database;

// City-scale synthetic data for load tests and benchmarks (`onewindow-cli db
// seed`): the same people as the demo (SyntheticIdentityGenerator), about five
// cases each across departments, materials (some reusable), electronic
// licences and appointments. Deterministic for a seed and a `today`.
//
// Fast by construction: explicit ids, multi-row INSERTs through prepared
// statements that are reused, large transactions, secondary indexes dropped
// during the load and rebuilt after it, and on SQLite bulk-only pragmas
// (synchronous=OFF, a big cache) that are restored afterwards.
class BulkSeeder
{
public:
    struct Totals
    {
        qint64 persons = 0;
        qint64 cases = 0;
        qint64 subCases = 0;
        qint64 materials = 0;
        qint64 licences = 0;
        qint64 appointments = 0;
    };
    // Called every batch with the citizens done so far.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    BulkSeeder(const Database &db, const QString &hallCode, const QDate &today)
        : m_db(db)
        , m_hall(hallCode)
        , m_today(today)
    {}

    // Fails with "db-not-empty" when persons or cases exist already.
    Result<Totals> seed(qint64 citizens, quint32 seed, const Progress &progress = {});

    // The ID number of citizen `index` of `seed`: benchmarks open these files.
    static QString idNumberOf(quint32 seed, qint64 index);

private:
    const Database &m_db;
    QString m_hall;
    QDate m_today;
};

} // namespace OneWindow
