#pragma once

#include "security/Session.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace OneWindow {

class AppServices;
class IdleLock;
class Workspace;

// The shell: a header with the hall, the counter and who is signed in, a mode
// bar with one workspace per activity the user may do, the workspace's
// toolbar, the status bar and the lock. Sign-in by another user (or an unlock
// by one) rebuilds the workspaces, so nothing of the previous user or citizen
// stays on any page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kDatabaseCheckMs = 30000;

    explicit MainWindow(AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    IdleLock *idleLock() const { return m_idleLock; }
    QList<Workspace *> workspaces() const { return m_workspaces; }
    Workspace *currentWorkspace() const;
    template <typename T> T *workspace() const
    {
        for (Workspace *w : m_workspaces)
            if (auto *t = qobject_cast<T *>(w))
                return t;
        return nullptr;
    }
    // Brings a workspace to the front by its id ("counter", "inbox", ...).
    bool showWorkspace(const QString &id);

public Q_SLOTS:
    void lock();
    void openSettings();
    // Asks the database whether it answers and says so in the status bar.
    void checkDatabase();

private:
    void buildWorkspaces();
    void clearWorkspaces();
    void showWorkspaceAt(int index);
    void takeBackStatusWidgets();
    void updateHeader();

    AppServices &m_services;
    Session m_session;
    QLabel *m_header;
    QToolBar *m_modeBar;
    QActionGroup *m_modes;
    QToolBar *m_toolbar;
    QStackedWidget *m_stack;
    QLabel *m_userStatus;
    QLabel *m_databaseStatus;
    QTimer *m_databaseCheck;
    QLabel *m_emptyPage;
    QList<Workspace *> m_workspaces;
    QList<QWidget *> m_shownStatusWidgets;
    Workspace *m_statusOwner = nullptr; // whose widgets are in the status bar
    QAction *m_lockAction;
    QAction *m_settingsAction;
    IdleLock *m_idleLock;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenAtLock; // windows of the page, hidden while locked
};

} // namespace OneWindow
