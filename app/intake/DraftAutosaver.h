#pragma once

#include "intake/Draft.h"
#include "security/Session.h"
#include "storage/DatabaseUrl.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QThread;

namespace OneWindow {

class Clock;

// Writes drafts on a thread of its own, with its own database connection, so
// an autosave never blocks the clerk's typing, not even while the database is
// slow or away. Only the newest snapshot waits: a save still running when the
// next one arrives is followed by that one, older snapshots are dropped. Each
// save and removal is audited on that connection, like any other (DraftService).
class DraftAutosaver : public QObject
{
    Q_OBJECT

public:
    // Saves as `session` (the counter's signed-in clerk); `hallKey` seals its audit
    // events as the counter's own audit log does (AppServices).
    DraftAutosaver(const DatabaseUrl &url, const Clock &clock, const Session &session,
                   const QByteArray &hallKey, QObject *parent = nullptr);
    // Writes what is pending, then stops the thread.
    ~DraftAutosaver() override;

    // Returns at once; the draft is written soon after.
    void submit(const Draft &draft);
    // Deletes the applicant's draft of this matter (after acceptance), after pending saves.
    void discard(const QString &idNumber, const QString &templateId);
    // Blocks until everything submitted so far is written (closing, tests),
    // or at once while the database cannot be reached.
    void flush();

Q_SIGNALS:
    // Emitted from the saving thread; connect with the default (queued) connection.
    void saved(const OneWindow::Draft &draft);
    void failed(const QString &code, const QString &detail);

private:
    void run();

    DatabaseUrl m_url;
    const Clock &m_clock;
    const QByteArray m_hallKey;
    const Session m_session;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::optional<Draft> m_pending;
    QList<QPair<QString, QString>> m_discards;
    // The version each draft was last stored with, so the next save follows it.
    QHash<QString, int> m_versions;
    bool m_busy = false;
    bool m_unreachable = false; // the last attempt could not open the database
    bool m_stop = false;
};

} // namespace OneWindow
