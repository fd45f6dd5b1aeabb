#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `template check PATH...`: loads each form template (a file, or every *.json
// under a folder) with the same loader the app uses and prints one line per
// problem, "FILE:JSON-POINTER: message". Exit 0 when every template is valid.
class TemplateCheckCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The problems of every template under `paths`, in path order.
    static QStringList check(const QStringList &paths);
};

} // namespace OneWindow
