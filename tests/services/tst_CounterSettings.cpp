#include "common/FixedClock.h"
#include "helpers/TestDatabase.h"
#include "identity/HallKey.h"
#include "security/AuditLog.h"
#include "services/CounterSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

// Where the core records each change: a hall's audit trail.
struct Trail
{
    explicit Trail(const QString &backend = QStringLiteral("sqlite"))
        : t(backend)
        , clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        , audit(t.db(), clock, QByteArray(32, 'h'))
    {}
    QList<QStringList> events(const QString &action) const
    {
        QList<QStringList> list;
        auto q = const_cast<TestDatabase &>(t).db().run(
            QStringLiteral("SELECT user_name, subject, detail FROM audit_events WHERE action = ?"
                           " ORDER BY id"),
            {action});
        while (q && q.value().next())
            list << QStringList{q.value().value(0).toString(), q.value().value(1).toString(),
                                q.value().value(2).toString()};
        return list;
    }
    TestDatabase t;
    FixedClock clock;
    AuditLog audit;
};

} // namespace

class tst_CounterSettings : public QObject
{
    Q_OBJECT

private:
    static Session as(Role role)
    {
        Session s;
        s.userId = 7; // signed in
        s.role = role;
        s.username = QStringLiteral("someone");
        return s;
    }

private Q_SLOTS:
    void roundTripForAdministrators()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        CounterSettings s;
        s.databaseUrl = QStringLiteral("postgresql://clerk@db.hall.local:5432/onewindow");
        s.hallCode = QStringLiteral("510104");
        s.hallName = QStringLiteral("锦江区政务服务中心");
        s.counterCode = QStringLiteral("B07");
        s.readerPort = QStringLiteral("/dev/ttyUSB0");
        s.hallKeyHex = QStringLiteral("00112233445566778899aabbccddeeff");
        s.idleLockMinutes = 3;
        s.paper.set(DocumentKind::Acceptance, PaperLayout::Thermal80);
        s.paper.set(DocumentKind::Refusal, PaperLayout::A5);
        Trail trail;
        QVERIFY(s.save(store, as(Role::Administrator), trail.audit).ok());

        QSettings again(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        const CounterSettings loaded = CounterSettings::load(again);
        QCOMPARE(loaded.databaseUrl, s.databaseUrl);
        QCOMPARE(loaded.hallCode, s.hallCode);
        QCOMPARE(loaded.hallName, s.hallName);
        QCOMPARE(loaded.counterCode, s.counterCode);
        QCOMPARE(loaded.readerPort, s.readerPort);
        QCOMPARE(loaded.hallKeyHex, s.hallKeyHex);
        QCOMPARE(loaded.idleLockMinutes, 3);
        QCOMPARE(loaded.paper.layoutFor(DocumentKind::Acceptance), PaperLayout::Thermal80);
        QCOMPARE(loaded.paper.layoutFor(DocumentKind::Refusal), PaperLayout::A5);
        QCOMPARE(loaded.paper.layoutFor(DocumentKind::Handover), PaperLayout::A4);
        QVERIFY(loaded.paper == s.paper);
    }

    // A kind never set, or set to something this version does not know, prints on A4.
    void paperDefaultsToA4()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        store.setValue(PaperChoices::settingsKey(DocumentKind::Completion), QStringLiteral("a3"));
        store.setValue(PaperChoices::settingsKey(DocumentKind::Materials), QStringLiteral("a5"));
        const PaperChoices loaded = CounterSettings::load(store).paper;
        QCOMPARE(loaded.layoutFor(DocumentKind::Completion), PaperLayout::A4);
        QCOMPARE(loaded.layoutFor(DocumentKind::Materials), PaperLayout::A5);
        QCOMPARE(PaperChoices::settingsKey(DocumentKind::NonAcceptance),
                 QStringLiteral("documents/layout/non-acceptance"));
    }

    void othersMayNotChangeIt_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("clerk") << int(Role::Clerk);
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("officer") << int(Role::Officer);
    }

    void othersMayNotChangeIt()
    {
        QFETCH(int, role);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        CounterSettings s;
        s.counterCode = QStringLiteral("Z9");
        Trail trail;
        const Status saved = s.save(store, as(Role(role)), trail.audit);
        QCOMPARE(saved.error().code, QStringLiteral("forbidden"));
        QVERIFY(!store.contains(QStringLiteral("counter/code")));
        // The refusal is on the trail; no change is.
        QCOMPARE(trail.events(QStringLiteral("refused")).size(), 1);
        QCOMPARE(trail.events(QStringLiteral("refused")).first().at(1),
                 QStringLiteral("counter-settings"));
        QVERIFY(trail.events(QStringLiteral("settings-change")).isEmpty());
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("password in url") << "db"
                                         << "postgresql://u:secret@h/db"
                                         << "db-url";
        QTest::newRow("not a url") << "db"
                                   << "mysql://h/db"
                                   << "db-url";
        QTest::newRow("hall code") << "hall"
                                   << "51 01"
                                   << "hall-code";
        QTest::newRow("counter code") << "counter"
                                      << ""
                                      << "counter-code";
        QTest::newRow("short key") << "key"
                                   << "abcd"
                                   << "hall-key";
        QTest::newRow("not hex") << "key"
                                 << "zz112233445566778899aabbccddeeff"
                                 << "hall-key";
    }

    void badValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        CounterSettings s;
        QVERIFY(s.problem().isEmpty());
        if (field == QLatin1String("db"))
            s.databaseUrl = value;
        else if (field == QLatin1String("hall"))
            s.hallCode = value;
        else if (field == QLatin1String("counter"))
            s.counterCode = value;
        else
            s.hallKeyHex = value;
        QCOMPARE(s.problem(), code);
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        Trail trail;
        QCOMPARE(s.save(store, as(Role::Administrator), trail.audit).error().code, code);
        QVERIFY(trail.events(QStringLiteral("settings-change")).isEmpty());
    }

    // Every change, the database URL and the hall key included, is on the hall's
    // trail with what changed, in the same transaction as the write; the key
    // itself never is, only that it changed and its fingerprint.
    void changesAreAudited_data() { TestDatabase::addBackendRows(); }
    void changesAreAudited()
    {
        QFETCH(QString, backend);
        OW_CHECK_BACKEND(backend);
        Trail trail(backend);
        QVERIFY2(trail.t.ok(), qPrintable(trail.t.error()));
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        CounterSettings s = CounterSettings::load(store);
        const QString key = QStringLiteral("00112233445566778899aabbccddeeff");
        s.databaseUrl = QStringLiteral("postgresql://clerk@db.hall.local:5432/onewindow");
        s.hallKeyHex = key;
        s.counterCode = QStringLiteral("B07");
        QVERIFY(s.save(store, as(Role::Administrator), trail.audit).ok());
        auto changes = trail.events(QStringLiteral("settings-change"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0), QStringLiteral("someone"));
        QCOMPARE(changes.first().at(1), QStringLiteral("counter-settings"));
        const QString detail = changes.first().at(2);
        QVERIFY2(detail.contains(
                     QLatin1String("database=postgresql://clerk@db.hall.local:5432/onewindow")),
                 qPrintable(detail));
        QVERIFY(detail.contains(QLatin1String("counter=B07")));
        QVERIFY(
            detail.contains(QStringLiteral("hall.key=changed(%1)")
                                .arg(HallKey::fingerprint(QByteArray::fromHex(key.toLatin1())))));
        const auto anywhere = trail.t.db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE detail LIKE ?"),
            {QLatin1Char('%') + key + QLatin1Char('%')});
        QCOMPARE(anywhere.value().toInt(), 0);
        // Saved again unchanged: nothing to record.
        QVERIFY(
            CounterSettings::load(store).save(store, as(Role::Administrator), trail.audit).ok());
        QCOMPARE(trail.events(QStringLiteral("settings-change")).size(), 1);
        // Anyone's language, audited too.
        CounterSettings english = CounterSettings::load(store);
        english.language = QStringLiteral("en");
        QVERIFY(english.saveLanguage(store, as(Role::Clerk), trail.audit).ok());
        changes = trail.events(QStringLiteral("settings-change"));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().at(2), QStringLiteral("language=en"));
    }

    // A counter that cannot record the change does not make it.
    void unauditedChangeIsNotMade()
    {
        Trail trail;
        AuditLog keyless(trail.t.db(), trail.clock);
        QVERIFY(
            trail.audit.record(as(Role::Administrator), QStringLiteral("sign-in"), {}, {}).ok());
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        CounterSettings s = CounterSettings::load(store);
        s.databaseUrl = QStringLiteral("sqlite:/tmp/elsewhere.sqlite");
        QCOMPARE(s.save(store, as(Role::Administrator), keyless).error().code,
                 QStringLiteral("audit-key-missing"));
        QSettings again(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        QVERIFY(CounterSettings::load(again).databaseUrl.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CounterSettings)
#include "tst_CounterSettings.moc"
