// The audit chain checked end to end on both backends: whoever can write the
// database but does not hold the hall key edits, deletes (first, middle,
// last), inserts, reorders or rewrites events, or touches the checkpoint; the
// check names the first bad event and why.
#include "common/FixedClock.h"
#include "helpers/AuditTamper.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "security/AuditChainReader.h"
#include "security/AuditLog.h"
#include "security/AuditVerifier.h"
#include "storage/Database.h"

#include <QTest>

using namespace OneWindow;
using namespace OneWindow::Test;

namespace {

const QByteArray kHallKey = QByteArray::fromHex("00112233445566778899aabbccddeeff0f1e2d3c");

Session clerk()
{
    Session s;
    s.userId = 1;
    s.username = QStringLiteral("clerk01");
    s.counterCode = QStringLiteral("A01");
    return s;
}

// Five events a morning at the counter might leave.
bool recordFive(AuditLog &log, FixedClock &clock)
{
    const QStringList actions = {"sign-in", "view-case-file", "accept-case", "view-case-file",
                                 "sign-out"};
    for (int i = 0; i < actions.size(); ++i) {
        clock.set(clock.now().addSecs(37));
        if (!log.record(clerk(), actions.at(i), QStringLiteral("person:%1").arg(i + 1),
                        QStringLiteral("第%1件").arg(i + 1)))
            return false;
    }
    return true;
}

AuditVerdict verify(const Database &db, const QByteArray &hallKey = kHallKey)
{
    auto v = AuditVerifier(db.url(), AuditKey::fromHallKey(hallKey)).run();
    return v ? v.value() : AuditVerdict{};
}

} // namespace

class tst_AuditVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intactLogPasses_data() { TestDatabase::addBackendRows(); }
    void intactLogPasses();
    void tampering_data();
    void tampering();
    void launderedLogStaysBroken_data();
    void launderedLogStaysBroken();
    void wrongKeyIsNamed_data() { TestDatabase::addBackendRows(); }
    void wrongKeyIsNamed();
    void eventsBeforeTheSeal_data() { TestDatabase::addBackendRows(); }
    void eventsBeforeTheSeal();
    void unsealedLogIsReported_data() { TestDatabase::addBackendRows(); }
    void unsealedLogIsReported();
    void rolledBackCheckpointNeedsAnAnchor_data() { TestDatabase::addBackendRows(); }
    void rolledBackCheckpointNeedsAnAnchor();
    void progressAndCancel_data() { TestDatabase::addBackendRows(); }
    void progressAndCancel();
};

void tst_AuditVerifier::intactLogPasses()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    // Empty: nothing to check, nothing wrong.
    AuditVerdict v = verify(t.db());
    QCOMPARE(v.state, AuditVerdict::State::Intact);
    QCOMPARE(v.events, qint64(0));

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(recordFive(log, clock));
    v = verify(t.db());
    QCOMPARE(v.state, AuditVerdict::State::Intact);
    QCOMPARE(v.events, qint64(5));
    QCOMPARE(v.total, qint64(5));
    QCOMPARE(v.legacyEvents, qint64(0));
    QVERIFY(v.sealed);
    QVERIFY(v.keyChecked);
    const QList<AuditRow> rows = auditRows(t.db());
    QCOMPARE(v.headId, rows.constLast().id);
    QCOMPARE(v.headHash, rows.constLast().hash);
    QCOMPARE(log.firstBrokenEvent().value(), qint64(0));
}

void tst_AuditVerifier::tampering_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("badIndex"); // position in the five events; 5: an inserted one
    QTest::addColumn<QString>("reason");

    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        row("edit the third's detail") << b << "edit-detail" << 2 << "changed";
        row("edit the first's subject") << b << "edit-subject" << 0 << "changed";
        row("edit the last's user") << b << "edit-user" << 4 << "changed";
        row("edit the second's time") << b << "edit-time" << 1 << "changed";
        row("move text between fields") << b << "move-text" << 1 << "changed";
        // A deleted event is seen at the one after it; a deleted last one at the checkpoint.
        row("delete the first") << b << "delete-first" << 1 << "chain";
        row("delete a middle one") << b << "delete-middle" << 3 << "chain";
        row("delete the last") << b << "delete-last" << 4 << "tail-cut";
        row("delete the last two") << b << "delete-last-two" << 4 << "tail-cut";
        row("insert at the end without a MAC") << b << "insert-end" << 5 << "mac-missing";
        row("insert at the end with a copied MAC") << b << "insert-copied-mac" << 5 << "mac";
        row("insert at the end and move the checkpoint")
            << b << "insert-move-checkpoint" << 5 << "mac-missing";
        row("insert in the middle") << b << "insert-middle" << 5 << "mac-missing";
        row("swap the second and third") << b << "reorder" << 1 << "chain";
        row("rewrite the chain from the third") << b << "rewrite" << 2 << "mac";
        row("rewrite the chain and the checkpoint") << b << "rewrite-checkpoint" << 2 << "mac";
        row("rewrite the chain without MACs") << b << "rewrite-blank-macs" << 2 << "mac-missing";
        row("blank the checkpoint's MAC") << b << "blank-checkpoint-mac" << 4 << "checkpoint";
        row("delete the checkpoint") << b << "delete-checkpoint" << 0 << "checkpoint-missing";
        row("blank every MAC and rewrite") << b << "blank-everything" << -1 << "unsealed";
    }
}

void tst_AuditVerifier::tampering()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, tamper);
    QFETCH(int, badIndex);
    QFETCH(QString, reason);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(recordFive(log, clock));
    QCOMPARE(verify(t.db()).state, AuditVerdict::State::Intact);
    QList<AuditRow> rows = auditRows(t.db());
    QCOMPARE(rows.size(), 5);
    const QList<AuditRow> before = rows;
    QVERIFY(disableAuditProtection(t.owner()));
    const Database &db = t.owner(); // whoever can write the tables
    const auto run = [&db](const QString &sql, const QVariantList &values = {}) {
        const auto q = db.run(sql, values);
        if (!q)
            qWarning() << q.error().detail;
        return q.ok();
    };
    // A forged event after the last, as someone who knows the format would write it.
    AuditRow forged;
    forged.id = rows.constLast().id + 1;
    forged.at = QStringLiteral("2026-03-02T09:05:00.000Z");
    forged.user = QStringLiteral("admin01");
    forged.counter = QStringLiteral("A09");
    forged.action = QStringLiteral("view-case-file");
    forged.subject = QStringLiteral("person:42");
    forged.prev = rows.constLast().hash;
    forged.hash = hashOf(forged);

    if (tamper == QLatin1String("edit-detail")) {
        QVERIFY(run(QStringLiteral("UPDATE audit_events SET detail = 'nothing' WHERE id = ?"),
                    {rows[2].id}));
    } else if (tamper == QLatin1String("edit-subject")) {
        QVERIFY(run(QStringLiteral("UPDATE audit_events SET subject = 'person:99' WHERE id = ?"),
                    {rows[0].id}));
    } else if (tamper == QLatin1String("edit-user")) {
        QVERIFY(run(QStringLiteral("UPDATE audit_events SET user_name = 'admin01' WHERE id = ?"),
                    {rows[4].id}));
    } else if (tamper == QLatin1String("edit-time")) {
        QVERIFY(run(QStringLiteral("UPDATE audit_events SET at = '2026-03-01T00:00:00.000Z'"
                                   " WHERE id = ?"),
                    {rows[1].id}));
    } else if (tamper == QLatin1String("move-text")) {
        QVERIFY(run(QStringLiteral("UPDATE audit_events SET action = 'view-case',"
                                   " subject = '-fileperson:2' WHERE id = ?"),
                    {rows[1].id}));
    } else if (tamper == QLatin1String("delete-first")) {
        QVERIFY(run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[0].id}));
    } else if (tamper == QLatin1String("delete-middle")) {
        QVERIFY(run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[2].id}));
    } else if (tamper == QLatin1String("delete-last")) {
        QVERIFY(run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[4].id}));
    } else if (tamper == QLatin1String("delete-last-two")) {
        QVERIFY(run(QStringLiteral("DELETE FROM audit_events WHERE id >= ?"), {rows[3].id}));
    } else if (tamper == QLatin1String("insert-end")) {
        QVERIFY(insertRow(db, forged));
    } else if (tamper == QLatin1String("insert-copied-mac")) {
        forged.mac = rows[4].mac;
        QVERIFY(insertRow(db, forged));
    } else if (tamper == QLatin1String("insert-move-checkpoint")) {
        QVERIFY(insertRow(db, forged));
        QVERIFY(run(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?,"
                                   " last_at = ?, events = events + 1"),
                    {forged.id, forged.hash, forged.at}));
    } else if (tamper == QLatin1String("insert-middle")) {
        // Make room after the second, then slip a forged event in that fits its neighbour.
        QVERIFY(
            run(QStringLiteral("UPDATE audit_events SET id = id + 10 WHERE id > ?"), {rows[1].id}));
        forged.id = rows[1].id + 1;
        forged.prev = rows[1].hash;
        forged.at = rows[1].at;
        forged.hash = hashOf(forged);
        QVERIFY(insertRow(db, forged));
    } else if (tamper == QLatin1String("reorder")) {
        AuditRow second = rows[1], third = rows[2];
        std::swap(second.id, third.id);
        QVERIFY(writeRow(db, second));
        QVERIFY(writeRow(db, third));
    } else if (tamper == QLatin1String("rewrite") ||
               tamper == QLatin1String("rewrite-checkpoint") ||
               tamper == QLatin1String("rewrite-blank-macs")) {
        rows[2].detail = QStringLiteral("nothing happened");
        QVERIFY(rechain(db, rows, 2, tamper == QLatin1String("rewrite-blank-macs")));
        if (tamper != QLatin1String("rewrite"))
            QVERIFY(run(QStringLiteral("UPDATE audit_head SET last_hash = ?"),
                        {rows.constLast().hash}));
    } else if (tamper == QLatin1String("blank-checkpoint-mac")) {
        QVERIFY(run(QStringLiteral("UPDATE audit_head SET mac = NULL")));
    } else if (tamper == QLatin1String("delete-checkpoint")) {
        QVERIFY(run(QStringLiteral("DELETE FROM audit_head")));
    } else if (tamper == QLatin1String("blank-everything")) {
        // Make it look as if no counter with the key had ever written.
        rows[2].detail = QStringLiteral("nothing happened");
        QVERIFY(rechain(db, rows, 0, true));
        QVERIFY(run(QStringLiteral("UPDATE audit_head SET last_hash = ?, legacy_until = last_id,"
                                   " mac = NULL"),
                    {rows.constLast().hash}));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown tamper ") + tamper));
    }

    const AuditVerdict v = verify(t.db());
    QCOMPARE(v.reason, reason);
    if (badIndex < 0) {
        // Nothing in the database can tell this from a log no keyed counter wrote to;
        // with the key it is still not a pass.
        QCOMPARE(v.state, AuditVerdict::State::Unsealed);
        QVERIFY(!v.intact());
        QCOMPARE(v.badId, before.constFirst().id);
        return;
    }
    QCOMPARE(v.state, AuditVerdict::State::Broken);
    const AuditRow &bad = badIndex < 5 ? before.at(badIndex) : forged;
    QCOMPARE(v.badId, bad.id);
    // The time named is the event's as stored (for a cut tail, the checkpoint's).
    if (tamper.startsWith(QLatin1String("edit-time")))
        QCOMPARE(v.badAt, QStringLiteral("2026-03-01T00:00:00.000Z"));
    else if (tamper == QLatin1String("reorder")) // the third's row now stands there
        QCOMPARE(v.badAt, before.at(badIndex + 1).at);
    else
        QCOMPARE(v.badAt, bad.at);
    QVERIFY(!v.detail.isEmpty());
    // The writer's own check agrees.
    QCOMPARE(log.firstBrokenEvent().value(), bad.id);
}

void tst_AuditVerifier::launderedLogStaysBroken_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("attack");
    QTest::addColumn<int>("badIndex"); // position in the six events
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("keyedWrite"); // what an honest counter with the key gets; "" ok

    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        // Triggers dropped, an event edited, the chain rewritten, every MAC and the
        // checkpoint's MAC blanked, the checkpoint made to say "all before the seal".
        row("launder the whole log") << b << "launder" << 0 << "unsealed"
                                     << "audit-unsealed";
        row("launder, checkpoint deleted and made anew")
            << b << "replace-checkpoint" << 0 << "unsealed"
            << "audit-unsealed";
        row("launder, checkpoint forged") << b << "forge-checkpoint" << 0 << "mac-missing"
                                          << "audit-key-mismatch";
        row("launder, genuine checkpoint MAC copied")
            << b << "copy-checkpoint-mac" << 0 << "mac-missing"
            << "audit-key-mismatch";
        row("MACs stripped from the tail") << b << "strip-tail" << 4 << "mac-missing"
                                           << "";
        row("tail stripped, checkpoint blanked")
            << b << "strip-tail-blank-checkpoint" << 4 << "mac-missing"
            << "audit-unsealed";
        row("tail stripped, sealing point moved")
            << b << "strip-tail-move-legacy" << 4 << "mac-missing"
            << "audit-key-mismatch";
        row("tail rewritten, checkpoint blanked")
            << b << "rewrite-tail-blank-checkpoint" << 4 << "mac-missing"
            << "audit-unsealed";
    }
}

void tst_AuditVerifier::launderedLogStaysBroken()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    QFETCH(QString, attack);
    QFETCH(int, badIndex);
    QFETCH(QString, reason);
    QFETCH(QString, keyedWrite);

    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const Database &owner = t.owner(); // whoever can write the tables, without the key
    // A hall set up with the key: its log sealed from the first event on.
    QVERIFY(owner.run(QStringLiteral("INSERT INTO halls (code, name, key_fingerprint, created_at)"
                                     " VALUES ('510107', '大厅', 'x', ?)"),
                      {QDateTime::currentDateTimeUtc().addSecs(2)}));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog keyed(t.db(), clock, kHallKey);
    QVERIFY(recordFive(keyed, clock));
    QVERIFY(
        keyed.record(clerk(), QStringLiteral("view-case-file"), QStringLiteral("person:9"), {}));
    QCOMPARE(verify(t.db()).state, AuditVerdict::State::Intact);
    QList<AuditRow> rows = auditRows(owner);
    QCOMPARE(rows.size(), 6);
    const QList<AuditRow> before = rows;
    const AuditHead head = *AuditChainReader::readHead(owner).value();

    QVERIFY(disableAuditProtection(owner));
    const auto run = [&owner](const QString &sql, const QVariantList &values = {}) {
        const auto q = owner.run(sql, values);
        if (!q)
            qWarning() << q.error().detail;
        return q.ok();
    };
    const auto setHead = [&](const QString &mac, qint64 legacyUntil) {
        return run(QStringLiteral("UPDATE audit_head SET last_hash = ?, legacy_until = ?, mac = ?"),
                   {rows.constLast().hash, legacyUntil, textOrNull(mac)});
    };
    if (attack == QLatin1String("launder") || attack == QLatin1String("forge-checkpoint") ||
        attack == QLatin1String("copy-checkpoint-mac") ||
        attack == QLatin1String("replace-checkpoint")) {
        rows[2].detail = QStringLiteral("nothing happened");
        QVERIFY(rechain(owner, rows, 0, true));
        if (attack == QLatin1String("launder"))
            QVERIFY(setHead({}, rows.constLast().id));
        else if (attack == QLatin1String("forge-checkpoint"))
            QVERIFY(setHead(QString(64, QLatin1Char('7')), rows.constLast().id));
        else if (attack == QLatin1String("copy-checkpoint-mac"))
            QVERIFY(setHead(head.mac, rows.constLast().id));
        else {
            QVERIFY(run(QStringLiteral("DELETE FROM audit_head")));
            QVERIFY(run(QStringLiteral("INSERT INTO audit_head (id, last_id, last_hash, last_at,"
                                       " events, legacy_until) VALUES (1, ?, ?, ?, ?, ?)"),
                        {rows.constLast().id, rows.constLast().hash, rows.constLast().at,
                         qint64(rows.size()), rows.constLast().id}));
        }
    } else if (attack.startsWith(QLatin1String("strip-tail"))) {
        for (int i = 4; i < rows.size(); ++i) {
            rows[i].mac.clear();
            QVERIFY(writeRow(owner, rows[i]));
        }
        if (attack == QLatin1String("strip-tail-blank-checkpoint"))
            QVERIFY(setHead({}, rows.constLast().id));
        else if (attack == QLatin1String("strip-tail-move-legacy"))
            QVERIFY(setHead(head.mac, rows.constLast().id));
    } else if (attack == QLatin1String("rewrite-tail-blank-checkpoint")) {
        rows[4].subject = QStringLiteral("person:99");
        QVERIFY(rechain(owner, rows, 4, true));
        QVERIFY(setHead({}, rows.constLast().id));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown attack ") + attack));
    }

    const auto checkFailsAtTheFirstBadEvent = [&] {
        const AuditVerdict v = verify(t.db());
        QVERIFY(!v.intact());
        QCOMPARE(v.reason, reason);
        QCOMPARE(v.badId, before.at(badIndex).id);
        QCOMPARE(keyed.firstBrokenEvent().value(), before.at(badIndex).id);
    };
    checkFailsAtTheFirstBadEvent();
    if (QTest::currentTestFailed())
        return;

    // The counters go on honestly: with the key, a log that lost its seal is not
    // sealed again (nor written to); one whose checkpoint still holds takes the event.
    clock.set(clock.now().addSecs(600));
    const Status written = keyed.record(clerk(), QStringLiteral("sign-in"), {}, {});
    if (keyedWrite.isEmpty())
        QVERIFY2(written.ok(), qPrintable(written.error().code));
    else
        QCOMPARE(written.error().code, keyedWrite);
    // Counters without the key write where the log shows no seal; that proves nothing.
    AuditLog unkeyed(t.db(), clock);
    for (int i = 0; i < 2; ++i)
        (void)unkeyed.record(clerk(), QStringLiteral("view-case-file"), QStringLiteral("person:3"),
                             {});
    // An administrator asked to seal it refuses: the hall was set up with the key.
    const auto resealed =
        keyed.seal(Test::session(9, QStringLiteral("admin01"), Role::Administrator));
    QCOMPARE(resealed.error().code, QStringLiteral("audit-seal-refused"));
    // Whatever came after, the check still fails where the laundering began.
    checkFailsAtTheFirstBadEvent();
}

void tst_AuditVerifier::wrongKeyIsNamed()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(recordFive(log, clock));
    QByteArray other = kHallKey;
    other[0] = char(other[0] ^ 1);
    const AuditVerdict v = verify(t.db(), other);
    QCOMPARE(v.state, AuditVerdict::State::Broken);
    QCOMPARE(v.reason, QStringLiteral("key"));
    QCOMPARE(v.badId, auditRows(t.db()).constFirst().id);
}

void tst_AuditVerifier::eventsBeforeTheSeal()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    // Two events from a counter without the key (or from before this version) ...
    AuditLog unkeyed(t.db(), clock);
    QVERIFY(unkeyed.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    QVERIFY(
        unkeyed.record(clerk(), QStringLiteral("view-case-file"), QStringLiteral("person:1"), {})
            .ok());
    // ... then an administrator holding it seals the log, and counters write on.
    AuditLog keyed(t.db(), clock, kHallKey);
    QVERIFY(keyed.seal(Test::session(9, QStringLiteral("admin01"), Role::Administrator)).ok());
    QVERIFY(recordFive(keyed, clock));
    AuditVerdict v = verify(t.db());
    QCOMPARE(v.state, AuditVerdict::State::Intact);
    QCOMPARE(v.events, qint64(8));
    QCOMPARE(v.legacyEvents, qint64(2));

    QList<AuditRow> rows = auditRows(t.db());
    QVERIFY(rows[1].mac.isEmpty());
    QVERIFY(!rows[2].mac.isEmpty());
    QVERIFY(disableAuditProtection(t.owner()));
    // An old event edited is still caught by the chain ...
    {
        AuditRow edited = rows[0];
        edited.detail = QStringLiteral("x");
        QVERIFY(writeRow(t.owner(), edited));
        v = verify(t.db());
        QCOMPARE(v.reason, QStringLiteral("changed"));
        QCOMPARE(v.badId, rows[0].id);
        QVERIFY(writeRow(t.owner(), rows[0]));
    }
    // ... and a blanked MAC after the seal does not pass as an old event.
    AuditRow blanked = rows[4];
    blanked.mac.clear();
    QVERIFY(writeRow(t.owner(), blanked));
    v = verify(t.db());
    QCOMPARE(v.state, AuditVerdict::State::Broken);
    QCOMPARE(v.reason, QStringLiteral("mac-missing"));
    QCOMPARE(v.badId, rows[4].id);
}

void tst_AuditVerifier::unsealedLogIsReported()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog unkeyed(t.db(), clock);
    QVERIFY(recordFive(unkeyed, clock));
    // Without a key: the chain holds.
    AuditVerdict v = verify(t.db(), QByteArray());
    QCOMPARE(v.state, AuditVerdict::State::Intact);
    QVERIFY(!v.keyChecked);
    QCOMPARE(v.legacyEvents, qint64(5));
    QCOMPARE(unkeyed.firstBrokenEvent().value(), qint64(0));
    // With the key, a log nobody sealed is not a pass: nothing vouches for it from
    // its first event on.
    v = verify(t.db());
    QCOMPARE(v.state, AuditVerdict::State::Unsealed);
    QCOMPARE(v.events, qint64(5));
    QCOMPARE(v.badId, auditRows(t.db()).constFirst().id);
    QCOMPARE(AuditLog(t.db(), clock, kHallKey).firstBrokenEvent().value(),
             auditRows(t.db()).constFirst().id);
    // A cut tail is caught even here: the unkeyed checkpoint still names the last event.
    const QList<AuditRow> rows = auditRows(t.db());
    QVERIFY(disableAuditProtection(t.owner()));
    QVERIFY(t.owner()
                .run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows.constLast().id})
                .ok());
    v = verify(t.db(), QByteArray());
    QCOMPARE(v.reason, QStringLiteral("tail-cut"));
    QCOMPARE(v.badId, rows.constLast().id);
}

void tst_AuditVerifier::rolledBackCheckpointNeedsAnAnchor()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(log.record(clerk(), QStringLiteral("sign-in"), {}, {}).ok());
    // Someone keeps a copy of the genuine checkpoint as it is now ...
    const AuditHead saved = *AuditChainReader::readHead(t.db()).value();
    QVERIFY(recordFive(log, clock));
    const QList<AuditRow> rows = auditRows(t.db());
    // ... deletes what came after and puts the old checkpoint back.
    QVERIFY(disableAuditProtection(t.owner()));
    QVERIFY(t.owner().run(QStringLiteral("DELETE FROM audit_events WHERE id > ?"), {saved.lastId}));
    QVERIFY(t.owner().run(
        QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?,"
                       " last_at = ?, events = ?, legacy_until = ?, mac = ?"),
        {saved.lastId, saved.lastHash, saved.lastAt, saved.events, saved.legacyUntil, saved.mac}));
    // Nothing in the database contradicts that ...
    QCOMPARE(verify(t.db()).state, AuditVerdict::State::Intact);
    // ... but a checkpoint noted elsewhere does.
    AuditVerifier verifier(t.db().url(), AuditKey::fromHallKey(kHallKey));
    verifier.setAnchor(rows.constLast().id, rows.constLast().hash.toLatin1());
    const auto v = verifier.run();
    QVERIFY(v.ok());
    QCOMPARE(v->state, AuditVerdict::State::Broken);
    QCOMPARE(v->reason, QStringLiteral("anchor"));
    QCOMPARE(v->badId, rows.constLast().id);
    // An anchor that is still there, unchanged, passes.
    verifier.setAnchor(saved.lastId, saved.lastHash.toLatin1());
    QCOMPARE(verifier.run()->state, AuditVerdict::State::Intact);
}

void tst_AuditVerifier::progressAndCancel()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    // Enough events for a few progress calls and pages of the reader.
    const qint64 n = 260;
    QVERIFY(t.db()
                .transaction([&]() -> Status {
                    for (qint64 i = 0; i < n; ++i)
                        if (const Status s =
                                log.recordInTransaction(clerk(), QStringLiteral("view-case-file"),
                                                        QStringLiteral("person:%1").arg(i), {});
                            !s)
                            return s;
                    return Status::success();
                })
                .ok());
    AuditVerifier verifier(t.db().url(), AuditKey::fromHallKey(kHallKey));
    verifier.setProgressEvery(50);
    verifier.setPageSize(64);
    QList<qint64> seen;
    auto v = verifier.run([&](qint64 done, qint64 total) {
        seen << done;
        return total == n;
    });
    QVERIFY(v.ok());
    QCOMPARE(v->state, AuditVerdict::State::Intact);
    QCOMPARE(v->events, n);
    QCOMPARE(seen, (QList<qint64>{50, 100, 150, 200, 250, n}));
    // Stopped at the first progress call: cancelled, neither intact nor broken.
    v = verifier.run([](qint64, qint64) { return false; });
    QVERIFY(v.ok());
    QCOMPARE(v->state, AuditVerdict::State::Cancelled);
    QCOMPARE(v->events, qint64(50));
    QVERIFY(!v->intact());
    // Paging does not hide a problem on a page boundary.
    const QList<AuditRow> rows = auditRows(t.db());
    QVERIFY(disableAuditProtection(t.owner()));
    QVERIFY(t.owner().run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[128].id}));
    v = verifier.run();
    QCOMPARE(v->reason, QStringLiteral("chain"));
    QCOMPARE(v->badId, rows[129].id);
}

QTEST_GUILESS_MAIN(tst_AuditVerifier)
#include "tst_AuditVerifier.moc"
