#include "users/AccountDialog.h"

#include "common/RoleText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace OneWindow {

AccountDialog::AccountDialog(bool isNew, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(isNew ? tr("新建账号") : tr("修改角色"));
    auto *form = new QFormLayout(this);
    if (isNew) {
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("accountLogin"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("accountName"));
        form->addRow(tr("用户名"), m_login);
        form->addRow(tr("姓名"), m_name);
    }
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (Role r : {Role::Clerk, Role::Officer, Role::Supervisor, Role::Administrator})
        m_role->addItem(RoleText::text(r), roleKey(r));
    form->addRow(tr("角色"), m_role);
    m_department = new QLineEdit(this);
    m_department->setObjectName(QStringLiteral("accountDepartment"));
    m_department->setPlaceholderText(tr("部门审批人员填写，如 公安"));
    form->addRow(tr("部门"), m_department);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("accountOkButton"));
    box->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
}

QString AccountDialog::login() const
{
    return m_login ? m_login->text() : QString();
}

QString AccountDialog::displayName() const
{
    return m_name ? m_name->text() : QString();
}

Role AccountDialog::role() const
{
    Role r = Role::Clerk;
    roleFromKey(m_role->currentData().toString(), &r);
    return r;
}

QString AccountDialog::department() const
{
    return m_department->text();
}

void AccountDialog::setDepartment(const QString &department)
{
    m_department->setText(department);
}

} // namespace OneWindow
