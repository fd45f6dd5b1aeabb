#include "cli/RatingCommand.h"

#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliRefusal.h"
#include "common/Clock.h"
#include "ratings/RatingService.h"
#include "services/AppServices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject ratingJson(const Rating &r)
{
    return QJsonObject{{QStringLiteral("visit"), r.visitId},
                       {QStringLiteral("case"), text(r.caseNumber)},
                       {QStringLiteral("matter"), text(r.matterId)},
                       {QStringLiteral("counter"), r.counterCode},
                       {QStringLiteral("clerk"), text(r.clerkName)},
                       {QStringLiteral("stage"), Rating::stageKey(r.stage)},
                       {QStringLiteral("level"), RatingLevels::key(r.level)},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
                       {QStringLiteral("comment"), text(r.comment)},
                       {QStringLiteral("at"), time(r.at)},
                       {QStringLiteral("channel"), r.channel}};
}

QJsonObject followUpJson(const FollowUp &f, const QDate &today)
{
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("rating"), f.ratingId},
                       {QStringLiteral("level"), RatingLevels::key(f.level)},
                       {QStringLiteral("case"), text(f.caseNumber)},
                       {QStringLiteral("counter"), f.counterCode},
                       {QStringLiteral("opened"), time(f.openedAt)},
                       {QStringLiteral("due"), f.dueOn.toString(Qt::ISODate)},
                       {QStringLiteral("overdue"), f.isOverdue(today)},
                       {QStringLiteral("calledBack"), time(f.calledBackAt)},
                       {QStringLiteral("closed"), time(f.closedAt)},
                       {QStringLiteral("action"), text(f.action)}};
}

QString line(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList RatingCommand::words() const
{
    switch (m_verb) {
    case Verb::List:
        return {QStringLiteral("rating"), QStringLiteral("list")};
    case Verb::FollowUps:
        return {QStringLiteral("rating"), QStringLiteral("follow-ups")};
    case Verb::Close:
        break;
    }
    return {QStringLiteral("rating"), QStringLiteral("close")};
}

QString RatingCommand::synopsis() const
{
    switch (m_verb) {
    case Verb::List:
        return QStringLiteral("--database URL --user NAME [--from DATE --to DATE]");
    case Verb::FollowUps:
        return QStringLiteral("--database URL --user NAME [--all]");
    case Verb::Close:
        break;
    }
    return QStringLiteral("--database URL --user NAME ID --action TEXT [--called-back]");
}

QString RatingCommand::summary() const
{
    switch (m_verb) {
    case Verb::List:
        return QStringLiteral("The citizens' ratings (好差评) given from one day to another (both"
                              " included; default the last 30 days), one JSON object per line.");
    case Verb::FollowUps:
        return QStringLiteral("The follow-ups (整改) poor ratings opened, with their due dates;"
                              " open ones only unless --all. One JSON object per line.");
    case Verb::Close:
        break;
    }
    return QStringLiteral("Records what was done about a follow-up (--called-back: the citizen"
                          " was called back) and closes it.");
}

int RatingCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = words().join(QLatin1Char(' '));
    CliOptions options({QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("hall"),
                        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("action")},
                       {QStringLiteral("all"), QStringLiteral("called-back")});
    const int positional = m_verb == Verb::Close ? 1 : 0;
    if (!options.parse(arguments) || options.positional().size() != positional) {
        err << "onewindow-cli " << name << ": "
            << (options.error().isEmpty()
                    ? QStringLiteral("usage: onewindow-cli %1 %2").arg(name, synopsis())
                    : options.error())
            << '\n';
        return UsageError;
    }
    bool idOk = true;
    const qint64 id = positional ? options.positional().constFirst().toLongLong(&idOk) : 0;
    if (!idOk || (positional && id <= 0)) {
        err << "onewindow-cli " << name << ": ID is a follow-up's number\n";
        return UsageError;
    }
    CliContext context;
    if (const int code = context.open(options, name, err); code != 0)
        return code;
    RatingService &ratings = context.services().ratings();
    const QDate today = context.services().clock().today();
    switch (m_verb) {
    case Verb::List: {
        const QDate to = options.has(QStringLiteral("to"))
                             ? QDate::fromString(options.value(QStringLiteral("to")), Qt::ISODate)
                             : today;
        const QDate from =
            options.has(QStringLiteral("from"))
                ? QDate::fromString(options.value(QStringLiteral("from")), Qt::ISODate)
                : to.addDays(-29);
        if (!from.isValid() || !to.isValid() || from > to) {
            err << "onewindow-cli " << name << ": --from and --to take dates (2026-11-01), the"
                << " first not after the second\n";
            return UsageError;
        }
        auto listed = ratings.list(from, to, context.session());
        if (!listed) {
            err << "onewindow-cli " << name << ": " << CliRefusal::describe(listed.error()) << '\n';
            return Failure;
        }
        for (const Rating &r : listed.value())
            out << line(ratingJson(r)) << '\n';
        return Success;
    }
    case Verb::FollowUps: {
        auto listed = ratings.followUps(!options.has(QStringLiteral("all")), context.session());
        if (!listed) {
            err << "onewindow-cli " << name << ": " << CliRefusal::describe(listed.error()) << '\n';
            return Failure;
        }
        for (const FollowUp &f : listed.value())
            out << line(followUpJson(f, today)) << '\n';
        return Success;
    }
    case Verb::Close:
        break;
    }
    const Status closed =
        ratings.closeFollowUp(id, options.has(QStringLiteral("called-back")),
                              options.value(QStringLiteral("action")), context.session());
    if (!closed) {
        err << "onewindow-cli " << name << ": " << CliRefusal::describe(closed.error()) << '\n';
        return Failure;
    }
    out << line(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("closed"), true}}) << '\n';
    return Success;
}

} // namespace OneWindow
