#pragma once

#include "templates/FormTemplate.h"

#include <QByteArray>
#include <QStringList>

namespace OneWindow {

// Reads a template from JSON and checks it. Each problem is one line
// "FILE:JSON-POINTER: message", the same text the CLI prints and the app shows
// when it refuses a broken template.
class TemplateLoader
{
public:
    static FormTemplate load(const QByteArray &json, const QString &fileName,
                             QStringList *problems);
    static FormTemplate loadFile(const QString &path, QStringList *problems);
};

} // namespace OneWindow
