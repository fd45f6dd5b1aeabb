#include "identity/HallKey.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSettings>

namespace OneWindow {

Q_LOGGING_CATEGORY(lcHallKey, "onewindow.identity")

Result<QByteArray> HallKey::fromHex(const QString &hex)
{
    const QString trimmed = hex.trimmed();
    if (trimmed.isEmpty())
        return Result<QByteArray>::failure(QStringLiteral("no-hall-key"));
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        const bool hexDigit =
            (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hexDigit)
            return Result<QByteArray>::failure(QStringLiteral("bad-hall-key"),
                                               QStringLiteral("not hexadecimal"));
    }
    if (trimmed.size() % 2 != 0)
        return Result<QByteArray>::failure(QStringLiteral("bad-hall-key"),
                                           QStringLiteral("odd number of hex digits"));
    const QByteArray key = QByteArray::fromHex(trimmed.toLatin1());
    if (key.size() < kMinimumBytes)
        return Result<QByteArray>::failure(
            QStringLiteral("bad-hall-key"),
            QStringLiteral("%1 bytes, at least %2 needed").arg(key.size()).arg(kMinimumBytes));
    return key;
}

Result<QByteArray> HallKey::fromEnvironment()
{
    return fromHex(qEnvironmentVariable(environmentVariable()));
}

Result<QByteArray> HallKey::fromSettings(const QSettings &settings)
{
    return fromHex(settings.value(settingsKey()).toString());
}

QByteArray HallKey::loadOrCreate(QSettings &settings)
{
    if (auto key = fromEnvironment())
        return key.value();
    auto stored = fromSettings(settings);
    if (stored)
        return stored.value();
    if (stored.error().code == QLatin1String("bad-hall-key"))
        qCWarning(lcHallKey) << "hall key in the settings is unusable:" << stored.error().detail
                             << "- a new one is generated";
    const QByteArray key = generate();
    settings.setValue(settingsKey(), toHex(key));
    qCInfo(lcHallKey) << "generated a new hall key; copy" << settingsKey()
                      << "to every counter of the hall";
    return key;
}

QByteArray HallKey::generate()
{
    quint32 words[kGeneratedBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), int(sizeof words));
}

QString HallKey::toHex(const QByteArray &key)
{
    return QString::fromLatin1(key.toHex());
}

} // namespace OneWindow
