#pragma once

#include "reports/HallFigures.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace OneWindow {

// The dashboard's figures as an A4 PDF report for the hall's monthly return:
// the hall's name, the range, the charts as shown and every table, its text
// searchable (WenQuanYi, as the citizens' papers).
class DashboardReport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)

public:
    // "" when written; otherwise what went wrong, in the interface language.
    static QString write(const QString &path, const QString &hallName, const HallFigures &figures,
                         const QList<QImage> &charts);
};

} // namespace OneWindow
