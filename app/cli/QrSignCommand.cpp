#include "cli/QrSignCommand.h"

#include "identity/HallKey.h"
#include "identity/QrPayload.h"

#include <optional>

namespace OneWindow {

QrSignCommand::QrSignCommand(const QDateTime &now)
    : m_now(now)
{}

QStringList QrSignCommand::words() const
{
    return {QStringLiteral("qr"), QStringLiteral("sign")};
}

QString QrSignCommand::synopsis() const
{
    return QStringLiteral(
        "[--key HEX] receipt CASE HALL YYYY-MM-DD | appointment CODE HALL "
        "MATTER YYYY-MM-DDTHH:MM | e-id ID NAME MINUTES | document NUMBER HALL KIND "
        "YYYY-MM-DD [CASE]");
}

QString QrSignCommand::summary() const
{
    return QStringLiteral("Print a payload signed with the hall key (--key or "
                          "$ONEWINDOW_HALL_KEY), ready for 'qr encode'.");
}

int QrSignCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString keyHex = qEnvironmentVariable(HallKey::environmentVariable());
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--key") && i + 1 < arguments.size())
            keyHex = arguments.at(++i);
        else
            rest << arguments.at(i);
    }
    auto key = HallKey::fromHex(keyHex);
    if (!key) {
        err << "onewindow-cli qr sign: " << key.error().code
            << " (give --key HEX or set ONEWINDOW_HALL_KEY)\n";
        return UsageError;
    }

    std::optional<QrPayload> payload;
    const QString type = rest.value(0);
    if (type == QLatin1String("receipt") && rest.size() == 4) {
        payload = QrPayload::receiptTracking(rest.at(1), rest.at(2),
                                             QDate::fromString(rest.at(3), Qt::ISODate));
    } else if (type == QLatin1String("appointment") && rest.size() == 5) {
        payload = QrPayload::appointment(
            rest.at(1), rest.at(2), rest.at(3),
            QDateTime::fromString(rest.at(4), QStringLiteral("yyyy-MM-ddTHH:mm")));
    } else if (type == QLatin1String("document") && (rest.size() == 5 || rest.size() == 6)) {
        payload = QrPayload::document(rest.at(1), rest.at(2), rest.at(3),
                                      QDate::fromString(rest.at(4), Qt::ISODate), rest.value(5));
    } else if (type == QLatin1String("e-id") && rest.size() == 4) {
        bool ok = false;
        const int minutes = rest.at(3).toInt(&ok);
        if (!ok || minutes <= 0) {
            err << "onewindow-cli qr sign: MINUTES must be a positive number\n";
            return UsageError;
        }
        payload = QrPayload::electronicId(rest.at(1), rest.at(2), m_now,
                                          m_now.addSecs(qint64(minutes) * 60));
    } else {
        err << "onewindow-cli qr sign: unknown type or wrong number of fields\n";
        return UsageError;
    }

    auto text = payload->sign(key.value());
    if (!text) {
        err << "onewindow-cli qr sign: " << text.error().code << ' ' << text.error().detail << '\n';
        return Failure;
    }
    out << text.value() << '\n';
    return Success;
}

} // namespace OneWindow
