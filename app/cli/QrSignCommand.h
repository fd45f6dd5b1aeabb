#pragma once

#include "cli/CliCommand.h"

#include <QDateTime>

namespace OneWindow {

// `qr sign [--key HEX] TYPE FIELDS...`: prints a signed payload text, for
// tests, demos and the examples in docs/qr-payloads.md. Pipe it into
// `qr encode` to get the image.
//   receipt CASE-NUMBER HALL-CODE YYYY-MM-DD
//   appointment CODE HALL-CODE MATTER-ID YYYY-MM-DDTHH:MM
//   e-id ID-NUMBER NAME VALID-MINUTES
class QrSignCommand : public CliCommand
{
public:
    // `now` is when an e-ID code is issued.
    explicit QrSignCommand(const QDateTime &now);

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    QDateTime m_now;
};

} // namespace OneWindow
