#include "cli/CliContext.h"

#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "common/SystemClock.h"
#include "identity/CardReader.h"
#include "identity/HallKey.h"
#include "security/AuthService.h"
#include "security/UserAdminService.h"
#include "services/AppServices.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace OneWindow {

CliContext::CliContext() = default;
CliContext::~CliContext() = default;

Result<QString> CliContext::password(const QString &user)
{
    return secret(QStringLiteral("ONEWINDOW_PASSWORD"),
                  QStringLiteral("Password for %1").arg(user));
}

Result<QString> CliContext::secret(const QString &variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(qPrintable(variable)))
        return qEnvironmentVariable(qPrintable(variable));
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return Result<QString>::failure(QStringLiteral("no-password"));
    std::fprintf(stderr, "%s: ", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char line[512] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    if (!read)
        return Result<QString>::failure(QStringLiteral("no-password"));
    QString text = QString::fromLocal8Bit(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
#else
    Q_UNUSED(prompt);
    return Result<QString>::failure(QStringLiteral("no-password"));
#endif
}

int CliContext::startServices(const CliOptions &options, const QString &command, QTextStream &err)
{
    const QString url = options.value(QStringLiteral("database"));
    if (url.isEmpty()) {
        err << "onewindow-cli " << command << ": --database URL is required\n";
        return 2;
    }
    AppServices::Options o;
    o.databaseUrl = url;
    // Only the commands that read and take --report-database have it.
    o.reportDatabaseUrl = options.value(QStringLiteral("report-database"));
    o.demoCitizens = 0;
    o.liveUpdates = false;
    if (options.has(QStringLiteral("hall")))
        o.hallCode = options.value(QStringLiteral("hall"));
    if (options.has(QStringLiteral("hall-name")))
        o.hallName = options.value(QStringLiteral("hall-name"));
    // The hall's key seals the audit events these commands write. Without it they
    // work only on a log no counter holding the key has sealed yet; on a sealed
    // one every audited action is refused ("audit-key-missing").
    auto key = HallKey::fromEnvironment();
    o.hallKey = key ? key.value() : QByteArray();
    o.counterCode = QStringLiteral("CLI");
    m_services = std::make_unique<AppServices>();
    if (const Status started = m_services->start(o, std::make_unique<SystemClock>(), nullptr);
        !started) {
        err << "onewindow-cli " << command << ": " << CliRefusal::describe(started.error()) << '\n';
        return 1;
    }
    return 0;
}

int CliContext::openAsOperator(const CliOptions &options, const QString &command, QTextStream &err)
{
    if (const int code = startServices(options, command, err); code != 0)
        return code;
    const QString account = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_session =
        UserAdminService::databaseOperator(account.isEmpty() ? QStringLiteral("unknown") : account);
    m_services->setSession(m_session);
    return 0;
}

int CliContext::open(const CliOptions &options, const QString &command, QTextStream &err)
{
    const QString user = options.value(QStringLiteral("user"));
    if (options.value(QStringLiteral("database")).isEmpty() || user.isEmpty()) {
        err << "onewindow-cli " << command << ": --database URL and --user NAME are required\n";
        return 2;
    }
    if (const int code = startServices(options, command, err); code != 0)
        return code;
    auto secret = password(user);
    if (!secret) {
        err << "onewindow-cli " << command
            << ": no password: set ONEWINDOW_PASSWORD or run it in a terminal\n";
        return 1;
    }
    auto session = m_services->auth().signIn(user, secret.value(), QStringLiteral("CLI"));
    if (!session && session.error().code.startsWith(QLatin1String("audit-key"))) {
        err << "onewindow-cli " << command << ": " << session.error().code
            << ": the audit log is sealed with the hall key; set " << HallKey::environmentVariable()
            << " to the hall's key\n";
        return 1;
    }
    if (!session) {
        err << "onewindow-cli " << command
            << ": sign-in refused: " << CliRefusal::describe(session.error()) << '\n';
        return 1;
    }
    m_session = session.value();
    m_services->setSession(m_session);
    // The core refuses everything else to such a session; say why up front.
    if (m_session.mustChangePassword && command != QLatin1String("user change-password"))
        err << "onewindow-cli " << command
            << ": signed in with a one-time password: set your own first"
               " (onewindow-cli user change-password)\n";
    return 0;
}

} // namespace OneWindow
