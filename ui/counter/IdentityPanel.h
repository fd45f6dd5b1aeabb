#pragma once

#include "identity/CardCheck.h"
#include "identity/CardIdentity.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace OneWindow {

// The left-hand panel: who is at the counter and how they were identified. The
// name comes first and largest, any problem with the identity right under it
// in plain words, then what the card says.
class IdentityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityPanel(QWidget *parent = nullptr);

    // `sourceKey` as CounterVisit::sourceKey(): "card", "qr" or "manual".
    void showCard(const CardIdentity &card, const QList<CardFlag> &flags,
                  const QString &sourceKey = QStringLiteral("card"));
    void showFailure(const QString &message);
    void clear();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QLabel *m_status;
    QLabel *m_name;
    QLabel *m_flags;
    QWidget *m_details; // what the card says; hidden while nobody is identified
    QLabel *m_photo;
    QLabel *m_sex;
    QLabel *m_ethnicity;
    QLabel *m_birth;
    QLabel *m_address;
    QLabel *m_idNumber;
    QLabel *m_authority;
    QLabel *m_validity;
};

} // namespace OneWindow
