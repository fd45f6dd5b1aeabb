#include "intake/VisitEvidence.h"

namespace OneWindow {

QStringList VisitEvidence::problemCodes() const
{
    QStringList codes;
    for (const CardFlag &f : problems)
        codes << f.code;
    return codes;
}

bool VisitEvidence::belongsToVisit(const QString &counter, const QDateTime &now) const
{
    if (!isRecorded() || counter.isEmpty() || counterCode != counter || !recordedAt.isValid())
        return false;
    const qint64 age = recordedAt.secsTo(now);
    // A clock a little behind another counter's is no reason to refuse.
    return age >= -60 && age <= kVisitSeconds;
}

} // namespace OneWindow
