#include "cli/IntakeAcceptCommand.h"

#include "cli/CaseJson.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "common/Clock.h"
#include "identity/IdNumber.h"
#include "intake/IntakeService.h"
#include "services/AppServices.h"
#include "templates/FieldValidator.h"
#include "templates/FormTemplate.h"

#include <QFile>
#include <QJsonArray>
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

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list << item.toString();
    return list;
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err << "onewindow-cli intake accept: " << file.fileName() << " is not a JSON object ("
            << parseError.errorString() << " at " << parseError.offset << ")\n";
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
    const QJsonObject answers = document.object();
    const QDate today = services.clock().today();
    const QJsonObject applicant = answers.value(QStringLiteral("applicant")).toObject();
    const IdNumberInfo id =
        IdNumber::check(applicant.value(QStringLiteral("idNumber")).toString(), today);
    const QString name = applicant.value(QStringLiteral("name")).toString().trimmed();
    if (!id.valid || name.isEmpty()) {
        if (!id.valid)
            problem(err, QStringLiteral("applicant.idNumber"),
                    QStringLiteral("not a valid ID number (%1)").arg(id.error));
        if (name.isEmpty())
            problem(err, QStringLiteral("applicant.name"), QStringLiteral("required"));
        return Failure;
    }
    // Who applies, as the file says. Nothing in it can claim how they were identified
    // or which documents count as shown ("source", "heldDocuments" are not read): no
    // counter saw this citizen, so the core accepts an unverified identity.
    IntakeRequest request;
    request.form = form;
    request.applicant.kind = CardIdentity::Kind::Manual;
    request.applicant.idNumber = id.normalized;
    request.applicant.name = name;
    request.applicant.birth = id.birth;
    request.applicant.sex = id.sex;
    request.values = answers.value(QStringLiteral("values")).toObject().toVariantMap();
    request.materialsReceived = strings(answers.value(QStringLiteral("materialsReceived")));
    for (const QJsonValue &c : answers.value(QStringLiteral("commitments")).toArray())
        request.commitments.append(
            {c.toObject().value(QStringLiteral("material")).toString(),
             QDate::fromString(c.toObject().value(QStringLiteral("due")).toString(), Qt::ISODate)});
    request.intakeKey = options.value(QStringLiteral("intake-key"));

    // The same checks the window shows beside each field.
    const QMap<QString, QString> problems =
        FieldValidator::validateAll(*form, request.values, today);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        problem(err, it.key(), it.value());
    if (!problems.isEmpty())
        return Failure;
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
