#include "cli/IntakeAcceptCommand.h"

#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "common/Clock.h"
#include "intake/IntakeAnswers.h"
#include "intake/IntakeService.h"
#include "services/AppServices.h"
#include "templates/FormTemplate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

void problem(QTextStream &err, const QString &field, const QString &message)
{
    err << QJsonDocument(
               QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}})
               .toJson(QJsonDocument::Compact)
        << '\n';
}

} // namespace

QStringList IntakeAcceptCommand::words() const
{
    return {QStringLiteral("intake"), QStringLiteral("accept")};
}

QString IntakeAcceptCommand::synopsis() const
{
    return QStringLiteral("--database URL --user NAME --template ID --answers FILE.json"
                          " [--intake-key KEY]");
}

QString IntakeAcceptCommand::summary() const
{
    return QStringLiteral("Accept an intake from a JSON file of answers (docs/lifecycle.md) as an"
                          " unverified identity (no counter evidence: reviewed by a supervisor,"
                          " the applicant's ID card must be handed in); prints {case, state,"
                          " promised, steps, identity}; problems as JSON lines (field, message) on"
                          " stderr, exit 1. The same key twice returns the same case; a key of"
                          " another applicant's or matter's case is refused.");
}

int IntakeAcceptCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliOptions options({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall"),
                        QStringLiteral("template"), QStringLiteral("answers"),
                        QStringLiteral("intake-key")});
    if (!options.parse(arguments) || !options.positional().isEmpty() ||
        !options.has(QStringLiteral("template")) || !options.has(QStringLiteral("answers"))) {
        err << "onewindow-cli intake accept: "
            << (options.error().isEmpty() ? QStringLiteral("--template ID and --answers FILE are"
                                                           " required")
                                          : options.error())
            << '\n';
        return UsageError;
    }
    QFile file(options.value(QStringLiteral("answers")));
    if (!file.open(QIODevice::ReadOnly)) {
        err << "onewindow-cli intake accept: cannot read " << file.fileName() << '\n';
        return UsageError;
    }
    const QByteArray json = file.readAll();
    // The file's shape first: a broken file is a usage error, before any sign-in.
    if (const IntakeAnswers shape = IntakeAnswers::read(json, nullptr, QDate::currentDate());
        !shape.isObject()) {
        err << "onewindow-cli intake accept: " << file.fileName() << " is " << shape.notJson()
            << '\n';
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, QStringLiteral("intake accept"), err); code != 0)
        return code;
    AppServices &services = context.services();
    const FormTemplate *form = services.catalogue().find(options.value(QStringLiteral("template")));
    if (!form) {
        err << "onewindow-cli intake accept: no template "
            << options.value(QStringLiteral("template")) << '\n';
        return Failure;
    }
    // Who applies, as the file says, and the answers with the window's checks.
    const IntakeAnswers answers = IntakeAnswers::read(json, form, services.clock().today());
    for (const IntakeAnswers::Problem &p : answers.problems())
        problem(err, p.field, p.message);
    if (!answers.ok())
        return Failure;
    IntakeRequest request = answers.request();
    request.intakeKey = options.value(QStringLiteral("intake-key"));

    auto accepted = services.intake().accept(request, context.session());
    if (!accepted) {
        const Error &e = accepted.error();
        if (e.code == QLatin1String("materials-missing"))
            for (const QString &m : e.detail.split(QLatin1Char(',')))
                problem(err, QStringLiteral("materials.") + m, QStringLiteral("missing"));
        else if (e.code.startsWith(QLatin1String("commitment-")))
            problem(err, QStringLiteral("commitments"), CliRefusal::describe(e));
        else
            problem(err, QString(), CliRefusal::describe(e));
        return Failure;
    }
    QJsonObject summary = CaseJson::summary(accepted.value());
    // How the core identified the applicant ("unverified" from this door).
    summary.insert(QStringLiteral("identity"), accepted.value().identitySource);
    out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
