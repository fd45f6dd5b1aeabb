#include "cli/QrDecodeCommand.h"

#include "identity/HallKey.h"
#include "identity/QrDecoder.h"
#include "identity/QrPayload.h"
#include "identity/TrackerUrl.h"

#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

// QJsonObject sorts its keys; the contract's order (file, found, text,
// payload) is kept by writing the outer object by hand.
QString jsonValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

QrDecodeCommand::QrDecodeCommand(const QDateTime &now)
    : m_now(now)
{}

QStringList QrDecodeCommand::words() const
{
    return {QStringLiteral("qr"), QStringLiteral("decode")};
}

QString QrDecodeCommand::synopsis() const
{
    return QStringLiteral("[--key HEX] IMAGE...");
}

QString QrDecodeCommand::summary() const
{
    return QStringLiteral("Decode the QR code in each image; one JSON line per image. Our signed "
                          "payloads are verified with --key or $ONEWINDOW_HALL_KEY. Exits 1 if any "
                          "image held no code.");
}

QString QrDecodeCommand::jsonLine(const QString &file, const QByteArray &key, bool *found) const
{
    QImageReader reader(file);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QImage image = reader.read();
    const QrDecoder::Decoded decoded = QrDecoder::decode(image);
    *found = decoded.found;

    QString line =
        QStringLiteral("{\"file\":%1,\"found\":%2,\"text\":%3")
            .arg(jsonValue(file), decoded.found ? QStringLiteral("true") : QStringLiteral("false"),
                 decoded.found ? jsonValue(decoded.text) : QStringLiteral("null"));
    if (image.isNull())
        line += QStringLiteral(",\"error\":%1").arg(jsonValue(QStringLiteral("unreadable-image")));
    // A receipt for phones: the hall's tracking address with our payload in it.
    const QString code = decoded.found ? TrackerUrl::unwrap(decoded.text) : QString();
    if (decoded.found && QrPayload::isOurs(code)) {
        const QrPayload::Inspection inspection = QrPayload::inspect(code, key, m_now);
        QJsonObject payload = inspection.payload ? inspection.payload->toJson() : QJsonObject();
        payload.insert(QStringLiteral("valid"), inspection.valid());
        if (!inspection.valid())
            payload.insert(QStringLiteral("error"), inspection.error.code);
        line += QStringLiteral(",\"payload\":%1").arg(jsonValue(payload));
    }
    return line + QLatin1Char('}');
}

int QrDecodeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList files;
    QString keyHex = qEnvironmentVariable(HallKey::environmentVariable());
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--key")) {
            if (i + 1 >= arguments.size()) {
                err << "onewindow-cli qr decode: --key needs a value\n";
                return UsageError;
            }
            keyHex = arguments.at(++i);
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            err << "onewindow-cli qr decode: unknown option " << argument << '\n';
            return UsageError;
        } else {
            files << argument;
        }
    }
    if (files.isEmpty()) {
        err << "onewindow-cli qr decode: no images given\n";
        return UsageError;
    }
    QByteArray key;
    if (!keyHex.isEmpty()) {
        auto parsed = HallKey::fromHex(keyHex);
        if (!parsed) {
            err << "onewindow-cli qr decode: " << parsed.error().code << ": "
                << parsed.error().detail << '\n';
            return UsageError;
        }
        key = parsed.value();
    }

    bool allFound = true;
    for (const QString &file : files) {
        bool found = false;
        out << jsonLine(file, key, &found) << '\n';
        allFound = allFound && found;
    }
    return allFound ? Success : Failure;
}

} // namespace OneWindow
