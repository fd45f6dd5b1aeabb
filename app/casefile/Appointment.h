#pragma once

#include <QDate>
#include <QString>

namespace OneWindow {

// A booked visit (预约), e.g. from the city's app: the code on the citizen's phone.
struct Appointment
{
    qint64 id = 0;
    QString code;
    qint64 personId = 0;
    QString matterCode;
    QString title;
    QDate day;
    QString slot; // "09:30-10:00"
    QString counterCode;
    QString state = QStringLiteral("booked"); // booked, arrived, done, missed, cancelled
    int version = 1;
};

} // namespace OneWindow
