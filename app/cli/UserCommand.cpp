#include "cli/UserCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "security/AuthService.h"
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
    if (e.code == QLatin1String("bad-credentials"))
        return QStringLiteral("bad-credentials: the current password is wrong");
    if (e.code == QLatin1String("same-password"))
        return QStringLiteral("same-password: the new password is the current one");
    if (e.code == QLatin1String("forbidden"))
        return QStringLiteral("forbidden: accounts are an administrator's");
    if (e.code == QLatin1String("password-change-required"))
        return QStringLiteral("password-change-required: signed in with a one-time password:"
                              " set your own first (user change-password)");
    if (e.code == QLatin1String("db-denied"))
        return QStringLiteral("db-denied: the database refused (on PostgreSQL the counters' role"
                              " changes accounts only for an administrator who signs in: --user)");
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
    case Verb::ChangePassword:
        return {QStringLiteral("user"), QStringLiteral("change-password")};
    }
    return {};
}

QString UserCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::Add:
        return QStringLiteral("--database URL [--user ADMIN] --role clerk|officer|supervisor|admin"
                              " [--department NAME] [--display-name TEXT] [--one-time] LOGIN");
    case Verb::List:
        return QStringLiteral("--database URL [--user ADMIN]");
    case Verb::ChangePassword:
        return QStringLiteral("--database URL --user NAME");
    default:
        return QStringLiteral("--database URL [--user ADMIN] LOGIN");
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
    case Verb::ChangePassword:
        return QStringLiteral("Set one's own password: the current one from ONEWINDOW_PASSWORD,"
                              " the new one from ONEWINDOW_NEW_PASSWORD (or prompts).");
    }
    return {};
}

int UserCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("user ") + words().last();
    CliOptions options({QStringLiteral("database"), QStringLiteral("role"),
                        QStringLiteral("department"), QStringLiteral("display-name"),
                        QStringLiteral("user")},
                       {QStringLiteral("one-time")});
    const int expected = m_verb == Verb::List || m_verb == Verb::ChangePassword ? 0 : 1;
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
    if (m_verb == Verb::ChangePassword) {
        if (!options.has(QStringLiteral("user"))) {
            err << "onewindow-cli " << name << ": --user NAME is required\n";
            return UsageError;
        }
        if (const int code = context.open(options, name, err); code != 0)
            return code;
        auto next = CliContext::secret(
            QStringLiteral("ONEWINDOW_NEW_PASSWORD"),
            QStringLiteral("New password for %1").arg(options.value(QStringLiteral("user"))));
        if (!next) {
            err << "onewindow-cli " << name
                << ": no new password: set ONEWINDOW_NEW_PASSWORD or run it in a terminal\n";
            return Failure;
        }
        Session session = context.session();
        auto current = CliContext::password(session.username);
        const Status changed = context.services().auth().changePassword(
            session, current ? current.value() : QString(), next.value());
        if (!changed) {
            err << "onewindow-cli " << name << ": " << describe(changed.error()) << '\n';
            return Failure;
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("login"), session.username},
                                         {QStringLiteral("changed"), true}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return Success;
    }
    // An administrator who signs in, or whoever holds the database's credentials.
    const int opened = options.has(QStringLiteral("user"))
                           ? context.open(options, name, err)
                           : context.openAsOperator(options, name, err);
    if (opened != 0)
        return opened;
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
    case Verb::ChangePassword:
        break;
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
