#pragma once

#include "casefile/CaseState.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace OneWindow {

// A time the case's clock stood (or stands) still: a department returned a
// step for supplement (补齐补正) or started a special procedure (特别程序).
struct CasePause
{
    enum class Kind
    {
        Supplement,
        Special
    };

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 subCaseId = 0; // the step that stopped the clock
    Kind kind = Kind::Supplement;
    SpecialProcedure procedure = SpecialProcedure::Hearing; // Special only
    QString reason;
    QStringList materials; // Supplement: material ids asked for
    QStringList received;  // Supplement: material ids brought since
    QDate expectedEnd;     // Special: when the procedure should end
    QDateTime startedAt;
    QDate startDay;
    QDateTime endedAt; // invalid while the clock still stands
    QDate endDay;

    bool isOpen() const { return !endedAt.isValid(); }
    // Asked for and not brought yet.
    QStringList outstanding() const
    {
        QStringList left;
        for (const QString &m : materials)
            if (!received.contains(m))
                left << m;
        return left;
    }
    static QString kindKey(Kind kind)
    {
        return kind == Kind::Supplement ? QStringLiteral("supplement") : QStringLiteral("special");
    }
};

} // namespace OneWindow
