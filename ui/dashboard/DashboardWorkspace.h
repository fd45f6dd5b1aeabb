#pragma once

#include "reports/HallFigures.h"
#include "security/Session.h"
#include "shell/Workspace.h"

#include <QHash>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace OneWindow {

class AppServices;
class CasePanel;
class RatingFiguresPage;
class VisitFiguresPage;

// The hall at a glance for the supervisor on duty. Today's tiles (intake,
// completions, handovers, what is open, paused, overdue, waiting for
// collection or review), then the figures over a chosen range of days (today,
// this week, this month or any two dates): intake by counter, clerk and
// matter; day by day; each department's steps; the visits' time at the counter
// and how they ended; the citizens' ratings (好差评) and follow-ups. Every chart has its table
// beside it; a click on a bar, a point or a cell lists the cases behind the
// number, and Enter or a double click opens one beside them. The figures go
// out as CSV or as an A4 PDF report, both audited. It refreshes every minute,
// and at once on PostgreSQL when a counter commits.
class DashboardWorkspace : public Workspace
{
    Q_OBJECT

public:
    DashboardWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    void entered() override;

    void refresh();
    // The range's figures as last shown.
    const HallFigures &figures() const { return m_shown; }
    // Writes the figures shown to `path`; false (with the reason on screen)
    // when they could not be written or the export was refused.
    bool exportCsvTo(const QString &path);
    bool exportPdfTo(const QString &path);

private:
    enum class Range
    {
        Today,
        Week,
        Month,
        Chosen,
    };

    QLabel *addFigure(const QString &key, const QString &caption, int row, int column);
    void applyRange();
    void refreshToday();
    void refreshRange();
    void fillIntake();
    void fillDays();
    void fillDepartments();
    // The charts, drawn into `chart` (the one on screen, or one for the PDF
    // report); on screen a click on a bar or a point lists its cases.
    void drawCounters(QChart *chart, bool clickable);
    void drawDays(QChart *chart, bool clickable);
    void drawDepartments(QChart *chart, bool clickable);
    // The cases behind a number of the shown figures, listed under the charts.
    void showCases(HallFigures::Figure figure, HallFigures::Dimension dimension,
                   const QString &value, const QString &caption);
    void openListedCase(int row);
    void exportCsv();
    void exportPdf();
    void say(const QString &message, bool problem);

    AppServices &m_services;
    Session m_session;
    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_figures;
    QLabel *m_stamp;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_rangeSummary;
    QTabWidget *m_tabs;
    QChartView *m_counterChart;
    QTableWidget *m_counterTable;
    QTableWidget *m_clerkTable;
    QTableWidget *m_matterTable;
    QChartView *m_dayChart;
    QTableWidget *m_dayTable;
    QChartView *m_departmentChart;
    QTableWidget *m_departmentTable;
    VisitFiguresPage *m_visitPage;
    RatingFiguresPage *m_ratingPage;
    QLabel *m_casesCaption;
    QTableWidget *m_cases;
    CasePanel *m_panel;
    QLabel *m_message;
    QTimer *m_timer;
    HallFigures m_shown;
    bool m_settingRange = false;
};

} // namespace OneWindow
