#include "identity/CardCheck.h"

#include "identity/IdNumber.h"

namespace OneWindow {

namespace {

// The 2023 foreigner permanent residence card: 18 digits, the first a 9, the last the
// GB 11643 MOD 11-2 check character. Empty when it passes.
QString foreign2023NumberError(const QString &number)
{
    if (number.size() != 18)
        return QStringLiteral("length");
    for (int i = 0; i < 18; ++i) {
        const QChar c = number.at(i);
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!digit && !(i == 17 && c == QLatin1Char('X')))
            return QStringLiteral("characters");
    }
    if (number.at(0) != QLatin1Char('9'))
        return QStringLiteral("region");
    if (IdNumber::checkCharacter(number.left(17)) != number.at(17))
        return QStringLiteral("checksum");
    return {};
}

} // namespace

QList<CardFlag> CardCheck::inspect(const CardIdentity &card, const QDate &today)
{
    QList<CardFlag> flags;

    // Resident cards and J permits carry GB 11643 numbers (J numbers with the
    // province codes 81/82/83); the 2023 foreigner card an 18-digit number starting
    // with 9 under the same check digit. The 2017 foreigner card's number follows
    // another scheme and is not checked.
    QString numberError;
    if (card.kind == CardIdentity::Kind::Resident || card.kind == CardIdentity::Kind::HkMoTw) {
        const IdNumberInfo info = IdNumber::check(card.idNumber, today);
        numberError = info.error;
        if (info.valid && card.kind == CardIdentity::Kind::HkMoTw) {
            const int province = info.normalized.left(2).toInt();
            if (province != 81 && province != 82 && province != 83)
                numberError = QStringLiteral("region");
        }
    } else if (card.kind == CardIdentity::Kind::Foreign2023) {
        numberError = foreign2023NumberError(card.idNumber);
    }
    // The detail goes to logs, so it names the failed rule, never the number.
    if (!numberError.isEmpty())
        flags.append(
            {numberError, QStringLiteral("ID number fails the %1 check").arg(numberError)});

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
