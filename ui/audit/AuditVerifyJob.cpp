#include "audit/AuditVerifyJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace OneWindow {

AuditVerifyJob::AuditVerifyJob(const AuditVerifier &verifier, QObject *parent)
    : QObject(parent)
    , m_verifier(verifier)
{}

AuditVerifyJob::~AuditVerifyJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool AuditVerifyJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AuditVerifyJob::cancel()
{
    m_cancel = true;
}

void AuditVerifyJob::start()
{
    if (m_thread)
        return; // one check per job
    QPointer<AuditVerifyJob> self(this);
    m_thread = QThread::create([this, self] {
        QElapsedTimer sinceShown;
        sinceShown.start();
        auto verdict = m_verifier.run([&](qint64 done, qint64 total) {
            // A few updates a second is all a progress bar needs.
            if (sinceShown.elapsed() >= 100) {
                sinceShown.restart();
                QMetaObject::invokeMethod(
                    this,
                    [this, self, done, total] {
                        if (self)
                            Q_EMIT progress(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return !m_cancel.load();
        });
        AuditVerdict v;
        Error e;
        if (verdict)
            v = verdict.value();
        else
            e = verdict.error();
        QMetaObject::invokeMethod(
            this,
            [this, self, v, e] {
                if (self)
                    Q_EMIT finished(v, e);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("audit-verify"));
    m_thread->start(QThread::LowPriority);
}

} // namespace OneWindow
