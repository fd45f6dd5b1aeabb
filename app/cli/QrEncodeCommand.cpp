#include "cli/QrEncodeCommand.h"

#include "receipts/QrCodeEncoder.h"

namespace OneWindow {

QStringList QrEncodeCommand::words() const
{
    return {QStringLiteral("qr"), QStringLiteral("encode")};
}

QString QrEncodeCommand::synopsis() const
{
    return QStringLiteral("TEXT -o FILE.png [--module-size N]");
}

QString QrEncodeCommand::summary() const
{
    return QStringLiteral("Write TEXT as a QR code image (8 pixels per module unless told).");
}

int QrEncodeCommand::run(const QStringList &arguments, QTextStream &, QTextStream &err)
{
    QString text;
    QString output;
    int moduleSize = 8;
    bool haveText = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("-o") || argument == QLatin1String("--output")) {
            if (!hasValue) {
                err << "onewindow-cli qr encode: " << argument << " needs a file name\n";
                return UsageError;
            }
            output = arguments.at(++i);
        } else if (argument == QLatin1String("--module-size")) {
            bool ok = false;
            moduleSize = hasValue ? arguments.at(++i).toInt(&ok) : 0;
            if (!ok || moduleSize < 1) {
                err << "onewindow-cli qr encode: --module-size needs a positive number\n";
                return UsageError;
            }
        } else if (argument == QLatin1String("--")) {
            // Everything after "--" is text, even if it starts with '-'.
            if (haveText || i + 2 != arguments.size()) {
                err << "onewindow-cli qr encode: exactly one TEXT expected\n";
                return UsageError;
            }
            text = arguments.at(++i);
            haveText = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            err << "onewindow-cli qr encode: unknown option " << argument << '\n';
            return UsageError;
        } else if (haveText) {
            err << "onewindow-cli qr encode: exactly one TEXT expected\n";
            return UsageError;
        } else {
            text = argument;
            haveText = true;
        }
    }
    if (!haveText || text.isEmpty() || output.isEmpty()) {
        err << "onewindow-cli qr encode: TEXT and -o FILE are required\n";
        return UsageError;
    }

    auto image = QrCodeEncoder::encode(text, moduleSize);
    if (!image) {
        err << "onewindow-cli qr encode: " << image.error().code << ": " << image.error().detail
            << '\n';
        return Failure;
    }
    if (!image.value().save(output)) {
        err << "onewindow-cli qr encode: cannot write " << output << '\n';
        return Failure;
    }
    return Success;
}

} // namespace OneWindow
