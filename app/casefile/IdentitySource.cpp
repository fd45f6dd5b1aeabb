#include "casefile/IdentitySource.h"

namespace OneWindow::IdentitySources {

namespace {

const IdentitySource kAll[] = {IdentitySource::Card, IdentitySource::Qr, IdentitySource::Manual,
                               IdentitySource::Unverified};

} // namespace

QString key(IdentitySource source)
{
    switch (source) {
    case IdentitySource::Card:
        return QStringLiteral("card");
    case IdentitySource::Qr:
        return QStringLiteral("qr");
    case IdentitySource::Manual:
        return QStringLiteral("manual");
    case IdentitySource::Unverified:
        return QStringLiteral("unverified");
    }
    return {};
}

std::optional<IdentitySource> fromKey(const QString &k)
{
    for (IdentitySource s : kAll)
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QStringList keys()
{
    QStringList list;
    for (IdentitySource s : kAll)
        list << key(s);
    return list;
}

QStringList evidenceKeys()
{
    QStringList list = keys();
    list.removeAll(key(IdentitySource::Unverified));
    return list;
}

} // namespace OneWindow::IdentitySources
