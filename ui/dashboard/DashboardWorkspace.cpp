#include "dashboard/DashboardWorkspace.h"

#include "cases/CasePanel.h"
#include "common/CaseStateText.h"
#include "common/Clock.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "dashboard/DashboardWidgets.h"
#include "dashboard/RatingFiguresPage.h"
#include "dashboard/VisitFiguresPage.h"
#include "reports/DashboardService.h"
#include "reports/HallFiguresFormat.h"
#include "reports/HallFiguresPdf.h"
#include "reports/HallFiguresText.h"
#include "services/AppServices.h"
#include "storage/ChangeNotifier.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <optional>

namespace OneWindow {

namespace {

using Figure = HallFigures::Figure;
using Dimension = HallFigures::Dimension;

using namespace DashboardWidgets;

} // namespace

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

    // The range: a preset or two dates.
    auto *rangeBar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("统计期间"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItem(tr("今天"), int(Range::Today));
    m_range->addItem(tr("本周"), int(Range::Week));
    m_range->addItem(tr("本月"), int(Range::Month));
    m_range->addItem(tr("自选日期"), int(Range::Chosen));
    rangeLabel->setBuddy(m_range);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("rangeTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *csv = new QPushButton(Theme::icon(QStringLiteral("save")), tr("导出 CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    auto *pdf = new QPushButton(Theme::icon(QStringLiteral("file-text")), tr("PDF 报告…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    rangeBar->addWidget(rangeLabel);
    rangeBar->addWidget(m_range);
    rangeBar->addWidget(m_from);
    rangeBar->addWidget(new QLabel(QStringLiteral("—"), this));
    rangeBar->addWidget(m_to);
    rangeBar->addStretch();
    rangeBar->addWidget(csv);
    rangeBar->addWidget(pdf);
    layout->addLayout(rangeBar);
    m_rangeSummary = new QLabel(this);
    m_rangeSummary->setObjectName(QStringLiteral("rangeSummary"));
    m_rangeSummary->setWordWrap(true);
    layout->addWidget(m_rangeSummary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // The figures: a chart and its table on each page; the cases behind a
    // clicked number under them, one of them opened beside.
    auto *split = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("figureTabs"));

    auto *intake = new QWidget(m_tabs);
    intake->setObjectName(QStringLiteral("intakeFigures"));
    auto *intakeLayout = new QHBoxLayout(intake);
    m_counterChart = makeChart(QStringLiteral("counterChart"), intake);
    intakeLayout->addWidget(m_counterChart, 3);
    m_counterTable = makeTable(QStringLiteral("counterTable"), {tr("窗口"), tr("受理")}, intake);
    m_clerkTable = makeTable(QStringLiteral("clerkTable"), {tr("受理人"), tr("受理")}, intake);
    m_matterTable = makeTable(QStringLiteral("matterTable"), {tr("事项"), tr("受理")}, intake);
    for (QTableWidget *t : {m_counterTable, m_clerkTable, m_matterTable})
        intakeLayout->addWidget(t, 2);
    m_tabs->addTab(intake, tr("受理"));

    auto *days = new QWidget(m_tabs);
    days->setObjectName(QStringLiteral("dayFigures"));
    auto *daysLayout = new QHBoxLayout(days);
    m_dayChart = makeChart(QStringLiteral("dayChart"), days);
    daysLayout->addWidget(m_dayChart, 3);
    m_dayTable = makeTable(QStringLiteral("dayTable"),
                           {tr("日期"), tr("受理"), tr("按期办结"), tr("超期办结")}, days);
    daysLayout->addWidget(m_dayTable, 2);
    m_tabs->addTab(days, tr("逐日"));

    auto *departments = new QWidget(m_tabs);
    departments->setObjectName(QStringLiteral("departmentFigures"));
    auto *departmentsLayout = new QHBoxLayout(departments);
    m_departmentChart = makeChart(QStringLiteral("departmentChart"), departments);
    departmentsLayout->addWidget(m_departmentChart, 2);
    m_departmentTable =
        makeTable(QStringLiteral("departmentTable"),
                  {tr("部门"), tr("待办环节"), tr("2 个工作日内到期"), tr("超期"), tr("办理决定"),
                   tr("退回补正率"), tr("不予许可率"), tr("暂停天数")},
                  departments);
    departmentsLayout->addWidget(m_departmentTable, 3);
    m_tabs->addTab(departments, tr("部门"));
    m_visitPage = new VisitFiguresPage(m_tabs);
    m_tabs->addTab(m_visitPage, tr("窗口接待"));
    m_ratingPage = new RatingFiguresPage(m_tabs);
    m_tabs->addTab(m_ratingPage, tr("好差评"));

    auto *behind = new QWidget(split);
    auto *behindLayout = new QHBoxLayout(behind);
    auto *listSide = new QVBoxLayout;
    m_casesCaption = new QLabel(tr("点击图表或表格中的数字，列出其中的办件"), behind);
    m_casesCaption->setObjectName(QStringLiteral("casesBehindCaption"));
    Theme::setTone(m_casesCaption, Theme::Tone::Muted);
    listSide->addWidget(m_casesCaption);
    m_cases = makeTable(QStringLiteral("casesBehind"),
                        {tr("办件编号"), tr("事项"), tr("状态"), tr("受理时间")}, behind);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    listSide->addWidget(m_cases, 1);
    behindLayout->addLayout(listSide, 1);
    m_panel =
        new CasePanel(services.workflow(), services.catalogue(), services.clock(), session, behind);
    m_panel->setObjectName(QStringLiteral("dashboardCasePanel"));
    behindLayout->addWidget(m_panel, 1);
    split->addWidget(m_tabs);
    split->addWidget(behind);
    layout->addWidget(split, 1);

    const CasesRequest request = [this](Figure figure, Dimension dimension, const QString &value,
                                        const QString &caption) {
        showCases(figure, dimension, value, caption);
    };
    for (QTableWidget *t :
         {m_counterTable, m_clerkTable, m_matterTable, m_dayTable, m_departmentTable})
        followClicks(t, this, request);
    connect(m_ratingPage, &RatingFiguresPage::casesRequested, this, request);
    connect(m_cases, &QTableWidget::cellActivated, this,
            [this](int row, int) { openListedCase(row); });
    connect(m_cases, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openListedCase(row); });
    connect(m_range, &QComboBox::currentIndexChanged, this, &DashboardWorkspace::applyRange);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_settingRange)
                return;
            const QSignalBlocker block(m_range);
            m_range->setCurrentIndex(m_range->findData(int(Range::Chosen)));
            refreshRange();
        });
    connect(csv, &QPushButton::clicked, this, &DashboardWorkspace::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &DashboardWorkspace::exportPdf);

    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DashboardWorkspace::refresh);
    m_timer->start();
    if (ChangeNotifier *changes = services.changes())
        connect(changes, &ChangeNotifier::changed, this, &DashboardWorkspace::refresh);
    applyRange();
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
    Theme::setTextRole(value, Theme::TextRole::Title);
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
    refreshToday();
    refreshRange();
}

void DashboardWorkspace::applyRange()
{
    const QDate today = m_services.clock().today();
    const auto range = Range(m_range->currentData().toInt());
    QDate from = m_from->date();
    QDate to = m_to->date();
    switch (range) {
    case Range::Today:
        from = to = today;
        break;
    case Range::Week:
        from = today.addDays(1 - today.dayOfWeek());
        to = today;
        break;
    case Range::Month:
        from = QDate(today.year(), today.month(), 1);
        to = today;
        break;
    case Range::Chosen:
        if (!from.isValid() || from > to)
            from = to = today;
        break;
    }
    m_settingRange = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingRange = false;
    refreshRange();
}

void DashboardWorkspace::refreshToday()
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
    m_stamp->setText(
        tr("%1 · 更新于 %2")
            .arg(v.day.toString(QStringLiteral("yyyy-MM-dd")),
                 m_services.clock().now().toLocalTime().toString(QStringLiteral("HH:mm"))));
}

void DashboardWorkspace::refreshRange()
{
    auto f = m_services.dashboard().figures(m_session, m_from->date(), m_to->date());
    if (!f) {
        say(UserMessages::error(f.error()), true);
        return;
    }
    m_shown = f.value();
    m_rangeSummary->setText(
        tr("%1 至 %2：受理 %3 件，一次性告知 %4 次，不予受理 %5 次；按期办结 %6 件，超期办结 %7 "
           "件；待领取 %8 件（中位 %9 天，最长 %10 天）")
            .arg(m_shown.from.toString(Qt::ISODate), m_shown.to.toString(Qt::ISODate))
            .arg(m_shown.accepted)
            .arg(m_shown.notifications)
            .arg(m_shown.nonAcceptances)
            .arg(m_shown.completedOnTime)
            .arg(m_shown.completedLate)
            .arg(m_shown.awaitingCollection)
            .arg(m_shown.collectionWaitMedianDays)
            .arg(m_shown.collectionWaitLongestDays));
    fillIntake();
    fillDays();
    fillDepartments();
    m_visitPage->setFigures(m_shown);
    m_ratingPage->setFigures(m_shown);
}

void DashboardWorkspace::fillIntake()
{
    const auto fillShares = [](QTableWidget *table, const QList<HallFigures::Share> &shares,
                               Dimension dimension, const QString &none) {
        table->setRowCount(0);
        for (const HallFigures::Share &s : shares) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, cell(s.label.isEmpty() ? none : s.label));
            table->setItem(row, 1,
                           cell(QString::number(s.count), Figure::Accepted, dimension, s.key));
        }
    };
    fillShares(m_counterTable, m_shown.byCounter, Dimension::Counter, tr("（无窗口）"));
    fillShares(m_clerkTable, m_shown.byClerk, Dimension::Clerk, tr("（无受理人）"));
    fillShares(m_matterTable, m_shown.byMatter, Dimension::Matter, tr("（未知事项）"));

    drawCounters(m_counterChart->chart(), true);
}

void DashboardWorkspace::drawCounters(QChart *chart, bool clickable)
{
    resetChart(chart, tr("各窗口受理量"));
    auto *set = new QBarSet(tr("受理"));
    set->setColor(Theme::accent());
    QStringList categories;
    int most = 0;
    for (const HallFigures::Share &s : std::as_const(m_shown.byCounter)) {
        *set << s.count;
        categories << (s.label.isEmpty() ? tr("（无窗口）") : s.label);
        most = qMax(most, s.count);
    }
    auto *series = new QBarSeries(chart);
    series->setObjectName(QStringLiteral("counterSeries"));
    series->append(set);
    attach(chart, series, categories, most);
    if (!clickable)
        return;
    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index < 0 || index >= m_shown.byCounter.size())
            return;
        const HallFigures::Share &s = m_shown.byCounter.at(index);
        showCases(Figure::Accepted, Dimension::Counter, s.key, s.label);
    });
}

void DashboardWorkspace::fillDays()
{
    m_dayTable->setRowCount(0);
    for (const HallFigures::Day &d : std::as_const(m_shown.days)) {
        const QString date = d.day.toString(Qt::ISODate);
        const int row = m_dayTable->rowCount();
        m_dayTable->insertRow(row);
        m_dayTable->setItem(row, 0, cell(date));
        m_dayTable->setItem(
            row, 1, cell(QString::number(d.accepted), Figure::Accepted, Dimension::Day, date));
        m_dayTable->setItem(row, 2,
                            cell(QString::number(d.completedOnTime), Figure::CompletedOnTime,
                                 Dimension::Day, date));
        m_dayTable->setItem(
            row, 3,
            cell(QString::number(d.completedLate), Figure::CompletedLate, Dimension::Day, date));
        if (d.completedLate > 0)
            m_dayTable->item(row, 3)->setForeground(Theme::color(Theme::Tone::Problem));
    }
    drawDays(m_dayChart->chart(), true);
}

void DashboardWorkspace::drawDays(QChart *chart, bool clickable)
{
    resetChart(chart, tr("逐日受理与办结"));
    auto *accepted = new QLineSeries(chart);
    accepted->setName(tr("受理"));
    accepted->setObjectName(QStringLiteral("acceptedSeries"));
    accepted->setColor(Theme::accent());
    auto *onTime = new QLineSeries(chart);
    onTime->setName(tr("按期办结"));
    onTime->setObjectName(QStringLiteral("onTimeSeries"));
    onTime->setColor(Theme::color(Theme::Tone::Success));
    auto *late = new QLineSeries(chart);
    late->setName(tr("超期办结"));
    late->setObjectName(QStringLiteral("lateSeries"));
    late->setColor(Theme::color(Theme::Tone::Problem));
    QStringList categories;
    int most = 0;
    for (int i = 0; i < m_shown.days.size(); ++i) {
        const HallFigures::Day &d = m_shown.days.at(i);
        accepted->append(i, d.accepted);
        onTime->append(i, d.completedOnTime);
        late->append(i, d.completedLate);
        categories << d.day.toString(QStringLiteral("MM-dd"));
        most = qMax(most, qMax(d.accepted, qMax(d.completedOnTime, d.completedLate)));
    }
    // A single day is a point, not a line: markers show it.
    for (QLineSeries *series : {accepted, onTime, late}) {
        series->setPointsVisible(true);
        if (series == accepted) {
            attach(chart, series, categories, most);
            continue;
        }
        chart->addSeries(series);
        for (QAbstractAxis *axis : chart->axes())
            series->attachAxis(axis);
    }
    if (!clickable)
        return;
    const auto follow = [this](QLineSeries *series, Figure figure) {
        connect(series, &QLineSeries::clicked, this, [this, figure](const QPointF &point) {
            const int i = qRound(point.x());
            if (i < 0 || i >= m_shown.days.size())
                return;
            const QString date = m_shown.days.at(i).day.toString(Qt::ISODate);
            showCases(figure, Dimension::Day, date, date);
        });
    };
    follow(accepted, Figure::Accepted);
    follow(onTime, Figure::CompletedOnTime);
    follow(late, Figure::CompletedLate);
}

void DashboardWorkspace::fillDepartments()
{
    m_departmentTable->setRowCount(0);
    for (const HallFigures::Department &d : std::as_const(m_shown.departments)) {
        const int row = m_departmentTable->rowCount();
        m_departmentTable->insertRow(row);
        const QString &key = d.department;
        m_departmentTable->setItem(row, 0, cell(key));
        m_departmentTable->setItem(
            row, 1, cell(QString::number(d.open), Figure::Open, Dimension::Department, key));
        m_departmentTable->setItem(
            row, 2, cell(QString::number(d.dueSoon), Figure::DueSoon, Dimension::Department, key));
        m_departmentTable->setItem(
            row, 3, cell(QString::number(d.overdue), Figure::Overdue, Dimension::Department, key));
        m_departmentTable->setItem(row, 4, cell(QString::number(d.decisions)));
        m_departmentTable->setItem(row, 5,
                                   cell(HallFiguresText::rate(d.returned, d.decisions),
                                        Figure::Returned, Dimension::Department, key));
        m_departmentTable->setItem(row, 6,
                                   cell(HallFiguresText::rate(d.refused, d.decisions),
                                        Figure::Refused, Dimension::Department, key));
        m_departmentTable->setItem(row, 7, cell(QString::number(d.pausedDays)));
        if (d.overdue > 0)
            m_departmentTable->item(row, 3)->setForeground(Theme::color(Theme::Tone::Problem));
    }
    drawDepartments(m_departmentChart->chart(), true);
}

void DashboardWorkspace::drawDepartments(QChart *chart, bool clickable)
{
    resetChart(chart, tr("各部门待办环节"));
    auto *running = new QBarSet(tr("期限内"));
    running->setColor(Theme::accent());
    auto *soon = new QBarSet(tr("2 个工作日内到期"));
    soon->setColor(Theme::color(Theme::Tone::Notice));
    auto *overdue = new QBarSet(tr("超期"));
    overdue->setColor(Theme::color(Theme::Tone::Problem));
    QStringList categories;
    int most = 0;
    for (const HallFigures::Department &d : std::as_const(m_shown.departments)) {
        *running << qMax(0, d.open - d.dueSoon - d.overdue);
        *soon << d.dueSoon;
        *overdue << d.overdue;
        categories << d.department;
        most = qMax(most, d.open);
    }
    auto *series = new QStackedBarSeries(chart);
    series->setObjectName(QStringLiteral("departmentSeries"));
    series->append({running, soon, overdue});
    attach(chart, series, categories, most);
    if (!clickable)
        return;
    const auto follow = [this](QBarSet *set, Figure figure) {
        connect(set, &QBarSet::clicked, this, [this, figure](int index) {
            if (index < 0 || index >= m_shown.departments.size())
                return;
            const QString &department = m_shown.departments.at(index).department;
            showCases(figure, Dimension::Department, department, department);
        });
    };
    follow(running, Figure::Open);
    follow(soon, Figure::DueSoon);
    follow(overdue, Figure::Overdue);
}

void DashboardWorkspace::showCases(Figure figure, Dimension dimension, const QString &value,
                                   const QString &caption)
{
    auto cases = m_services.dashboard().casesBehind(m_session, figure, dimension, value,
                                                    m_shown.from, m_shown.to);
    m_cases->setRowCount(0);
    if (!cases) {
        say(UserMessages::error(cases.error()), true);
        return;
    }
    m_casesCaption->setText(tr("%1：%n 件", nullptr, int(cases.value().size())).arg(caption));
    for (const HallFigures::Case &c : cases.value()) {
        const int row = m_cases->rowCount();
        m_cases->insertRow(row);
        const auto state = CaseStates::caseStateFromKey(c.state);
        m_cases->setItem(row, 0, cell(c.caseNumber));
        m_cases->setItem(row, 1, cell(c.title));
        m_cases->setItem(row, 2, cell(state ? CaseStateText::text(*state) : c.state));
        m_cases->setItem(
            row, 3, cell(c.acceptedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (m_cases->rowCount() > 0)
        m_cases->setCurrentCell(0, 0);
}

void DashboardWorkspace::openListedCase(int row)
{
    if (row < 0 || row >= m_cases->rowCount())
        return;
    m_panel->open(m_cases->item(row, 0)->text());
}

void DashboardWorkspace::say(const QString &message, bool problem)
{
    m_message->setText(message);
    Theme::setTone(m_message, problem ? Theme::Tone::Problem : Theme::Tone::Success);
    m_message->setVisible(!message.isEmpty());
}

void DashboardWorkspace::exportCsv()
{
    const QString suggested = QStringLiteral("figures-%1-%2.csv")
                                  .arg(m_shown.from.toString(QStringLiteral("yyyyMMdd")),
                                       m_shown.to.toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出统计数据"), suggested, tr("CSV 文件 (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void DashboardWorkspace::exportPdf()
{
    const QString suggested = QStringLiteral("report-%1-%2.pdf")
                                  .arg(m_shown.from.toString(QStringLiteral("yyyyMMdd")),
                                       m_shown.to.toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("导出统计报告"), suggested, tr("PDF 文件 (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

bool DashboardWorkspace::exportCsvTo(const QString &path)
{
    // Audited first: figures that could not be recorded as leaving do not leave.
    if (auto recorded = m_services.dashboard().recordExport(m_session, QStringLiteral("csv"),
                                                            m_shown.from, m_shown.to);
        !recorded) {
        say(UserMessages::error(recorded.error()), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(HallFiguresFormat::csv(m_shown)) < 0 || !file.commit()) {
        say(tr("无法写入 %1：%2").arg(path, file.errorString()), true);
        return false;
    }
    say(tr("已导出到 %1").arg(path), false);
    return true;
}

bool DashboardWorkspace::exportPdfTo(const QString &path)
{
    if (auto recorded = m_services.dashboard().recordExport(m_session, QStringLiteral("pdf"),
                                                            m_shown.from, m_shown.to);
        !recorded) {
        say(UserMessages::error(recorded.error()), true);
        return false;
    }
    // Drawn afresh at the page's proportions: a chart on a hidden tab has no size.
    QList<QImage> charts;
    const QList<std::function<void(QChart *)>> draws = {
        [this](QChart *c) { drawCounters(c, false); },
        [this](QChart *c) { drawDays(c, false); },
        [this](QChart *c) { drawDepartments(c, false); },
        [this](QChart *c) { VisitFiguresPage::draw(c, m_shown); },
        [this](QChart *c) { m_ratingPage->draw(c, false); },
    };
    for (const auto &draw : draws) {
        QChartView view;
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(1000, 420);
        view.chart()->legend()->setAlignment(Qt::AlignBottom);
        draw(view.chart());
        charts << view.grab().toImage();
    }
    const QString problem =
        HallFiguresPdf::write(path, m_services.options().hallName, m_shown, charts);
    if (!problem.isEmpty()) {
        say(problem, true);
        return false;
    }
    say(tr("已导出到 %1").arg(path), false);
    return true;
}

} // namespace OneWindow
