#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli intake refuse: records a decision at the counter not to accept
// an application (不予受理) with its reason and legal ground, as the counter
// would; prints the decision's own number, which `receipt render --kind
// non-acceptance` prints as the 不予受理通知书.
class IntakeRefuseCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
