#include "cli/HallInitCommand.h"

#include "cli/CliOptions.h"
#include "common/SystemClock.h"
#include "security/AuditLog.h"
#include "security/PasswordPolicy.h"
#include "services/HallSetup.h"
#include "storage/Database.h"
#include "templates/TemplateCatalogue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace OneWindow {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// One line from the terminal without echoing it.
QString readHidden(QTextStream &err, const QString &prompt)
{
    err << prompt;
    err.flush();
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios before{};
    tcgetattr(fileno(stdin), &before);
    termios silent = before;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSAFLUSH, &silent);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(fileno(stdin), TCSAFLUSH, &before);
#endif
    err << '\n';
    err.flush();
    return QString::fromStdString(line);
}

} // namespace

QStringList HallInitCommand::words() const
{
    return {QStringLiteral("hall"), QStringLiteral("init")};
}

QString HallInitCommand::synopsis() const
{
    return QStringLiteral("--database URL --hall-code CODE --hall-name NAME --admin LOGIN"
                          " [--admin-name NAME] [--key-file FILE] [--templates ID,ID]"
                          " [--counter CODE]");
}

QString HallInitCommand::summary() const
{
    return QStringLiteral("Set up a new hall on an empty database: the hall, its first"
                          " administrator (password from $ONEWINDOW_PASSWORD or asked), its QR key"
                          " file (read if it exists, else made) and its matters. No demo data.");
}

QString HallInitCommand::describe(const QString &code, const QString &detail)
{
    if (code == QLatin1String("hall-code"))
        return QStringLiteral("the hall code is 2 to 12 letters or digits");
    if (code == QLatin1String("hall-name"))
        return QStringLiteral("the hall needs a name");
    if (code == QLatin1String("admin-login"))
        return QStringLiteral("the login is 2 to 32 letters, digits, '.', '_' or '-'");
    if (code == QLatin1String("password-too-short"))
        return QStringLiteral("the password needs at least %1 characters")
            .arg(PasswordPolicy::kMinimumLength);
    if (code == QLatin1String("password-is-login"))
        return QStringLiteral("the password may not contain the login");
    if (code == QLatin1String("password-one-character"))
        return QStringLiteral("the password may not be one character repeated");
    if (code == QLatin1String("key-file-exists"))
        return QStringLiteral("%1 exists already").arg(detail);
    if (code == QLatin1String("key-file-missing"))
        return QStringLiteral("no key file %1").arg(detail);
    if (code == QLatin1String("bad-hall-key"))
        return QStringLiteral("the key file does not hold a usable key (%1)").arg(detail);
    if (code == QLatin1String("unknown-template"))
        return QStringLiteral("no shipped template \"%1\"").arg(detail);
    if (code == QLatin1String("hall-exists"))
        return QStringLiteral("the database has accounts already: its hall is set up");
    return detail.isEmpty() ? code : code + QStringLiteral(": ") + detail;
}

int HallInitCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("hall-code"),
                        QStringLiteral("hall-name"), QStringLiteral("admin"),
                        QStringLiteral("admin-name"), QStringLiteral("key-file"),
                        QStringLiteral("templates"), QStringLiteral("counter")});
    if (!options.parse(arguments)) {
        err << "onewindow-cli hall init: " << options.error() << '\n';
        return UsageError;
    }
    if (!options.positional().isEmpty()) {
        err << "onewindow-cli hall init: unexpected argument " << options.positional().first()
            << '\n';
        return UsageError;
    }
    for (const char *required : {"database", "hall-code", "hall-name", "admin"}) {
        if (!options.has(QLatin1String(required))) {
            err << "onewindow-cli hall init: --" << required << " is required\n";
            return UsageError;
        }
    }
    auto url = DatabaseUrl::parse(options.value(QStringLiteral("database")));
    if (!url) {
        err << "onewindow-cli hall init: " << url.error().code << ": " << url.error().detail
            << '\n';
        return UsageError;
    }

    TemplateCatalogue catalogue;
    catalogue.loadBuiltIn();
    HallSetup::Request request;
    request.hallCode = options.value(QStringLiteral("hall-code"));
    request.hallName = options.value(QStringLiteral("hall-name"));
    request.adminLogin = options.value(QStringLiteral("admin"));
    request.adminDisplayName = options.value(QStringLiteral("admin-name"));
    request.counterCode = options.value(QStringLiteral("counter"));
    request.keyFile = options.value(QStringLiteral("key-file"),
                                    QStringLiteral("onewindow-hall-%1.key").arg(request.hallCode));
    request.keyFile = QFileInfo(request.keyFile).absoluteFilePath();
    request.generateKey = !QFileInfo::exists(request.keyFile);
    request.templateIds =
        options.value(QStringLiteral("templates")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (qEnvironmentVariableIsSet("ONEWINDOW_PASSWORD")) {
        request.adminPassword = qEnvironmentVariable("ONEWINDOW_PASSWORD");
    } else if (stdinIsTerminal()) {
        request.adminPassword =
            readHidden(err, QStringLiteral("Password for %1: ").arg(request.adminLogin));
        if (const Status p = PasswordPolicy::check(request.adminPassword, request.adminLogin);
            p && readHidden(err, QStringLiteral("Again: ")) != request.adminPassword) {
            err << "onewindow-cli hall init: the two passwords differ\n";
            return Failure;
        }
    } else {
        err << "onewindow-cli hall init: set ONEWINDOW_PASSWORD or run it in a terminal to be"
               " asked; a password never goes on the command line\n";
        return UsageError;
    }
    // Everything checkable without the database first: a typo costs nothing.
    if (const Status valid = HallSetup::validate(request, catalogue); !valid) {
        err << "onewindow-cli hall init: " << describe(valid.error().code, valid.error().detail)
            << '\n';
        return Failure;
    }

    Database db(url.value());
    Status s = db.open();
    if (s)
        s = db.migrate();
    if (!s) {
        err << "onewindow-cli hall init: " << s.error().code << ": " << s.error().detail << '\n';
        return Failure;
    }
    SystemClock clock;
    AuditLog audit(db, clock);
    auto done = HallSetup(db, audit).run(request, catalogue);
    if (!done) {
        err << "onewindow-cli hall init: " << describe(done.error().code, done.error().detail)
            << '\n';
        return Failure;
    }
    QJsonObject o;
    o.insert(QStringLiteral("hall"), request.hallCode);
    o.insert(QStringLiteral("name"), request.hallName);
    o.insert(QStringLiteral("admin"), request.adminLogin);
    o.insert(QStringLiteral("key_file"), request.keyFile);
    o.insert(QStringLiteral("key_generated"), done.value().keyGenerated);
    o.insert(QStringLiteral("key_fingerprint"), done.value().keyFingerprint);
    o.insert(QStringLiteral("templates"), QJsonArray::fromStringList(request.templateIds));
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    if (done.value().keyGenerated)
        err << "Copy " << request.keyFile
            << " to every counter of the hall (hall.key-file in counter.conf).\n";
    return Success;
}

} // namespace OneWindow
