#pragma once

#include "security/Session.h"
#include "shell/Workspace.h"

#include <QHash>

class QGridLayout;
class QLabel;
class QTableWidget;
class QTimer;

namespace OneWindow {

class AppServices;

// The hall at a glance for the supervisor on duty: today's intake, completions
// and handovers; the cases open, paused, overdue and waiting for collection;
// what waits for review; and each department's steps, overdue first. It
// refreshes every minute, and at once on PostgreSQL when a counter commits.
class DashboardWorkspace : public Workspace
{
    Q_OBJECT

public:
    DashboardWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    void entered() override;

    void refresh();

private:
    QLabel *addFigure(const QString &key, const QString &caption, int row, int column);

    AppServices &m_services;
    Session m_session;
    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_figures;
    QTableWidget *m_departments;
    QLabel *m_stamp;
    QTimer *m_timer;
};

} // namespace OneWindow
