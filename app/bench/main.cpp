#include "CardBench.h"
#include "QrBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

// onewindow-bench SUBCOMMAND [options]: prints progress, then one JSON object
// as its last line, so scripts can take `tail -n 1`.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // no windows: runs on a headless machine
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-bench"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OneWindow benchmarks: onewindow-bench qr"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("subcommand"), QStringLiteral("qr"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames to generate (qr)."),
                                          QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"), QStringLiteral("20261124"));
    parser.addOptions({framesOption, seedOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("qr")) {
        const int frames = qMax(1, parser.value(framesOption).toInt());
        err << "qr: decoding " << frames << " generated 1920x1080 frames\n";
        err.flush();
        const OneWindow::QrBench bench(frames, parser.value(seedOption).toUInt());
        out << QJsonDocument(bench.run()).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (positional.value(0) == QLatin1String("card")) {
        out << QJsonDocument(OneWindow::CardBench().run()).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    err << "onewindow-bench: unknown subcommand; try: onewindow-bench qr\n";
    return 2;
}
