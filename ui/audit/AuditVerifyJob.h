#pragma once

#include "common/Result.h"
#include "security/AuditVerdict.h"
#include "security/AuditVerifier.h"

#include <QObject>

#include <atomic>

class QThread;

namespace OneWindow {

// Runs an AuditVerifier on a worker thread with its own connection, so the
// window stays responsive over millions of events: progress as it goes, a
// verdict at the end, cancellable. Deleting the job cancels it and waits.
class AuditVerifyJob : public QObject
{
    Q_OBJECT

public:
    AuditVerifyJob(const AuditVerifier &verifier, QObject *parent = nullptr);
    ~AuditVerifyJob() override;

    // Runs the check once; a job cancelled before it starts stops at its first progress.
    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // The verdict (Cancelled when cancelled), or the error that stopped the check.
    void finished(const OneWindow::AuditVerdict &verdict, const OneWindow::Error &error);

private:
    AuditVerifier m_verifier;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace OneWindow
