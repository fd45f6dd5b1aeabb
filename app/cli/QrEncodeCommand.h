#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// `qr encode TEXT -o FILE.png [--module-size N]`: writes TEXT as a QR code
// image, with the same encoder the receipts use.
class QrEncodeCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
