#pragma once

#include "identity/CardIdentity.h"
#include "identity/SimulatedCardReader.h"

#include <QDate>
#include <QList>

namespace OneWindow {

// Synthetic citizens for demos and tests: plausible names, real district codes,
// valid check digits, all derived from a seed, so the same seed always gives
// the same people. Never real persons.
class SyntheticIdentityGenerator
{
public:
    SyntheticIdentityGenerator(quint32 seed, const QDate &today);

    // The i-th citizen of this seed (stable: does not depend on how many are asked for).
    CardIdentity citizen(int index) const;
    QList<CardIdentity> citizens(int count) const;

    // The demo reader's sequence: the first `count` citizens with bad cards mixed in:
    // an expired card, a wrong check digit and an unreadable card.
    QList<SimulatedCardReader::Slot> readerSequence(int count) const;

    CardIdentity expiredCard() const;
    CardIdentity badChecksumCard() const;

private:
    quint32 m_seed;
    QDate m_today;
};

} // namespace OneWindow
