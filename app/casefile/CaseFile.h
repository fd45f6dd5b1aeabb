#pragma once

#include "casefile/CaseRecord.h"
#include "casefile/Person.h"

#include <QList>

namespace OneWindow {

// The unified case file: one person and everything on file across departments.
struct CaseFile
{
    Person person; // person.id == 0: new to the hall, nothing on file
    QList<CaseRecord> openCases;
    QList<CaseRecord> pastCases;
};

} // namespace OneWindow
