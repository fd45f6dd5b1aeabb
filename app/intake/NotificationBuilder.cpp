#include "intake/NotificationBuilder.h"

#include "templates/FieldValidator.h"
#include "templates/FormTemplate.h"
#include "templates/MaterialsChecklist.h"

namespace OneWindow {

QString NotificationBuilder::materialForm(const MaterialDefinition &m)
{
    return tr("%1 %2 份").arg(m.original ? tr("原件") : tr("复印件")).arg(m.count);
}

NotificationData NotificationBuilder::build(const FormTemplate &form, const QVariantMap &values,
                                            const CardIdentity &applicant,
                                            const QSet<QString> &held, const QStringList &received,
                                            const Session &session, const QString &hallName,
                                            const QDateTime &now)
{
    NotificationData data;
    data.hallName = hallName;
    data.counter = session.counterCode;
    data.clerkName = session.displayName;
    data.matterTitle = form.title.text();
    data.applicantName = applicant.name;
    data.applicantIdNumber = applicant.idNumber;
    data.issuedAt = now;
    for (const auto &item : MaterialsChecklist::compute(form, values, held)) {
        const MaterialDefinition &m = item.material;
        if (item.onFile || item.attached || received.contains(m.id))
            data.received
                << (item.onFile ? tr("%1（已调取）") : tr("%1（已收取）")).arg(m.title.text());
        else
            data.missing.append({m.title.text(), materialForm(m), m.reason.text()});
    }
    const QMap<QString, QString> problems = FieldValidator::validateAll(form, values, now.date());
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        if (const FieldDefinition *f = form.field(it.key()))
            data.problems << tr("%1：%2").arg(f->label.text(), it.value());
    return data;
}

} // namespace OneWindow
