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
    // The idle lock: the signed-in user's name is filled in; anyone may sign in instead.
    void setLocked(const QString &username);

private Q_SLOTS:
    void signIn();

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    AppServices &m_services;
    Session m_session;
};

} // namespace OneWindow
