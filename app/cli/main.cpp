#include "cli/CliApplication.h"
#include "cli/IdCheckCommand.h"

#include <QCoreApplication>
#include <QDate>

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
    return cli.run(QCoreApplication::arguments().mid(1));
}
