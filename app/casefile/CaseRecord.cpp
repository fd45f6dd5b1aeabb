#include "casefile/CaseRecord.h"

namespace OneWindow {

bool CaseRecord::isOpen() const
{
    return state != QLatin1String("completed") && state != QLatin1String("rejected") &&
           state != QLatin1String("withdrawn");
}

} // namespace OneWindow
