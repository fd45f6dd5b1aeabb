#include "casefile/Visit.h"

namespace OneWindow {

QString Visit::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Open:
        return {};
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Notified:
        return QStringLiteral("notified");
    case Outcome::HandedOver:
        return QStringLiteral("handed-over");
    case Outcome::NotAccepted:
        return QStringLiteral("not-accepted");
    case Outcome::Next:
        return QStringLiteral("next");
    }
    return {};
}

Visit::Outcome Visit::outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Accepted, Outcome::Notified, Outcome::HandedOver,
                      Outcome::NotAccepted, Outcome::Next})
        if (outcomeKey(o) == key)
            return o;
    return Outcome::Open;
}

QStringList Visit::outcomeKeys()
{
    return {QStringLiteral("accepted"), QStringLiteral("notified"), QStringLiteral("handed-over"),
            QStringLiteral("not-accepted"), QStringLiteral("next")};
}

} // namespace OneWindow
