#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli receipt render: any paper the citizen takes home, rendered
// from the stored case as a PDF/A-1b file, as the window would print it
// (DocumentService). Signs in like the case commands; a reprint is counted
// and audited. Refuses to print without the hall key (ONEWINDOW_HALL_KEY):
// a QR code no counter could verify is worse than none.
class ReceiptRenderCommand : public CliCommand
{
public:
    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace OneWindow
