#include "AuditFiller.h"

#include "BenchStats.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "security/AuditChain.h"
#include "security/AuditChainReader.h"
#include "security/AuditKey.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace OneWindow {

using BenchStats::mix;

namespace {

constexpr int kRowsPerInsert = 400;
constexpr int kRowsPerTransaction = 50000;
constexpr int kBenchCitizens = 20000;

struct Event
{
    QString at, user, counter, action, subject, detail, prev, hash, mac;
};

Status addCitizens(const Database &db, QTextStream &progress)
{
    progress << "audit: no citizens on file, adding " << kBenchCitizens << " synthetic ones\n";
    progress.flush();
    const SyntheticIdentityGenerator people(20260302, QDate(2026, 3, 2));
    const QString now = QStringLiteral("2024-01-01T00:00:00Z");
    return db.transaction([&]() -> Status {
        for (int i = 0; i < kBenchCitizens; ++i) {
            const CardIdentity c = people.citizen(i);
            auto q = db.run(QStringLiteral("INSERT INTO persons (id_number, name, sex, created_at,"
                                           " updated_at) VALUES (?, ?, 'female', ?, ?)"),
                            {c.idNumber, c.name, now, now});
            if (!q && q.error().code != QLatin1String("duplicate"))
                return Status(q.error());
        }
        return Status::success();
    });
}

} // namespace

Result<qint64> AuditFiller::fillTo(qint64 events, QTextStream &progress)
{
    using R = Result<qint64>;
    auto loaded = AuditChainReader::readHead(m_db);
    if (!loaded)
        return R(loaded.error());
    if (!loaded.value())
        return R::failure(QStringLiteral("audit-checkpoint-missing"));
    AuditHead head = *loaded.value();
    if (head.events >= events)
        return qint64(0);
    const AuditKey key = AuditKey::fromHallKey(m_hallKey);
    if (head.sealed() && key.headMac(head) != head.mac)
        return R::failure(QStringLiteral("audit-key-mismatch"),
                          QStringLiteral("the log is sealed with another key"));
    if (!head.sealed())
        head.legacyUntil = head.lastId;

    auto persons = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM persons"));
    if (!persons)
        return R(persons.error());
    if (persons.value().toLongLong() == 0)
        if (const Status s = addCitizens(m_db, progress); !s)
            return R(s.error());
    auto range = m_db.run(QStringLiteral("SELECT MIN(id), MAX(id) FROM persons"));
    if (!range || !range.value().next())
        return R(range ? Error{QStringLiteral("db-error"), QString()} : range.error());
    const qint64 firstPerson = range.value().value(0).toLongLong();
    const qint64 personSpan = range.value().value(1).toLongLong() - firstPerson + 1;

    QDateTime at = head.lastAt.isEmpty() ? QDateTime(QDate(2024, 1, 2), QTime(8, 30), Qt::UTC)
                                         : QDateTime::fromString(head.lastAt, Qt::ISODateWithMs);
    quint64 r = mix(m_seed ^ quint64(head.events));
    const auto pick = [&r](quint64 n) {
        r = mix(r);
        return qint64(r % n);
    };
    static const QStringList actions = {
        "view-case-file", "view-case-file", "view-case-file", "view-case-file", "search",
        "search",         "view-case",      "view-case",      "accept-case",    "sign-in",
        "sign-out",       "case-approve",   "case-claim",     "print-receipt",  "lock",
        "unlock",         "refused",        "view-case-file", "search",         "case-return"};
    QString previous = head.lastHash;
    const qint64 toAdd = events - head.events;
    qint64 added = 0;
    QElapsedTimer clock;
    clock.start();
    std::string input;
    unsigned char digest[AuditChain::kDigestBytes];
    char hex[AuditChain::kHexBytes];
    while (added < toAdd) {
        const qint64 inTransaction = qMin<qint64>(kRowsPerTransaction, toAdd - added);
        const Status s = m_db.transaction([&]() -> Status {
            qint64 done = 0;
            while (done < inTransaction) {
                const int rows = int(qMin<qint64>(kRowsPerInsert, inTransaction - done));
                QVariantList values;
                values.reserve(rows * 9);
                QString sql = QStringLiteral("INSERT INTO audit_events (at, user_name,"
                                             " counter_code, action, subject, detail, prev_hash,"
                                             " hash, mac) VALUES ");
                for (int i = 0; i < rows; ++i) {
                    at = at.addMSecs(1000 + pick(28000));
                    Event e;
                    e.at = at.toString(Qt::ISODateWithMs);
                    const qint64 staff = pick(240);
                    e.user = QStringLiteral("clerk%1").arg(staff, 3, 10, QLatin1Char('0'));
                    e.counter =
                        staff < 200
                            ? QStringLiteral("A%1").arg(staff % 40 + 1, 2, 10, QLatin1Char('0'))
                            : QStringLiteral("B%1").arg(staff % 10 + 1, 2, 10, QLatin1Char('0'));
                    e.action = actions.at(int(pick(quint64(actions.size()))));
                    if (e.action == QLatin1String("view-case-file"))
                        e.subject = QStringLiteral("person:%1").arg(firstPerson + pick(personSpan));
                    else if (e.action.startsWith(QLatin1String("case-")) ||
                             e.action == QLatin1String("view-case") ||
                             e.action == QLatin1String("accept-case") ||
                             e.action == QLatin1String("print-receipt"))
                        e.subject = QStringLiteral("510107-%1-%2")
                                        .arg(at.date().toString(QStringLiteral("yyyyMMdd")))
                                        .arg(pick(400) + 1, 5, 10, QLatin1Char('0'));
                    if (e.action == QLatin1String("search"))
                        e.detail = QStringLiteral("query=510107****%1").arg(pick(10000));
                    else if (e.action == QLatin1String("refused"))
                        e.detail = QStringLiteral("view-case forbidden");
                    e.prev = previous;
                    input.clear();
                    const QByteArray p = e.prev.toUtf8(), a = e.at.toUtf8(), u = e.user.toUtf8(),
                                     c = e.counter.toUtf8(), ac = e.action.toUtf8(),
                                     su = e.subject.toUtf8(), d = e.detail.toUtf8();
                    const auto v = [](const QByteArray &b) {
                        return std::string_view(b.constData(), size_t(b.size()));
                    };
                    AuditChain::appendHashInput(input,
                                                {v(p), v(a), v(u), v(c), v(ac), v(su), v(d)});
                    AuditChain::sha256(input, digest);
                    AuditChain::toHex(digest, AuditChain::kDigestBytes, hex);
                    e.hash = QString::fromLatin1(hex, AuditChain::kHexBytes);
                    key.eventMac(digest, hex);
                    e.mac = QString::fromLatin1(hex, AuditChain::kHexBytes);
                    previous = e.hash;
                    sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    values << e.at << e.user << e.counter << e.action << e.subject << e.detail
                           << e.prev << e.hash << e.mac;
                    head.lastAt = e.at;
                }
                auto q = m_db.run(sql, values);
                if (!q)
                    return Status(q.error());
                done += rows;
            }
            // Ids are the database's; the checkpoint names the last one, as AuditLog does.
            auto last = m_db.scalar(QStringLiteral("SELECT MAX(id) FROM audit_events"));
            if (!last)
                return Status(last.error());
            head.lastId = last.value().toLongLong();
            head.lastHash = previous;
            head.events += inTransaction;
            head.mac = key.headMac(head);
            auto updated = m_db.run(
                QStringLiteral("UPDATE audit_head SET last_id = ?,"
                               " last_hash = ?, last_at = ?, events = ?,"
                               " legacy_until = ?, mac = ? WHERE id = 1"),
                {head.lastId, head.lastHash, head.lastAt, head.events, head.legacyUntil, head.mac});
            return updated ? Status::success() : Status(updated.error());
        });
        if (!s)
            return R(s.error());
        added += inTransaction;
        progress << "\raudit: filled " << added << " / " << toAdd << " events ("
                 << qRound64(double(added) * 1000.0 / double(qMax<qint64>(1, clock.elapsed())))
                 << " per s)";
        progress.flush();
    }
    progress << '\n';
    return added;
}

} // namespace OneWindow
