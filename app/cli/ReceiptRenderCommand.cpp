#include "cli/ReceiptRenderCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "documents/DocumentService.h"
#include "identity/HallKey.h"
#include "services/AppServices.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace OneWindow {

namespace {

QStringList kindKeys()
{
    QStringList keys;
    for (DocumentKind k : DocumentKinds::all())
        keys << DocumentKinds::key(k);
    return keys;
}

QStringList layoutKeys()
{
    QStringList keys;
    for (PaperLayout l : PaperLayouts::all())
        keys << PaperLayouts::key(l);
    return keys;
}

} // namespace

QStringList ReceiptRenderCommand::words() const
{
    return {QStringLiteral("receipt"), QStringLiteral("render")};
}

QString ReceiptRenderCommand::synopsis() const
{
    return QStringLiteral(
               "--database URL --user NAME --case NUMBER --kind %1 [--layout %2]"
               " [--reprint] [--lang zh|en] [--hall CODE] [--hall-name NAME] -o FILE.pdf")
        .arg(kindKeys().join(QLatin1Char('|')), layoutKeys().join(QLatin1Char('|')));
}

QString ReceiptRenderCommand::summary() const
{
    return QStringLiteral(
        "A paper for the citizen as PDF/A-1b, from the stored case (NUMBER: the case number;"
        " for a notification or non-acceptance, the document's own number). A paper is issued"
        " once rendered; every later print is a 补打 (COPY), counted and audited; --reprint asks"
        " for one and is refused for a paper never issued. --lang en prints the English edition"
        " (default zh)."
        " Needs ONEWINDOW_HALL_KEY to sign its QR code.");
}

int ReceiptRenderCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("receipt render");
    QStringList args = arguments;
    for (QString &a : args)
        if (a == QLatin1String("-o"))
            a = QStringLiteral("--output");
    CliOptions options({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("case"),
                        QStringLiteral("kind"), QStringLiteral("layout"), QStringLiteral("output"),
                        QStringLiteral("hall"), QStringLiteral("hall-name"),
                        QStringLiteral("lang")},
                       {QStringLiteral("reprint")});
    auto usage = [&](const QString &why) {
        err << "onewindow-cli " << name << ": " << why << '\n';
        return UsageError;
    };
    if (!options.parse(args))
        return usage(options.error());
    if (!options.positional().isEmpty())
        return usage(QStringLiteral("unexpected argument %1").arg(options.positional().first()));
    if (options.value(QStringLiteral("case")).isEmpty() ||
        options.value(QStringLiteral("kind")).isEmpty() ||
        options.value(QStringLiteral("output")).isEmpty())
        return usage(QStringLiteral("--case NUMBER, --kind KIND and -o FILE.pdf are required"));
    const auto kind = DocumentKinds::fromKey(options.value(QStringLiteral("kind")));
    if (!kind)
        return usage(
            QStringLiteral("unknown --kind %1 (one of %2)")
                .arg(options.value(QStringLiteral("kind")), kindKeys().join(QStringLiteral(", "))));
    std::optional<PaperLayout> layout;
    if (options.has(QStringLiteral("layout"))) {
        layout = PaperLayouts::fromKey(options.value(QStringLiteral("layout")));
        if (!layout)
            return usage(QStringLiteral("unknown --layout %1 (one of %2)")
                             .arg(options.value(QStringLiteral("layout")),
                                  layoutKeys().join(QStringLiteral(", "))));
    }
    const QString lang = options.value(QStringLiteral("lang"), QStringLiteral("zh"));
    if (lang != QLatin1String("zh") && lang != QLatin1String("en"))
        return usage(QStringLiteral("unknown --lang %1 (zh or en)").arg(lang));
    // The edition follows the locale, as in the window (main sets Chinese).
    if (lang == QLatin1String("en"))
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Before anything is looked up or counted: without the hall's key the QR
    // code could not be verified by any counter, so nothing is printed.
    if (const auto key = HallKey::fromEnvironment(); !key) {
        err << "onewindow-cli " << name << ": " << key.error().code
            << ": set ONEWINDOW_HALL_KEY to the hall's key (hex); without it the QR code"
               " could not be signed and no counter could verify the paper\n";
        return Failure;
    }
    CliContext context;
    if (const int code = context.open(options, name, err); code != 0)
        return code;
    const bool reprint = options.has(QStringLiteral("reprint"));
    auto rendered = context.services().documents().render(options.value(QStringLiteral("case")),
                                                          *kind, layout, reprint, context.session(),
                                                          options.value(QStringLiteral("output")));
    if (!rendered) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(rendered.error()) << '\n';
        return Failure;
    }
    const IssuedDocument &d = rendered->document;
    out << QJsonDocument(
               QJsonObject{{QStringLiteral("document"), d.number},
                           {QStringLiteral("kind"), DocumentKinds::key(d.kind)},
                           {QStringLiteral("case"), d.caseNumber},
                           {QStringLiteral("layout"), PaperLayouts::key(rendered->layout)},
                           {QStringLiteral("pages"), rendered->paper.pages},
                           {QStringLiteral("reprint"), rendered->copy},
                           {QStringLiteral("reprints"), d.reprints},
                           {QStringLiteral("file"), rendered->path}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    return Success;
}

} // namespace OneWindow
