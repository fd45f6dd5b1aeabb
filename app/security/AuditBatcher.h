#pragma once

#include "common/Result.h"
#include "security/Session.h"
#include "storage/DatabaseUrl.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace OneWindow {

class Clock;

// Writes the audit events of reads from many threads in shared transactions: the
// events that arrive while one transaction commits go together in the next
// (group commit). Every page the tracker shows writes an event, and the chain
// takes one lock until the commit reaches the disk, so one commit per page caps
// the pages a second at the disk's flushes; together they share a flush.
//
// record() returns only once its event is committed or refused, so a caller that
// hands out what it read after record() succeeded still hands out nothing that is
// not on the record (AuditedRead). The events are written by a thread of the
// batcher's own with its own connection (Qt SQL connections belong to a thread)
// and the hall key, as AuditLog::record would write them one by one.
class AuditBatcher
{
public:
    AuditBatcher(const DatabaseUrl &url, const Clock &clock, const QByteArray &hallKey);
    // Writes what is waiting, then stops the thread.
    ~AuditBatcher();
    AuditBatcher(const AuditBatcher &) = delete;
    AuditBatcher &operator=(const AuditBatcher &) = delete;

    // Blocks until the event is committed, or returns why it was not: the
    // connection's error ("db-gone", ...) or AuditLog's refusal. A failed
    // transaction fails every event in it.
    Status record(const Session &session, const QString &action, const QString &subject,
                  const QString &detail);
    // Transactions committed and events written so far (benchmarks, tests).
    qint64 transactions() const;
    qint64 events() const;

private:
    // The answer a waiting record() call gets (guarded by m_mutex).
    struct Answer
    {
        bool given = false;
        Status status = Status::success();
    };
    struct Event
    {
        Session session;
        QString action;
        QString subject;
        QString detail;
        std::shared_ptr<Answer> answer;
    };
    void run();

    const DatabaseUrl m_url;
    const Clock &m_clock;
    const QByteArray m_hallKey;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_written;
    QList<Event> m_waiting;
    qint64 m_transactions = 0;
    qint64 m_events = 0;
    bool m_stop = false;
};

} // namespace OneWindow
