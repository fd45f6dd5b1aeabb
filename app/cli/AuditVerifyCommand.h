#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli audit verify: checks the whole audit chain with the hall's key
// (ONEWINDOW_HALL_KEY). Exit 0 when intact, 1 naming the first bad event when
// an event was edited, deleted, inserted or reordered, the tail was cut, the
// chain rewritten, or the log never sealed; 2 for a usage error (no key).
class AuditVerifyCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
