#pragma once

#include "common/Result.h"
#include "security/Session.h"

#include <QTextStream>

#include <memory>

namespace OneWindow {

class AppServices;
class CliOptions;

// What every command that acts as a member of staff needs: the application's
// services on --database (the same core the window uses, without demo data
// or live updates) and a session signed in as --user through the same
// sign-in service as the window. The password comes from ONEWINDOW_PASSWORD
// or, with a terminal attached, a prompt without echo; never the command line.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    // Opens the services and signs in. On failure prints the reason to `err`
    // and returns the exit code (1 for a refused sign-in or a database
    // problem, 2 for a usage error); returns 0 when ready.
    int open(const CliOptions &options, const QString &command, QTextStream &err);
    // For the account commands: the services, acting for whoever holds the
    // database's credentials (as `db migrate` does), audited under their
    // operating-system account. Same return codes as open().
    int openAsOperator(const CliOptions &options, const QString &command, QTextStream &err);

    AppServices &services() { return *m_services; }
    const Session &session() const { return m_session; }

    // The password for `user`: the environment, else a prompt on the terminal.
    static Result<QString> password(const QString &user);
    // A secret from the environment variable `variable`, else asked for with
    // `prompt` on the terminal without echo; "no-password" when neither.
    static Result<QString> secret(const QString &variable, const QString &prompt);

private:
    int startServices(const CliOptions &options, const QString &command, QTextStream &err);

    std::unique_ptr<AppServices> m_services;
    Session m_session;
};

} // namespace OneWindow
