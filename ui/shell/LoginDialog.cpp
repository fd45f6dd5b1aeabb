#include "shell/LoginDialog.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "security/AuthService.h"
#include "services/AppServices.h"
#include "shell/ChangePasswordDialog.h"
#include "ui_LoginDialog.h"

namespace OneWindow {

LoginDialog::LoginDialog(AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->signInButton->setIcon(Theme::icon(QStringLiteral("log-in")));
    m_ui->quitButton->setIcon(Theme::icon(QStringLiteral("x")));
    m_ui->hallLabel->setText(services.counter().hallName);
    m_ui->counterValue->setText(services.options().counterCode);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    // Enter signs in once: from the password, not also through a default button
    // (each attempt counts towards the lockout); from the user name it moves on.
    m_ui->signInButton->setDefault(false);
    m_ui->signInButton->setAutoDefault(false);
    m_ui->quitButton->setAutoDefault(false);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginDialog::signIn);
    connect(m_ui->usernameEdit, &QLineEdit::returnPressed, m_ui->passwordEdit,
            qOverload<>(&QWidget::setFocus));
    m_ui->usernameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLocked(const Session &locked)
{
    m_locked = locked;
    setWindowTitle(tr("一窗通 · 已锁定"));
    m_ui->titleLabel->setText(tr("窗口已锁定，请重新登录"));
    m_ui->usernameEdit->setText(locked.username);
    m_ui->quitButton->hide();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::signIn()
{
    auto session = m_services.auth().signInAtLock(m_locked, m_ui->usernameEdit->text(),
                                                  m_ui->passwordEdit->text(),
                                                  m_services.options().counterCode);
    if (!session) {
        m_ui->errorLabel->setText(UserMessages::error(session.error()));
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = session.value();
    if (m_session.mustChangePassword) {
        // A one-time password opens nothing but setting one's own.
        ChangePasswordDialog change(m_services.auth(), m_session, this);
        if (change.exec() != QDialog::Accepted || m_session.mustChangePassword) {
            m_ui->errorLabel->setText(tr("请先设置新密码后再登录。"));
            m_ui->passwordEdit->clear();
            // Signed in and straight out again; at a lock, whoever was locked out
            // went already if it was someone else.
            (void)m_services.auth().recordSignOut(m_session);
            if (m_locked.userId != m_session.userId)
                m_locked = Session();
            m_session = Session();
            return;
        }
    }
    m_services.setSession(m_session);
    accept();
}

} // namespace OneWindow
