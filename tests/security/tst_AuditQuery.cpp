// The audit trail as supervisors read it, on both backends: only those allowed,
// every filter returning exactly the events it names, pages that meet without
// gaps or repeats, and an export with ID and mobile numbers masked that is
// itself in the trail.
#include "common/FixedClock.h"
#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "identity/IdNumber.h"
#include "security/AuditLog.h"
#include "security/AuditQuery.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QTest>

#include <functional>

using namespace OneWindow;

namespace {

const QByteArray kHallKey = QByteArray::fromHex("00112233445566778899aabbccddeeff");
const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);

Session staff(const QString &name, Role role, const QString &counter = QStringLiteral("A01"))
{
    Session s;
    s.userId = qHash(name) % 1000 + 1;
    s.username = name;
    s.displayName = name;
    s.role = role;
    s.counterCode = counter;
    if (role == Role::Officer)
        s.department = QStringLiteral("公安");
    return s;
}

QString idFor(const QString &first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

struct Recorded
{
    AuditEvent event;
    Session session;
};

// A hall's morning: two citizens with cases, four staff at three counters.
struct Hall
{
    explicit Hall(const QString &backend)
        : t(backend)
        , clock(kStart)
        , log(t.db(), clock, kHallKey)
        , query(t.db(), log)
    {}

    bool fill()
    {
        const QString now = kStart.toString(Qt::ISODate);
        for (int i = 0; i < 2; ++i) {
            if (!t.db()
                     .run(QStringLiteral("INSERT INTO persons (id_number, name, sex, created_at,"
                                         " updated_at) VALUES (?, ?, 'female', ?, ?)"),
                          {citizens[i], QStringLiteral("市民%1").arg(i), now, now})
                     .ok())
                return false;
            personIds << t.db()
                             .scalar(QStringLiteral("SELECT id FROM persons WHERE id_number = ?"),
                                     {citizens[i]})
                             .value()
                             .toLongLong();
            const QString number = QStringLiteral("510107-20260302-0000%1").arg(i + 1);
            caseNumbers << number;
            if (!t.db()
                     .run(QStringLiteral("INSERT INTO cases (case_number, person_id, matter_code,"
                                         " title, state, accepted_at, identity_source)"
                                         " VALUES (?, ?, 'm', '事项', 'accepted', ?, 'card')"),
                          {number, personIds[i], now})
                     .ok())
                return false;
        }
        const QList<Session> people = {
            staff(QStringLiteral("clerk01"), Role::Clerk),
            staff(QStringLiteral("clerk02"), Role::Clerk, QStringLiteral("A02")),
            staff(QStringLiteral("wj01"), Role::Officer, QStringLiteral("B01")),
            staff(QStringLiteral("super01"), Role::Supervisor, QStringLiteral("A02"))};
        const QStringList actions = {QStringLiteral("view-case-file"), QStringLiteral("view-case"),
                                     QStringLiteral("accept-case"), QStringLiteral("sign-in")};
        // One transaction for the morning: quick on a synchronous SQLite file.
        return t.db()
            .transaction([&]() -> Status {
                for (int i = 0; i < 130; ++i) {
                    if (const Status s = one(i, people, actions); !s)
                        return s;
                }
                return Status::success();
            })
            .ok();
    }

    Status one(int i, const QList<Session> &people, const QStringList &actions)
    {
        const Session &who = people.at(i % people.size());
        const QString action = actions.at((i / 3) % actions.size());
        QString subject;
        if (action == QLatin1String("view-case-file"))
            subject = QStringLiteral("person:%1").arg(personIds.at(i % 2));
        else if (action != QLatin1String("sign-in"))
            subject = caseNumbers.at((i / 2) % 2);
        // Some details carry what must never leave unmasked.
        const QString detail = i % 10 == 0
                                   ? QStringLiteral("查询 %1 电话 13812345678").arg(citizens.at(0))
                                   : QStringLiteral("第%1件").arg(i);
        clock.set(kStart.addSecs(60 * i));
        if (const Status s = log.recordInTransaction(who, action, subject, detail); !s)
            return s;
        AuditEvent e;
        e.at = clock.now().toUTC().toString(Qt::ISODateWithMs);
        e.user = who.username;
        e.counter = who.counterCode;
        e.action = action;
        e.subject = subject;
        e.detail = detail;
        events << Recorded{e, who};
        return Status::success();
    }

    // Every page of `filter`, newest first, as a supervisor reads them.
    QList<AuditEvent> all(const AuditFilter &filter, int size, int *pages = nullptr)
    {
        QList<AuditEvent> list;
        AuditCursor after;
        int n = 0;
        for (;;) {
            auto page = query.page(filter, supervisor, after, size);
            if (!page)
                return {};
            ++n;
            list << page.value().events;
            if (!page.value().hasMore)
                break;
            after = page.value().next;
        }
        if (pages)
            *pages = n;
        return list;
    }

    int count(const QString &action)
    {
        return t.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ?"), {action})
            .value()
            .toInt();
    }

    TestDatabase t;
    FixedClock clock;
    AuditLog log;
    AuditQuery query;
    const QStringList citizens = {idFor(QStringLiteral("51010719800101123")),
                                  idFor(QStringLiteral("51010719900202234"))};
    QList<qint64> personIds;
    QStringList caseNumbers;
    QList<Recorded> events;
    Session supervisor = staff(QStringLiteral("super02"), Role::Supervisor, QStringLiteral("S01"));
};

// What the filter should find, worked out here from what was recorded.
QList<QString> expected(const Hall &h, const std::function<bool(const AuditEvent &)> &keep)
{
    QList<QString> keys;
    for (const Recorded &r : h.events)
        if (keep(r.event))
            keys.prepend(r.event.at + r.event.action + r.event.subject); // newest first
    return keys;
}

QList<QString> keysOf(const QList<AuditEvent> &events)
{
    QList<QString> keys;
    for (const AuditEvent &e : events)
        if (e.action != QLatin1String("view-audit") && e.action != QLatin1String("export-audit"))
            keys << e.at + e.action + e.subject;
    return keys;
}

} // namespace

class tst_AuditQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlySupervisorsAndAdministrators_data();
    void onlySupervisorsAndAdministrators();
    void filters_data();
    void filters();
    void pagesMeetWithoutGaps_data() { TestDatabase::addBackendRows(); }
    void pagesMeetWithoutGaps();
    void searchesAreAudited_data() { TestDatabase::addBackendRows(); }
    void searchesAreAudited();
    void exportIsMaskedAndAudited_data() { TestDatabase::addBackendRows(); }
    void exportIsMaskedAndAudited();
    void valuesToChooseFrom_data() { TestDatabase::addBackendRows(); }
    void valuesToChooseFrom();
};

void tst_AuditQuery::onlySupervisorsAndAdministrators_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("view");
    QTest::addColumn<bool>("exportAllowed");
    for (const QString &b : TestDatabase::backends()) {
        QTest::newRow(qPrintable(b + " clerk")) << b << int(Role::Clerk) << false << false;
        QTest::newRow(qPrintable(b + " officer")) << b << int(Role::Officer) << false << false;
        QTest::newRow(qPrintable(b + " supervisor")) << b << int(Role::Supervisor) << true << true;
        QTest::newRow(qPrintable(b + " admin")) << b << int(Role::Administrator) << true << true;
    }
}

void tst_AuditQuery::onlySupervisorsAndAdministrators()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(int, role);
    QFETCH(bool, view);
    QFETCH(bool, exportAllowed);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.fill());
    const Session who = staff(QStringLiteral("someone"), Role(role));
    const int refusedBefore = h.count(QStringLiteral("refused"));
    auto page = h.query.page({}, who);
    QCOMPARE(page.ok(), view);
    auto values = h.query.values(AuditQuery::Column::Action, who);
    QCOMPARE(values.ok(), view);
    QCOMPARE(h.query.checkpoint(who).ok(), view);
    QCOMPARE(h.query.verifier(who).ok(), view);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto exported = h.query.exportCsv({}, who, buffer);
    QCOMPARE(exported.ok(), exportAllowed);
    if (!view) {
        QCOMPARE(page.error().code, QStringLiteral("forbidden"));
        // Each refusal is in the trail, naming what was refused.
        QCOMPARE(h.count(QStringLiteral("refused")), refusedBefore + 5);
        const auto detail = h.t.db().scalar(
            QStringLiteral("SELECT detail FROM audit_events WHERE action = 'refused'"
                           " AND user_name = 'someone' ORDER BY id DESC LIMIT 1"));
        QCOMPARE(detail.value().toString(), QStringLiteral("export-audit forbidden"));
        QVERIFY(buffer.data().isEmpty());
    } else {
        QCOMPARE(h.count(QStringLiteral("refused")), refusedBefore);
        QVERIFY(!page.value().events.isEmpty());
    }
}

void tst_AuditQuery::filters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("which");
    for (const QString &b : TestDatabase::backends())
        for (const char *w :
             {"none", "citizen", "citizen-15", "unknown-citizen", "case", "user", "counter",
              "action", "from", "to", "range", "user+action+range", "citizen+user"})
            QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(w)))
                << b << QString::fromLatin1(w);
}

void tst_AuditQuery::filters()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, which);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.fill());
    const QString person0 = QStringLiteral("person:%1").arg(h.personIds[0]);
    const QString case0 = h.caseNumbers[0];
    const QDateTime from = kStart.addSecs(60 * 40);
    const QDateTime to = kStart.addSecs(60 * 90);
    const auto inRange = [&](const AuditEvent &e, bool lower, bool upper) {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        return (!lower || at >= from) && (!upper || at < to);
    };
    AuditFilter f;
    std::function<bool(const AuditEvent &)> keep = [](const AuditEvent &) {
        return true;
    };
    if (which == QLatin1String("citizen") || which == QLatin1String("citizen+user")) {
        f.idNumber = h.citizens[0];
        keep = [&](const AuditEvent &e) {
            return e.subject == person0 || e.subject == case0;
        };
        if (which == QLatin1String("citizen+user")) {
            f.user = QStringLiteral("clerk01");
            keep = [&](const AuditEvent &e) {
                return (e.subject == person0 || e.subject == case0) && e.user == f.user;
            };
        }
    } else if (which == QLatin1String("citizen-15")) {
        // The same citizen by the old 15-digit number a card reader may still give.
        const QString n = h.citizens[0];
        f.idNumber = n.left(6) + n.mid(8, 9);
        keep = [&](const AuditEvent &e) {
            return e.subject == person0 || e.subject == case0;
        };
    } else if (which == QLatin1String("unknown-citizen")) {
        f.idNumber = idFor(QStringLiteral("11010519491231003"));
        keep = [](const AuditEvent &) {
            return false;
        };
    } else if (which == QLatin1String("case")) {
        f.caseNumber = case0;
        keep = [&](const AuditEvent &e) {
            return e.subject == case0;
        };
    } else if (which == QLatin1String("user")) {
        f.user = QStringLiteral("wj01");
        keep = [&](const AuditEvent &e) {
            return e.user == f.user;
        };
    } else if (which == QLatin1String("counter")) {
        f.counter = QStringLiteral("A02");
        keep = [&](const AuditEvent &e) {
            return e.counter == f.counter;
        };
    } else if (which == QLatin1String("action")) {
        f.action = QStringLiteral("accept-case");
        keep = [&](const AuditEvent &e) {
            return e.action == f.action;
        };
    } else if (which == QLatin1String("from")) {
        f.from = from;
        keep = [&](const AuditEvent &e) {
            return inRange(e, true, false);
        };
    } else if (which == QLatin1String("to")) {
        f.to = to;
        keep = [&](const AuditEvent &e) {
            return inRange(e, false, true);
        };
    } else if (which == QLatin1String("range")) {
        // Local times work as well as UTC ones: they are the same instants.
        f.from = from.toLocalTime();
        f.to = to.toLocalTime();
        keep = [&](const AuditEvent &e) {
            return inRange(e, true, true);
        };
    } else if (which == QLatin1String("user+action+range")) {
        f.user = QStringLiteral("clerk02");
        f.action = QStringLiteral("view-case");
        f.from = from;
        f.to = to;
        keep = [&](const AuditEvent &e) {
            return e.user == f.user && e.action == f.action && inRange(e, true, true);
        };
    }
    int pages = 0;
    const QList<AuditEvent> found = h.all(f, 7, &pages);
    const QList<QString> want = expected(h, keep);
    if (which != QLatin1String("unknown-citizen"))
        QVERIFY2(!want.isEmpty(), "the hall's morning should have such events");
    QCOMPARE(keysOf(found), want);
    // The supervisor's own searches are in the trail too, but not in a filtered list
    // they do not fit.
    for (const AuditEvent &e : found)
        QVERIFY(keep(e) || e.action == QLatin1String("view-audit"));
}

void tst_AuditQuery::pagesMeetWithoutGaps()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.fill());
    int pages = 0;
    AuditFilter f;
    h.clock.set(kStart.addDays(2));
    f.to = kStart.addDays(1); // leaves out the searches made while reading
    const QList<AuditEvent> all = h.all(f, 50, &pages);
    QCOMPARE(all.size(), h.events.size());
    QCOMPARE(pages, 3);
    QSet<qint64> ids;
    for (int i = 0; i < all.size(); ++i) {
        ids.insert(all[i].id);
        if (i > 0)
            QVERIFY(all[i - 1].at > all[i].at ||
                    (all[i - 1].at == all[i].at && all[i - 1].id > all[i].id));
        QVERIFY(all[i].keyed);
    }
    QCOMPARE(ids.size(), all.size());
    // Events at the same instant are not lost between pages.
    Session s = h.supervisor;
    const QDateTime same(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
    h.clock.set(same);
    for (int i = 0; i < 5; ++i)
        QVERIFY(h.log.record(s, QStringLiteral("sign-in"), {}, QString::number(i)).ok());
    AuditFilter sameInstant;
    sameInstant.action = QStringLiteral("sign-in");
    sameInstant.from = same;
    QCOMPARE(h.all(sameInstant, 2).size(), 5);
}

void tst_AuditQuery::searchesAreAudited()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.fill());
    AuditFilter f;
    f.idNumber = h.citizens[1];
    f.user = QStringLiteral("clerk01");
    auto first = h.query.page(f, h.supervisor, {}, 5);
    QVERIFY(first.ok());
    auto q = h.t.db().run(QStringLiteral("SELECT user_name, subject, detail FROM audit_events"
                                         " WHERE action = 'view-audit'"));
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), h.supervisor.username);
    // On the citizen's own trail, with the number masked.
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("person:%1").arg(h.personIds[1]));
    const QString detail = q.value().value(2).toString();
    QVERIFY(detail.contains(IdNumber::masked(h.citizens[1])));
    QVERIFY(!detail.contains(h.citizens[1]));
    QVERIFY(detail.contains(QStringLiteral("user=clerk01")));
    QVERIFY(!q.value().next());
    // Turning pages is not another search.
    if (first.value().hasMore)
        QVERIFY(h.query.page(f, h.supervisor, first.value().next, 5).ok());
    QCOMPARE(h.count(QStringLiteral("view-audit")), 1);
}

void tst_AuditQuery::exportIsMaskedAndAudited()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.fill());
    // A detail that a spreadsheet would take for a formula.
    h.clock.set(kStart.addSecs(60 * 200));
    QVERIFY(h.log
                .record(staff(QStringLiteral("clerk01"), Role::Clerk), QStringLiteral("note"), {},
                        QStringLiteral("=HYPERLINK(\"x\",\"y\"), 2"))
                .ok());
    AuditFilter f;
    f.user = QStringLiteral("clerk01");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = h.query.exportCsv(f, h.supervisor, buffer);
    QVERIFY2(written.ok(), qPrintable(written.error().code));
    const QByteArray csv = buffer.data();
    Test::TestArtifacts::keep(QStringLiteral("audit-export.csv"), csv);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("id,at,user,counter,action,subject,detail,keyed"));
    int expectedRows = 1; // the note
    for (const Recorded &r : h.events)
        expectedRows += r.event.user == f.user ? 1 : 0;
    QCOMPARE(written.value(), qint64(expectedRows));
    QCOMPARE(lines.size() - 2, expectedRows); // header, and the empty piece after the last CRLF
    const QString text = QString::fromUtf8(csv);
    QVERIFY(!text.contains(h.citizens[0]));
    QVERIFY(!text.contains(QStringLiteral("13812345678")));
    QVERIFY(text.contains(IdNumber::masked(h.citizens[0])));
    QVERIFY(text.contains(QStringLiteral("138****5678")));
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\"), 2\"")));
    // Oldest first, as a record reads.
    QVERIFY(lines.at(1).split(',').at(1) < lines.at(lines.size() - 2).split(',').at(1));
    // The export is in the trail, with how much it took.
    const auto detail = h.t.db().scalar(
        QStringLiteral("SELECT detail FROM audit_events WHERE action = 'export-audit'"));
    QCOMPARE(detail.value().toString(), QStringLiteral("rows=%1 user=clerk01").arg(expectedRows));

    // A long export shows its progress and can be cancelled: then nothing is audited.
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    QList<qint64> heard;
    auto cancelled = h.query.exportCsv({}, h.supervisor, again, [&](qint64 n) {
        heard << n;
        return false;
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
    QCOMPARE(heard.size(), 1);
    QVERIFY(heard.first() > 0);
    QCOMPARE(h.t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action ="
                                        " 'export-audit'"))
                 .value()
                 .toInt(),
             1);
}

void tst_AuditQuery::valuesToChooseFrom()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    Hall h(backend);
    QVERIFY2(h.t.ok(), qPrintable(h.t.error()));
    QVERIFY(h.fill());
    QStringList users, counters, actions;
    for (const Recorded &r : h.events) {
        users << r.event.user;
        counters << r.event.counter;
        actions << r.event.action;
    }
    const auto sorted = [](QStringList l) {
        l.removeDuplicates();
        l.sort();
        return l;
    };
    QCOMPARE(h.query.values(AuditQuery::Column::User, h.supervisor).value(), sorted(users));
    QCOMPARE(h.query.values(AuditQuery::Column::Counter, h.supervisor).value(), sorted(counters));
    QCOMPARE(h.query.values(AuditQuery::Column::Action, h.supervisor).value(), sorted(actions));
}

QTEST_GUILESS_MAIN(tst_AuditQuery)
#include "tst_AuditQuery.moc"
