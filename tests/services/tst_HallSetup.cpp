#include "common/FixedClock.h"
#include "documents/DocumentService.h"
#include "helpers/TestDatabase.h"
#include "identity/HallKey.h"
#include "identity/SimulatedCardReader.h"
#include "security/AuditLog.h"
#include "security/AuditVerifier.h"
#include "security/AuthService.h"
#include "security/UserRepository.h"
#include "services/AppServices.h"
#include "services/HallSetup.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace OneWindow;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 0));

int count(const Database &db, const QString &table)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return v ? v.value().toInt() : -1;
}

HallSetup::Request request(const QString &keyFile)
{
    HallSetup::Request r;
    r.hallCode = QStringLiteral("510104");
    r.hallName = QStringLiteral("锦江区政务服务中心");
    r.adminLogin = QStringLiteral("hall.admin");
    r.adminDisplayName = QStringLiteral("管理员 周洁");
    r.adminPassword = QStringLiteral("Jinjiang-Admin-1");
    r.keyFile = keyFile;
    r.counterCode = QStringLiteral("A01");
    r.fastPasswordHash = true;
    return r;
}

TemplateCatalogue shipped()
{
    TemplateCatalogue c;
    c.loadBuiltIn();
    return c;
}

} // namespace

class tst_HallSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseHasNothing_data() { TestDatabase::addBackendRows(); }
    void newDatabaseHasNothing();
    void setsUpTheHall_data() { TestDatabase::addBackendRows(); }
    void setsUpTheHall();
    void existingKeyFile_data() { TestDatabase::addBackendRows(); }
    void existingKeyFile();
    void refusedRequests_data();
    void refusedRequests();
    void secondRunIsRefused_data() { TestDatabase::addBackendRows(); }
    void secondRunIsRefused();
    void failedTransactionRemovesTheNewKey_data() { TestDatabase::addBackendRows(); }
    void failedTransactionRemovesTheNewKey();
    void counterFollowsTheHall();
    void demoNeverEntersAHall();
    void keylessCounterFailsClosedInAHall_data() { TestDatabase::addBackendRows(); }
    void keylessCounterFailsClosedInAHall();
};

// A counter started without the hall's key: on a hall's PostgreSQL server it
// makes up no key (no signed codes, "no-key"); on an SQLite file of its own it
// gets one for the run.
void tst_HallSetup::keylessCounterFailsClosedInAHall()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    AppServices services;
    AppServices::Options options;
    options.databaseUrl = t.url();
    options.liveUpdates = false;
    QVERIFY(services.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
    const bool hall = backend == QLatin1String("postgresql");
    QCOMPARE(services.counter().hallKey.isEmpty(), hall);
    Session clerk;
    clerk.userId = 1;
    clerk.username = QStringLiteral("clerk01");
    clerk.role = Role::Clerk;
    auto printed =
        services.documents().render(QStringLiteral("510107-20261124-00001"),
                                    DocumentKind::Acceptance, std::nullopt, false, clerk);
    QVERIFY(!printed.ok());
    QCOMPARE(printed.error().code, hall ? QStringLiteral("no-key") : QStringLiteral("not-found"));
}

// A real hall's database starts with no accounts and no citizens; only the
// demo switch seeds them.
void tst_HallSetup::newDatabaseHasNothing()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend, /*migrate=*/false);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    AppServices services;
    AppServices::Options options;
    QCOMPARE(options.demoCitizens, 0); // the default is a real hall
    options.databaseUrl = t.url();
    options.liveUpdates = false;
    QVERIFY(services.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
    QCOMPARE(count(services.database(), QStringLiteral("users")), 0);
    QCOMPARE(count(services.database(), QStringLiteral("persons")), 0);
    QCOMPARE(count(services.database(), QStringLiteral("cases")), 0);
    QVERIFY(services.needsFirstStart().value());
}

void tst_HallSetup::setsUpTheHall()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(kNow);
    AuditLog audit(t.db(), clock);
    const QString keyFile = t.folder() + QStringLiteral("/keys/hall.key");
    HallSetup::Request r = request(keyFile);
    r.templateIds = {QStringLiteral("newborn"), QStringLiteral("retirement")};
    const TemplateCatalogue catalogue = shipped();
    QVERIFY(catalogue.find(QStringLiteral("newborn")));
    auto done = HallSetup(t.db(), audit).run(r, catalogue);
    QVERIFY2(done.ok(), qPrintable(done.error().code + QLatin1Char(' ') + done.error().detail));
    QVERIFY(done.value().keyGenerated);

    // The key file holds the key, readable by its owner only.
    auto key = HallKey::fromFile(keyFile);
    QVERIFY(key.ok());
    QCOMPARE(key.value(), done.value().key);
    QCOMPARE(key.value().size(), HallKey::kGeneratedBytes);
    QCOMPARE(QFileInfo(keyFile).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // One administrator who can sign in; nothing demo.
    QCOMPARE(count(t.db(), QStringLiteral("users")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("persons")), 0);
    // The audit trail is sealed with the hall's key from its first event: a counter
    // signs in with that key (one without it is refused, see tst_AuditLog).
    AuditLog keyed(t.db(), clock, done.value().key);
    AuthService auth(t.db(), keyed);
    auto session = auth.signIn(r.adminLogin, r.adminPassword, QStringLiteral("A01"));
    QVERIFY(session.ok());
    QCOMPARE(session.value().role, Role::Administrator);
    QCOMPARE(session.value().displayName, r.adminDisplayName);

    QCOMPARE(AuditVerifier(t.db().url(), AuditKey::fromHallKey(done.value().key)).run()->state,
             AuditVerdict::State::Intact);
    QCOMPARE(AuthService(t.db(), audit)
                 .signIn(r.adminLogin, r.adminPassword, QStringLiteral("A01"))
                 .error()
                 .code,
             QStringLiteral("audit-key-missing"));

    auto hall = HallSetup::load(t.db(), r.hallCode);
    QVERIFY(hall.ok());
    QCOMPARE(hall.value().name, r.hallName);
    QCOMPARE(hall.value().templateIds, r.templateIds);
    QCOMPARE(hall.value().keyFingerprint, HallKey::fingerprint(key.value()));
    QVERIFY(!HallSetup::needed(t.db()).value());
    // Audited, and the chain holds; the fingerprint is there, never the key.
    auto detail =
        t.db().scalar(QStringLiteral("SELECT detail FROM audit_events WHERE action = 'hall-init'"));
    QVERIFY(detail.ok());
    QVERIFY(detail.value().toString().contains(done.value().keyFingerprint));
    QVERIFY(!detail.value().toString().contains(HallKey::toHex(key.value())));
    QCOMPARE(audit.firstBrokenEvent().value(), 0);
}

void tst_HallSetup::existingKeyFile()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const QString keyFile = t.folder() + QStringLiteral("/copied.key");
    const QByteArray key = HallKey::generate();
    QVERIFY(HallKey::writeFile(keyFile, key, QStringLiteral("made by another counter")).ok());
    FixedClock clock(kNow);
    AuditLog audit(t.db(), clock);
    HallSetup::Request r = request(keyFile);
    r.generateKey = false;
    auto done = HallSetup(t.db(), audit).run(r, shipped());
    QVERIFY(done.ok());
    QVERIFY(!done.value().keyGenerated);
    QCOMPARE(done.value().key, key);
    QCOMPARE(HallKey::fromFile(keyFile).value(), key); // untouched
}

void tst_HallSetup::refusedRequests_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("hall code with a dash") << "hallCode"
                                           << "51-01"
                                           << "hall-code";
    QTest::newRow("no hall name") << "hallName"
                                  << " "
                                  << "hall-name";
    QTest::newRow("login with a blank") << "adminLogin"
                                        << "hall admin"
                                        << "admin-login";
    QTest::newRow("short password") << "adminPassword"
                                    << "Short-1"
                                    << "password-too-short";
    QTest::newRow("password holds the login") << "adminPassword"
                                              << "my-hall.admin-pw"
                                              << "password-is-login";
    QTest::newRow("no key file") << "keyFile"
                                 << ""
                                 << "key-file";
    QTest::newRow("unknown template") << "templateIds"
                                      << "newborn,no-such-matter"
                                      << "unknown-template";
    QTest::newRow("new key over an existing file") << "keyFile"
                                                   << "EXISTING"
                                                   << "key-file-exists";
    QTest::newRow("existing key that is not there") << "generateKey"
                                                    << "false"
                                                    << "key-file-missing";
}

void tst_HallSetup::refusedRequests()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    TestDatabase t(QStringLiteral("sqlite"));
    QVERIFY(t.ok());
    const QString existing = t.folder() + QStringLiteral("/existing.key");
    QVERIFY(HallKey::writeFile(existing, HallKey::generate(), QString()).ok());
    HallSetup::Request r = request(t.folder() + QStringLiteral("/new.key"));
    if (field == QLatin1String("hallCode"))
        r.hallCode = value;
    else if (field == QLatin1String("hallName"))
        r.hallName = value;
    else if (field == QLatin1String("adminLogin"))
        r.adminLogin = value;
    else if (field == QLatin1String("adminPassword"))
        r.adminPassword = value;
    else if (field == QLatin1String("keyFile"))
        r.keyFile = value == QLatin1String("EXISTING") ? existing : value;
    else if (field == QLatin1String("templateIds"))
        r.templateIds = value.split(QLatin1Char(','));
    else if (field == QLatin1String("generateKey"))
        r.generateKey = false;
    FixedClock clock(kNow);
    AuditLog audit(t.db(), clock);
    auto done = HallSetup(t.db(), audit).run(r, shipped());
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, code);
    // Nothing happened: no account, no hall, no new key file.
    QCOMPARE(count(t.db(), QStringLiteral("users")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("halls")), 0);
    QVERIFY(!QFileInfo::exists(t.folder() + QStringLiteral("/new.key")));
}

void tst_HallSetup::secondRunIsRefused()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    FixedClock clock(kNow);
    AuditLog audit(t.db(), clock);
    QVERIFY(HallSetup(t.db(), audit)
                .run(request(t.folder() + QStringLiteral("/a.key")), shipped())
                .ok());
    HallSetup::Request again = request(t.folder() + QStringLiteral("/b.key"));
    again.adminLogin = QStringLiteral("intruder");
    auto second = HallSetup(t.db(), audit).run(again, shipped());
    QCOMPARE(second.error().code, QStringLiteral("hall-exists"));
    QCOMPARE(count(t.db(), QStringLiteral("users")), 1);
    QVERIFY(!QFileInfo::exists(t.folder() + QStringLiteral("/b.key")));
}

// The hall row cannot be stored (its code is taken): the transaction rolls back
// and the key file made for it is gone, so the wizard can simply run again.
void tst_HallSetup::failedTransactionRemovesTheNewKey()
{
    QFETCH(QString, backend);
    OW_CHECK_BACKEND(backend);
    TestDatabase t(backend);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QVERIFY(t.db()
                .run(QStringLiteral("INSERT INTO halls (code, name, key_fingerprint, created_at)"
                                    " VALUES ('510104', 'left over', 'x', ?)"),
                     {kNow.toUTC()})
                .ok());
    FixedClock clock(kNow);
    AuditLog audit(t.db(), clock);
    const QString keyFile = t.folder() + QStringLiteral("/hall.key");
    auto done = HallSetup(t.db(), audit).run(request(keyFile), shipped());
    QVERIFY(!done.ok());
    QVERIFY(!QFileInfo::exists(keyFile));
    QCOMPARE(count(t.db(), QStringLiteral("users")), 0);
}

// --demo seeds an empty database, and opens its own again; a hall's database,
// or one where someone made an account, is refused before anything is written.
void tst_HallSetup::demoNeverEntersAHall()
{
    QTemporaryDir dir;
    const auto start = [&](const QString &file, int demo) {
        AppServices services;
        AppServices::Options options;
        options.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(file);
        options.demoCitizens = demo;
        options.fastPasswordHashes = true;
        return services.start(options, std::make_unique<FixedClock>(kNow), nullptr);
    };
    const auto counts = [&](const QString &file) {
        Database db(DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(file)).value());
        if (!db.open())
            return QList<int>();
        return QList<int>{count(db, QStringLiteral("persons")), count(db, QStringLiteral("users"))};
    };
    // The demo's own database: seeded once, opened again as it is.
    QVERIFY(start(QStringLiteral("demo.sqlite"), 5).ok());
    QCOMPARE(counts(QStringLiteral("demo.sqlite")), (QList<int>{5, 4}));
    QVERIFY(start(QStringLiteral("demo.sqlite"), 5).ok());
    QCOMPARE(counts(QStringLiteral("demo.sqlite")), (QList<int>{5, 4}));
    // A hall set up in it: no demo.
    {
        AppServices services;
        AppServices::Options options;
        options.databaseUrl =
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hall.sqlite"));
        QVERIFY(services.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
        QVERIFY(HallSetup(services.database(), services.audit())
                    .run(request(dir.filePath(QStringLiteral("hall.key"))), shipped())
                    .ok());
    }
    const Status refused = start(QStringLiteral("hall.sqlite"), 5);
    QCOMPARE(refused.error().code, QStringLiteral("demo-refused"));
    QCOMPARE(counts(QStringLiteral("hall.sqlite")), (QList<int>{0, 1}));
    // An account made by hand, no hall: no demo either.
    {
        Database db(DatabaseUrl::parse(QStringLiteral("sqlite:") +
                                       dir.filePath(QStringLiteral("accounts.sqlite")))
                        .value());
        QVERIFY(db.open().ok());
        QVERIFY(db.migrate().ok());
        UserAccount a;
        a.username = QStringLiteral("chenjing");
        a.displayName = QStringLiteral("陈静");
        QVERIFY(UserRepository(db).create(a, QStringLiteral("Chenjing-Pass-1"), true).ok());
        QCOMPARE(HallSetup::demoAllowed(db).error().code, QStringLiteral("demo-refused"));
    }
    QCOMPARE(start(QStringLiteral("accounts.sqlite"), 5).error().code,
             QStringLiteral("demo-refused"));
    QCOMPARE(counts(QStringLiteral("accounts.sqlite")), (QList<int>{0, 1}));
}

// A counter started on the hall's database offers the hall's matters and
// notices when its key is not the hall's.
void tst_HallSetup::counterFollowsTheHall()
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("hall.sqlite"));
    QByteArray hallKey;
    {
        AppServices first;
        AppServices::Options options;
        options.databaseUrl = url;
        QVERIFY(first.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
        HallSetup::Request r = request(dir.filePath(QStringLiteral("hall.key")));
        r.templateIds = {QStringLiteral("newborn")};
        auto done = HallSetup(first.database(), first.audit()).run(r, first.catalogue());
        QVERIFY(done.ok());
        hallKey = done.value().key;
        QVERIFY(first.catalogue().templates().size() > 1);
    }
    for (const bool rightKey : {true, false}) {
        AppServices counter;
        AppServices::Options options;
        options.databaseUrl = url;
        options.hallCode = QStringLiteral("510104");
        options.hallKey = rightKey ? hallKey : HallKey::generate();
        QVERIFY(counter.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
        QCOMPARE(counter.catalogue().templates().size(), 1);
        QCOMPARE(counter.catalogue().templates().first().id, QStringLiteral("newborn"));
        QCOMPARE(counter.hallProblem(), rightKey ? QString() : QStringLiteral("hall-key-mismatch"));
        // Papers name the hall as it was set up, not as a counter's settings say
        // (counter.conf without hall.name leaves the demo hall's name in the options).
        QVERIFY(options.hallName != request({}).hallName);
        QCOMPARE(counter.counter().hallName, request({}).hallName);
    }
    AppServices other;
    AppServices::Options options;
    options.databaseUrl = url;
    options.hallCode = QStringLiteral("999999");
    QVERIFY(other.start(options, std::make_unique<FixedClock>(kNow), nullptr).ok());
    QCOMPARE(other.hallProblem(), QStringLiteral("hall-unknown"));
}

QTEST_GUILESS_MAIN(tst_HallSetup)
#include "tst_HallSetup.moc"
