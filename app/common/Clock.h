#pragma once

#include <QDate>
#include <QDateTime>

namespace OneWindow {

// Time comes through a Clock so that tests decide what "today" is.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

} // namespace OneWindow
