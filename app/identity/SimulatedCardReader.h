#pragma once

#include "identity/CardReader.h"

#include <QList>

namespace OneWindow {

// Demo reader: hands out a fixed sequence of synthetic cards, with bad cards
// (expired, wrong check digit, unreadable) mixed in so clerks see every warning.
class SimulatedCardReader : public CardReader
{
    Q_OBJECT

public:
    // One entry of the sequence: either a card or a read failure code.
    struct Slot
    {
        CardIdentity card;
        QString failure; // non-empty: the read fails with this code
    };

    explicit SimulatedCardReader(QObject *parent = nullptr);

    // Replaces the sequence and starts again at its first slot.
    void setSequence(const QList<Slot> &cardSlots);
    QList<Slot> sequence() const { return m_slots; }
    // Puts a card at the front: the next readCard() returns it (tests, demos).
    void placeCard(const CardIdentity &card);
    void placeFailure(const QString &code);

    void readCard() override;
    QString describe() const override;

private:
    QList<Slot> m_slots;
    QList<Slot> m_placed;
    int m_next = 0;
};

} // namespace OneWindow
