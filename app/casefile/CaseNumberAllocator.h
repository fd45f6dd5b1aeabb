#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace OneWindow {

class Database;

// Case numbers "<hall>-<yyyyMMdd>-<nnnnn>": unique across every counter of a
// hall without a central lock, because the per-day counter row is incremented
// inside the same transaction that stores the case. A rolled-back case gives
// its number back; a committed one is never issued again.
class CaseNumberAllocator
{
public:
    CaseNumberAllocator(const Database &db, const QString &hallCode)
        : m_db(db)
        , m_hall(hallCode)
    {}

    Result<QString> next(const QDate &day);

    static QString format(const QString &hall, const QDate &day, qint64 sequence);

private:
    const Database &m_db;
    QString m_hall;
};

} // namespace OneWindow
