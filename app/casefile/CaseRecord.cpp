#include "casefile/CaseRecord.h"

namespace OneWindow {

const SubCase *CaseRecord::subCase(qint64 id) const
{
    for (const SubCase &s : subCases)
        if (s.id == id)
            return &s;
    return nullptr;
}

const SubCase *CaseRecord::stepByKey(const QString &key) const
{
    for (const SubCase &s : subCases)
        if (s.stepKey == key)
            return &s;
    return nullptr;
}

} // namespace OneWindow
