#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace OneWindow {

class Database;

// Tells a counter that other counters changed shared lists (department inboxes,
// the review queue, a case on screen), so views refresh without a reload button.
//
// PostgreSQL: writers call notifyInTransaction() inside the transaction that
// makes the change (NOTIFY is delivered only when it commits, and never when it
// rolls back); the notifier LISTENs on its own connection through the Qt SQL
// driver and emits changed(topic, key).
// SQLite: one file has no NOTIFY; the notifier polls PRAGMA data_version on its
// own connection and emits changed("*", {}) when another connection committed.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "onewindow_changes";
    // Topics carried in the payload "topic:key". Keys are internal ids or
    // department names, never a citizen's ID number.
    static constexpr const char *kCases = "cases";
    static constexpr const char *kSubCases = "sub_cases";
    static constexpr const char *kAppointments = "appointments";
    static constexpr const char *kReview = "review";
    static constexpr const char *kAnything = "*";

    explicit ChangeNotifier(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Opens the listening connection and starts listening (or polling).
    Status start();
    void stop();
    bool isListening() const;
    // SQLite: how often to look for changes by other connections (default 2 s).
    void setPollInterval(int milliseconds);
    // PostgreSQL: how often to check the listening connection (default 15 s).
    void setPingInterval(int milliseconds);
    // After a lost connection: how often to try listening again (default 5 s).
    void setRetryInterval(int milliseconds);

    // Queues a change notice on the writer's connection; call inside its transaction.
    // On SQLite this is a no-op (polling sees the commit).
    static Status notifyInTransaction(const Database &db, const QString &topic, const QString &key);

Q_SIGNALS:
    void changed(const QString &topic, const QString &key);
    // The listening connection broke (PostgreSQL: found by a ping every 15 s).
    // The notifier tries to listen again every retry interval by itself.
    void connectionLost();
    // Listening again after connectionLost(); changed("*", {}) follows, since
    // whatever changed meanwhile was never told: views reload what they show.
    void reconnected();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void poll();
    void retry();

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    int m_pingInterval = 15000;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace OneWindow
