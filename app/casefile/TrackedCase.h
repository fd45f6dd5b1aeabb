#pragma once

#include "casefile/CaseRecord.h"

#include <QString>
#include <QStringList>

namespace OneWindow {

// What the public tracking page reads of one case (CaseFileService::track): the
// case with its steps and materials, the applicant's name only (the tracker
// masks it), and the material ids the case waits for while a department asked
// for a supplement or a 容缺 commitment is open. Nothing else of the person.
struct TrackedCase
{
    CaseRecord record;
    QString applicantName;
    QStringList awaitedMaterials;
};

} // namespace OneWindow
