#include "helpers/TestCounter.h"

#include "common/FixedClock.h"
#include "common/Theme.h"
#include "counter/IntakePage.h"
#include "helpers/TestDatabase.h"
#include "identity/SimulatedCardReader.h"
#include "intake/DraftAutosaver.h"
#include "security/AuthService.h"
#include "security/UserRepository.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>

namespace OneWindow {

const QDateTime TestCounter::kDefaultNow(QDate(2026, 11, 24), QTime(10, 0));
const QByteArray TestCounter::kDefaultHallKey =
    QByteArray::fromHex("5a5a00112233445566778899aabbccdd");

TestCounter::TestCounter() = default;

TestCounter::~TestCounter()
{
    m_window.reset();
    m_services.reset();
    m_pg.reset();
}

bool TestCounter::start(Setup setup)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    AppServices::Options options;
    if (setup.backend == QLatin1String("postgresql")) {
        m_pg = std::make_unique<TestDatabase>(setup.backend);
        if (!m_pg->ok()) {
            m_error = m_pg->error();
            return false;
        }
        m_url = m_pg->url();
        options.demoCitizens = 0;
    } else {
        const QDir folder(setup.databaseFolder.isEmpty() ? m_dir.path() : setup.databaseFolder);
        m_url = QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("counter.sqlite"));
        options.demoCitizens = setup.demoCitizens;
    }
    options.databaseUrl = m_url;
    options.receiptsFolder = m_dir.filePath(QStringLiteral("receipts"));
    options.fastPasswordHashes = true;
    options.hallKey = setup.hallKey;
    options.scannerInput = setup.scannerInput;
    options.citizenScreen = setup.citizenScreen;
    options.citizenConfirms = setup.citizenConfirms;
    std::unique_ptr<CardReader> reader = std::move(setup.reader);
    if (!reader) {
        auto simulator = std::make_unique<SimulatedCardReader>();
        simulator->setSequence(m_people.readerSequence(qMax(setup.demoCitizens, 10)));
        m_simulator = simulator.get();
        reader = std::move(simulator);
    }
    m_services = std::make_unique<AppServices>();
    auto clock = std::make_unique<FixedClock>(setup.now);
    m_clock = clock.get();
    const Status started = m_services->start(options, std::move(clock), std::move(reader));
    if (!started) {
        m_error = started.error().code + QLatin1Char(' ') + started.error().detail;
        return false;
    }
    return true;
}

bool TestCounter::signIn(const QString &username)
{
    for (const DemoSeeder::Account &a : DemoSeeder::demoAccounts()) {
        if (a.username != username)
            continue;
        // Accounts are the owner's to make: on PostgreSQL the counters' role may not.
        UserRepository users(m_pg ? m_pg->owner() : m_services->database());
        auto existing = users.findByUsername(username);
        if (!existing) {
            m_error = existing.error().code;
            return false;
        }
        if (existing.value().id == 0) {
            UserAccount account;
            account.username = a.username;
            account.displayName = a.displayName;
            roleFromKey(a.role, &account.role);
            account.department = a.department;
            if (auto id = users.create(account, a.password, true); !id) {
                m_error = id.error().code;
                return false;
            }
        }
        auto session =
            m_services->auth().signIn(a.username, a.password, m_services->options().counterCode);
        if (!session) {
            m_error = session.error().code;
            return false;
        }
        m_services->setSession(session.value());
        return true;
    }
    m_error = QStringLiteral("no demo account ") + username;
    return false;
}

void TestCounter::setNow(const QDateTime &now)
{
    m_clock->set(now);
}

Database &TestCounter::ownerDatabase()
{
    return m_pg ? m_pg->owner() : m_services->database();
}

Session TestCounter::session() const
{
    return m_services->session();
}

void TestCounter::attachIntake(IntakePage &page)
{
    page.attach(m_services->drafts(), m_services->makeDraftAutosaver(m_services->session()),
                m_services->session(), m_services->counter());
    page.setDocuments(&m_services->documents());
    page.setEvidence(&m_services->evidence());
}

QWidget *TestCounter::windowWidget() const
{
    return m_window.get();
}

MainWindow *TestCounter::openWindow()
{
    // The window as the clerk sees it: the application's style, set once.
    static bool themed = false;
    if (!themed) {
        Theme::apply(*qApp);
        themed = true;
    }
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning() << "the window did not become active";
    return m_window.get();
}

void TestCounter::closeWindow()
{
    m_window.reset();
}

void TestCounter::pressKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning() << "the window did not become active";
    }
    QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
}

void TestCounter::readCard(const CardIdentity &card)
{
    m_simulator->placeCard(card);
    pressKey(Qt::Key_F2);
}

int TestCounter::countRows(const QString &sql, const QVariantList &values)
{
    auto v = m_services->database().scalar(sql, values);
    return v ? v.value().toInt() : -1;
}

CardIdentity TestCounter::busiestCitizen()
{
    auto q = m_services->database().run(
        QStringLiteral("SELECT p.id_number FROM persons p JOIN cases c ON c.person_id = p.id"
                       " GROUP BY p.id_number ORDER BY COUNT(*) DESC, p.id_number LIMIT 1"));
    if (!q || !q.value().next())
        return {};
    const QString id = q.value().value(0).toString();
    for (const CardIdentity &c : m_people.citizens(40))
        if (c.idNumber == id)
            return c;
    return {};
}

void TestCounter::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    settle();
    w->grab().save(dir + QLatin1Char('/') + name);
}

void TestCounter::settle()
{
    // Layouts are redone on posted events, item views resize their columns on
    // zero timers: what a clerk would see a moment later.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
    }
}

} // namespace OneWindow
