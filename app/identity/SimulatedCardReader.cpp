#include "identity/SimulatedCardReader.h"

#include <QTimer>

namespace OneWindow {

SimulatedCardReader::SimulatedCardReader(QObject *parent)
    : CardReader(parent)
{}

void SimulatedCardReader::setSequence(const QList<Slot> &cardSlots)
{
    m_slots = cardSlots;
    m_next = 0;
}

void SimulatedCardReader::placeCard(const CardIdentity &card)
{
    m_placed.append(Slot{card, QString()});
}

void SimulatedCardReader::placeFailure(const QString &code)
{
    m_placed.append(Slot{CardIdentity(), code});
}

void SimulatedCardReader::readCard()
{
    // The slot is chosen now, not when the timer fires, so several reads
    // started in a row still receive the slots in order.
    Slot slot;
    if (!m_placed.isEmpty()) {
        slot = m_placed.takeFirst();
    } else if (!m_slots.isEmpty()) {
        slot = m_slots.at(m_next);
        m_next = (m_next + 1) % int(m_slots.size());
    } else {
        slot.failure = QStringLiteral("no-card");
    }

    // Real readers answer later; delivering on the next event-loop turn keeps
    // callers honest about the interface's asynchronous contract. The context
    // object drops the delivery if the reader is destroyed first.
    QTimer::singleShot(0, this, [this, slot] {
        if (!slot.failure.isEmpty())
            Q_EMIT readFailed(slot.failure);
        else
            Q_EMIT cardRead(slot.card);
    });
}

QString SimulatedCardReader::describe() const
{
    return QStringLiteral("simulator");
}

} // namespace OneWindow
