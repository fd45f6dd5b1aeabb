#include "review/ReviewItem.h"

namespace OneWindow {

QString ReviewItem::stateKey(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

ReviewItem::State ReviewItem::stateFromKey(const QString &key)
{
    if (key == QLatin1String("approved"))
        return State::Approved;
    if (key == QLatin1String("returned"))
        return State::Returned;
    return State::Open;
}

QStringList ReviewItem::decisionKinds()
{
    return {QStringLiteral("refusal"), QStringLiteral("file-returned"),
            QStringLiteral("non-acceptance"), QStringLiteral("fee-waiver")};
}

bool ReviewItem::isDecisionKind(const QString &kind)
{
    return decisionKinds().contains(kind);
}

} // namespace OneWindow
