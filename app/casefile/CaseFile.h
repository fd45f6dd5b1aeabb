#pragma once

#include "casefile/Appointment.h"
#include "casefile/CaseRecord.h"
#include "casefile/FileDocument.h"
#include "casefile/Person.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace OneWindow {

// The unified case file: one person and everything on file across departments.
struct CaseFile
{
    Person person;               // person.id == 0: new to the hall, nothing on file
    QList<CaseRecord> openCases; // all of them: a person has few
    QList<CaseRecord> pastCases; // the newest page; CaseFileService::pastCases() pages on
    int pastCasesTotal = 0;
    QList<FileDocument> reusableDocuments; // still valid today, one per kind
    QList<Appointment> appointmentsToday;
    // Per open case id: the material ids it waits for (asked for by a
    // department, or promised under a 容缺 commitment).
    QHash<qint64, QStringList> awaitedMaterials;
};

} // namespace OneWindow
