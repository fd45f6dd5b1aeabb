#pragma once

#include "cli/CliCommand.h"
#include "identity/IdNumber.h"

#include <QDate>

namespace OneWindow {

// `id check NUMBER...`: one JSON object per line per number, for scripts that
// clean up imported citizen lists.
class IdCheckCommand : public CliCommand
{
public:
    // `today` bounds the birth date; the caller decides what today is.
    explicit IdCheckCommand(const QDate &today);

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The output line for one input, without the newline. Keys in a fixed order:
    // input, valid, id, birth, sex, error.
    QString jsonLine(const QString &input) const;

private:
    static QString toJson(const IdNumberInfo &info);

    QDate m_today;
};

} // namespace OneWindow
