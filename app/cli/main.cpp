#include "cli/AuditSealCommand.h"
#include "cli/AuditVerifyCommand.h"
#include "cli/CalendarImportCommand.h"
#include "cli/CalendarShowCommand.h"
#include "cli/CardParseCommand.h"
#include "cli/CaseActCommand.h"
#include "cli/CaseListCommand.h"
#include "cli/CaseShowCommand.h"
#include "cli/CliApplication.h"
#include "cli/ConfigCheckCommand.h"
#include "cli/DbMigrateCommand.h"
#include "cli/DbSeedCommand.h"
#include "cli/HallInitCommand.h"
#include "cli/HallTrackerUrlCommand.h"
#include "cli/IdCheckCommand.h"
#include "cli/IntakeAcceptCommand.h"
#include "cli/IntakeRefuseCommand.h"
#include "cli/QrDecodeCommand.h"
#include "cli/QrEncodeCommand.h"
#include "cli/QrSignCommand.h"
#include "cli/RatingCommand.h"
#include "cli/ReceiptRenderCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/TemplateCheckCommand.h"
#include "cli/UserCommand.h"
#include "common/LogFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Papers are laid out with the CJK font, which needs a GUI application; it
    // runs offscreen, so the command works without a display.
    const bool papers = argc > 1 && qstrcmp(argv[1], "receipt") == 0;
    if (papers && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = papers ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-cli"));
    OneWindow::LogFile::installFromEnvironment(QStringLiteral("onewindow-cli"));
    // stdout and stderr carry JSON and refusals: the core's progress notes stay quiet.
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false"));

    // Papers from the command line are the hall's Chinese edition, whatever $LANG says
    // (a counter working in English names matters in English on its receipts).
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    // Qt 6 text streams write UTF-8, whatever the locale: JSON output stays UTF-8.
    QTextStream out(stdout);
    QTextStream err(stderr);

    OneWindow::CliApplication cli(out, err);
    // The real clock is read here, at the edge; commands take "today" as a value.
    cli.addCommand(std::make_unique<OneWindow::IdCheckCommand>(QDate::currentDate()));
    cli.addCommand(std::make_unique<OneWindow::QrDecodeCommand>(QDateTime::currentDateTime()));
    cli.addCommand(std::make_unique<OneWindow::QrEncodeCommand>());
    cli.addCommand(std::make_unique<OneWindow::QrSignCommand>(QDateTime::currentDateTime()));
    cli.addCommand(std::make_unique<OneWindow::CardParseCommand>());
    cli.addCommand(std::make_unique<OneWindow::DbMigrateCommand>());
    cli.addCommand(std::make_unique<OneWindow::DbSeedCommand>(QDate::currentDate()));
    cli.addCommand(std::make_unique<OneWindow::TemplateCheckCommand>());
    cli.addCommand(std::make_unique<OneWindow::IntakeAcceptCommand>());
    cli.addCommand(std::make_unique<OneWindow::CaseListCommand>());
    cli.addCommand(std::make_unique<OneWindow::CaseShowCommand>());
    cli.addCommand(std::make_unique<OneWindow::CaseActCommand>());
    cli.addCommand(std::make_unique<OneWindow::HallInitCommand>());
    cli.addCommand(std::make_unique<OneWindow::HallTrackerUrlCommand>());
    cli.addCommand(std::make_unique<OneWindow::CalendarImportCommand>());
    cli.addCommand(std::make_unique<OneWindow::CalendarShowCommand>());
    cli.addCommand(std::make_unique<OneWindow::ConfigCheckCommand>());
    using Verb = OneWindow::UserCommand::Verb;
    for (Verb verb :
         {Verb::Add, Verb::Disable, Verb::Enable, Verb::Passwd, Verb::List, Verb::ChangePassword})
        cli.addCommand(std::make_unique<OneWindow::UserCommand>(verb));
    cli.addCommand(std::make_unique<OneWindow::IntakeRefuseCommand>());
    cli.addCommand(std::make_unique<OneWindow::ReceiptRenderCommand>());
    cli.addCommand(std::make_unique<OneWindow::AuditVerifyCommand>());
    cli.addCommand(std::make_unique<OneWindow::ReportCommand>());
    cli.addCommand(
        std::make_unique<OneWindow::RatingCommand>(OneWindow::RatingCommand::Verb::List));
    cli.addCommand(
        std::make_unique<OneWindow::RatingCommand>(OneWindow::RatingCommand::Verb::FollowUps));
    cli.addCommand(
        std::make_unique<OneWindow::RatingCommand>(OneWindow::RatingCommand::Verb::Close));
    using Review = OneWindow::ReviewCommand::Verb;
    for (Review verb : {Review::List, Review::Decide})
        cli.addCommand(std::make_unique<OneWindow::ReviewCommand>(verb));
    cli.addCommand(std::make_unique<OneWindow::AuditSealCommand>());
    return cli.run(QCoreApplication::arguments().mid(1));
}
