#include "AuditBench.h"

#include "AuditFiller.h"
#include "BenchStats.h"
#include "common/FixedClock.h"
#include "identity/HallKey.h"
#include "models/AuditEventModel.h"
#include "security/AuditChain.h"
#include "security/AuditChainReader.h"
#include "security/AuditLog.h"
#include "security/AuditQuery.h"
#include "security/AuditVerifier.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QMap>

namespace OneWindow {

using BenchStats::mix;
using BenchStats::percentile;
using BenchStats::round2;

namespace {

const QByteArray kBenchKey = QByteArray::fromHex("62656e63682d6b65792d6f6e6577696e646f772d31");

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

Result<QJsonObject> AuditBench::run(QTextStream &progress) const
{
    using R = Result<QJsonObject>;
    auto envKey = HallKey::fromEnvironment();
    const QByteArray hallKey = envKey ? envKey.value() : kBenchKey;
    if (!envKey)
        progress << "audit: no ONEWINDOW_HALL_KEY, using the bench key "
                 << QString::fromLatin1(kBenchKey.toHex()) << '\n';
    Database db(m_url);
    if (const Status s = db.open(); !s)
        return R(s.error());
    if (const Status s = db.migrate(); !s)
        return R(s.error());
    {
        QElapsedTimer t;
        t.start();
        auto added = AuditFiller(db, hallKey, m_seed).fillTo(m_events, progress);
        if (!added)
            return R(added.error());
        if (added.value() > 0)
            progress << "audit: filled " << added.value() << " events in "
                     << qRound64(double(t.elapsed()) / 1000.0) << " s\n";
    }
    const AuditKey key = AuditKey::fromHallKey(hallKey);

    // The whole chain, as `onewindow-cli audit verify` checks it.
    progress << "audit: verifying\n";
    progress.flush();
    QElapsedTimer verifyClock;
    verifyClock.start();
    auto verdict = AuditVerifier(m_url, key).run();
    const double verifySeconds = double(verifyClock.nsecsElapsed()) / 1e9;
    if (!verdict)
        return R(verdict.error());
    if (!verdict->intact())
        return R::failure(QStringLiteral("audit-broken"),
                          QStringLiteral("event %1: %2").arg(verdict->badId).arg(verdict->reason));
    const qint64 events = verdict->events;

    // The same bytes: read alone, then hashed alone in memory, a chunk at a time.
    progress << "audit: baseline\n";
    progress.flush();
    double readSeconds = 0;
    double hashSeconds = 0;
    {
        AuditChainReader reader(m_url);
        if (const Status s = reader.open(); !s)
            return R(s.error());
        QByteArray chunk;
        QList<int> ends;
        unsigned char digest[AuditChain::kDigestBytes];
        unsigned char sink = 0;
        const auto hashChunk = [&] {
            QElapsedTimer h;
            h.start();
            int from = 0;
            for (int end : std::as_const(ends)) {
                AuditChain::sha256(std::string_view(chunk.constData() + from, size_t(end - from)),
                                   digest);
                sink ^= digest[0];
                from = end;
            }
            hashSeconds += double(h.nsecsElapsed()) / 1e9;
            chunk.clear();
            ends.clear();
        };
        QElapsedTimer readClock;
        readClock.start();
        double paused = 0;
        const Status read = reader.forEach([&](const AuditChainReader::Row &row) {
            chunk.append(row.hashInput.data(), qsizetype(row.hashInput.size()));
            ends << int(chunk.size());
            if (chunk.size() > (64 << 20)) {
                QElapsedTimer p;
                p.start();
                hashChunk();
                paused += double(p.nsecsElapsed()) / 1e9;
            }
            return true;
        });
        if (!read)
            return R(read.error());
        readSeconds = double(readClock.nsecsElapsed()) / 1e9 - paused;
        hashChunk();
        if (sink == 0xff)
            progress << ""; // keeps the hashing from being optimised away
    }

    // The audit workspace's first page for a supervisor, for a mix of filters.
    progress << "audit: first pages\n";
    progress.flush();
    FixedClock clock(QDateTime::currentDateTimeUtc());
    AuditLog audit(db, clock, hallKey);
    AuditQuery query(db, audit);
    Session supervisor;
    supervisor.userId = 1;
    supervisor.username = QStringLiteral("bench-supervisor");
    supervisor.role = Role::Supervisor;
    supervisor.counterCode = QStringLiteral("S01");
    auto users = query.values(AuditQuery::Column::User, supervisor);
    auto counters = query.values(AuditQuery::Column::Counter, supervisor);
    auto actions = query.values(AuditQuery::Column::Action, supervisor);
    if (!users || !counters || !actions)
        return R::failure(QStringLiteral("db-error"), QStringLiteral("values"));
    auto bounds = db.run(QStringLiteral("SELECT MIN(at), MAX(at) FROM audit_events"));
    if (!bounds || !bounds.value().next())
        return R::failure(QStringLiteral("db-error"), QStringLiteral("bounds"));
    const QDateTime first =
        QDateTime::fromString(bounds.value().value(0).toString(), Qt::ISODateWithMs);
    const QDateTime last =
        QDateTime::fromString(bounds.value().value(1).toString(), Qt::ISODateWithMs);
    const qint64 spanDays = qMax<qint64>(1, first.daysTo(last));
    auto personRange = db.run(QStringLiteral("SELECT MIN(id), MAX(id) FROM persons"));
    qint64 firstPerson = 0, personSpan = 0;
    if (personRange && personRange.value().next()) {
        firstPerson = personRange.value().value(0).toLongLong();
        personSpan = personRange.value().value(1).toLongLong() - firstPerson + 1;
    }
    const QStringList kinds = {"none",    "user", "counter", "action",
                               "citizen", "case", "day",     "user+day"};
    QMap<QString, QList<double>> byKind;
    QList<double> all;
    AuditEventModel model;
    quint64 r = m_seed;
    const auto pick = [&r](qint64 n) {
        r = mix(r);
        return qint64(r % quint64(qMax<qint64>(1, n)));
    };
    int rows = 0;
    constexpr int kWarmUp = 8;
    for (int i = 0; i < m_samples + kWarmUp; ++i) {
        const QString kind = kinds.at(i % kinds.size());
        AuditFilter f;
        const QDateTime day = QDateTime(first.date().addDays(pick(spanDays)), QTime(0, 0), Qt::UTC);
        if (kind == QLatin1String("user") || kind == QLatin1String("user+day"))
            f.user = users.value().at(int(pick(users.value().size())));
        if (kind == QLatin1String("counter"))
            f.counter = counters.value().at(int(pick(counters.value().size())));
        if (kind == QLatin1String("action"))
            f.action = actions.value().at(int(pick(actions.value().size())));
        if (kind == QLatin1String("day") || kind == QLatin1String("user+day")) {
            f.from = day;
            f.to = day.addDays(1);
        }
        if (kind == QLatin1String("citizen") && personSpan > 0) {
            auto id = db.scalar(QStringLiteral("SELECT id_number FROM persons WHERE id >= ?"
                                               " ORDER BY id LIMIT 1"),
                                {firstPerson + pick(personSpan)});
            if (id)
                f.idNumber = id.value().toString();
        }
        if (kind == QLatin1String("case")) {
            auto subject = db.scalar(QStringLiteral("SELECT subject FROM audit_events WHERE id = ?"
                                                    " AND subject LIKE '510107-%'"),
                                     {1 + pick(events)});
            f.caseNumber = subject && subject.value().isValid()
                               ? subject.value().toString()
                               : QStringLiteral("510107-20250101-00001");
        }
        clock.set(QDateTime::currentDateTimeUtc());
        QElapsedTimer t;
        t.start();
        auto page = query.page(f, supervisor);
        if (!page)
            return R(page.error());
        model.setEvents(page.value().events);
        for (int row = 0; row < model.rowCount(); ++row)
            for (int c = 0; c < model.columnCount(); ++c)
                (void)model.index(row, c).data();
        const double ms = msSince(t);
        if (i >= kWarmUp) {
            byKind[kind] << ms;
            all << ms;
            rows += model.rowCount();
        }
    }

    QJsonObject perKind;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        perKind.insert(it.key(), round2(percentile(it.value(), 0.95)));
    QJsonObject o;
    o.insert(QStringLiteral("benchmark"), QStringLiteral("audit"));
    o.insert(QStringLiteral("database"), m_url.dialect == DatabaseUrl::Dialect::Postgres
                                             ? QStringLiteral("postgresql")
                                             : QStringLiteral("sqlite"));
    o.insert(QStringLiteral("events"), events);
    o.insert(QStringLiteral("verify_seconds"), round2(verifySeconds));
    o.insert(QStringLiteral("read_events_per_s"), qRound64(double(events) / readSeconds));
    o.insert(QStringLiteral("page_samples"), int(all.size()));
    o.insert(QStringLiteral("page_rows_read"), rows);
    o.insert(QStringLiteral("page_p50_ms"), round2(percentile(all, 0.50)));
    o.insert(QStringLiteral("page_p95_ms_by_filter"), perKind);
    o.insert(QStringLiteral("verify_events_per_s"), qRound64(double(events) / verifySeconds));
    o.insert(QStringLiteral("baseline_events_per_s"), qRound64(double(events) / hashSeconds));
    o.insert(QStringLiteral("page_p95_ms"), round2(percentile(all, 0.95)));
    return o;
}

} // namespace OneWindow
