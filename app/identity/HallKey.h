#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

class QSettings;

namespace OneWindow {

// The per-hall secret that signs the hall's QR payloads. Every counter of a
// hall holds the same key, so a receipt printed at one counter opens at any
// other; it travels as hex in the settings or the environment.
class HallKey
{
public:
    static constexpr int kMinimumBytes = 16; // HMAC keys shorter than this are guessable
    static constexpr int kGeneratedBytes = 32;

    static QString settingsKey() { return QStringLiteral("hall/key"); }
    static const char *environmentVariable() { return "ONEWINDOW_HALL_KEY"; }

    // Codes: "no-hall-key" (empty), "bad-hall-key" (not hex, or too short).
    static Result<QByteArray> fromHex(const QString &hex);
    static Result<QByteArray> fromEnvironment();
    static Result<QByteArray> fromSettings(const QSettings &settings);

    // The environment wins over the settings; with neither, a fresh random key
    // is stored in the settings so a single-counter demo works out of the box.
    // A real hall copies one key to every counter instead.
    static QByteArray loadOrCreate(QSettings &settings);

    static QByteArray generate();
    static QString toHex(const QByteArray &key);
    // Names a key without revealing it (the first 16 hex digits of its SHA-256):
    // the database keeps it so a counter with another hall's key is noticed.
    static QString fingerprint(const QByteArray &key);

    // A key file holds the key in hex on one line; lines starting with '#' are
    // comments. Codes: "key-file-missing", "key-file-unreadable", and fromHex's.
    static Result<QByteArray> fromFile(const QString &path);
    // Writes a new key file readable by its owner only. Refuses to replace an
    // existing file ("key-file-exists"): a hall's key is made once.
    // Other code: "key-file-write".
    static Status writeFile(const QString &path, const QByteArray &key, const QString &comment);
};

} // namespace OneWindow
