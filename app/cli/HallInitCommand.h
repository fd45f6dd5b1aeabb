#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `hall init --database URL --hall-code C --hall-name N --admin LOGIN
// [--admin-name NAME] [--key-file F] [--templates ID,ID] [--counter CODE]`:
// a new hall's first start without a screen (HallSetup, as the wizard). The
// password comes from $ONEWINDOW_PASSWORD or is asked twice on the terminal,
// never from the command line, where every user of the machine could read it.
// A key file that exists is the hall's key; otherwise a new key is written
// there (default ./onewindow-hall-CODE.key). The last stdout line is JSON.
class HallInitCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    static QString describe(const QString &code, const QString &detail);
};

} // namespace OneWindow
