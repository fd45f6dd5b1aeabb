#pragma once

#include "cli/CliCommand.h"

#include <QByteArray>
#include <QDateTime>

namespace OneWindow {

// `qr decode [--key HEX] IMAGE...`: one JSON line per image,
// {"file","found","text"} plus "payload" (with "valid") for our own payloads.
// The hall key comes from --key or ONEWINDOW_HALL_KEY; without one, our
// payloads are shown but reported invalid ("no-key"). Exits 0 when every
// image held a code, 1 otherwise.
class QrDecodeCommand : public CliCommand
{
public:
    // `now` decides whether appointment and e-ID codes have expired.
    explicit QrDecodeCommand(const QDateTime &now);

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // The output line for one image, without the newline; `found` reports
    // whether it held a code.
    QString jsonLine(const QString &file, const QByteArray &key, bool *found) const;

private:
    QDateTime m_now;
};

} // namespace OneWindow
