#include "cli/ReviewCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "review/ReviewService.h"
#include "services/AppServices.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject itemJson(const ReviewItem &i)
{
    // `case`: the case number when the item is about a case; a 不予受理 (no case)
    // names its document in `subject`.
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("kind"), i.kind},
        {QStringLiteral("decision"), i.isDecision()},
        {QStringLiteral("case"), i.caseId != 0 ? text(i.subject) : QJsonValue()},
        {QStringLiteral("subject"), text(i.subject)},
        {QStringLiteral("step"), i.stepId != 0 ? QJsonValue(i.stepId) : QJsonValue()},
        {QStringLiteral("state"), ReviewItem::stateKey(i.state)},
        {QStringLiteral("maker"), text(i.makerName)},
        {QStringLiteral("created"), i.createdAt.isValid()
                                        ? QJsonValue(i.createdAt.toUTC().toString(Qt::ISODate))
                                        : QJsonValue()},
        {QStringLiteral("detail"), text(i.detail)},
        {QStringLiteral("reviewer"), text(i.reviewerName)},
        {QStringLiteral("comment"), text(i.comment)}};
}

} // namespace

QStringList ReviewCommand::words() const
{
    return {QStringLiteral("review"),
            m_verb == Verb::List ? QStringLiteral("list") : QStringLiteral("decide")};
}

QString ReviewCommand::synopsis() const
{
    if (m_verb == Verb::List)
        return QStringLiteral("--database URL --user NAME [--kind KIND] [--decisions|--reviews]"
                              " [--all] [--limit N] [--offset N]");
    return QStringLiteral("--database URL --user NAME ID confirm|send-back [--comment TEXT]");
}

QString ReviewCommand::summary() const
{
    if (m_verb == Verb::List)
        return QStringLiteral("The review queue, oldest first, one JSON object per item (id, kind,"
                              " case, state, maker, …); open items unless --all.");
    return QStringLiteral("Confirms a review item (a decision against a citizen takes effect) or"
                          " sends it back with --comment. Exit 0 done, 1 refused (reason on"
                          " stderr), 2 usage.");
}

int ReviewCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return m_verb == Verb::List ? list(arguments, out, err) : decide(arguments, out, err);
}

int ReviewCommand::list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("review list");
    CliOptions options(
        {QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall"),
         QStringLiteral("kind"), QStringLiteral("limit"), QStringLiteral("offset")},
        {QStringLiteral("all"), QStringLiteral("decisions"), QStringLiteral("reviews")});
    if (!options.parse(arguments) || !options.positional().isEmpty()) {
        err << "onewindow-cli " << name << ": "
            << (options.error().isEmpty() ? QStringLiteral("unexpected argument") : options.error())
            << '\n';
        return UsageError;
    }
    if (options.has(QStringLiteral("decisions")) && options.has(QStringLiteral("reviews"))) {
        err << "onewindow-cli " << name << ": --decisions or --reviews, not both\n";
        return UsageError;
    }
    const ReviewScope scope = options.has(QStringLiteral("decisions")) ? ReviewScope::Decisions
                              : options.has(QStringLiteral("reviews")) ? ReviewScope::AfterTheFact
                                                                       : ReviewScope::All;
    bool limitOk = true;
    bool offsetOk = true;
    const int limit = options.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(&limitOk);
    const int offset =
        options.value(QStringLiteral("offset"), QStringLiteral("0")).toInt(&offsetOk);
    if (!limitOk || !offsetOk || limit < 1 || offset < 0) {
        err << "onewindow-cli " << name << ": --limit and --offset take a number\n";
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, name, err); code != 0)
        return code;
    auto items = context.services().review().queue(scope, !options.has(QStringLiteral("all")),
                                                   options.value(QStringLiteral("kind")), limit,
                                                   offset, context.session());
    if (!items) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(items.error()) << '\n';
        return Failure;
    }
    for (const ReviewItem &i : items.value())
        out << QJsonDocument(itemJson(i)).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

int ReviewCommand::decide(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = QStringLiteral("review decide");
    CliOptions options({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall"),
                        QStringLiteral("comment")});
    if (!options.parse(arguments)) {
        err << "onewindow-cli " << name << ": " << options.error() << '\n';
        return UsageError;
    }
    if (options.positional().size() != 2) {
        err << "onewindow-cli " << name << ": ID and confirm|send-back are required\n";
        return UsageError;
    }
    bool numeric = false;
    const qint64 id = options.positional().at(0).toLongLong(&numeric);
    const QString verdict = options.positional().at(1);
    if (!numeric || id <= 0) {
        err << "onewindow-cli " << name << ": ID is the review item's number\n";
        return UsageError;
    }
    if (verdict != QLatin1String("confirm") && verdict != QLatin1String("send-back")) {
        err << "onewindow-cli " << name << ": confirm or send-back, not " << verdict << '\n';
        return UsageError;
    }
    const bool confirm = verdict == QLatin1String("confirm");
    if (!confirm && options.value(QStringLiteral("comment")).trimmed().isEmpty()) {
        err << "onewindow-cli " << name << ": send-back needs --comment\n";
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, name, err); code != 0)
        return code;
    ReviewService &review = context.services().review();
    const Status done =
        review.decide(id, confirm, options.value(QStringLiteral("comment")), context.session());
    if (!done) {
        err << "onewindow-cli " << name << ": refused: " << CliRefusal::describe(done.error())
            << '\n';
        return Failure;
    }
    // The item as it now stands.
    auto after = review.find(id, context.session());
    if (!after) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(after.error()) << '\n';
        return Failure;
    }
    out << QJsonDocument(itemJson(after.value())).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace OneWindow
