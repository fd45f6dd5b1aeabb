#pragma once

#include "cli/CliCommand.h"

namespace OneWindow {

// onewindow-cli user add|disable|enable|passwd|list: the hall's accounts,
// through the same account service as the window's user management, acting
// for whoever holds the database's credentials (audited under their
// operating-system account). Passwords come from ONEWINDOW_PASSWORD or a
// prompt, never the command line; PasswordPolicy applies.
class UserCommand : public CliCommand
{
public:
    enum class Verb
    {
        Add,
        Disable,
        Enable,
        Passwd,
        List
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
