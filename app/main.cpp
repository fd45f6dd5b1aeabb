// onewindow: parse options, build the counter's services, sign in, show the window.
#include "casefile/DemoSeeder.h"
#include "common/Localization.h"
#include "common/LogFile.h"
#include "common/SystemClock.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "identity/HallKey.h"
#include "identity/SerialCardReader.h"
#include "identity/SimulatedCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "services/AppServices.h"
#include "services/CounterSettings.h"
#include "services/ProvisioningFile.h"
#include "setup/FirstStartWizard.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

using namespace OneWindow;

namespace {

constexpr int kDemoCitizens = 300;

// Shown on stderr too: a counter started from a terminal or a service unit
// leaves the reason in its log.
int fail(const QString &title, const QString &text, int code)
{
    std::fprintf(stderr, "onewindow: %s\n", qPrintable(text));
    QMessageBox::critical(nullptr, title, text);
    return code;
}

std::unique_ptr<CardReader> makeReader(const QString &port, int demoCitizens)
{
    // "simulator": the demo reader, offering the same synthetic people the database
    // was seeded with. "auto": a SAM reader on whichever serial port answers. Else a port.
    if (port == QLatin1String("simulator")) {
        auto simulator = std::make_unique<SimulatedCardReader>();
        simulator->setSequence(
            SyntheticIdentityGenerator(DemoSeeder::kDefaultSeed, DemoSeeder::referenceDate())
                .readerSequence(demoCitizens > 0 ? demoCitizens : 50));
        return simulator;
    }
    auto serial = std::make_unique<SerialCardReader>();
    serial->setPortName(port == QLatin1String("auto") ? QString() : port);
    return serial;
}

// `onewindow-bench all` times the start to the first window a person sees (the
// sign-in, or the first-start wizard of a new hall): with
// ONEWINDOW_BENCH_QUIT_AT_FIRST_WINDOW set, the counter closes that window as soon
// as its event loop runs and prints its peak memory as one JSON line.
void quitWhenShownForBench(QDialog &dialog, const char *which)
{
    if (!qEnvironmentVariableIsSet("ONEWINDOW_BENCH_QUIT_AT_FIRST_WINDOW"))
        return;
    QTimer::singleShot(0, &dialog, [&dialog, which] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("{\"first_window\": \"%s\", \"peak_rss_kb\": %ld}\n", which, usage.ru_maxrss);
        std::fflush(stdout);
        dialog.reject();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.onewindow.OneWindow"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.onewindow.OneWindow")));
    LogFile::installFromEnvironment(QStringLiteral("onewindow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow (一窗通) comprehensive counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Provisioning file (default %1 when it exists)")
            .arg(ProvisioningFile::defaultPath()),
        QStringLiteral("file"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("sqlite:PATH or postgresql://user@host:port/db"),
        QStringLiteral("url"));
    const QCommandLineOption reportDatabaseOption(
        QStringLiteral("report-database"),
        QStringLiteral("Where the dashboard and the audit workspace read: a hot standby"
                       " (postgresql://...); their audit events still go to --database"),
        QStringLiteral("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh or en"),
                                        QStringLiteral("lang"));
    const QCommandLineOption counterOption(QStringLiteral("counter"),
                                           QStringLiteral("Counter code"), QStringLiteral("code"));
    const QCommandLineOption formsOption(QStringLiteral("forms"),
                                         QStringLiteral("Extra folder of form templates"),
                                         QStringLiteral("folder"));
    const QCommandLineOption readerOption(
        QStringLiteral("reader"), QStringLiteral("Card reader: simulator, auto or a serial port"),
        QStringLiteral("port"));
    const QCommandLineOption citizenOption(
        QStringLiteral("citizen-screen"),
        QStringLiteral("The screen facing the citizen: window, or a monitor's number"),
        QStringLiteral("where"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("The demo hall: seed an empty SQLite database with synthetic citizens and"
                       " the demo accounts"));
    parser.addOptions({configOption, databaseOption, reportDatabaseOption, langOption,
                       counterOption, formsOption, readerOption, citizenOption, demoOption});
    parser.process(app);

    // The provisioning file: a broken one stops the counter, naming every line,
    // rather than letting it start on half of its set-up.
    const QString configPath =
        parser.isSet(configOption) ? parser.value(configOption) : ProvisioningFile::defaultPath();
    ProvisioningFile provisioning;
    if (parser.isSet(configOption) || QFileInfo::exists(configPath)) {
        provisioning = ProvisioningFile::load(configPath);
        if (!provisioning.ok())
            return fail(QObject::tr("一窗通"),
                        QObject::tr("配置文件有错误，程序无法启动：\n%1")
                            .arg(provisioning.problemLines().join(QLatin1Char('\n'))),
                        2);
    }

    QSettings store;
    const CounterSettings settings = CounterSettings::load(store, provisioning);
    const QString language =
        parser.isSet(langOption) ? parser.value(langOption) : settings.language;
    if (!Localization::apply(language))
        qWarning("English translation missing; the interface stays in Chinese");
    Theme::apply(app);

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    AppServices::Options options;
    options.databaseUrl =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : settings.databaseUrl;
    if (options.databaseUrl.isEmpty())
        options.databaseUrl = QStringLiteral("sqlite:") +
                              QDir(dataFolder).filePath(QStringLiteral("onewindow.sqlite"));
    options.reportDatabaseUrl = parser.value(reportDatabaseOption);
    options.hallCode = settings.hallCode;
    options.hallName = settings.hallName;
    options.counterCode =
        parser.isSet(counterOption) ? parser.value(counterOption) : settings.counterCode;
    options.idleLockMinutes = settings.idleLockMinutes;
    options.paper = settings.paper;
    options.printers = settings.printers;
    options.citizenScreen =
        parser.isSet(citizenOption) ? parser.value(citizenOption) : settings.citizenScreen;
    options.citizenConfirms = settings.citizenConfirms;
    options.provisioningFile = provisioning.fileName();
    options.scannerInput = true;
    // $ONEWINDOW_HALL_KEY, else the hall's key file, else a key kept in the
    // counter settings (on SQLite generated there once, so a single demo counter works).
    if (auto envKey = HallKey::fromEnvironment()) {
        options.hallKey = envKey.value();
    } else if (!settings.hallKeyFile.isEmpty()) {
        auto key = HallKey::fromFile(settings.hallKeyFile);
        if (!key) {
            const QString where =
                settings.fromFile.contains(QStringLiteral("hall.key-file"))
                    ? QStringLiteral("%1:%2").arg(
                          provisioning.fileName(),
                          QString::number(settings.fromFile.value(QStringLiteral("hall.key-file"))))
                    : settings.hallKeyFile;
            return fail(QObject::tr("一窗通"),
                        QObject::tr("无法读取大厅密钥文件（%1）：\n%2")
                            .arg(where, UserMessages::error(key.error())),
                        2);
        }
        options.hallKey = key.value();
    } else if (options.databaseUrl.startsWith(QLatin1String("postgres"))) {
        // A hall's counter never makes up a key of its own: without the hall's it
        // prints no signed code and says so (AppServices, "no-key").
        if (auto stored = HallKey::fromSettings(store))
            options.hallKey = stored.value();
    } else {
        options.hallKey = HallKey::loadOrCreate(store);
    }
    options.formsFolder = parser.value(formsOption);
    options.receiptsFolder = QDir(dataFolder).filePath(QStringLiteral("receipts"));
    const bool demo = parser.isSet(demoOption);
    options.demoCitizens = demo ? kDemoCitizens : 0;

    const QString readerPort =
        parser.isSet(readerOption) ? parser.value(readerOption) : settings.readerPort;

    // Seeding the demo hall takes a while: show it, and let it be cancelled.
    std::unique_ptr<QProgressDialog> seeding;
    if (demo) {
        options.progress = [&seeding](int done, int total) {
            if (!seeding) {
                seeding = std::make_unique<QProgressDialog>(QObject::tr("正在生成演示大厅的数据…"),
                                                            QObject::tr("取消"), 0, total);
                seeding->setObjectName(QStringLiteral("seedingProgress"));
                seeding->setWindowTitle(QObject::tr("一窗通"));
                seeding->setMinimumDuration(300);
            }
            seeding->setValue(done);
            QApplication::processEvents();
            return !seeding->wasCanceled();
        };
    }

    auto services = std::make_unique<AppServices>();
    Status started = services->start(options, std::make_unique<SystemClock>(),
                                     makeReader(readerPort, options.demoCitizens));
    seeding.reset();
    if (!started)
        return fail(QObject::tr("一窗通"),
                    QObject::tr("无法打开数据库 %1：\n%2")
                        .arg(options.databaseUrl, UserMessages::error(started.error())),
                    1);

    // A new hall: no accounts yet. The administrator sets it up before anyone signs in.
    auto firstStart = services->needsFirstStart();
    if (!firstStart)
        return fail(QObject::tr("一窗通"), UserMessages::error(firstStart.error()), 1);
    if (firstStart.value()) {
        FirstStartWizard::Defaults defaults;
        defaults.hallCode = settings.hallCode;
        defaults.hallName = settings.hallName;
        defaults.hallLocked = settings.fromFile.contains(QStringLiteral("hall.code")) &&
                              settings.fromFile.contains(QStringLiteral("hall.name"));
        defaults.keyFile = settings.hallKeyFile.isEmpty()
                               ? QDir(dataFolder).filePath(QStringLiteral("hall.key"))
                               : settings.hallKeyFile;
        FirstStartWizard wizard(*services, defaults);
        quitWhenShownForBench(wizard, "first-start");
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        // This counter now belongs to the new hall: start over on it, and keep
        // that for the next start (what the provisioning file sets stays the
        // file's), audited under the new administrator with the hall's own key.
        options.hallCode = wizard.request().hallCode;
        options.hallName = wizard.request().hallName;
        options.hallKey = wizard.outcome().key;
        services = std::make_unique<AppServices>();
        started = services->start(options, std::make_unique<SystemClock>(),
                                  makeReader(readerPort, options.demoCitizens));
        if (!started)
            return fail(QObject::tr("一窗通"),
                        QObject::tr("无法打开数据库 %1：\n%2")
                            .arg(options.databaseUrl, UserMessages::error(started.error())),
                        1);
        Session admin;
        admin.role = Role::Administrator;
        admin.userId = wizard.outcome().adminId;
        admin.username = wizard.request().adminLogin;
        admin.counterCode = options.counterCode;
        CounterSettings kept = settings;
        kept.hallCode = wizard.request().hallCode;
        kept.hallName = wizard.request().hallName;
        kept.hallKeyFile = wizard.request().keyFile;
        kept.hallKeyHex.clear();
        if (const Status saved = kept.save(store, admin, services->audit()); !saved)
            qWarning("cannot keep the new hall in the counter settings: %s",
                     qPrintable(saved.error().code));
    }

    LoginDialog login(*services);
    quitWhenShownForBench(login, "sign-in");
    if (login.exec() != QDialog::Accepted)
        return 0;
    MainWindow window(*services);
    window.show();
    return QApplication::exec();
}
