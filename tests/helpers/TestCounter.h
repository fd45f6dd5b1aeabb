#pragma once

#include "casefile/DemoSeeder.h"
#include "common/Result.h"
#include "identity/CardIdentity.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "security/Session.h"
#include "services/AppServices.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantList>
#include <QWidget>

#include <memory>

namespace OneWindow {

class CardReader;
class FixedClock;
class IntakePage;
class MainWindow;
class SimulatedCardReader;
class TestDatabase;

// One counter for widget tests: the app's services on a fresh database (a
// temporary SQLite file, or a new database on the test PostgreSQL server), a
// fixed clock, the simulated card reader with the demo's synthetic people, a
// signed-in user and the real window.
class TestCounter
{
public:
    static const QDateTime kDefaultNow;
    static const QByteArray kDefaultHallKey;

    struct Setup
    {
        QString backend = QStringLiteral("sqlite");
        int demoCitizens = 40; // SQLite only: the demo hall, with its accounts
        // SQLite only: the folder of the database file (empty: the counter's own
        // temporary folder), e.g. a small file system a test fills.
        QString databaseFolder;
        QDateTime now = kDefaultNow;
        QByteArray hallKey = kDefaultHallKey;
        bool scannerInput = false;
        QString citizenScreen;        // CounterContext::citizenScreen ("window" in tests)
        bool citizenConfirms = false; // accepting waits for the citizen's confirmation
        // Null: the simulated reader, offering the demo's people in order.
        std::unique_ptr<CardReader> reader;
    };

    TestCounter();
    ~TestCounter();

    // Builds the services; false with error() set when it cannot.
    bool start(Setup setup);
    bool start() { return start(Setup()); }
    QString error() const { return m_error; }

    AppServices &services() { return *m_services; }
    SimulatedCardReader *reader() const { return m_simulator; }
    // Moves the counter's clock (the citizen's next visit, say).
    void setNow(const QDateTime &now);
    const SyntheticIdentityGenerator &people() const { return m_people; }
    QString folder() const { return m_dir.path(); }
    QString databaseUrl() const { return m_url; }
    // The tables' owner, for fixtures a counter may not make (accounts): on
    // PostgreSQL the counters' role may not (TestDatabase).
    Database &ownerDatabase();

    // Signs in through the same service as the login dialog; the demo account
    // of that name is created first when the database has none.
    bool signIn(const QString &username);
    Session session() const;

    // Gives a bare intake page the drafts and the notification, as the counter does.
    void attachIntake(IntakePage &page);

    // The real window for the signed-in user, shown and active.
    MainWindow *openWindow();
    MainWindow *window() const { return m_window.get(); }
    // The window as a plain widget, for code that sees MainWindow only declared.
    QWidget *windowWidget() const;
    void closeWindow();

    template <typename T> T *find(const QString &name) const
    {
        T *w = m_window ? windowWidget()->template findChild<T *>(name) : nullptr;
        if (!w)
            qWarning() << "no widget" << name;
        return w;
    }
    // F2 is an application shortcut: it needs an active window.
    void pressKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Puts the card on the simulated reader and presses F2.
    void readCard(const CardIdentity &card);
    int countRows(const QString &sql, const QVariantList &values = {});
    // The seeded citizen with the most cases, so the case file has something to show.
    CardIdentity busiestCitizen();
    // Saves a screenshot of `w` when OW_SCREENSHOT_DIR is set.
    static void screenshot(QWidget *w, const QString &name);
    // Lets pending layouts and paints happen.
    static void settle();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_pg;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    SimulatedCardReader *m_simulator = nullptr;
    FixedClock *m_clock = nullptr;
    SyntheticIdentityGenerator m_people{DemoSeeder::kDefaultSeed, DemoSeeder::referenceDate()};
    QString m_url;
    QString m_error;
};

} // namespace OneWindow
