#include "intake/EvidenceRecorder.h"

#include "common/CounterLock.h"
#include "identity/CardReader.h"
#include "intake/EvidenceService.h"
#include "intake/IntakeLog.h"
#include "security/Permission.h"

namespace OneWindow {

EvidenceRecorder::EvidenceRecorder(EvidenceService &evidence, const CounterLock &lock,
                                   QObject *parent)
    : QObject(parent)
    , m_evidence(evidence)
    , m_lock(lock)
{
    qRegisterMetaType<OneWindow::VisitEvidence>();
}

void EvidenceRecorder::watch(CardReader *reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    if (!reader)
        return;
    connect(reader, &CardReader::cardRead, this, &EvidenceRecorder::onCardRead);
    connect(reader, &CardReader::readFailed, this, &EvidenceRecorder::onReadFailed);
}

bool EvidenceRecorder::listening() const
{
    if (m_lock.isLocked()) {
        qCInfo(lcIntake) << "card reader event dropped: the counter is locked";
        return false;
    }
    if (!Permission::can(m_session, Capability::RunIntake)) {
        qCInfo(lcIntake) << "card reader event dropped: nobody at the counter runs intake";
        return false;
    }
    return true;
}

void EvidenceRecorder::onCardRead(const CardIdentity &card)
{
    if (!listening())
        return;
    auto recorded = m_evidence.recordCardRead(card, m_session);
    if (!recorded) {
        qCWarning(lcIntake) << "a card read could not be recorded" << recorded.error().code;
        Q_EMIT recordFailed(recorded.error().code, recorded.error().detail);
        return;
    }
    Q_EMIT cardRecorded(recorded.value());
}

void EvidenceRecorder::onReadFailed(const QString &code)
{
    if (!listening())
        return;
    Q_EMIT readFailed(code);
}

} // namespace OneWindow
