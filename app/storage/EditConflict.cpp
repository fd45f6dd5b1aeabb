#include "storage/EditConflict.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

Error EditConflict::toError() const
{
    QJsonObject o;
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("id"), QString::number(id));
    o.insert(QStringLiteral("by"), changedBy);
    o.insert(QStringLiteral("at"), changedAt.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("version"), currentVersion);
    return Error{QString::fromLatin1(kCode),
                 QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))};
}

std::optional<EditConflict> EditConflict::fromError(const Error &error)
{
    if (error.code != QLatin1String(kCode))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(error.detail.toUtf8()).object();
    EditConflict c;
    c.table = o.value(QStringLiteral("table")).toString();
    c.id = o.value(QStringLiteral("id")).toString().toLongLong();
    c.changedBy = o.value(QStringLiteral("by")).toString();
    c.changedAt = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    c.currentVersion = o.value(QStringLiteral("version")).toInt();
    return c;
}

} // namespace OneWindow
