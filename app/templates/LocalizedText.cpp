#include "templates/LocalizedText.h"

#include <QJsonObject>
#include <QLocale>

namespace OneWindow {

QString LocalizedText::text() const
{
    const bool english = QLocale().language() == QLocale::English;
    const QString &first = english ? en : zh;
    return first.isEmpty() ? (english ? zh : en) : first;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    LocalizedText t;
    if (value.isString()) {
        t.zh = t.en = value.toString();
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        t.zh = o.value(QLatin1String("zh")).toString();
        t.en = o.value(QLatin1String("en")).toString();
    }
    return t;
}

} // namespace OneWindow
