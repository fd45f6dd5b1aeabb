#include "dashboard/VisitFiguresPage.h"

#include "common/Theme.h"
#include "dashboard/DashboardWidgets.h"
#include "reports/HallFiguresText.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace OneWindow {

using namespace DashboardWidgets;

namespace {

void fillHandling(QTableWidget *table, const QList<HallFigures::Handling> &list, bool matters)
{
    table->setRowCount(0);
    for (const HallFigures::Handling &h : list)
        appendRow(table, {cell(matters ? HallFiguresText::matter(h.key, h.label)
                                       : (h.label.isEmpty() ? h.key : h.label)),
                          cell(QString::number(h.visits)),
                          cell(HallFiguresText::duration(h.medianSeconds)),
                          cell(HallFiguresText::duration(h.p90Seconds))});
}

} // namespace

VisitFiguresPage::VisitFiguresPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("visitFigures"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("visitSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    m_chart = makeChart(QStringLiteral("handlingChart"), this);
    row->addWidget(m_chart, 3);
    const QStringList times = {tr("接待"), tr("中位时长"), tr("90% 时长")};
    m_counters =
        makeTable(QStringLiteral("handlingCounterTable"), QStringList{tr("窗口")} + times, this);
    m_matters =
        makeTable(QStringLiteral("handlingMatterTable"), QStringList{tr("事项")} + times, this);
    m_outcomes = makeTable(QStringLiteral("outcomeTable"), {tr("结束方式"), tr("接待")}, this);
    for (QTableWidget *t : {m_counters, m_matters, m_outcomes})
        row->addWidget(t, 2);
    layout->addLayout(row, 1);
}

void VisitFiguresPage::setFigures(const HallFigures &f)
{
    m_summary->setText(tr("已结束的接待 %1 人次：窗口办理时长中位 %2，90% 在 %3 以内（分:秒）")
                           .arg(f.handling.visits)
                           .arg(HallFiguresText::duration(f.handling.medianSeconds),
                                HallFiguresText::duration(f.handling.p90Seconds)));
    fillHandling(m_counters, f.handlingByCounter, false);
    fillHandling(m_matters, f.handlingByMatter, true);
    m_outcomes->setRowCount(0);
    for (const HallFigures::Share &s : f.visitOutcomes)
        appendRow(m_outcomes,
                  {cell(HallFiguresText::outcome(s.key)), cell(QString::number(s.count))});
    draw(m_chart->chart(), f);
}

void VisitFiguresPage::draw(QChart *chart, const HallFigures &f)
{
    resetChart(chart, tr("各窗口办理时长（分钟）"));
    auto *median = new QBarSet(tr("中位"));
    median->setColor(Theme::accent());
    auto *p90 = new QBarSet(tr("90%"));
    p90->setColor(Theme::color(Theme::Tone::Notice));
    QStringList categories;
    double most = 0;
    for (const HallFigures::Handling &h : f.handlingByCounter) {
        *median << h.medianSeconds / 60.0;
        *p90 << h.p90Seconds / 60.0;
        categories << (h.label.isEmpty() ? h.key : h.label);
        most = qMax(most, h.p90Seconds / 60.0);
    }
    auto *series = new QBarSeries(chart);
    series->setObjectName(QStringLiteral("handlingSeries"));
    series->append({median, p90});
    attach(chart, series, categories, int(std::ceil(most)));
}

} // namespace OneWindow
