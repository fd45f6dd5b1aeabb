#pragma once

#include <QString>

namespace OneWindow {

// Switches the interface language: Chinese (the source language) by default,
// English with "en". Sets the default locale (template texts follow it) and
// installs the translators, which stay alive for the program's lifetime.
class Localization
{
public:
    // False when the English translation could not be loaded.
    static bool apply(const QString &language);
};

} // namespace OneWindow
