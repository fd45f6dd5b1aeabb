#include "identity/CardCheck.h"

#include "identity/IdNumber.h"

namespace OneWindow {

QList<CardFlag> CardCheck::inspect(const CardIdentity &card, const QDate &today)
{
    QList<CardFlag> flags;

    // Only resident cards are known to carry a GB 11643 number; other kinds
    // (foreign permanent residence cards, manual entries) follow other rules.
    if (card.kind == CardIdentity::Kind::Resident) {
        const IdNumberInfo info = IdNumber::check(card.idNumber, today);
        // The detail goes to logs, so it names the failed rule, never the number.
        if (!info.valid)
            flags.append(
                {info.error, QStringLiteral("ID number fails the %1 check").arg(info.error)});
    }

    if (!card.longTerm && card.validUntil.isValid() && card.validUntil < today) {
        flags.append({QStringLiteral("expired"),
                      QStringLiteral("valid until %1").arg(card.validUntil.toString(Qt::ISODate))});
    }
    if (card.validFrom.isValid() && card.validFrom > today) {
        flags.append({QStringLiteral("not-yet-valid"),
                      QStringLiteral("valid from %1").arg(card.validFrom.toString(Qt::ISODate))});
    }

    if (card.name.trimmed().isEmpty())
        flags.append({QStringLiteral("name-missing"), QStringLiteral("the card has no name")});

    return flags;
}

} // namespace OneWindow
