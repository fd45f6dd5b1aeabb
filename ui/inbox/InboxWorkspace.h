#pragma once

#include "security/Session.h"
#include "shell/Workspace.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace OneWindow {

class AppServices;
class CasePanel;
class InboxModel;

// A department's inbox: the steps waiting for it, soonest deadline first,
// due-soon and overdue marked; opening one shows the case beside it with what
// the department needs and the actions its officer may take. An officer sees
// their department; a supervisor chooses one, or all, and may release steps.
// On PostgreSQL the list follows other counters' commits by itself.
class InboxWorkspace : public Workspace
{
    Q_OBJECT

public:
    InboxWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("inbox"); }
    QString title() const override;
    QList<QAction *> toolbarActions() const override { return m_actions; }
    void entered() override;

    void refresh();

private:
    void openRow(int row);
    void onSharedChange(const QString &topic, const QString &key);

    AppServices &m_services;
    Session m_session;
    InboxModel *m_model;
    QTableView *m_view;
    QComboBox *m_department = nullptr;
    QCheckBox *m_mine;
    QCheckBox *m_overdue;
    QLabel *m_count;
    CasePanel *m_panel;
    QList<QAction *> m_actions;
};

} // namespace OneWindow
