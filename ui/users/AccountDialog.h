#pragma once

#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace OneWindow {

// Asks for an account's role and department, and for a new account its login
// and name too.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(bool isNew, QWidget *parent = nullptr);

    QString login() const;
    QString displayName() const;
    Role role() const;
    QString department() const;
    void setDepartment(const QString &department);

private:
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role;
    QLineEdit *m_department;
};

} // namespace OneWindow
