#include "intake/DraftAutosaver.h"

#include "intake/DraftService.h"
#include "intake/IntakeLog.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QThread>

namespace OneWindow {

namespace {

QString key(const QString &idNumber, const QString &templateId)
{
    return idNumber + QLatin1Char('/') + templateId;
}

} // namespace

DraftAutosaver::DraftAutosaver(const DatabaseUrl &url, const Clock &clock, const Session &session,
                               const QByteArray &hallKey, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_clock(clock)
    , m_hallKey(hallKey)
    , m_session(session)
{
    qRegisterMetaType<OneWindow::Draft>();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("draft-autosave"));
    m_thread->start(QThread::LowPriority);
}

DraftAutosaver::~DraftAutosaver()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void DraftAutosaver::submit(const Draft &draft)
{
    QMutexLocker lock(&m_mutex);
    m_pending = draft;
    m_wake.wakeAll();
}

void DraftAutosaver::discard(const QString &idNumber, const QString &templateId)
{
    QMutexLocker lock(&m_mutex);
    if (m_pending && m_pending->idNumber == idNumber && m_pending->templateId == templateId)
        m_pending.reset();
    m_discards.append({idNumber, templateId});
    m_wake.wakeAll();
}

void DraftAutosaver::flush()
{
    QMutexLocker lock(&m_mutex);
    // While the database is unreachable the snapshot stays pending; waiting
    // for it would freeze the counter, so flush gives up until it is back.
    while (m_busy || ((m_pending || !m_discards.isEmpty()) && !m_unreachable))
        m_idle.wait(&m_mutex);
}

void DraftAutosaver::run()
{
    // Qt SQL connections belong to the thread that opens them: this one has its own.
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<DraftService> drafts;
    for (;;) {
        std::optional<Draft> draft;
        QList<QPair<QString, QString>> discards;
        {
            QMutexLocker lock(&m_mutex);
            m_busy = false;
            m_idle.wakeAll();
            while (!m_pending && m_discards.isEmpty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (!m_pending && m_discards.isEmpty() && m_stop)
                break;
            draft.swap(m_pending);
            discards.swap(m_discards);
            m_busy = true;
            if (draft)
                draft->version = m_versions.value(key(draft->idNumber, draft->templateId));
        }
        if (!db || !db->isOpen()) {
            drafts.reset();
            audit.reset();
            db = std::make_unique<Database>(m_url);
            if (const Status opened = db->open(); !opened) {
                qCWarning(lcIntake)
                    << "draft autosave: cannot open the database" << opened.error().code;
                Q_EMIT failed(opened.error().code, opened.error().detail);
                db.reset();
                // Keep the newest snapshot for the next attempt rather than losing it.
                QMutexLocker lock(&m_mutex);
                m_unreachable = true;
                if (draft && !m_pending)
                    m_pending = draft;
                m_discards = discards + m_discards;
                m_busy = false;
                m_idle.wakeAll();
                if (m_stop)
                    break;
                m_wake.wait(&m_mutex, 2000);
                continue;
            }
            audit = std::make_unique<AuditLog>(*db, m_clock, m_hallKey);
            drafts = std::make_unique<DraftService>(*db, m_clock, *audit);
            QMutexLocker lock(&m_mutex);
            m_unreachable = false;
        }
        for (const auto &d : discards) {
            if (const Status removed = drafts->remove(d.first, d.second, m_session); !removed)
                Q_EMIT failed(removed.error().code, removed.error().detail);
            QMutexLocker lock(&m_mutex);
            m_versions.remove(key(d.first, d.second));
        }
        if (!draft)
            continue;
        auto stored = drafts->save(*draft, m_session);
        if (!stored && stored.error().code == QLatin1String("conflict")) {
            // Another counter saved this draft: the clerk here is the one typing now.
            auto current = drafts->find(draft->idNumber, draft->templateId, m_session);
            if (current && current.value())
                draft->version = current.value()->version;
            stored = drafts->save(*draft, m_session);
        }
        if (!stored) {
            qCWarning(lcIntake) << "draft autosave failed" << stored.error().code;
            Q_EMIT failed(stored.error().code, stored.error().detail);
            continue;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_versions.insert(key(draft->idNumber, draft->templateId), stored.value().version);
        }
        Q_EMIT saved(stored.value());
    }
    drafts.reset();
    audit.reset();
    db.reset();
}

} // namespace OneWindow
