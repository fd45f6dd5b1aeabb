#include "storage/ChangeNotifier.h"

#include "storage/Database.h"
#include "storage/StorageLog.h"

#include <QSqlDriver>
#include <QSqlError>

namespace OneWindow {

ChangeNotifier::ChangeNotifier(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeNotifier::poll);
    m_retryTimer.setInterval(5000);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeNotifier::retry);
}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

void ChangeNotifier::setPollInterval(int milliseconds)
{
    if (m_url.dialect != DatabaseUrl::Dialect::Postgres)
        m_pollTimer.setInterval(milliseconds);
}

void ChangeNotifier::setPingInterval(int milliseconds)
{
    m_pingInterval = milliseconds;
    if (m_url.dialect == DatabaseUrl::Dialect::Postgres)
        m_pollTimer.setInterval(milliseconds);
}

void ChangeNotifier::setRetryInterval(int milliseconds)
{
    m_retryTimer.setInterval(milliseconds);
}

bool ChangeNotifier::isListening() const
{
    return m_listening;
}

Status ChangeNotifier::start()
{
    stop();
    m_db = std::make_unique<Database>(m_url);
    // LISTEN belongs to the session: a connection opened again behind our back
    // would hear nothing. A lost one is found by the ping and listened on anew.
    m_db->setReconnecting(false);
    if (const Status opened = m_db->open(); !opened)
        return opened;
    if (m_url.dialect == DatabaseUrl::Dialect::Postgres) {
        QSqlDriver *driver = m_db->connection().driver();
        if (!driver->hasFeature(QSqlDriver::EventNotifications))
            return Status::failure(QStringLiteral("db-driver"),
                                   QStringLiteral("the driver has no notifications"));
        connect(driver, &QSqlDriver::notification, this, &ChangeNotifier::onNotification);
        if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
            return Status(m_db->errorFrom(driver->lastError(), QStringLiteral("listen")));
        // The driver says nothing when an idle connection dies: look now and then.
        m_pollTimer.setInterval(m_pingInterval);
        m_pollTimer.start();
    } else {
        auto version = m_db->scalar(QStringLiteral("PRAGMA data_version"));
        if (!version)
            return Status(version.error());
        m_dataVersion = version.value().toLongLong();
        m_pollTimer.start();
    }
    m_listening = true;
    return Status::success();
}

void ChangeNotifier::stop()
{
    m_pollTimer.stop();
    m_retryTimer.stop();
    if (m_db && m_listening && m_url.dialect == DatabaseUrl::Dialect::Postgres) {
        QSqlDriver *driver = m_db->connection().driver();
        if (driver && m_db->isOpen())
            driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    }
    m_listening = false;
    m_db.reset();
}

Status ChangeNotifier::notifyInTransaction(const Database &db, const QString &topic,
                                           const QString &key)
{
    if (db.dialect() != DatabaseUrl::Dialect::Postgres)
        return Status::success();
    auto q = db.run(QStringLiteral("SELECT pg_notify(?, ?)"),
                    {QString::fromLatin1(kChannel), topic + QLatin1Char(':') + key});
    return q ? Status::success() : Status(q.error());
}

void ChangeNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                    const QVariant &payload)
{
    if (name != QLatin1String(kChannel))
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        Q_EMIT changed(text, QString());
    else
        Q_EMIT changed(text.left(colon), text.mid(colon + 1));
}

void ChangeNotifier::poll()
{
    if (!m_db)
        return;
    const bool pg = m_url.dialect == DatabaseUrl::Dialect::Postgres;
    auto version =
        m_db->scalar(pg ? QStringLiteral("SELECT 1") : QStringLiteral("PRAGMA data_version"));
    if (!version) {
        qCWarning(lcStorage) << "change poll failed" << version.error().code;
        m_pollTimer.stop();
        m_listening = false;
        Q_EMIT connectionLost();
        // The server restarts or a standby takes over: listen again by itself.
        m_retryTimer.start();
        return;
    }
    if (pg)
        return;
    const qint64 now = version.value().toLongLong();
    if (now != m_dataVersion) {
        m_dataVersion = now;
        Q_EMIT changed(QString::fromLatin1(kAnything), QString());
    }
}

void ChangeNotifier::retry()
{
    if (const Status listening = start(); !listening) {
        qCInfo(lcStorage) << "listening again failed" << listening.error().code;
        m_retryTimer.start();
        return;
    }
    qCInfo(lcStorage) << "listening again for changes";
    Q_EMIT reconnected();
    Q_EMIT changed(QString::fromLatin1(kAnything), QString());
}

} // namespace OneWindow
