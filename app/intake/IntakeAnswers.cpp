#include "intake/IntakeAnswers.h"

#include "identity/IdNumber.h"
#include "templates/FieldValidator.h"
#include "templates/FormTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OneWindow {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list << item.toString();
    return list;
}

} // namespace

IntakeAnswers IntakeAnswers::read(const QByteArray &json, const FormTemplate *form,
                                  const QDate &today)
{
    IntakeAnswers a;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        a.m_notJson = QStringLiteral("not a JSON object (%1 at %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        return a;
    }
    a.m_object = true;
    const QJsonObject answers = document.object();
    const QJsonObject applicant = answers.value(QStringLiteral("applicant")).toObject();
    const IdNumberInfo id =
        IdNumber::check(applicant.value(QStringLiteral("idNumber")).toString(), today);
    const QString name = applicant.value(QStringLiteral("name")).toString().trimmed();
    if (!id.valid)
        a.m_problems.append({QStringLiteral("applicant.idNumber"),
                             QStringLiteral("not a valid ID number (%1)").arg(id.error)});
    // What the name may hold is the core's to say (IntakeService: "bad-text").
    if (name.isEmpty())
        a.m_problems.append({QStringLiteral("applicant.name"), QStringLiteral("required")});

    IntakeRequest &request = a.m_request;
    request.form = form;
    request.applicant.kind = CardIdentity::Kind::Manual;
    if (id.valid) {
        request.applicant.idNumber = id.normalized;
        request.applicant.birth = id.birth;
        request.applicant.sex = id.sex;
    }
    request.applicant.name = name;
    request.values = answers.value(QStringLiteral("values")).toObject().toVariantMap();
    request.materialsReceived = strings(answers.value(QStringLiteral("materialsReceived")));
    for (const QJsonValue &c : answers.value(QStringLiteral("commitments")).toArray())
        request.commitments.append(
            {c.toObject().value(QStringLiteral("material")).toString(),
             QDate::fromString(c.toObject().value(QStringLiteral("due")).toString(), Qt::ISODate)});
    // The same checks the window shows beside each field, once the applicant holds.
    if (form && a.m_problems.isEmpty()) {
        const QMap<QString, QString> problems =
            FieldValidator::validateAll(*form, request.values, today);
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            a.m_problems.append({it.key(), it.value()});
    }
    return a;
}

} // namespace OneWindow
