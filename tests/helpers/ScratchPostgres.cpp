#include "helpers/ScratchPostgres.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace OneWindow::Test {

namespace {

bool asRoot()
{
    return ::geteuid() == 0;
}

// The newest server binaries installed (Debian keeps them out of PATH).
QString serverBinaries()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString bin = versions.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

// A port nothing listens on: within ONEWINDOW_SCRATCH_PG_PORTS ("25450-25459")
// when the run gives a range, else any the system offers.
int freePort()
{
    const QStringList range =
        qEnvironmentVariable("ONEWINDOW_SCRATCH_PG_PORTS").split(QLatin1Char('-'));
    if (range.size() == 2) {
        for (int port = range.at(0).toInt(); port > 0 && port <= range.at(1).toInt(); ++port) {
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, quint16(port)))
                return port;
        }
        return 0;
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

ScratchPostgres::ScratchPostgres()
    : m_dir(QDir::tempPath() + QStringLiteral("/ow-scratch-pg-XXXXXX"))
    , m_bin(serverBinaries())
{
    if (asRoot() && m_dir.isValid()) {
        // The server refuses to run as root: its folder is the postgres user's.
        if (const passwd *pg = ::getpwnam("postgres"))
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0)
                qWarning("cannot hand %s to postgres", qPrintable(m_dir.path()));
    }
}

ScratchPostgres::~ScratchPostgres()
{
    if (m_running)
        stop();
}

QString ScratchPostgres::adminUrl() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port);
}

QString ScratchPostgres::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().right(2000));
}

QString ScratchPostgres::run(const QString &tool, const QStringList &arguments, int timeoutMs) const
{
    if (m_bin.isEmpty())
        return QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql"
                              " (apt-get install postgresql)");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    const QString program = m_bin + QLatin1Char('/') + tool;
    if (asRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return tool + QStringLiteral(" did not finish: ") + log();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return tool + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAll()) +
               QStringLiteral("\n") + log();
    return {};
}

QString ScratchPostgres::init()
{
    return run(QStringLiteral("initdb"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")});
}

QString ScratchPostgres::initStandbyOf(const ScratchPostgres &primary)
{
    return run(QStringLiteral("pg_basebackup"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-R"),
                QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"),
                QStringLiteral("fast"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"), QString::number(primary.port()), QStringLiteral("-U"),
                QStringLiteral("postgres")});
}

QString ScratchPostgres::start()
{
    if (m_port == 0)
        m_port = freePort();
    if (m_port == 0)
        return QStringLiteral("no free port on loopback");
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2"
                       " -c fsync=off -c max_connections=50")
            .arg(m_port)
            .arg(m_dir.path());
    const QString problem = run(QStringLiteral("pg_ctl"),
                                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                                 QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                 QStringLiteral("-o"), options, QStringLiteral("start")},
                                90000);
    m_running = problem.isEmpty();
    return problem;
}

QString ScratchPostgres::stop(const QString &mode)
{
    const QString problem =
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             mode, QStringLiteral("-w"), QStringLiteral("stop")});
    if (problem.isEmpty())
        m_running = false;
    return problem;
}

QString ScratchPostgres::promote()
{
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-w"),
                QStringLiteral("promote")});
}

TestServerSwap::TestServerSwap(const QString &adminUrl)
    : m_saved(qgetenv("ONEWINDOW_TEST_PG"))
{
    qputenv("ONEWINDOW_TEST_PG", adminUrl.toUtf8());
}

TestServerSwap::~TestServerSwap()
{
    qputenv("ONEWINDOW_TEST_PG", m_saved);
}

} // namespace OneWindow::Test
