#pragma once

#include "reports/HallFigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace OneWindow {

// The dashboard's page of 好差评: the ratings by level as bars beside their
// table, the satisfaction rate, the ratings by counter, clerk and matter, and
// the follow-ups open and overdue. A click on a poor level's bar, or on a count
// of poor ratings or of overdue follow-ups, asks for the cases behind it.
class RatingFiguresPage : public QWidget
{
    Q_OBJECT

public:
    explicit RatingFiguresPage(QWidget *parent = nullptr);

    void setFigures(const HallFigures &figures);
    // The levels as bars, drawn into `chart` (the one on screen, or one for the
    // PDF report); on screen a click on a poor level's bar asks for its cases.
    void draw(QChart *chart, bool clickable);

Q_SIGNALS:
    void casesRequested(HallFigures::Figure figure, HallFigures::Dimension dimension,
                        const QString &value, const QString &caption);

private:
    void fillShares(QTableWidget *table, const QList<HallFigures::Ratings> &list,
                    HallFigures::Dimension dimension);

    HallFigures m_figures;
    QLabel *m_rate;
    QChartView *m_chart;
    QTableWidget *m_levels;
    QTableWidget *m_counters;
    QTableWidget *m_clerks;
    QTableWidget *m_matters;
    QTableWidget *m_followUps;
};

} // namespace OneWindow
