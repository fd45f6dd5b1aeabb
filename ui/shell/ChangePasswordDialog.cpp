#include "shell/ChangePasswordDialog.h"

#include "common/Theme.h"
#include "common/UserMessages.h"
#include "security/AuthService.h"
#include "security/PasswordPolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OneWindow {

ChangePasswordDialog::ChangePasswordDialog(AuthService &auth, Session &session, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_session(session)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("设置新密码"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(session.mustChangePassword ? tr("您使用的是一次性密码，请先设置自己的新密码。")
                                              : tr("请设置新密码。"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_next = new QLineEdit(this);
    m_next->setObjectName(QStringLiteral("newPasswordEdit"));
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit *e : {m_current, m_next, m_again})
        e->setEchoMode(QLineEdit::Password);
    form->addRow(tr("当前密码"), m_current);
    form->addRow(tr("新密码（至少 %1 个字符）").arg(PasswordPolicy::kMinimumLength), m_next);
    form->addRow(tr("再输入一次"), m_again);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Problem);
    layout->addWidget(m_error);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("changePasswordButton"));
    m_ok->setText(tr("设置"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(box, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::change);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QLineEdit::returnPressed, this, &ChangePasswordDialog::change);
    layout->addWidget(box);
    m_current->setFocus();
}

void ChangePasswordDialog::change()
{
    if (m_next->text() != m_again->text()) {
        m_error->setText(tr("两次输入的新密码不一致。"));
        m_again->clear();
        m_again->setFocus();
        return;
    }
    const Status changed = m_auth.changePassword(m_session, m_current->text(), m_next->text());
    if (!changed) {
        m_error->setText(UserMessages::error(changed.error()));
        return;
    }
    accept();
}

} // namespace OneWindow
