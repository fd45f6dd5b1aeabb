#include "CaseFileBench.h"

#include "BenchAccount.h"
#include "BenchStats.h"

#include "casefile/CaseFileService.h"
#include "common/SystemClock.h"
#include "identity/HallKey.h"
#include "models/CaseFileModel.h"
#include "models/PersonSearchModel.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#endif

namespace OneWindow {

using BenchStats::mix;
using BenchStats::percentile;
using BenchStats::round2;

namespace {

// Reads every cell a view would paint, so lazy work is not left out of the timing.
int touch(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int cells = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c) {
            (void)model.data(model.index(r, c, parent));
            ++cells;
        }
        const QModelIndex child = model.index(r, 0, parent);
        if (model.hasChildren(child))
            cells += touch(model, child);
    }
    return cells;
}

} // namespace

double CaseFileBench::peakRssMb()
{
#ifdef Q_OS_UNIX
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#endif
    return 0;
}

Result<QJsonObject> CaseFileBench::run(QTextStream &progress) const
{
    using R = Result<QJsonObject>;
    Database db(m_url);
    if (const Status s = db.open(); !s)
        return R(s.error());
    if (const Status s = db.migrate(); !s)
        return R(s.error());
    auto citizens = db.scalar(QStringLiteral("SELECT COUNT(*) FROM persons"));
    auto cases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases"));
    auto maxId = db.scalar(QStringLiteral("SELECT MAX(id) FROM persons"));
    if (!citizens || !cases || !maxId)
        return R(!citizens ? citizens.error() : !cases ? cases.error() : maxId.error());
    const qint64 top = maxId.value().toLongLong();
    if (top <= 0)
        return R::failure(QStringLiteral("db-empty"), QStringLiteral("seed it first"));

    // Known people, picked before any timing.
    struct Sample
    {
        QString idNumber;
        QString name;
        QString initials;
        QString phone;
    };
    QList<Sample> samples;
    quint64 r = m_seed;
    for (int attempts = 0; samples.size() < m_samples && attempts < m_samples * 20; ++attempts) {
        r = mix(r);
        auto q = db.run(QStringLiteral("SELECT id_number, name, name_initials, phone FROM persons"
                                       " WHERE id = ?"),
                        {qint64(1 + r % quint64(top))});
        if (!q)
            return R(q.error());
        if (q.value().next())
            samples.append({q.value().value(0).toString(), q.value().value(1).toString(),
                            q.value().value(2).toString(), q.value().value(3).toString()});
    }
    if (samples.isEmpty())
        return R::failure(QStringLiteral("db-empty"));
    progress << "casefile: " << citizens.value().toLongLong() << " citizens, "
             << cases.value().toLongLong() << " cases; " << samples.size() << " samples\n";
    progress.flush();

    // A clerk signed in at a counter, as the counter's own is: the core refuses
    // a session without an account. The hall's key, when set, seals the audit
    // events the opens write, as it does for onewindow-cli.
    SystemClock clock;
    auto key = HallKey::fromEnvironment();
    AuditLog audit(db, clock, key ? key.value() : QByteArray());
    auto signedIn =
        benchSignIn(db, audit, QStringLiteral("bench-clerk"), Role::Clerk, QStringLiteral("B01"));
    if (!signedIn)
        return R(signedIn.error());
    const Session session = signedIn.value();
    CaseFileService service(db, audit);

    CaseFileModel fileModel;
    QList<double> openMs;
    int cells = 0;
    constexpr int kWarmUp = 10;
    for (int i = 0; i < samples.size() + kWarmUp; ++i) {
        const Sample &s = samples.at(i % samples.size());
        QElapsedTimer t;
        t.start();
        auto file = service.open(s.idNumber, session);
        if (!file)
            return R(file.error());
        const qint64 personId = file.value().person.id;
        fileModel.setCaseFile(file.value(), [&service, &session, personId](int offset, int limit) {
            return service.pastCases(personId, limit, offset, session);
        });
        cells += touch(fileModel);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (i >= kWarmUp)
            openMs.append(ms);
    }

    // What clerks type: a surname, a full name, initials, the start of an ID
    // number (region code and birth year) and of a mobile number.
    // Through the service, as the counter's search box is: each page is checked
    // against the clerk's rights and on the record in the reading's transaction.
    PersonSearchModel searchModel(
        [&service, &session](const QString &query, int limit, int offset) {
            return service.search(query, limit, offset, session);
        });
    QList<double> searchMs;
    QHash<QString, QList<double>> byKind;
    int hits = 0;
    for (int i = 0; i < samples.size(); ++i) {
        const Sample &s = samples.at(i);
        const QList<QPair<QString, QString>> queries = {
            {QStringLiteral("surname"), s.name.left(1)},
            {QStringLiteral("name"), s.name.left(2)},
            {QStringLiteral("initials"), s.initials.left(2)},
            {QStringLiteral("id_prefix"), s.idNumber.left(6 + i % 5)},
            {QStringLiteral("phone_prefix"), s.phone.left(7)},
        };
        for (const auto &q : queries) {
            QElapsedTimer t;
            t.start();
            searchModel.setQuery(q.second);
            if (!searchModel.lastError().code.isEmpty())
                return R(searchModel.lastError());
            touch(searchModel);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            hits += searchModel.rowCount();
            searchMs.append(ms);
            byKind[q.first].append(ms);
        }
    }

    QJsonObject o;
    o.insert(QStringLiteral("benchmark"), QStringLiteral("casefile"));
    o.insert(QStringLiteral("database"), m_url.dialect == DatabaseUrl::Dialect::Postgres
                                             ? QStringLiteral("postgresql")
                                             : QStringLiteral("sqlite"));
    o.insert(QStringLiteral("citizens"), citizens.value().toLongLong());
    o.insert(QStringLiteral("cases"), cases.value().toLongLong());
    o.insert(QStringLiteral("samples"), int(openMs.size()));
    o.insert(QStringLiteral("open_p50_ms"), round2(percentile(openMs, 0.50)));
    o.insert(QStringLiteral("open_p95_ms"), round2(percentile(openMs, 0.95)));
    o.insert(QStringLiteral("open_max_ms"), round2(percentile(openMs, 1.0)));
    o.insert(QStringLiteral("searches"), int(searchMs.size()));
    o.insert(QStringLiteral("search_p50_ms"), round2(percentile(searchMs, 0.50)));
    o.insert(QStringLiteral("search_p95_ms"), round2(percentile(searchMs, 0.95)));
    o.insert(QStringLiteral("search_max_ms"), round2(percentile(searchMs, 1.0)));
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
        o.insert(QStringLiteral("search_%1_p95_ms").arg(it.key()),
                 round2(percentile(it.value(), 0.95)));
    o.insert(QStringLiteral("cells_read"), cells);
    o.insert(QStringLiteral("search_hits"), hits);
    o.insert(QStringLiteral("peak_rss_mb"), round2(peakRssMb()));
    return o;
}

} // namespace OneWindow
