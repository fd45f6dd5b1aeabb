#include "dashboard/DashboardWorkspace.h"

#include "common/Clock.h"
#include "common/UserMessages.h"
#include "reports/DashboardService.h"
#include "services/AppServices.h"
#include "storage/ChangeNotifier.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace OneWindow {

DashboardWorkspace::DashboardWorkspace(AppServices &services, const Session &session,
                                       QWidget *parent)
    : Workspace(parent)
    , m_services(services)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardWorkspace"));
    auto *layout = new QVBoxLayout(this);
    m_stamp = new QLabel(this);
    m_stamp->setObjectName(QStringLiteral("dashboardStamp"));
    layout->addWidget(m_stamp);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    const QList<QPair<QString, QString>> figures = {
        {QStringLiteral("acceptedToday"), tr("今日受理")},
        {QStringLiteral("completedToday"), tr("今日办结")},
        {QStringLiteral("deliveredToday"), tr("今日送达")},
        {QStringLiteral("readyForCollection"), tr("待领取")},
        {QStringLiteral("open"), tr("在办")},
        {QStringLiteral("awaitingSupplement"), tr("待补正")},
        {QStringLiteral("specialProcedure"), tr("特别程序中")},
        {QStringLiteral("overdueCases"), tr("超期办件")},
        {QStringLiteral("reviewOpen"), tr("待复核")},
        {QStringLiteral("overdueCommitments"), tr("容缺承诺逾期")},
    };
    for (int i = 0; i < figures.size(); ++i)
        addFigure(figures.at(i).first, figures.at(i).second, i / 5, i % 5);
    m_departments = new QTableWidget(0, 5, this);
    m_departments->setObjectName(QStringLiteral("dashboardDepartments"));
    m_departments->setHorizontalHeaderLabels(
        {tr("部门"), tr("待办环节"), tr("已认领"), tr("2 个工作日内到期"), tr("超期")});
    m_departments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_departments->verticalHeader()->hide();
    m_departments->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_departments, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DashboardWorkspace::refresh);
    m_timer->start();
    if (ChangeNotifier *changes = services.changes())
        connect(changes, &ChangeNotifier::changed, this, &DashboardWorkspace::refresh);
    refresh();
}

QString DashboardWorkspace::title() const
{
    return tr("大厅概况");
}

void DashboardWorkspace::entered()
{
    refresh();
}

QLabel *DashboardWorkspace::addFigure(const QString &key, const QString &caption, int row,
                                      int column)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto *l = new QVBoxLayout(box);
    auto *value = new QLabel(QStringLiteral("–"), box);
    value->setObjectName(QStringLiteral("figure_") + key);
    value->setAlignment(Qt::AlignCenter);
    value->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    auto *label = new QLabel(caption, box);
    label->setAlignment(Qt::AlignCenter);
    l->addWidget(value);
    l->addWidget(label);
    m_grid->addWidget(box, row, column);
    m_figures.insert(key, value);
    return value;
}

void DashboardWorkspace::refresh()
{
    auto d = m_services.dashboard().today(m_session, m_services.clock().today());
    if (!d) {
        m_stamp->setText(UserMessages::error(d.error()));
        return;
    }
    const Dashboard &v = d.value();
    const QList<QPair<QString, int>> values = {
        {QStringLiteral("acceptedToday"), v.acceptedToday},
        {QStringLiteral("completedToday"), v.completedToday},
        {QStringLiteral("deliveredToday"), v.deliveredToday},
        {QStringLiteral("readyForCollection"), v.readyForCollection},
        {QStringLiteral("open"), v.open},
        {QStringLiteral("awaitingSupplement"), v.awaitingSupplement},
        {QStringLiteral("specialProcedure"), v.specialProcedure},
        {QStringLiteral("overdueCases"), v.overdueCases},
        {QStringLiteral("reviewOpen"), v.reviewOpen},
        {QStringLiteral("overdueCommitments"), v.overdueCommitments},
    };
    for (const auto &[key, value] : values)
        m_figures.value(key)->setText(QString::number(value));
    m_departments->setRowCount(0);
    for (const Dashboard::Department &dep : v.departments) {
        const int row = m_departments->rowCount();
        m_departments->insertRow(row);
        const QStringList cells = {dep.department, QString::number(dep.open),
                                   QString::number(dep.held), QString::number(dep.dueSoon),
                                   QString::number(dep.overdue)};
        for (int c = 0; c < cells.size(); ++c)
            m_departments->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (dep.overdue > 0)
            m_departments->item(row, 4)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_stamp->setText(
        tr("%1 · 更新于 %2")
            .arg(v.day.toString(QStringLiteral("yyyy-MM-dd")),
                 m_services.clock().now().toLocalTime().toString(QStringLiteral("HH:mm"))));
}

} // namespace OneWindow
