#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli case list: cases by promised date, one JSON object per line.
class CaseListCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
