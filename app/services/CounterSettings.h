#pragma once

#include "common/Result.h"
#include "documents/PaperChoices.h"
#include "security/Session.h"

#include <QString>

class QSettings;

namespace OneWindow {

// What an administrator sets up once per counter machine: where the data
// lives, which hall and counter this is, which card reader to use and the
// hall's key for signed QR codes. Kept in QSettings; the command line overrides.
struct CounterSettings
{
    QString databaseUrl; // empty: the SQLite file in the user data folder
    QString hallCode = QStringLiteral("510107");
    QString hallName = QStringLiteral("武侯区政务服务中心（演示）");
    QString counterCode = QStringLiteral("A01");
    QString readerPort = QStringLiteral("simulator"); // "simulator", "auto" or a device path
    QString hallKeyHex;                               // HMAC key for the hall's QR codes, hex
    int idleLockMinutes = 5;
    PaperChoices paper; // which paper each kind of document prints on (documents/layout/<kind>)

    static CounterSettings load(QSettings &store);
    // Only an administrator changes a counter's set-up; checked here, not just in the menu.
    Status save(QSettings &store, const Session &session) const;
    // "" when every value is usable, else a code: "db-url", "hall-code", "counter-code",
    // "hall-key".
    QString problem() const;
};

} // namespace OneWindow
