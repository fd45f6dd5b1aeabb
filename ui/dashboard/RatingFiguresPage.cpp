#include "dashboard/RatingFiguresPage.h"

#include "common/Theme.h"
#include "dashboard/DashboardWidgets.h"
#include "ratings/RatingLevel.h"
#include "reports/HallFiguresText.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OneWindow {

using namespace DashboardWidgets;
using Figure = HallFigures::Figure;
using Dimension = HallFigures::Dimension;

RatingFiguresPage::RatingFiguresPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ratingFigures"));
    auto *layout = new QVBoxLayout(this);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("satisfactionRate"));
    m_rate->setWordWrap(true);
    Theme::setTextRole(m_rate, Theme::TextRole::Section);
    layout->addWidget(m_rate);
    auto *grid = new QGridLayout;
    m_chart = makeChart(QStringLiteral("ratingChart"), this);
    grid->addWidget(m_chart, 0, 0, 1, 2);
    m_levels = makeTable(QStringLiteral("ratingLevelTable"), {tr("评价"), tr("评价数")}, this);
    grid->addWidget(m_levels, 0, 2);
    m_followUps = makeTable(
        QStringLiteral("followUpTable"),
        {tr("差评整改"), tr("待整改"), tr("已逾期"), tr("期间新增"), tr("期间办结")}, this);
    grid->addWidget(m_followUps, 0, 3);
    const QStringList columns = {tr("评价数"), tr("差评"), tr("满意率")};
    m_counters =
        makeTable(QStringLiteral("ratingCounterTable"), QStringList{tr("窗口")} + columns, this);
    m_clerks =
        makeTable(QStringLiteral("ratingClerkTable"), QStringList{tr("受理人")} + columns, this);
    m_matters =
        makeTable(QStringLiteral("ratingMatterTable"), QStringList{tr("事项")} + columns, this);
    grid->addWidget(m_counters, 1, 0);
    grid->addWidget(m_clerks, 1, 1);
    grid->addWidget(m_matters, 1, 2, 1, 2);
    layout->addLayout(grid, 1);

    const CasesRequest request = [this](Figure figure, Dimension dimension, const QString &value,
                                        const QString &caption) {
        Q_EMIT casesRequested(figure, dimension, value, caption);
    };
    for (QTableWidget *t : {m_levels, m_followUps, m_counters, m_clerks, m_matters})
        followClicks(t, this, request);
}

void RatingFiguresPage::setFigures(const HallFigures &f)
{
    m_figures = f;
    const HallFigures::Ratings &all = f.ratings;
    m_rate->setText(tr("满意率 %1（非常满意、满意、基本满意 %2 件 / 评价 %3 件）")
                        .arg(HallFiguresText::rate(all.satisfied(), all.total()))
                        .arg(all.satisfied())
                        .arg(all.total()));
    m_levels->setRowCount(0);
    for (RatingLevel level : RatingLevels::all()) {
        const QString count = QString::number(all.levels[size_t(level)]);
        const int row = appendRow(m_levels, {cell(RatingLevels::label(level)),
                                             RatingLevels::isPoor(level)
                                                 ? cell(count, Figure::PoorRatings,
                                                        Dimension::Level, RatingLevels::key(level))
                                                 : cell(count)});
        if (RatingLevels::isPoor(level) && all.levels[size_t(level)] > 0)
            m_levels->item(row, 1)->setForeground(Theme::color(Theme::Tone::Problem));
    }
    m_followUps->setRowCount(0);
    const int row = appendRow(
        m_followUps,
        {cell(tr("全大厅")), cell(QString::number(f.followUpsOpen)),
         cell(QString::number(f.followUpsOverdue), Figure::OverdueFollowUps, Dimension::All),
         cell(QString::number(f.followUpsOpened)), cell(QString::number(f.followUpsClosed))});
    if (f.followUpsOverdue > 0)
        m_followUps->item(row, 2)->setForeground(Theme::color(Theme::Tone::Problem));
    fillShares(m_counters, f.ratingsByCounter, Dimension::Counter);
    fillShares(m_clerks, f.ratingsByClerk, Dimension::Clerk);
    fillShares(m_matters, f.ratingsByMatter, Dimension::Matter);
    draw(m_chart->chart(), true);
}

void RatingFiguresPage::fillShares(QTableWidget *table, const QList<HallFigures::Ratings> &list,
                                   Dimension dimension)
{
    table->setRowCount(0);
    for (const HallFigures::Ratings &r : list) {
        const QString name = dimension == Dimension::Matter
                                 ? HallFiguresText::matter(r.key, r.label)
                                 : (r.label.isEmpty() ? r.key : r.label);
        appendRow(table, {cell(name), cell(QString::number(r.total())),
                          cell(QString::number(r.poor()), Figure::PoorRatings, dimension, r.key),
                          cell(HallFiguresText::rate(r.satisfied(), r.total()))});
    }
}

void RatingFiguresPage::draw(QChart *chart, bool clickable)
{
    resetChart(chart, tr("好差评：各等级评价数"));
    auto *set = new QBarSet(tr("评价"));
    set->setColor(Theme::accent());
    QStringList categories;
    int most = 0;
    for (RatingLevel level : RatingLevels::all()) {
        const int n = m_figures.ratings.levels[size_t(level)];
        *set << n;
        categories << RatingLevels::label(level);
        most = qMax(most, n);
    }
    auto *series = new QBarSeries(chart);
    series->setObjectName(QStringLiteral("ratingSeries"));
    series->append(set);
    attach(chart, series, categories, most);
    if (!clickable)
        return;
    connect(set, &QBarSet::clicked, this, [this](int index) {
        const QList<RatingLevel> levels = RatingLevels::all();
        if (index < 0 || index >= levels.size() || !RatingLevels::isPoor(levels.at(index)))
            return;
        Q_EMIT casesRequested(Figure::PoorRatings, Dimension::Level,
                              RatingLevels::key(levels.at(index)),
                              RatingLevels::label(levels.at(index)));
    });
}

} // namespace OneWindow
