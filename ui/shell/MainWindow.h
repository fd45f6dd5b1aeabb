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

    // Every action of the shell and of the workspace showing, for the F1 page.
    QList<QAction *> shellActions() const;

public Q_SLOTS:
    void lock();
    void openSettings();
    // F1: every shortcut of the workspace showing and of the shell.
    void showShortcuts();
    // An administrator imports next year's official holidays from a file.
    void importCalendar();
    // A member of staff at a counter sees how citizens rated them (好差评).
    void showOwnRatings();
    // Installs the language's translators and redraws the shell; the workspaces
    // are rebuilt (pending intake work is saved first, as when switching away).
    void switchLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    // Asks the database whether it answers and says so in the status bar.
    void checkDatabase();

private:
    void retranslate();
    void updateCalendarStatus();
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
    QLabel *m_calendarStatus;
    QTimer *m_databaseCheck;
    QLabel *m_emptyPage;
    QList<Workspace *> m_workspaces;
    QList<QWidget *> m_shownStatusWidgets;
    Workspace *m_statusOwner = nullptr; // whose widgets are in the status bar
    QAction *m_lockAction;
    QAction *m_settingsAction;
    QAction *m_helpAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_ownRatingsAction = nullptr;
    IdleLock *m_idleLock;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenAtLock; // windows of the page, hidden while locked
};

} // namespace OneWindow
