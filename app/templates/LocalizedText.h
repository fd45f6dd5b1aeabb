#pragma once

#include <QJsonValue>
#include <QString>

namespace OneWindow {

// Template text kept in both interface languages: a template's labels are
// translated data, not code, so they travel with the template.
struct LocalizedText
{
    QString zh;
    QString en;

    // The text for the default locale's language (English when the locale is
    // English, Chinese otherwise), falling back to the other language.
    QString text() const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }

    // Accepts {"zh": ..., "en": ...} or a plain string (used for both).
    static LocalizedText fromJson(const QJsonValue &value);
};

} // namespace OneWindow
