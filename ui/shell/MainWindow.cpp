#include "shell/MainWindow.h"

#include "audit/AuditWorkspace.h"
#include "common/Localization.h"
#include "common/RoleText.h"
#include "common/Theme.h"
#include "common/UserMessages.h"
#include "counter/CounterWorkspace.h"
#include "dashboard/DashboardWorkspace.h"
#include "inbox/InboxWorkspace.h"
#include "ratings/OwnRatingsDialog.h"
#include "review/ReviewWorkspace.h"
#include "security/AuditLog.h"
#include "security/AuthService.h"
#include "security/Permission.h"
#include "services/AppServices.h"
#include "services/CounterSettings.h"
#include "services/ProvisioningFile.h"
#include "settings/SettingsDialog.h"
#include "shell/CalendarImportDialog.h"
#include "shell/IdleLock.h"
#include "shell/LoginDialog.h"
#include "shell/ShortcutHelpDialog.h"
#include "shell/Workspace.h"
#include "users/UsersWorkspace.h"
#include "workflow/CalendarFile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
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
    resize(1366, 768);

    m_modeBar = addToolBar(QString());
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_modeBar->setFocusPolicy(Qt::NoFocus);
    m_modes = new QActionGroup(this);
    m_modes->setExclusive(true);
    addToolBarBreak();
    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(20, 20));

    // The header above everything: the hall, the counter and who is signed in.
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("shellHeader"));
    setMenuWidget(m_header);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("shellCentral"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    layout->addWidget(m_stack, 1);
    m_emptyPage = new QLabel(m_stack);
    m_emptyPage->setObjectName(QStringLiteral("noWorkspacePage"));
    m_emptyPage->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_emptyPage);
    setCentralWidget(central);

    // What a clerk understands: which hall and counter, and whether the
    // database answers; never a file path.
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_userStatus);
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_databaseStatus);
    // Next year's holidays are missing (from 1 December) or this year's: say so
    // until an administrator imports them.
    m_calendarStatus = new QLabel(this);
    m_calendarStatus->setObjectName(QStringLiteral("calendarStatus"));
    Theme::setTone(m_calendarStatus, Theme::Tone::Notice);
    statusBar()->addPermanentWidget(m_calendarStatus);
    m_databaseCheck = new QTimer(this);
    m_databaseCheck->setInterval(kDatabaseCheckMs);
    connect(m_databaseCheck, &QTimer::timeout, this, &MainWindow::checkDatabase);
    m_databaseCheck->start();
    checkDatabase();
    if (!services.changesProblem().isEmpty())
        statusBar()->showMessage(tr("无法接收其他窗口的实时更新，请手动刷新。"), 10000);
    for (const QString &problem : services.catalogue().problems())
        statusBar()->showMessage(tr("有模板无法加载，已跳过：%1").arg(problem), 15000);

    if (services.hallProblem() == QLatin1String("hall-key-mismatch"))
        statusBar()->showMessage(
            tr("本窗口的大厅密钥与大厅设置时的不同：本窗口打印的二维码在其他窗口无法识别。"
               "请管理员复制正确的密钥文件。"),
            30000);
    else if (services.hallProblem() == QLatin1String("hall-unknown"))
        statusBar()->showMessage(tr("数据库属于另一个大厅，请检查本窗口的大厅代码。"), 30000);

    // The shell's own actions, after the workspace's in the toolbar.
    m_lockAction = new QAction(Theme::icon(QStringLiteral("lock")), QString(), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // From any of the counter's windows (a receipt preview too).
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_settingsAction = new QAction(Theme::icon(QStringLiteral("settings")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_calendarAction =
        new QAction(Theme::icon(QStringLiteral("calendar-arrow-down")), QString(), this);
    m_calendarAction->setObjectName(QStringLiteral("calendarImportAction"));
    connect(m_calendarAction, &QAction::triggered, this, &MainWindow::importCalendar);
    m_ownRatingsAction = new QAction(Theme::icon(QStringLiteral("list-checks")), QString(), this);
    m_ownRatingsAction->setObjectName(QStringLiteral("ownRatingsAction"));
    connect(m_ownRatingsAction, &QAction::triggered, this, &MainWindow::showOwnRatings);
    // F1 works everywhere in the window, whichever workspace shows.
    m_helpAction =
        new QAction(Theme::icon(QStringLiteral("circle-question-mark")), QString(), this);
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_helpAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_helpAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    addAction(m_helpAction);
    retranslate();

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

void MainWindow::retranslate()
{
    setWindowTitle(tr("一窗通 · %1 · %2号窗口")
                       .arg(m_services.counter().hallName, m_services.options().counterCode));
    m_modeBar->setWindowTitle(tr("工作区"));
    m_toolbar->setWindowTitle(tr("操作"));
    m_emptyPage->setText(tr("当前账号没有可用的工作区，请联系管理员分配角色。"));
    m_databaseStatus->setText(m_services.databaseHost().isEmpty()
                                  ? tr("数据库：本机")
                                  : tr("数据库：大厅服务器（%1）").arg(m_services.databaseHost()));
    m_lockAction->setText(tr("锁屏 (Ctrl+L)"));
    m_lockAction->setToolTip(tr("锁定窗口，离开时使用"));
    m_settingsAction->setText(tr("窗口设置"));
    m_settingsAction->setToolTip(tr("数据库、大厅、窗口编号、读卡器、打印机和界面语言"));
    m_calendarAction->setText(tr("导入节假日安排…"));
    m_calendarAction->setToolTip(
        tr("导入国务院公布的法定节假日和调休上班日（TSV 或 iCalendar 文件）"));
    m_ownRatingsAction->setText(tr("我的好差评"));
    m_ownRatingsAction->setToolTip(tr("市民对我的评价：今天和本月各等级的数量与满意率"));
    m_helpAction->setText(tr("快捷键帮助 (F1)"));
    m_helpAction->setToolTip(tr("列出当前工作区的所有快捷键"));
    updateCalendarStatus();
    updateHeader();
}

void MainWindow::updateCalendarStatus()
{
    const int missing = m_services.calendarMissingYear();
    m_calendarStatus->setVisible(missing != 0);
    m_calendarStatus->setText(
        missing ? tr("缺少 %1 年法定节假日安排：跨入该年的时限为暂定").arg(missing) : QString());
    m_calendarStatus->setToolTip(
        missing ? tr("国务院每年 11 至 12 月公布下一年的节假日安排。请管理员用“导入节假日安排”"
                     "或 onewindow-cli calendar import 导入。")
                : QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_helpAction)
        retranslate();
    QMainWindow::changeEvent(event);
}

QList<QAction *> MainWindow::shellActions() const
{
    QList<QAction *> actions = {m_lockAction, m_settingsAction, m_helpAction};
    if (Permission::can(m_session, Capability::ChangeSettings))
        actions << m_calendarAction;
    if (Permission::can(m_session, Capability::RunIntake))
        actions << m_ownRatingsAction;
    return actions;
}

void MainWindow::showShortcuts()
{
    auto *help = new ShortcutHelpDialog(currentWorkspace(), shellActions(), this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    help->open();
}

void MainWindow::switchLanguage(const QString &language)
{
    const QString current = currentWorkspace() ? currentWorkspace()->id() : QString();
    if (Workspace *w = currentWorkspace())
        w->leaving();
    // LanguageChange reaches every widget: the shell and open dialogs redraw their
    // words; the workspaces are built again in the new language.
    Localization::apply(language);
    retranslate();
    clearWorkspaces();
    buildWorkspaces();
    if (!current.isEmpty())
        showWorkspace(current);
}

void MainWindow::showOwnRatings()
{
    auto *dialog = new OwnRatingsDialog(m_services.ratings(), m_services.clock(), m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importCalendar()
{
    if (!Permission::can(m_session, Capability::ChangeSettings))
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("选择节假日安排文件"), QString(),
                                     tr("节假日安排 (*.ics *.ical *.tsv *.txt);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    CalendarImportDialog dialog(m_services, this);
    const Status done = dialog.importFile(path);
    if (!done) {
        if (done.error().code != QLatin1String("cancelled"))
            QMessageBox::warning(this, tr("导入节假日安排"), UserMessages::error(done.error()));
        else
            statusBar()->showMessage(UserMessages::error(done.error()), 10000);
        return;
    }
    updateCalendarStatus();
    statusBar()->showMessage(dialog.summaryText(), 15000);
}

void MainWindow::updateHeader()
{
    const QString role = RoleText::withDepartment(m_session.role, m_session.department);
    m_header->setText(tr("%1 · %2号窗口 · %3（%4）")
                          .arg(m_services.counter().hallName, m_services.options().counterCode,
                               m_session.displayName, role));
    m_userStatus->setText(
        tr("%1 · %2号窗口").arg(m_services.counter().hallName, m_services.options().counterCode));
}

void MainWindow::checkDatabase()
{
    const Status reachable = m_services.checkDatabase();
    const bool server = !m_services.databaseHost().isEmpty();
    if (reachable) {
        m_databaseStatus->setText(server ? tr("数据库：大厅服务器已连接")
                                         : tr("数据库：本机数据已连接"));
        m_databaseStatus->setToolTip(QString());
        Theme::setTone(m_databaseStatus, Theme::Tone::Success);
    } else {
        m_databaseStatus->setText(server ? tr("数据库：大厅服务器无法连接")
                                         : tr("数据库：本机数据无法打开"));
        m_databaseStatus->setToolTip(UserMessages::error(reachable.error()));
        Theme::setTone(m_databaseStatus, Theme::Tone::Problem);
    }
}

void MainWindow::buildWorkspaces()
{
    updateHeader();
    // Which rooms this user gets, in the order of the mode bar.
    if (Permission::can(m_session, Capability::Review))
        m_workspaces.append(new ReviewWorkspace(m_services, m_session, m_stack));
    if (Permission::can(m_session, Capability::RunIntake))
        m_workspaces.append(new CounterWorkspace(m_services, m_session, m_stack));
    if (Permission::can(m_session, Capability::ViewInbox))
        m_workspaces.append(new InboxWorkspace(m_services, m_session, m_stack));
    if (Permission::can(m_session, Capability::ViewDashboard))
        m_workspaces.append(new DashboardWorkspace(m_services, m_session, m_stack));
    if (Permission::can(m_session, Capability::ManageUsers))
        m_workspaces.append(new UsersWorkspace(m_services, m_session, m_stack));
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
            statusBar()->addPermanentWidget(s);
            s->show();
            m_shownStatusWidgets.append(s);
        }
        w->entered();
    }
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_lockAction);
    // Everyone may choose the interface language there; the rest is the administrator's.
    m_toolbar->addAction(m_settingsAction);
    if (Permission::can(m_session, Capability::ChangeSettings))
        m_toolbar->addAction(m_calendarAction);
    if (Permission::can(m_session, Capability::RunIntake))
        m_toolbar->addAction(m_ownRatingsAction);
    m_toolbar->addAction(m_helpAction);
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
    if (m_locked)
        return;
    m_locked = true;
    // The core knows: no card is read and no file opened until someone signs in;
    // nothing copied from a citizen's file waits on the clipboard.
    m_services.setLocked(true);
    QGuiApplication::clipboard()->clear();
    (void)m_services.auth().recordLock(m_session);
    m_idleLock->setEnabled(false);
    if (Workspace *current = currentWorkspace())
        current->leaving();
    // Nothing of the citizen's file stays visible behind the lock screen: not the
    // page, not a passing message, not a window opened from it (a receipt preview).
    centralWidget()->hide();
    statusBar()->clearMessage();
    m_hiddenAtLock.clear();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible())
            continue;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (p == this) {
                w->hide();
                m_hiddenAtLock.append(w);
                break;
            }
        }
    }
    const QString previous = m_session.username;
    auto *login = new LoginDialog(m_services, this);
    login->setObjectName(QStringLiteral("lockDialog"));
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setLocked(m_session);
    connect(login, &QDialog::finished, this, [this, login, previous](int result) {
        m_locked = false;
        if (result != QDialog::Accepted) {
            QTimer::singleShot(0, this, &MainWindow::lock); // a lock cannot be dismissed
            return;
        }
        m_session = login->session();
        m_services.setLocked(false);
        if (m_session.username != previous) {
            QGuiApplication::clipboard()->clear();
            // Another user: every page starts empty, with their own workspaces and
            // actions; the previous user's windows go with them.
            for (const QPointer<QWidget> &w : std::as_const(m_hiddenAtLock))
                if (w)
                    w->deleteLater();
            m_hiddenAtLock.clear();
            clearWorkspaces();
            buildWorkspaces();
        }
        updateHeader();
        centralWidget()->show();
        // The same user carries on where they were, windows included.
        for (const QPointer<QWidget> &w : std::as_const(m_hiddenAtLock))
            if (w)
                w->show();
        m_hiddenAtLock.clear();
        m_idleLock->setEnabled(true);
    });
    login->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (Workspace *current = currentWorkspace())
        current->leaving();
    if (m_session.userId != 0)
        (void)m_services.auth().recordSignOut(m_session);
    m_session = Session();
    QMainWindow::closeEvent(event);
}

void MainWindow::openSettings()
{
    QSettings store;
    const QString provisioningPath = m_services.options().provisioningFile;
    const ProvisioningFile provisioning =
        provisioningPath.isEmpty() ? ProvisioningFile() : ProvisioningFile::load(provisioningPath);
    const QString before = CounterSettings::load(store, provisioning).language;
    SettingsDialog dialog(store, m_session, provisioning, m_services.audit(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString after = CounterSettings::load(store, provisioning).language;
    if (after != before)
        switchLanguage(after);
    if (dialog.changedMoreThanLanguage())
        statusBar()->showMessage(tr("设置已保存，重新启动后生效。"), 10000);
}

} // namespace OneWindow
