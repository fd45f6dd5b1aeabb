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
};

} // namespace OneWindow
