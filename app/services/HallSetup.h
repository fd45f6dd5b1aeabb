#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OneWindow {

class AuditLog;
class Database;
class TemplateCatalogue;

// A new hall's first start, shared by the first-start wizard and
// `onewindow-cli hall init`: the hall's code and name, its first
// administrator, its QR key (made once and written to a file that is copied to
// every counter, or an existing key file) and the matters it offers. Nothing
// demo. It runs only on a database without accounts.
class HallSetup
{
public:
    struct Request
    {
        QString hallCode;
        QString hallName;
        QString adminLogin;
        QString adminDisplayName; // empty: the login
        QString adminPassword;
        QString keyFile;
        bool generateKey = true;       // true: a new key written to keyFile; false: read keyFile
        QStringList templateIds;       // empty: every template of the catalogue
        QString counterCode;           // where it was done, for the audit trail
        bool fastPasswordHash = false; // tests only
    };

    struct Outcome
    {
        qint64 adminId = 0;
        QByteArray key;
        QString keyFingerprint;
        bool keyGenerated = false;
    };

    // The hall as the database knows it; an empty code when none was set up.
    struct Hall
    {
        QString code;
        QString name;
        QStringList templateIds;
        QString keyFingerprint;
    };

    HallSetup(const Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    // True when the database has no accounts yet: the first start must run.
    static Result<bool> needed(const Database &db);
    // Demo data (the demo hall's citizens and accounts, `db seed`'s synthetic
    // citizens) never enters a hall's database: "demo-refused" when a hall was
    // set up in it or it has accounts other than the demo's own.
    static Status demoAllowed(const Database &db);
    static Result<Hall> load(const Database &db, const QString &hallCode);

    // Checks a request without touching anything. Codes: "hall-code", "hall-name",
    // "admin-login", the PasswordPolicy codes, "key-file" (no path),
    // "key-file-exists" (a new key would replace a file), "key-file-missing",
    // "unknown-template" (detail: the id).
    static Status validate(const Request &request, const TemplateCatalogue &catalogue);
    // The same checks one step at a time, for the wizard's pages.
    static Status checkHall(const QString &code, const QString &name);
    static Status checkAdmin(const QString &login, const QString &password);
    static Status checkKey(const QString &keyFile, bool generate);

    // Validates, makes or reads the key, then stores the hall, the administrator
    // and an audit event in one transaction. "hall-exists" when the database
    // already has accounts. A key file written here is removed again when the
    // transaction fails, so the wizard can simply be run again.
    Result<Outcome> run(const Request &request, const TemplateCatalogue &catalogue);

private:
    const Database &m_db;
    AuditLog &m_audit;
};

} // namespace OneWindow
