#pragma once

#include "reports/HallFigures.h"

#include <QCoreApplication>
#include <QString>

namespace OneWindow {

// How the dashboard and the PDF report name the parts of the citizens'
// figures, in the interface's language.
class HallFiguresText
{
    Q_DECLARE_TR_FUNCTIONS(HallFiguresText)

public:
    // A visit's outcome key ("accepted", "notified", …).
    static QString outcome(const QString &key);
    // A handling or rating row's name: "" as a matter is a visit with no case.
    static QString matter(const QString &key, const QString &label);
    // Seconds as minutes and seconds: "12:05".
    static QString duration(int seconds);
    // A share as a percentage with one decimal, "–" with nothing to share.
    static QString rate(int part, int whole);
};

} // namespace OneWindow
