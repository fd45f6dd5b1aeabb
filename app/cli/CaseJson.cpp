#include "cli/CaseJson.h"

#include <QJsonArray>

namespace OneWindow {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject CaseJson::summary(const CaseRecord &c)
{
    QJsonArray steps;
    for (const SubCase &s : c.subCases)
        steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("key"), text(s.stepKey)},
                                 {QStringLiteral("department"), s.department},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("state"), CaseStates::key(s.state)},
                                 {QStringLiteral("due"), date(s.deadline)},
                                 {QStringLiteral("statutory_due"), date(s.statutoryDeadline)},
                                 {QStringLiteral("holder"), text(s.holder)},
                                 {QStringLiteral("result"), text(s.result)}});
    return QJsonObject{{QStringLiteral("case"), c.caseNumber},
                       {QStringLiteral("matter"), c.matterCode},
                       {QStringLiteral("title"), c.title},
                       {QStringLiteral("state"), CaseStates::key(c.state)},
                       {QStringLiteral("result"), text(CaseStates::key(c.result))},
                       {QStringLiteral("accepted"), time(c.acceptedAt)},
                       {QStringLiteral("promised"), date(c.deadline)},
                       {QStringLiteral("statutory"), date(c.statutoryDeadline)},
                       {QStringLiteral("steps"), steps}};
}

QJsonObject CaseJson::detail(const CaseSnapshot &snapshot, int pausedDays)
{
    QJsonObject o = summary(snapshot.record);
    QJsonArray history;
    for (const CaseEvent &e : snapshot.history) {
        const SubCase *step = snapshot.record.subCase(e.subCaseId);
        QJsonObject line{{QStringLiteral("at"), time(e.at)},
                         {QStringLiteral("user"), text(e.actor)},
                         {QStringLiteral("action"), CaseStates::key(e.action)},
                         {QStringLiteral("step"), step ? QJsonValue(step->id) : QJsonValue()},
                         {QStringLiteral("from"), text(e.fromState)},
                         {QStringLiteral("to"), text(e.toState)},
                         {QStringLiteral("reason"), text(e.reason)}};
        if (!e.data.isEmpty())
            line.insert(QStringLiteral("data"), e.data);
        history.append(line);
    }
    o.insert(QStringLiteral("history"), history);
    QJsonArray pauses;
    for (const CasePause &p : snapshot.pauses) {
        QJsonObject pause{{QStringLiteral("kind"), CasePause::kindKey(p.kind)},
                          {QStringLiteral("step"), p.subCaseId},
                          {QStringLiteral("from"), date(p.startDay)},
                          {QStringLiteral("until"), date(p.endDay)},
                          {QStringLiteral("reason"), text(p.reason)}};
        if (p.kind == CasePause::Kind::Supplement) {
            pause.insert(QStringLiteral("materials"), QJsonArray::fromStringList(p.materials));
            pause.insert(QStringLiteral("outstanding"),
                         QJsonArray::fromStringList(p.outstanding()));
        } else {
            pause.insert(QStringLiteral("procedure"), CaseStates::key(p.procedure));
            pause.insert(QStringLiteral("expected_end"), date(p.expectedEnd));
        }
        pauses.append(pause);
    }
    o.insert(QStringLiteral("pauses"), pauses);
    QJsonArray commitments;
    for (const CaseCommitment &k : snapshot.commitments)
        commitments.append(QJsonObject{{QStringLiteral("material"), k.material},
                                       {QStringLiteral("due"), date(k.due)},
                                       {QStringLiteral("fulfilled"), time(k.fulfilledAt)}});
    o.insert(QStringLiteral("commitments"), commitments);
    // Decisions against the citizen (a refusal, a 退件, a fee waiver) and where they stand.
    QJsonArray decisions;
    for (const ReviewItem &d : snapshot.decisions)
        decisions.append(QJsonObject{
            {QStringLiteral("review"), d.id},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("step"), d.stepId != 0 ? QJsonValue(d.stepId) : QJsonValue()},
            {QStringLiteral("state"), ReviewItem::stateKey(d.state)},
            {QStringLiteral("maker"), text(d.makerName)},
            {QStringLiteral("detail"), text(d.detail)},
            {QStringLiteral("reviewer"), text(d.reviewerName)},
            {QStringLiteral("comment"), text(d.comment)}});
    o.insert(QStringLiteral("decisions"), decisions);
    o.insert(QStringLiteral("paused_days"), pausedDays);
    return o;
}

} // namespace OneWindow
