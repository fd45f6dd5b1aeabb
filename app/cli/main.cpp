#include "cli/CalendarImportCommand.h"
#include "cli/CardParseCommand.h"
#include "cli/CliApplication.h"
#include "cli/ConfigCheckCommand.h"
#include "cli/DbMigrateCommand.h"
#include "cli/DbSeedCommand.h"
#include "cli/HallInitCommand.h"
#include "cli/IdCheckCommand.h"
#include "cli/QrDecodeCommand.h"
#include "cli/QrEncodeCommand.h"
#include "cli/QrSignCommand.h"
#include "cli/TemplateCheckCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-cli"));

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
    cli.addCommand(std::make_unique<OneWindow::HallInitCommand>());
    cli.addCommand(
        std::make_unique<OneWindow::CalendarImportCommand>(QDateTime::currentDateTime()));
    cli.addCommand(std::make_unique<OneWindow::ConfigCheckCommand>());
    return cli.run(QCoreApplication::arguments().mid(1));
}
