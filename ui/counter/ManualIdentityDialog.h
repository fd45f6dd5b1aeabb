#pragma once

#include "identity/CardIdentity.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ManualIdentityDialog;
}

namespace OneWindow {

// The last resort when no card can be read: the ID number is checked as it is
// typed, birth date and sex come from the number, and the identity is marked
// manual so the case goes to a supervisor for review.
class ManualIdentityDialog : public QDialog
{
    Q_OBJECT

public:
    ManualIdentityDialog(const QDate &today, QWidget *parent = nullptr);
    ~ManualIdentityDialog() override;

    // Valid only after the dialog was accepted.
    CardIdentity identity() const;
    QString reasonCode() const;

private:
    void revalidate();

    std::unique_ptr<Ui::ManualIdentityDialog> m_ui;
    QDate m_today;
};

} // namespace OneWindow
