#pragma once

#include "casefile/FileDocument.h"
#include "intake/VisitEvidence.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

namespace OneWindow {

// Which materials the file already satisfies (减材料), as MaterialsChecklist's
// `held` kinds: the kinds of the documents on the applicant's file (electronic
// licences, reusable materials of earlier cases), "id-card" for a clean card
// read of the applicant in this visit, and "id-card:<field>" for a clean card
// read in this visit of the person a party field names (the same ID number).
// A card with a problem, an e-ID code or a typed identity proves no card. The
// intake page shows the checklist by this rule; acceptance applies it again
// from the database, whatever the page said.
class HeldDocuments
{
public:
    struct Visit
    {
        QString counterCode; // the counter accepting
        QDateTime now;
    };

    static QSet<QString> derive(const QList<FileDocument> &onFile, const VisitEvidence &applicant,
                                const QHash<QString, VisitEvidence> &parties,
                                const QVariantMap &values, const Visit &visit);
    // The ID number a person field's answer names ({name, idNumber, ...}).
    static QString partyIdNumber(const QVariantMap &values, const QString &fieldId);
};

} // namespace OneWindow
