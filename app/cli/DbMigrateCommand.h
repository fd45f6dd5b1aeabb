#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `db migrate --database URL`: brings the schema to the newest version. Safe to
// run from several counters at once (the migrations serialise themselves).
// Prints {"database": ..., "from": N, "to": M} on success.
class DbMigrateCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
