#include "identity/HallKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString HallKey::fingerprint(const QByteArray &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

Result<QByteArray> HallKey::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<QByteArray>::failure(QStringLiteral("key-file-missing"), path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("key-file-unreadable"),
                                           path + QStringLiteral(": ") + file.errorString());
    // A key is a few dozen characters; anything much larger is not a key file.
    const QByteArray content = file.read(64 * 1024);
    QString hex;
    for (const QByteArray &line : content.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        if (!hex.isEmpty())
            return Result<QByteArray>::failure(QStringLiteral("bad-hall-key"),
                                               QStringLiteral("more than one key line"));
        hex = text;
    }
    return fromHex(hex);
}

Status HallKey::writeFile(const QString &path, const QByteArray &key, const QString &comment)
{
    if (QFileInfo::exists(path))
        return Status::failure(QStringLiteral("key-file-exists"), path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(QStringLiteral("key-file-write"), info.absolutePath());
    QFile file(path);
    // NewOnly: never follow a file (or link) that appeared since the check above.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(QStringLiteral("key-file-write"),
                               path + QStringLiteral(": ") + file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray text;
    for (const QString &line : comment.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += "# " + line.toUtf8() + '\n';
    text += key.toHex() + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        file.remove();
        return Status::failure(QStringLiteral("key-file-write"), path);
    }
    file.close();
    return Status::success();
}

} // namespace OneWindow
