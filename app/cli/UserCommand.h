#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli user add|disable|enable|passwd|list: the hall's accounts,
// through the same account service as the window's user management, acting
// for whoever holds the database's credentials (audited under their
// operating-system account), or with --user ADMIN for an administrator who
// signs in (their password in ONEWINDOW_PASSWORD): on PostgreSQL the
// counters' role changes accounts only so. `user change-password --user NAME`:
// one's own password (the current one in ONEWINDOW_PASSWORD, the new one in
// ONEWINDOW_NEW_PASSWORD, or prompts), the only thing a one-time password
// allows. Passwords never come from the command line; PasswordPolicy applies.
class UserCommand : public CliCommand
{
public:
    enum class Verb
    {
        Add,
        Disable,
        Enable,
        Passwd,
        List,
        ChangePassword
    };

    explicit UserCommand(Verb verb)
        : m_verb(verb)
    {}

    QStringList words() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    Verb m_verb;
};

} // namespace OneWindow
