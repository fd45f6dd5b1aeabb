#include "identity/CardIdentity.h"

#include "resources/Resources.h"

#include <QHash>

namespace OneWindow {

QString cardKindKey(CardIdentity::Kind kind)
{
    switch (kind) {
    case CardIdentity::Kind::Resident:
        return QStringLiteral("resident");
    case CardIdentity::Kind::HkMoTw:
        return QStringLiteral("hkmotw");
    case CardIdentity::Kind::Foreign2017:
        return QStringLiteral("foreign2017");
    case CardIdentity::Kind::Foreign2023:
        return QStringLiteral("foreign2023");
    case CardIdentity::Kind::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

QString ethnicityName(const QString &code)
{
    // Read once: the table is compiled in and never changes while we run, and a
    // function-local static is initialized thread-safely.
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> result;
        const QList<QStringList> rows = Resources::table(QStringLiteral("ethnicities"));
        for (const QStringList &row : rows) {
            if (row.size() >= 2)
                result.insert(row.at(0).trimmed(), row.at(1).trimmed());
        }
        return result;
    }();
    return names.value(code.trimmed());
}

} // namespace OneWindow
