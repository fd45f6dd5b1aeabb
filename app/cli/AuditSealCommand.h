#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli audit seal: an administrator's explicit seal of an audit log
// written before the hall key existed, with the hall's key
// (ONEWINDOW_HALL_KEY), acting for whoever holds the database's credentials
// like `db migrate` and `user`. Every event so far becomes the unkeyed prefix,
// checked by the chain alone from then on; the seal is itself audited. Never
// for a log that was sealed once: AuditLog::seal refuses what shows it was.
// Exit 0 sealed, 1 refused, 2 usage error.
class AuditSealCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
