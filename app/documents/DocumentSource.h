#pragma once

#include "casefile/Person.h"
#include "documents/IssuedDocument.h"
#include "workflow/CaseSnapshot.h"

#include <QString>

namespace OneWindow {

struct FormTemplate;
class WorkingDayCalendar;

// What a document builder reads, all of it stored: the case with its pauses,
// commitments and history, the applicant on file, the matter's template, the
// document's own row (number, who issued it where and when) and the hall.
struct DocumentSource
{
    CaseSnapshot snapshot; // empty for a document that belongs to no case
    Person applicant;
    const FormTemplate *form = nullptr; // null when the template is gone
    IssuedDocument issued;
    QString hallName;
    QString hallCode;
    const WorkingDayCalendar *calendar = nullptr;
    // The English edition, for a counter working in English; else the Chinese.
    bool english = false;
};

} // namespace OneWindow
