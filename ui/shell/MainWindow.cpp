#include "shell/MainWindow.h"

#include "audit/AuditWorkspace.h"
#include "counter/CounterWorkspace.h"
#include "inbox/InboxWorkspace.h"
#include "security/Permission.h"
#include "services/AppServices.h"
#include "settings/SettingsDialog.h"
#include "shell/IdleLock.h"
#include "shell/LoginDialog.h"
#include "shell/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace OneWindow {

MainWindow::MainWindow(AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(services.session())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("一窗通 · %1 · %2号窗口")
                       .arg(services.options().hallName, services.options().counterCode));
    resize(1366, 768);

    m_modeBar = addToolBar(tr("工作区"));
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_modes = new QActionGroup(this);
    m_modes->setExclusive(true);
    addToolBarBreak();
    m_toolbar = addToolBar(tr("操作"));
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("shellCentral"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("shellHeader"));
    m_header->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_header);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    layout->addWidget(m_stack, 1);
    m_emptyPage = new QLabel(tr("当前账号没有可用的工作区，请联系管理员分配角色。"), m_stack);
    m_emptyPage->setObjectName(QStringLiteral("noWorkspacePage"));
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_emptyPage);
    setCentralWidget(central);

    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_userStatus);
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_databaseStatus);
    m_databaseStatus->setText(services.databaseHost().isEmpty()
                                  ? tr("数据库：本机")
                                  : tr("数据库：大厅服务器（%1）").arg(services.databaseHost()));
    if (!services.changesProblem().isEmpty())
        statusBar()->showMessage(tr("无法接收其他窗口的实时更新，请手动刷新。"), 10000);
    for (const QString &problem : services.catalogue().problems())
        statusBar()->showMessage(tr("有模板无法加载，已跳过：%1").arg(problem), 15000);

    // The shell's own actions, after the workspace's in the toolbar.
    m_lockAction = new QAction(tr("锁屏 (Ctrl+L)"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_settingsAction = new QAction(tr("窗口设置"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_idleLock = new IdleLock(services.options().idleLockMinutes * 60 * 1000, this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);

    buildWorkspaces();
}

MainWindow::~MainWindow()
{
    clearWorkspaces();
}

Workspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace *>(m_stack->currentWidget());
}

void MainWindow::updateHeader()
{
    const QString role = m_session.role == Role::Clerk ? tr("窗口受理")
                         : m_session.role == Role::Officer
                             ? tr("部门审批（%1）").arg(m_session.department)
                         : m_session.role == Role::Supervisor ? tr("值班长")
                                                              : tr("管理员");
    m_header->setText(tr("%1 · %2号窗口 · %3（%4）")
                          .arg(m_services.options().hallName, m_services.options().counterCode,
                               m_session.displayName, role));
    m_userStatus->setText(tr("%1 · %2号窗口").arg(m_session.displayName, m_session.counterCode));
}

void MainWindow::buildWorkspaces()
{
    updateHeader();
    // Which rooms this user gets, in the order of the mode bar.
    if (Permission::can(m_session, Capability::RunIntake))
        m_workspaces.append(new CounterWorkspace(m_services, m_session, m_stack));
    if (Permission::can(m_session, Capability::ViewInbox))
        m_workspaces.append(new InboxWorkspace(m_services, m_session, m_stack));
    if (Permission::can(m_session, Capability::ViewAudit))
        m_workspaces.append(new AuditWorkspace(m_services, m_session, m_stack));

    for (int i = 0; i < m_workspaces.size(); ++i) {
        Workspace *w = m_workspaces.at(i);
        m_stack->addWidget(w);
        connect(w, &Workspace::statusMessage, this, [this](const QString &text, int timeout) {
            statusBar()->showMessage(text, timeout);
        });
        QAction *mode = m_modeBar->addAction(w->title());
        mode->setObjectName(QStringLiteral("mode_") + w->id());
        mode->setCheckable(true);
        m_modes->addAction(mode);
        connect(mode, &QAction::triggered, this, [this, i] { showWorkspaceAt(i); });
        // Every workspace's F-keys live in the window, enabled only while it shows.
        for (QAction *a : w->toolbarActions()) {
            addAction(a);
            a->setEnabled(false);
        }
    }
    // One room needs no mode bar.
    m_modeBar->setVisible(m_workspaces.size() > 1);
    showWorkspaceAt(0);
}

void MainWindow::takeBackStatusWidgets()
{
    for (QWidget *w : std::as_const(m_shownStatusWidgets)) {
        statusBar()->removeWidget(w);
        w->setParent(m_statusOwner); // its workspace owns it again
        w->hide();
    }
    m_shownStatusWidgets.clear();
    m_statusOwner = nullptr;
}

void MainWindow::clearWorkspaces()
{
    takeBackStatusWidgets();
    m_toolbar->clear();
    for (QAction *mode : m_modes->actions()) {
        m_modes->removeAction(mode);
        delete mode;
    }
    m_modeBar->clear();
    const QList<Workspace *> old = m_workspaces;
    m_workspaces.clear();
    for (Workspace *w : old) {
        for (QAction *a : w->toolbarActions())
            removeAction(a);
        m_stack->removeWidget(w);
        delete w;
    }
    m_stack->setCurrentWidget(m_emptyPage);
}

void MainWindow::showWorkspaceAt(int index)
{
    if (Workspace *current = currentWorkspace()) {
        current->leaving();
        for (QAction *a : current->toolbarActions())
            a->setEnabled(false);
    }
    takeBackStatusWidgets();
    m_toolbar->clear();
    if (index < 0 || index >= m_workspaces.size()) {
        m_stack->setCurrentWidget(m_emptyPage);
    } else {
        Workspace *w = m_workspaces.at(index);
        m_stack->setCurrentWidget(w);
        m_modes->actions().at(index)->setChecked(true);
        for (QAction *a : w->toolbarActions()) {
            a->setEnabled(true);
            m_toolbar->addAction(a);
        }
        m_statusOwner = w;
        for (QWidget *s : w->statusWidgets()) {
            statusBar()->insertPermanentWidget(0, s);
            s->show();
            m_shownStatusWidgets.append(s);
        }
        w->entered();
    }
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_lockAction);
    if (Permission::can(m_session, Capability::ChangeSettings))
        m_toolbar->addAction(m_settingsAction);
}

bool MainWindow::showWorkspace(const QString &id)
{
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i)->id() == id) {
            showWorkspaceAt(i);
            return true;
        }
    }
    return false;
}

void MainWindow::lock()
{
    m_idleLock->setEnabled(false);
    if (Workspace *current = currentWorkspace())
        current->leaving();
    // Nothing of the citizen's file stays visible behind the lock screen.
    centralWidget()->hide();
    const QString previous = m_session.username;
    auto *login = new LoginDialog(m_services, this);
    login->setObjectName(QStringLiteral("lockDialog"));
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setLocked(previous);
    connect(login, &QDialog::finished, this, [this, login, previous](int result) {
        if (result != QDialog::Accepted) {
            QTimer::singleShot(0, this, &MainWindow::lock); // a lock cannot be dismissed
            return;
        }
        m_session = login->session();
        if (m_session.username != previous) {
            // Another user: every page starts empty, with their own workspaces and actions.
            clearWorkspaces();
            buildWorkspaces();
        }
        updateHeader();
        centralWidget()->show();
        m_idleLock->setEnabled(true);
    });
    login->open();
}

void MainWindow::openSettings()
{
    QSettings store;
    SettingsDialog dialog(store, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("设置已保存，重新启动后生效。"), 10000);
}

} // namespace OneWindow
