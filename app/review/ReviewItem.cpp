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

std::optional<ReviewItem::State> ReviewItem::stateFromKey(const QString &key)
{
    for (State s : {State::Open, State::Approved, State::Returned})
        if (key == stateKey(s))
            return s;
    return std::nullopt;
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
