#pragma once

#include "reports/HallFigures.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAbstractSeries;
class QChart;
class QChartView;
class QTableWidget;
class QTableWidgetItem;
class QObject;
class QWidget;

namespace OneWindow::DashboardWidgets {

// What a table cell opens: a figure broken down by the row's key.
constexpr int kFigureRole = 0x0100; // Qt::UserRole
constexpr int kDimensionRole = 0x0100 + 1;
constexpr int kValueRole = 0x0100 + 2;

QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent);
// A cell; with `figure`, a click on it lists the cases behind it.
QTableWidgetItem *cell(const QString &text, std::optional<HallFigures::Figure> figure = {},
                       HallFigures::Dimension dimension = HallFigures::Dimension::All,
                       const QString &value = {});
// Appends a row of cells to `table`; returns its index.
int appendRow(QTableWidget *table, const QList<QTableWidgetItem *> &cells);
QChartView *makeChart(const QString &name, QWidget *parent);
// A chart's series and axes replaced by new ones.
void resetChart(QChart *chart, const QString &title);
// Adds `series` with categories below and counts up to `maximum` beside.
void attach(QChart *chart, QAbstractSeries *series, const QStringList &categories, int maximum);

// What a click on a number asks for: the figure, broken down by what, which one,
// and a caption for the list.
using CasesRequest = std::function<void(HallFigures::Figure, HallFigures::Dimension,
                                        const QString &, const QString &)>;
// A click on a cell made by cell() with a figure asks `request`, captioned by
// the row's first cell and the column's header.
void followClicks(QTableWidget *table, QObject *context, const CasesRequest &request);

} // namespace OneWindow::DashboardWidgets
