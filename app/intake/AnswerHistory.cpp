#include "intake/AnswerHistory.h"

#include "security/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "templates/FormTemplate.h"
#include "templates/TemplateCatalogue.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace OneWindow {

Result<QStringList> AnswerHistory::frequentAnswers(const QString &templateId,
                                                   const QString &fieldId, const Session &session,
                                                   int limit) const
{
    const QString subject = QStringLiteral("answers:%1/%2").arg(templateId, fieldId);
    if (const Status allowed = m_audit.require(session, Capability::RunIntake, subject); !allowed)
        return Result<QStringList>(allowed.error());
    const FormTemplate *form = m_catalogue.find(templateId);
    const FieldDefinition *field = form ? form->field(fieldId) : nullptr;
    if (!field || !field->completeFromHistory) {
        (void)m_audit.record(session, QStringLiteral("refused"), subject,
                             QStringLiteral("answers not-completable"));
        return Result<QStringList>::failure(QStringLiteral("not-completable"), subject);
    }
    // The newest cases first: the primary key walks them in order on both
    // backends, and the scan stops after kCasesScanned of the matter.
    auto rows = m_db.run(QStringLiteral("SELECT form_data FROM cases WHERE template_id = ?"
                                        " ORDER BY id DESC LIMIT ?"),
                         {templateId, kCasesScanned});
    if (!rows)
        return Result<QStringList>(rows.error());
    struct Seen
    {
        int count = 0;
        int newest = 0; // the row it was first seen in: smaller is more recent
    };
    QHash<QString, Seen> seen;
    QSqlQuery &q = rows.value();
    int row = 0;
    while (q.next()) {
        const QString data = q.value(0).toString();
        ++row;
        if (data.isEmpty())
            continue;
        const QString answer =
            QJsonDocument::fromJson(data.toUtf8()).object().value(fieldId).toString().simplified();
        if (answer.isEmpty())
            continue;
        auto it = seen.find(answer);
        if (it == seen.end())
            it = seen.insert(answer, Seen{0, row});
        ++it->count;
    }
    QStringList answers = seen.keys();
    std::sort(answers.begin(), answers.end(), [&seen](const QString &a, const QString &b) {
        const Seen &x = seen[a];
        const Seen &y = seen[b];
        return x.count != y.count ? x.count > y.count : x.newest < y.newest;
    });
    if (limit >= 0 && answers.size() > limit)
        answers.resize(limit);
    return answers;
}

} // namespace OneWindow
