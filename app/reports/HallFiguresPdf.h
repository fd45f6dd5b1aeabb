#pragma once

#include "reports/HallFigures.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace OneWindow {

// The hall's figures as an A4 PDF report for the monthly return: the hall's
// name, the range, the charts (drawn by the caller) and every table, its text
// searchable (WenQuanYi, as the citizens' papers). A paper, not a screen: its
// type is its own, like the receipts'.
class HallFiguresPdf
{
    Q_DECLARE_TR_FUNCTIONS(HallFiguresPdf)

public:
    // "" when written; otherwise what went wrong, in the interface language.
    static QString write(const QString &path, const QString &hallName, const HallFigures &figures,
                         const QList<QImage> &charts);

private:
    // The visits, ratings and follow-ups as tables.
    static QString citizens(const HallFigures &figures);
};

} // namespace OneWindow
