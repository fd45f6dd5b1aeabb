#pragma once

#include "cli/CliCommand.h"

#include <QDate>

namespace OneWindow {

// `db seed --database URL --citizens N --seed S [--hall CODE] [--today DATE]`:
// migrates, then fills an empty database with deterministic synthetic citizens
// and about five cases each, shaped by the shipped templates, with their step
// log, audit events, visits and ratings (BulkSeeder). The same seed and today give the
// same data. Progress goes to stderr; the last stdout line is a JSON summary.
class DbSeedCommand : public CliCommand
{
public:
    // `today` dates the cases unless --today says otherwise.
    explicit DbSeedCommand(const QDate &today)
        : m_today(today)
    {}

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    QDate m_today;
};

} // namespace OneWindow
