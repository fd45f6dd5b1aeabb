#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `report --database URL --user NAME --from DATE --to DATE [--format json|csv]`:
// the hall's figures over a range of days, as the supervisor's dashboard shows
// them: one JSON object, or CSV rows. Supervisors only; every report is on the
// audit trail (the figures leave the system).
class ReportCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
