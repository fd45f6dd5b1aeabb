#include "intake/HeldDocuments.h"

namespace OneWindow {

QString HeldDocuments::partyIdNumber(const QVariantMap &values, const QString &fieldId)
{
    return values.value(fieldId).toMap().value(QStringLiteral("idNumber")).toString().trimmed();
}

QSet<QString> HeldDocuments::derive(const QList<FileDocument> &onFile,
                                    const VisitEvidence &applicant,
                                    const QHash<QString, VisitEvidence> &parties,
                                    const QVariantMap &values, const Visit &visit)
{
    QSet<QString> held;
    for (const FileDocument &d : onFile)
        held.insert(d.kind);
    if (applicant.isCleanCardRead() && applicant.belongsToVisit(visit.counterCode, visit.now))
        held.insert(QStringLiteral("id-card"));
    for (auto it = parties.cbegin(); it != parties.cend(); ++it) {
        const VisitEvidence &e = it.value();
        // The card read must be of the person the field names now: a party typed
        // over after the read is not the card that was read.
        const QString named = partyIdNumber(values, it.key());
        if (e.isCleanCardRead() && e.belongsToVisit(visit.counterCode, visit.now) &&
            !named.isEmpty() && named.compare(e.idNumber(), Qt::CaseInsensitive) == 0)
            held.insert(QStringLiteral("id-card:") + it.key());
    }
    return held;
}

} // namespace OneWindow
