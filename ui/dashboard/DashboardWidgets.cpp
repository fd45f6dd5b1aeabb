#include "dashboard/DashboardWidgets.h"

#include "dashboard/DashboardWorkspace.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QTableWidget>
#include <QValueAxis>

namespace OneWindow::DashboardWidgets {

static_assert(kFigureRole == Qt::UserRole);

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *cell(const QString &text, std::optional<HallFigures::Figure> figure,
                       HallFigures::Dimension dimension, const QString &value)
{
    auto *item = new QTableWidgetItem(text);
    if (figure) {
        item->setData(kFigureRole, int(*figure));
        item->setData(kDimensionRole, int(dimension));
        item->setData(kValueRole, value);
        item->setToolTip(DashboardWorkspace::tr("点击列出这些办件"));
    }
    return item;
}

int appendRow(QTableWidget *table, const QList<QTableWidgetItem *> &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, cells.at(c));
    return row;
}

QChartView *makeChart(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

void attach(QChart *chart, QAbstractSeries *series, const QStringList &categories, int maximum)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setRange(0, qMax(1, maximum));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(qMin(qMax(2, maximum + 1), 6));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void followClicks(QTableWidget *table, QObject *context, const CasesRequest &request)
{
    QObject::connect(table, &QTableWidget::itemClicked, context, [request](QTableWidgetItem *item) {
        if (!item->data(kFigureRole).isValid())
            return;
        const auto *t = item->tableWidget();
        request(HallFigures::Figure(item->data(kFigureRole).toInt()),
                HallFigures::Dimension(item->data(kDimensionRole).toInt()),
                item->data(kValueRole).toString(),
                t->item(item->row(), 0)->text() + QStringLiteral(" · ") +
                    t->horizontalHeaderItem(item->column())->text());
    });
}

} // namespace OneWindow::DashboardWidgets
