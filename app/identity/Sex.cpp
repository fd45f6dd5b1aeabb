#include "identity/Sex.h"

namespace OneWindow {

QString sexKey(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
    case Sex::Unspecified:
        break;
    }
    // "Unspecified" (9) is a code on the card, not a third value we store:
    // downstream it means the same as not knowing.
    return QStringLiteral("unknown");
}

Sex sexFromKey(const QString &key)
{
    if (key == QLatin1String("male"))
        return Sex::Male;
    if (key == QLatin1String("female"))
        return Sex::Female;
    return Sex::Unknown;
}

} // namespace OneWindow
