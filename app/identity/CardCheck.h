#pragma once

#include "identity/CardIdentity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace OneWindow {

// A problem found on a card. The code is stable ("expired", "not-yet-valid",
// "checksum", "region", "birth-date", "characters", "length", "name-missing");
// the UI words it.
struct CardFlag
{
    QString code;
    QString detail;
};

class CardCheck
{
public:
    // Every problem with the card as of `today`; empty when the card is fine.
    static QList<CardFlag> inspect(const CardIdentity &card, const QDate &today);
};

} // namespace OneWindow
