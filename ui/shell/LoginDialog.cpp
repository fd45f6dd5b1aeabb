#include "shell/LoginDialog.h"

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
    m_ui->hallLabel->setText(services.options().hallName);
    m_ui->counterValue->setText(services.options().counterCode);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginDialog::signIn);
    m_ui->usernameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLocked(const QString &username)
{
    setWindowTitle(tr("一窗通 · 已锁定"));
    m_ui->titleLabel->setText(tr("窗口已锁定，请重新登录"));
    m_ui->usernameEdit->setText(username);
    m_ui->quitButton->hide();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::signIn()
{
    auto session = m_services.auth().signIn(m_ui->usernameEdit->text(), m_ui->passwordEdit->text(),
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
            m_session = Session();
            return;
        }
    }
    m_services.setSession(m_session);
    accept();
}

} // namespace OneWindow
