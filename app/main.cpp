// onewindow: parse options, build the counter's services, sign in, show the window.
#include "casefile/DemoSeeder.h"
#include "common/Localization.h"
#include "common/LogFile.h"
#include "common/SystemClock.h"
#include "common/UserMessages.h"
#include "identity/HallKey.h"
#include "identity/SerialCardReader.h"
#include "identity/SimulatedCardReader.h"
#include "identity/SyntheticIdentityGenerator.h"
#include "services/AppServices.h"
#include "services/CounterSettings.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace OneWindow;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("onewindow"));
    QApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    LogFile::installFromEnvironment(QStringLiteral("onewindow"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow (一窗通) comprehensive counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("sqlite:PATH or postgresql://user@host:port/db"),
        QStringLiteral("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh (default) or en"),
                                        QStringLiteral("lang"), QStringLiteral("zh"));
    const QCommandLineOption counterOption(QStringLiteral("counter"),
                                           QStringLiteral("Counter code"), QStringLiteral("code"));
    const QCommandLineOption formsOption(QStringLiteral("forms"),
                                         QStringLiteral("Extra folder of form templates"),
                                         QStringLiteral("folder"));
    const QCommandLineOption readerOption(
        QStringLiteral("reader"), QStringLiteral("Card reader: simulator, auto or a serial port"),
        QStringLiteral("port"));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo-data"),
                                          QStringLiteral("Do not seed an empty database"));
    parser.addOptions(
        {databaseOption, langOption, counterOption, formsOption, readerOption, noDemoOption});
    parser.process(app);

    if (!Localization::apply(parser.value(langOption)))
        qWarning("English translation missing; the interface stays in Chinese");

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QSettings store;
    const CounterSettings settings = CounterSettings::load(store);
    AppServices::Options options;
    options.databaseUrl =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : settings.databaseUrl;
    if (options.databaseUrl.isEmpty())
        options.databaseUrl = QStringLiteral("sqlite:") +
                              QDir(dataFolder).filePath(QStringLiteral("onewindow.sqlite"));
    options.hallCode = settings.hallCode;
    options.hallName = settings.hallName;
    options.counterCode =
        parser.isSet(counterOption) ? parser.value(counterOption) : settings.counterCode;
    options.idleLockMinutes = settings.idleLockMinutes;
    options.scannerInput = true;
    // $ONEWINDOW_HALL_KEY, else the counter settings, else a key generated and kept
    // there, so a single demo counter works out of the box.
    auto envKey = HallKey::fromEnvironment();
    options.hallKey = envKey ? envKey.value() : HallKey::loadOrCreate(store);
    options.formsFolder = parser.value(formsOption);
    options.receiptsFolder = QDir(dataFolder).filePath(QStringLiteral("receipts"));
    if (parser.isSet(noDemoOption))
        options.demoCitizens = 0;

    // "simulator": the demo reader, offering the same synthetic people the database
    // was seeded with. "auto": a SAM reader on whichever serial port answers. Else a port.
    const QString readerPort =
        parser.isSet(readerOption) ? parser.value(readerOption) : settings.readerPort;
    std::unique_ptr<CardReader> reader;
    if (readerPort == QLatin1String("simulator")) {
        auto simulator = std::make_unique<SimulatedCardReader>();
        simulator->setSequence(
            SyntheticIdentityGenerator(DemoSeeder::kDefaultSeed, DemoSeeder::referenceDate())
                .readerSequence(options.demoCitizens > 0 ? options.demoCitizens : 50));
        reader = std::move(simulator);
    } else {
        auto serial = std::make_unique<SerialCardReader>();
        serial->setPortName(readerPort == QLatin1String("auto") ? QString() : readerPort);
        reader = std::move(serial);
    }

    AppServices services;
    const Status started =
        services.start(options, std::make_unique<SystemClock>(), std::move(reader));
    if (!started) {
        QMessageBox::critical(nullptr, QObject::tr("一窗通"),
                              QObject::tr("无法打开数据库 %1：\n%2")
                                  .arg(options.databaseUrl, UserMessages::error(started.error())));
        return 1;
    }

    LoginDialog login(services);
    if (login.exec() != QDialog::Accepted)
        return 0;
    MainWindow window(services);
    window.show();
    return QApplication::exec();
}
