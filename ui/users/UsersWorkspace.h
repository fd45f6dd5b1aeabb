#pragma once

#include "security/Session.h"
#include "shell/Workspace.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace OneWindow {

class AppServices;

// The administrator's accounts: who may sign in, in which role and
// department; new accounts and password resets get a one-time password that
// must be changed at the first sign-in, shown once here. Below, the hall's own
// rules: how many failed sign-ins lock an account, for how long, and what
// share of ordinary cases goes to review; and where the receipts' QR codes point
// (the tracking page).
class UsersWorkspace : public Workspace
{
    Q_OBJECT

public:
    UsersWorkspace(AppServices &services, const Session &session, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("users"); }
    QString title() const override;
    void entered() override;

    void refresh();

private:
    QString selectedLogin() const;
    void create();
    void toggleActive();
    void resetPassword();
    void changeRole();
    void saveSettings();
    void saveTrackerUrl();
    void showResult(const QString &text, bool ok);
    void showOneTime(const QString &login, const QString &password);

    AppServices &m_services;
    Session m_session;
    QTableWidget *m_table;
    QPushButton *m_toggle;
    QLabel *m_message;
    QSpinBox *m_failures;
    QSpinBox *m_minutes;
    QSpinBox *m_sample;
    QSpinBox *m_followUpDays;
    QLineEdit *m_trackerUrl;
};

} // namespace OneWindow
