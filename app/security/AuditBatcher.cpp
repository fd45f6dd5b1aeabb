#include "security/AuditBatcher.h"

#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QThread>

namespace OneWindow {

AuditBatcher::AuditBatcher(const DatabaseUrl &url, const Clock &clock, const QByteArray &hallKey)
    : m_url(url)
    , m_clock(clock)
    , m_hallKey(hallKey)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("audit-batch"));
    m_thread->start();
}

AuditBatcher::~AuditBatcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

Status AuditBatcher::record(const Session &session, const QString &action, const QString &subject,
                            const QString &detail)
{
    auto answer = std::make_shared<Answer>();
    QMutexLocker lock(&m_mutex);
    if (m_stop)
        return Status::failure(QStringLiteral("unavailable"),
                               QStringLiteral("audit batch stopped"));
    m_waiting.append(Event{session, action, subject, detail, answer});
    m_wake.wakeAll();
    while (!answer->given)
        m_written.wait(&m_mutex);
    return answer->status;
}

qint64 AuditBatcher::transactions() const
{
    QMutexLocker lock(&m_mutex);
    return m_transactions;
}

qint64 AuditBatcher::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

void AuditBatcher::run()
{
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    for (;;) {
        QList<Event> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_waiting.isEmpty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_waiting.isEmpty())
                break;
            batch.swap(m_waiting);
        }
        Status status = Status::success();
        if (!db) {
            // Opened when first needed, and again after a failure to open.
            auto opened = std::make_unique<Database>(m_url);
            status = opened->open();
            if (status) {
                db = std::move(opened);
                audit = std::make_unique<AuditLog>(*db, m_clock, m_hallKey);
            }
        }
        if (status)
            status = db->transaction([&]() -> Status {
                for (const Event &e : std::as_const(batch))
                    if (const Status s =
                            audit->recordInTransaction(e.session, e.action, e.subject, e.detail);
                        !s)
                        return s;
                return Status::success();
            });
        QMutexLocker lock(&m_mutex);
        if (status) {
            ++m_transactions;
            m_events += batch.size();
        }
        for (const Event &e : std::as_const(batch)) {
            e.answer->given = true;
            e.answer->status = status;
        }
        m_written.wakeAll();
    }
    audit.reset();
    db.reset();
}

} // namespace OneWindow
