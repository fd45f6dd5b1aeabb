#pragma once

#include "common/Result.h"
#include "documents/PaperChoices.h"
#include "security/Session.h"

#include <QHash>
#include <QString>

class QSettings;

namespace OneWindow {

class AuditLog;
class ProvisioningFile;

// What an administrator sets up once per counter machine: where the data
// lives, which hall and counter this is, which card reader and printers to
// use, the hall's key for signed QR codes, the language. Kept in QSettings; a
// provisioning file (ProvisioningFile) wins over it, the command line over both.
struct CounterSettings
{
    QString databaseUrl; // empty: the SQLite file in the user data folder
    QString hallCode = QStringLiteral("510107");
    QString hallName = QStringLiteral("武侯区政务服务中心（演示）");
    QString counterCode = QStringLiteral("A01");
    QString readerPort = QStringLiteral("simulator"); // "simulator", "auto" or a device path
    QString hallKeyHex;                               // HMAC key for the hall's QR codes, hex
    QString hallKeyFile; // a file holding the key (HallKey::fromFile), wins over hallKeyHex
    QHash<QString, QString> printers;        // document kind ("receipt", ...) -> printer name
    QString language = QStringLiteral("zh"); // "zh" or "en"
    int idleLockMinutes = 5;
    // The screen facing the citizen (CounterContext): "", "window" or a monitor's number.
    QString citizenScreen;
    bool citizenConfirms = false; // accepting waits for the citizen's confirmation
    PaperChoices paper; // which paper each kind of document prints on (documents/layout/<kind>)

    // Which values came from the provisioning file: its key ("hall.code", ...) -> line.
    QHash<QString, int> fromFile;
    QString provisioningFile;

    static CounterSettings load(QSettings &store);
    // The settings as they apply: the store, then the provisioning file over it.
    static CounterSettings load(QSettings &store, const ProvisioningFile &file);
    // Only an administrator changes a counter's set-up; checked here, not just in the
    // menu, and a refusal is audited. Values that came from the provisioning file
    // are not written: the file keeps deciding them. A change is audited
    // ("settings-change", subject "counter-settings", what changed: the database
    // URL without a password, the hall key only as "changed" and its fingerprint,
    // never the key) in a transaction that commits only when the settings were
    // written, and the settings are put back when the commit fails.
    Status save(QSettings &store, const Session &session, AuditLog &audit) const;
    // The interface language is each user's own choice: anyone may change it,
    // unless the provisioning file fixes it ("provisioned"). Audited the same way.
    Status saveLanguage(QSettings &store, const Session &session, AuditLog &audit) const;
    // "" when every value is usable, else a code: "db-url", "hall-code", "counter-code",
    // "hall-key", "language", "citizen-screen".
    QString problem() const;
    // What differs from `before`, for the audit trail: "key=value" pairs, the
    // hall key as its fingerprint only. Empty when nothing does.
    QString changesFrom(const CounterSettings &before) const;

private:
    void write(QSettings &store) const;
};

} // namespace OneWindow
