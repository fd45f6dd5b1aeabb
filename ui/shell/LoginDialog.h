#pragma once

#include "security/Session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace OneWindow {

class AppServices;

// Signs a member of staff in at this counter; accepted once a session exists.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(AppServices &services, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Session session() const { return m_session; }
    // The idle lock of `locked`'s session: their name is filled in; anyone may sign
    // in instead. The core audits an unlock, or the locked user's sign-out and the
    // other's sign-in (AuthService::signInAtLock).
    void setLocked(const Session &locked);

private Q_SLOTS:
    void signIn();

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    AppServices &m_services;
    Session m_session;
    Session m_locked; // whose session the lock screen stands in front of
};

} // namespace OneWindow
