#include "cli/UserCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "security/UserAdminService.h"
#include "services/AppServices.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

QString describe(const Error &e)
{
    if (e.code == QLatin1String("password-too-short"))
        return QStringLiteral("password-too-short: at least %1 characters").arg(e.detail);
    if (e.code == QLatin1String("password-is-login"))
        return QStringLiteral("password-is-login: the password may not contain the login");
    if (e.code == QLatin1String("password-one-character"))
        return QStringLiteral("password-one-character: not one character repeated");
    if (e.code == QLatin1String("login-taken"))
        return QStringLiteral("login-taken: %1 exists already").arg(e.detail);
    if (e.code == QLatin1String("bad-login"))
        return QStringLiteral("bad-login: 3 to 32 of A-Z a-z 0-9 . _ -");
    if (e.code == QLatin1String("department-required"))
        return QStringLiteral("department-required: an officer needs --department");
    if (e.code == QLatin1String("not-found"))
        return QStringLiteral("not-found: no account %1").arg(e.detail);
    return e.detail.isEmpty() ? e.code : e.code + QStringLiteral(": ") + e.detail;
}

QJsonObject accountJson(const UserAccount &a)
{
    return QJsonObject{{QStringLiteral("login"), a.username},
                       {QStringLiteral("name"), a.displayName},
                       {QStringLiteral("role"), roleKey(a.role)},
                       {QStringLiteral("department"), a.department},
                       {QStringLiteral("active"), a.active},
                       {QStringLiteral("must_change_password"), a.mustChangePassword},
                       {QStringLiteral("locked_until"),
                        a.lockedUntil.isValid()
                            ? QJsonValue(a.lockedUntil.toUTC().toString(Qt::ISODate))
                            : QJsonValue()}};
}

} // namespace

QStringList UserCommand::words() const
{
    switch (m_verb) {
    case Verb::Add:
        return {QStringLiteral("user"), QStringLiteral("add")};
    case Verb::Disable:
        return {QStringLiteral("user"), QStringLiteral("disable")};
    case Verb::Enable:
        return {QStringLiteral("user"), QStringLiteral("enable")};
    case Verb::Passwd:
        return {QStringLiteral("user"), QStringLiteral("passwd")};
    case Verb::List:
        return {QStringLiteral("user"), QStringLiteral("list")};
    }
    return {};
}

QString UserCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::Add:
        return QStringLiteral("--database URL --role clerk|officer|supervisor|admin"
                              " [--department NAME] [--display-name TEXT] [--one-time] LOGIN");
    case Verb::List:
        return QStringLiteral("--database URL");
    default:
        return QStringLiteral("--database URL LOGIN");
    }
}

QString UserCommand::summary() const
{
    switch (m_verb) {
    case Verb::Add:
        return QStringLiteral("Create an account; the password from ONEWINDOW_PASSWORD or a"
                              " prompt (--one-time: a one-time password is made and printed).");
    case Verb::Disable:
        return QStringLiteral("Disable an account: it can no longer sign in.");
    case Verb::Enable:
        return QStringLiteral("Enable a disabled account.");
    case Verb::Passwd:
        return QStringLiteral("Set an account's password (ONEWINDOW_PASSWORD or a prompt); it"
                              " also lifts a lockout.");
    case Verb::List:
        return QStringLiteral("The accounts, one JSON object per line (no password hashes).");
    }
    return {};
}

int UserCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("user ") + words().last();
    CliOptions options({QStringLiteral("database"), QStringLiteral("role"),
                        QStringLiteral("department"), QStringLiteral("display-name")},
                       {QStringLiteral("one-time")});
    const int expected = m_verb == Verb::List ? 0 : 1;
    if (!options.parse(arguments) || options.positional().size() != expected) {
        err << "onewindow-cli " << name << ": "
            << (options.error().isEmpty() ? QStringLiteral("LOGIN is required") : options.error())
            << '\n';
        return UsageError;
    }
    Role role = Role::Clerk;
    if (m_verb == Verb::Add && !roleFromKey(options.value(QStringLiteral("role")), &role)) {
        err << "onewindow-cli " << name << ": --role clerk|officer|supervisor|admin\n";
        return UsageError;
    }
    CliContext context;
    if (const int code = context.openAsOperator(options, name, err); code != 0)
        return code;
    UserAdminService &users = context.services().users();
    const Session &session = context.session();
    const QString login = expected ? options.positional().first() : QString();
    auto fail = [&](const Error &e) {
        err << "onewindow-cli " << name << ": " << describe(e) << '\n';
        return int(Failure);
    };
    switch (m_verb) {
    case Verb::List: {
        auto list = users.list(session);
        if (!list)
            return fail(list.error());
        for (const UserAccount &a : list.value())
            out << QJsonDocument(accountJson(a)).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    case Verb::Add: {
        UserAdminService::NewAccount a;
        a.username = login;
        a.displayName = options.value(QStringLiteral("display-name"));
        a.role = role;
        a.department = options.value(QStringLiteral("department"));
        QString password;
        if (!options.has(QStringLiteral("one-time"))) {
            auto secret = CliContext::password(login);
            if (!secret)
                return fail({QStringLiteral("no-password"),
                             QStringLiteral("set ONEWINDOW_PASSWORD or run it in a terminal")});
            password = secret.value();
        }
        auto created = users.create(a, password, false, session);
        if (!created)
            return fail(created.error());
        QJsonObject o{{QStringLiteral("login"), login}, {QStringLiteral("role"), roleKey(role)}};
        if (!created.value().isEmpty())
            o.insert(QStringLiteral("one_time_password"), created.value());
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    case Verb::Disable:
    case Verb::Enable: {
        const Status s = users.setActive(login, m_verb == Verb::Enable, session);
        return s ? int(Success) : fail(s.error());
    }
    case Verb::Passwd: {
        auto secret = CliContext::password(login);
        if (!secret)
            return fail({QStringLiteral("no-password"),
                         QStringLiteral("set ONEWINDOW_PASSWORD or run it in a terminal")});
        const Status s = users.setPassword(login, secret.value(), session);
        return s ? int(Success) : fail(s.error());
    }
    }
    return UsageError;
}

} // namespace OneWindow
