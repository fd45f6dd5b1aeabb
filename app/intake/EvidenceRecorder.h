#pragma once

#include "intake/VisitEvidence.h"
#include "security/Session.h"

#include <QObject>
#include <QPointer>

namespace OneWindow {

class CardReader;
class CounterLock;
class EvidenceService;

// The counter's card reader, as the core hears it: every card the reader reports
// is recorded as evidence (EvidenceService) under the signed-in user's name when
// it is read, not when a widget says so, and only then handed on. Windows listen
// here, never to the reader. While the counter is locked, or nobody who may run
// intake is signed in, a read is dropped: nothing recorded, nothing handed on,
// nothing audited on anyone's name.
class EvidenceRecorder : public QObject
{
    Q_OBJECT

public:
    EvidenceRecorder(EvidenceService &evidence, const CounterLock &lock, QObject *parent = nullptr);

    // The reader whose reads are recorded (null: none).
    void watch(CardReader *reader);
    // Who is signed in at this counter (AppServices::setSession).
    void setSession(const Session &session) { m_session = session; }
    const Session &session() const { return m_session; }

Q_SIGNALS:
    // A card read, recorded: its id, the card's data and what is wrong with it.
    void cardRecorded(const OneWindow::VisitEvidence &evidence);
    // The reader could not read a card ("no-card", "checksum", ... as CardReader).
    void readFailed(const QString &code);
    // A card was read but could not be recorded (the database is away, say): the
    // read counts for nothing.
    void recordFailed(const QString &code, const QString &detail);

private:
    void onCardRead(const CardIdentity &card);
    void onReadFailed(const QString &code);
    // Somebody who may run intake is signed in and the counter is not locked.
    bool listening() const;

    EvidenceService &m_evidence;
    const CounterLock &m_lock;
    QPointer<CardReader> m_reader;
    Session m_session;
};

} // namespace OneWindow
