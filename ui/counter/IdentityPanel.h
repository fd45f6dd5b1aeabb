#pragma once

#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace OneWindow {

// The left-hand panel: what the card says, and in red what is wrong with it.
class IdentityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityPanel(QWidget *parent = nullptr);

    void showCard(const CardIdentity &card, const QList<CardFlag> &flags);
    void showFailure(const QString &message);
    void clear();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QLabel *m_status;
    QLabel *m_photo;
    QLabel *m_name;
    QLabel *m_sex;
    QLabel *m_ethnicity;
    QLabel *m_birth;
    QLabel *m_address;
    QLabel *m_idNumber;
    QLabel *m_authority;
    QLabel *m_validity;
    QLabel *m_flags;
};

} // namespace OneWindow
