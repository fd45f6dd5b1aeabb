#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <functional>

namespace OneWindow {

class Database;

// City-scale synthetic data for load tests and benchmarks (`onewindow-cli db
// seed`): the same people as the demo (SyntheticIdentityGenerator), about five
// cases each of the shipped templates, shaped as the product shapes them
// (SeedCase: the template's steps, departments and `after`, a step log, pauses,
// confirmed decisions and audit events that agree with each state), materials
// (some reusable), electronic licences and appointments; for the cases of the
// last year the visits that accepted them and handed them over, 好差评 ratings
// and the follow-ups of poor ones. Deterministic for a seed and a `today`.
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
        qint64 events = 0;    // the step log (case_events)
        qint64 pauses = 0;    // of the clock: returns for supplement, special procedures
        qint64 decisions = 0; // refusals and 退件 a supervisor confirmed (review_items)
        qint64 materials = 0;
        qint64 licences = 0;
        qint64 appointments = 0;
        qint64 visits = 0;
        qint64 ratings = 0;
        qint64 followUps = 0;
        qint64 auditEvents = 0;
    };
    // Called every batch with the citizens done so far.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // With a hall key the seeded audit events carry their MACs and the seed seals
    // the log from its start, as the first keyed event on an empty log does;
    // without one they are unkeyed, for counters without the key.
    BulkSeeder(const Database &db, const QString &hallCode, const QDate &today,
               const QByteArray &hallKey = {})
        : m_db(db)
        , m_hall(hallCode)
        , m_today(today)
        , m_hallKey(hallKey)
    {}

    // Fails with "db-not-empty" when persons, cases, visits or ratings exist
    // already, "audit-sealed" when the audit log is sealed, "audit-unsealed" when
    // a key is given and the log holds unkeyed events,
    // "template-missing" when a shipped template is not compiled in.
    Result<Totals> seed(qint64 citizens, quint32 seed, const Progress &progress = {});

    // The ID number of citizen `index` of `seed`: benchmarks open these files.
    static QString idNumberOf(quint32 seed, qint64 index);

private:
    const Database &m_db;
    QString m_hall;
    QDate m_today;
    QByteArray m_hallKey;
};

} // namespace OneWindow
