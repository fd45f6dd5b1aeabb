#pragma once

#include "reports/HallFigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace OneWindow {

// The dashboard's page of visits: time at the counter (median and 90th
// percentile) per counter as bars beside its table, the same per matter, and
// how the visits ended.
class VisitFiguresPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitFiguresPage(QWidget *parent = nullptr);

    void setFigures(const HallFigures &figures);
    // Median and 90th percentile per counter, in minutes, drawn into `chart`
    // (the one on screen, or one for the PDF report).
    static void draw(QChart *chart, const HallFigures &figures);

private:
    QLabel *m_summary;
    QChartView *m_chart;
    QTableWidget *m_counters;
    QTableWidget *m_matters;
    QTableWidget *m_outcomes;
};

} // namespace OneWindow
