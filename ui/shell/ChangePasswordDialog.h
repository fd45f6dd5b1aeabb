#pragma once

#include "security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OneWindow {

class AuthService;

// A member of staff sets their own password: at the first sign-in with a
// one-time password (nothing else opens until it is done), or when they wish.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(AuthService &auth, Session &session, QWidget *parent = nullptr);

private:
    void change();

    AuthService &m_auth;
    Session &m_session;
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_again;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace OneWindow
