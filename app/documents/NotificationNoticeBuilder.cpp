#include "documents/NotificationNoticeBuilder.h"

#include "receipts/NotificationRenderer.h"

#include <QJsonArray>

namespace OneWindow {

QJsonObject NotificationNoticeBuilder::toJson(const NotificationData &n, const QString &templateId)
{
    QJsonArray missing;
    for (const NotificationData::Item &i : n.missing)
        missing.append(QJsonObject{{QStringLiteral("title"), i.title},
                                   {QStringLiteral("form"), i.form},
                                   {QStringLiteral("reason"), i.reason}});
    return QJsonObject{{QStringLiteral("applicantName"), n.applicantName},
                       {QStringLiteral("idNumber"), n.applicantIdNumber},
                       {QStringLiteral("templateId"), templateId},
                       {QStringLiteral("matterTitle"), n.matterTitle},
                       {QStringLiteral("missing"), missing},
                       {QStringLiteral("received"), QJsonArray::fromStringList(n.received)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(n.problems)},
                       {QStringLiteral("draftReference"), n.draftReference},
                       {QStringLiteral("enquiryPhone"), n.enquiryPhone}};
}

NotificationData NotificationNoticeBuilder::fromJson(const QJsonObject &o)
{
    NotificationData n;
    n.applicantName = o.value(QStringLiteral("applicantName")).toString();
    n.applicantIdNumber = o.value(QStringLiteral("idNumber")).toString();
    n.matterTitle = o.value(QStringLiteral("matterTitle")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("missing")).toArray()) {
        const QJsonObject i = v.toObject();
        n.missing.append({i.value(QStringLiteral("title")).toString(),
                          i.value(QStringLiteral("form")).toString(),
                          i.value(QStringLiteral("reason")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("received")).toArray())
        n.received << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray())
        n.problems << v.toString();
    n.draftReference = o.value(QStringLiteral("draftReference")).toString();
    n.enquiryPhone = o.value(QStringLiteral("enquiryPhone")).toString();
    return n;
}

PrintedDocument NotificationNoticeBuilder::build(const DocumentSource &s)
{
    NotificationData n = fromJson(s.issued.data);
    n.hallName = s.hallName;
    n.counter = s.issued.counterCode;
    n.clerkName = s.issued.issuedBy;
    n.issuedAt = s.issued.issuedAt;
    n.number = s.issued.number;
    n.english = s.english;
    return NotificationRenderer::document(n);
}

} // namespace OneWindow
