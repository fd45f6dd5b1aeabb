// onewindow-cli audit verify as a process, on both backends: the key from the
// environment, exit 0 for an intact chain, 1 naming the first bad event (id
// and time, as text and as JSON) for each kind of tampering, 2 for usage.
#include "common/FixedClock.h"
#include "helpers/AuditTamper.h"
#include "helpers/TestArtifacts.h"
#include "helpers/TestDatabase.h"
#include "helpers/TestSession.h"
#include "security/AuditChainReader.h"
#include "security/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace OneWindow;
using namespace OneWindow::Test;

namespace {

const QByteArray kHallKey = QByteArray::fromHex("a1a2a3a4a5a6a7a8a9aaabacadaeafb0");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
};

Run command(const QStringList &arguments, const QByteArray &hallKey = kHallKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (hallKey.isNull())
        env.remove(QStringLiteral("ONEWINDOW_HALL_KEY"));
    else
        env.insert(QStringLiteral("ONEWINDOW_HALL_KEY"), QString::fromLatin1(hallKey.toHex()));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OW_CLI_PATH), arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    // What the command printed, for the privacy scan after the run.
    OneWindow::Test::TestArtifacts::keep(process.arguments().mid(0, 2).join(QLatin1Char('-')) +
                                             QStringLiteral(".out"),
                                         r.out + r.err);
    return r;
}

// onewindow-cli audit verify ARGUMENTS
Run cli(const QStringList &arguments, const QByteArray &hallKey = kHallKey)
{
    return command(QStringList{"audit", "verify"} + arguments, hallKey);
}

Session clerk()
{
    return Test::session(1, QStringLiteral("clerk01"));
}

bool recordSix(AuditLog &log, FixedClock &clock)
{
    for (int i = 0; i < 6; ++i) {
        clock.set(clock.now().addSecs(61));
        if (!log.record(clerk(), QStringLiteral("view-case-file"),
                        QStringLiteral("person:%1").arg(i + 1), {}))
            return false;
    }
    return true;
}

} // namespace

class tst_CliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intact_data() { TestDatabase::addBackendRows(); }
    void intact();
    void tampered_data();
    void tampered();
    void unsealedFails_data() { TestDatabase::addBackendRows(); }
    void unsealedFails();
    void usageErrors();
};

void tst_CliAudit::intact()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog log(t.db(), clock, kHallKey);
    QVERIFY(recordSix(log, clock));
    const QList<AuditRow> rows = auditRows(t.db());

    Run r = cli({"--database", t.url()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("intact: 6 events"));
    QVERIFY(r.out.contains(rows.constLast().hash.toLatin1()));

    r = cli({"--database", t.url(), "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value("intact").toBool(), true);
    QCOMPARE(o.value("state").toString(), QStringLiteral("intact"));
    QCOMPARE(o.value("events").toInt(), 6);
    QCOMPARE(o.value("legacy_events").toInt(), 0);
    QVERIFY(o.value("first_bad").isNull());
    const QJsonObject checkpoint = o.value("checkpoint").toObject();
    QCOMPARE(checkpoint.value("id").toInteger(), rows.constLast().id);
    QCOMPARE(checkpoint.value("hash").toString(), rows.constLast().hash);
    QCOMPARE(checkpoint.value("sealed").toBool(), true);
    // Not a terminal: no progress line on stderr.
    QVERIFY(r.err.isEmpty() || !r.err.contains("verifying"));

    // The checkpoint it printed is an anchor for the next check.
    const QString anchor =
        QStringLiteral("%1:%2").arg(rows.constLast().id).arg(rows.constLast().hash);
    QCOMPARE(cli({"--database", t.url(), "--anchor", anchor}).exitCode, 0);
}

void tst_CliAudit::tampered_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("badIndex");
    QTest::addColumn<QString>("reason");
    for (const QString &b : TestDatabase::backends()) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(name)));
        };
        row("edited") << b << "edit" << 3 << "changed";
        row("deleted first") << b << "delete-first" << 1 << "chain";
        row("deleted in the middle") << b << "delete-middle" << 3 << "chain";
        row("deleted last") << b << "delete-last" << 5 << "tail-cut";
        row("inserted") << b << "insert" << 6 << "mac-missing";
        row("reordered") << b << "reorder" << 2 << "chain";
        row("rewritten") << b << "rewrite" << 3 << "mac";
    }
}

void tst_CliAudit::tampered()
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
    QVERIFY(recordSix(log, clock));
    QList<AuditRow> rows = auditRows(t.db());
    const QList<AuditRow> before = rows;
    QVERIFY(disableAuditProtection(t.owner()));
    AuditRow forged = rows.constLast();
    forged.id += 1;
    forged.at = QStringLiteral("2026-03-02T10:00:00.000Z");
    forged.prev = rows.constLast().hash;
    forged.hash = hashOf(forged);
    forged.mac.clear();
    const Database &db = t.owner(); // whoever can write the tables
    if (tamper == QLatin1String("edit")) {
        QVERIFY(db.run(QStringLiteral("UPDATE audit_events SET subject = 'person:77' WHERE id = ?"),
                       {rows[3].id}));
    } else if (tamper == QLatin1String("delete-first")) {
        QVERIFY(db.run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[0].id}));
    } else if (tamper == QLatin1String("delete-middle")) {
        QVERIFY(db.run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[2].id}));
    } else if (tamper == QLatin1String("delete-last")) {
        QVERIFY(db.run(QStringLiteral("DELETE FROM audit_events WHERE id = ?"), {rows[5].id}));
    } else if (tamper == QLatin1String("insert")) {
        QVERIFY(insertRow(db, forged));
    } else if (tamper == QLatin1String("reorder")) {
        AuditRow a = rows[2], b = rows[3];
        std::swap(a.id, b.id);
        QVERIFY(writeRow(db, a));
        QVERIFY(writeRow(db, b));
    } else if (tamper == QLatin1String("rewrite")) {
        rows[3].subject = QStringLiteral("person:77");
        QVERIFY(rechain(db, rows, 3, false));
        QVERIFY(
            db.run(QStringLiteral("UPDATE audit_head SET last_hash = ?"), {rows.constLast().hash}));
    }
    AuditRow bad = badIndex < 6 ? before.at(badIndex) : forged;
    // Swapped: the event now under that id is the other one, with its own time.
    if (tamper == QLatin1String("reorder"))
        bad.at = before.at(badIndex + 1).at;

    Run r = cli({"--database", t.url()});
    QCOMPARE(r.exitCode, 1);
    const QByteArray named =
        QStringLiteral("BROKEN at event %1 (%2): %3:").arg(bad.id).arg(bad.at, reason).toUtf8();
    QVERIFY2(r.out.startsWith(named), r.out.constData());

    r = cli({"--database", t.url(), "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o.value("intact").toBool(), false);
    QCOMPARE(o.value("state").toString(), QStringLiteral("broken"));
    const QJsonObject firstBad = o.value("first_bad").toObject();
    QCOMPARE(firstBad.value("id").toInteger(), bad.id);
    QCOMPARE(firstBad.value("at").toString(), bad.at);
    QCOMPARE(firstBad.value("reason").toString(), reason);
}

void tst_CliAudit::unsealedFails()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    // An empty log is intact ...
    QCOMPARE(cli({"--database", t.url()}).exitCode, 0);
    // ... one that no counter holding the key ever sealed is not: it names the
    // first event, from which on nothing vouches for the log.
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    AuditLog unkeyed(t.db(), clock);
    QVERIFY(recordSix(unkeyed, clock));
    const QList<AuditRow> legacy = auditRows(t.db());
    Run r = cli({"--database", t.url(), "--json"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value("state").toString(), QStringLiteral("unsealed"));
    QCOMPARE(r.json().value("first_bad").toObject().value("id").toInteger(),
             legacy.constFirst().id);
    r = cli({"--database", t.url()});
    QVERIFY(
        r.out.startsWith("NOT SEALED from event " + QByteArray::number(legacy.constFirst().id)));
    // A counter holding the key does not seal it by writing to it ...
    AuditLog keyed(t.db(), clock, kHallKey);
    QCOMPARE(keyed.record(clerk(), QStringLiteral("sign-in"), {}, {}).error().code,
             QStringLiteral("audit-unsealed"));
    // ... an administrator does, once, with the key (and not without it).
    QCOMPARE(command({"audit", "seal", "--database", t.ownerUrl()}, QByteArray()).exitCode, 2);
    r = command({"audit", "seal", "--database", t.ownerUrl()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value("legacy_until").toInteger(), legacy.constLast().id);
    QCOMPARE(r.json().value("legacy_events").toInteger(), qint64(6));
    r = command({"audit", "seal", "--database", t.ownerUrl()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("audit-seal-refused"));
    QVERIFY(recordSix(keyed, clock));
    r = cli({"--database", t.url(), "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value("legacy_events").toInt(), 6);
    QCOMPARE(r.json().value("events").toInt(), 13);
    // A key that is not the hall's: named as such, and it seals nothing.
    QByteArray other = kHallKey;
    other[5] = char(other[5] ^ 0x10);
    r = cli({"--database", t.url(), "--json"}, other);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.json().value("intact").toBool());
    QCOMPARE(command({"audit", "seal", "--database", t.ownerUrl()}, other).exitCode, 1);
}

void tst_CliAudit::usageErrors()
{
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    Run r = cli({"--database", t.url()}, QByteArray());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("ONEWINDOW_HALL_KEY"));
    r = cli({"--database", t.url()}, QByteArray("abc"));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({"--database", t.url(), "--anchor", "12"}).exitCode, 2);
    QCOMPARE(cli({"--database", t.url(), "--bogus"}).exitCode, 2);
    // A database that is not there is a failure, not a pass.
    QCOMPARE(cli({"--database", QStringLiteral("postgresql://nobody@127.0.0.1:1/none")}).exitCode,
             1);
}

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_CliAudit.moc"
