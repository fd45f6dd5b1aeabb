#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace OneWindow {

// Which hall and counter this is, as every paper printed here says, and where
// the papers are kept for reprinting.
struct CounterContext
{
    QString hallName;
    QString hallCode;
    QString counterCode;
    QByteArray hallKey; // signs the hall's QR codes
    QString receiptsFolder;
    QHash<QString, QString> printers; // document kind ("receipt", "notification") -> printer
    // The screen that faces the citizen: "" none, "window" a plain window, or
    // the number of the monitor (QGuiApplication::screens()) to fill.
    QString citizenScreen;
    // Whether accepting waits for the citizen's 确认无误 on that screen.
    bool citizenConfirms = false;
};

} // namespace OneWindow
